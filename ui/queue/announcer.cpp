#include "ui/queue/announcer.h"

#include "core/queue/callboard.h"
#include "core/queue/gong.h"

#include <QDir>
#include <QSoundEffect>
#include <QTemporaryFile>
#include <QTextToSpeech>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
constexpr int kSpeechAfterGongMs = 1400; // let the gong ring out first
}

Announcer::Announcer(QObject *parent)
    : QObject(parent)
{
    // QSoundEffect plays files: the synthesised gong goes to a private temp file once.
    // In the temporary folder: a relative template would put it in the working directory.
    m_gongFile = std::make_unique<QTemporaryFile>(QDir::tempPath() + u"/tresen-gong-XXXXXX.wav"_s);
    if (m_gongFile->open()) {
        m_gongFile->write(synthesizeGongWav());
        m_gongFile->flush();
        m_gong = new QSoundEffect(this);
        m_gong->setSource(QUrl::fromLocalFile(m_gongFile->fileName()));
        m_gong->setVolume(0.8f);
    }
}

Announcer::~Announcer() = default;

void Announcer::setSpeechEnabled(bool enabled)
{
    m_speechEnabled = enabled;
    if (enabled && !m_speech) {
        m_speech = new QTextToSpeech(this);
        if (m_speech->state() == QTextToSpeech::Error) {
            qWarning("No speech engine available: calls are not spoken.");
        } else {
            m_speech->setLocale(QLocale(QLocale::German, QLocale::Germany));
        }
    }
}

void Announcer::announce(const QString &number, const QString &counterName)
{
    if (m_gongEnabled && m_gong) {
        ++m_gongCount;
        m_gong->play();
    }
    m_lastAnnouncement = announcementText(number, counterName);
    if (m_speechEnabled && m_speech && m_speech->state() != QTextToSpeech::Error) {
        const QString text = m_lastAnnouncement;
        QTimer::singleShot(m_gongEnabled ? kSpeechAfterGongMs : 0, m_speech,
                           [speech = m_speech, text] { speech->say(text); });
    }
}
