#include "ui/calldisplaywindow.h"

#include "core/callboard.h"
#include "ui/announcer.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kBlinkTicks = 12; // 12 × 500 ms: six seconds of blinking
const QString kNewestStyle = u"font-size: 96pt; font-weight: bold; color: %1;"_s;

void clearLayout(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QLabel *label(const QString &text, const QString &style, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setStyleSheet(style);
    return l;
}
} // namespace

CallDisplayWindow::CallDisplayWindow(CallBoard *board, Announcer *announcer, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_announcer(announcer)
{
    setObjectName(u"callDisplay"_s);
    setWindowTitle(tr("Tresen – call display"));
    setStyleSheet(u"#callDisplay { background: #0d2b45; } QLabel { color: white; }"_s);
    setAttribute(Qt::WA_StyledBackground);

    m_title = label({}, u"font-size: 28pt; font-weight: bold;"_s, this);
    m_clock = label({}, u"font-size: 28pt;"_s, this);
    m_offline = label(tr("● Connection lost – this display may not be up to date"),
                      u"font-size: 16pt; color: #ffb4a9;"_s, this);
    m_offline->setObjectName(u"offlineMark"_s);
    m_newest = label({}, kNewestStyle.arg(u"#f2c14e"_s), this);
    m_newest->setObjectName(u"newestCall"_s);
    m_newest->setAlignment(Qt::AlignCenter);
    m_hint = label(tr("Please wait until your number is called."),
                   u"font-size: 26pt; color: #9fb7cc;"_s, this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_offline);
    header->addSpacing(24);
    header->addWidget(m_clock);

    auto *callsBox = new QVBoxLayout;
    callsBox->addWidget(label(tr("Latest calls"), u"font-size: 22pt; color: #9fb7cc;"_s, this));
    m_callList = new QVBoxLayout;
    callsBox->addLayout(m_callList);
    callsBox->addStretch();
    auto *servicesBox = new QVBoxLayout;
    servicesBox->addWidget(label(tr("Waiting now"), u"font-size: 22pt; color: #9fb7cc;"_s, this));
    m_serviceList = new QVBoxLayout;
    servicesBox->addLayout(m_serviceList);
    servicesBox->addStretch();
    auto *lower = new QHBoxLayout;
    lower->addLayout(callsBox, 3);
    lower->addSpacing(48);
    lower->addLayout(servicesBox, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addLayout(header);
    layout->addSpacing(12);
    layout->addWidget(m_newest);
    layout->addWidget(m_hint);
    layout->addSpacing(24);
    layout->addLayout(lower, 1);

    m_blink = new QTimer(this);
    m_blink->setInterval(500);
    connect(m_blink, &QTimer::timeout, this, [this] {
        const bool on = (--m_blinkTicks % 2) == 0;
        m_newest->setStyleSheet(kNewestStyle.arg(on ? u"#f2c14e"_s : u"#0d2b45"_s));
        if (m_blinkTicks <= 0) {
            m_blink->stop();
            m_newest->setStyleSheet(kNewestStyle.arg(u"#f2c14e"_s));
        }
    });
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &CallDisplayWindow::updateClock);
    clock->start(1000);

    connect(board, &CallBoard::changed, this, &CallDisplayWindow::rebuild);
    connect(board, &CallBoard::liveChanged, this, &CallDisplayWindow::rebuild);
    connect(board, &CallBoard::called, this, [this](const CallBoard::Call &call) {
        highlight();
        if (m_announcer)
            m_announcer->announce(call.number, call.counterName);
    });
    updateClock();
    rebuild();
}

QString CallDisplayWindow::newestCallText() const
{
    return m_newest->text();
}

QStringList CallDisplayWindow::callTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_callList->count(); ++i) {
        if (auto *l = qobject_cast<QLabel *>(m_callList->itemAt(i)->widget()))
            texts.append(l->text());
    }
    return texts;
}

bool CallDisplayWindow::isHighlighting() const
{
    return m_blink->isActive();
}

bool CallDisplayWindow::isOfflineMarkShown() const
{
    return !m_offline->isHidden();
}

void CallDisplayWindow::rebuild()
{
    m_title->setText(m_board->officeName());
    m_offline->setVisible(!m_board->isLive());
    const QList<CallBoard::Call> &calls = m_board->calls();
    m_newest->setText(calls.isEmpty()
                          ? QString()
                          : tr("%1 → %2").arg(calls.first().number, calls.first().counterName));
    m_newest->setVisible(!calls.isEmpty());
    m_hint->setText(calls.isEmpty() ? tr("Please wait until your number is called.")
                                    : tr("Please go to the counter shown when your number "
                                         "appears."));
    clearLayout(m_callList);
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const CallBoard::Call &call = calls.at(i);
        m_callList->addWidget(label(tr("%1 → %2").arg(call.number, call.counterName),
                                    i == 0
                                        ? u"font-size: 34pt; font-weight: bold; color: #f2c14e;"_s
                                        : u"font-size: 30pt;"_s,
                                    this));
    }
    clearLayout(m_serviceList);
    for (const CallBoard::ServiceLine &line : m_board->services()) {
        if (line.waiting == 0)
            continue;
        m_serviceList->addWidget(label(tr("%1 %2: %n waiting, about %3 min", nullptr, line.waiting)
                                           .arg(line.prefix, line.name)
                                           .arg(line.estimatedWaitMinutes),
                                       u"font-size: 18pt;"_s, this));
    }
    if (m_serviceList->count() == 0)
        m_serviceList->addWidget(label(tr("Nobody is waiting."), u"font-size: 18pt;"_s, this));
}

void CallDisplayWindow::highlight()
{
    m_blinkTicks = kBlinkTicks;
    m_blink->start();
}

void CallDisplayWindow::updateClock()
{
    m_clock->setText(QLocale().toString(QTime::currentTime(), u"HH:mm"_s));
}
