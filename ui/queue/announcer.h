#pragma once

#include <QObject>

#include <memory>

class QSoundEffect;
class QTemporaryFile;
class QTextToSpeech;

// Makes a call heard: the gong, then (optionally) the spoken call in German.
// Both can be switched off; without a sound device or a speech engine it
// stays silent and says so once in the log.
class Announcer : public QObject
{
    Q_OBJECT

public:
    explicit Announcer(QObject *parent = nullptr);
    ~Announcer() override;

    void setGongEnabled(bool enabled) { m_gongEnabled = enabled; }
    void setSpeechEnabled(bool enabled);
    bool isGongEnabled() const { return m_gongEnabled; }
    bool isSpeechEnabled() const { return m_speechEnabled; }

    void announce(const QString &number, const QString &counterName);
    // The text last spoken (or that would have been, without an engine).
    QString lastAnnouncement() const { return m_lastAnnouncement; }
    int gongCount() const { return m_gongCount; }

private:
    std::unique_ptr<QTemporaryFile> m_gongFile;
    QSoundEffect *m_gong = nullptr;
    QTextToSpeech *m_speech = nullptr;
    bool m_gongEnabled = true;
    bool m_speechEnabled = false;
    QString m_lastAnnouncement;
    int m_gongCount = 0;
};
