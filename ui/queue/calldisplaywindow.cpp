#include "ui/queue/calldisplaywindow.h"

#include "core/queue/callboard.h"
#include "ui/common/theme.h"
#include "ui/queue/announcer.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kBlinkTicks = 12; // 12 × 500 ms: six seconds of blinking

void clearLayout(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

// `role`: what the theme dresses it as (Theme::setDisplayRole); empty: plain text.
QLabel *label(const QString &text, const QString &role, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    if (!role.isEmpty()) {
        Theme::setDisplayRole(l, role);
        // Polished now, so that showing it later does not dress it again
        // with the theme's font over the size the display gives it.
        l->ensurePolished();
    }
    // Never let a long text widen the window beyond the screen.
    l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return l;
}

void setPixelSize(QLabel *label, int pixels, bool bold = false)
{
    QFont font = label->font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    label->setFont(font);
}
} // namespace

CallDisplayWindow::CallDisplayWindow(CallBoard *board, Announcer *announcer, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_announcer(announcer)
{
    setObjectName(u"callDisplay"_s);
    setWindowTitle(tr("Tresen – call display"));
    setAttribute(Qt::WA_StyledBackground);

    m_title = label({}, {}, this);
    m_clock = label({}, {}, this);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_offline =
        label(tr("● Connection lost – this display may not be up to date"), u"offline"_s, this);
    m_offline->setObjectName(u"offlineMark"_s);
    // The clock and the mark keep their natural width; long texts elsewhere may not push them out.
    m_clock->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_offline->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_newest = label({}, u"newest"_s, this);
    m_newest->setObjectName(u"newestCall"_s);
    m_newest->setAlignment(Qt::AlignCenter);
    m_hint = label(tr("Please wait until your number is called."), u"hint"_s, this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_offline);
    header->addSpacing(24);
    header->addWidget(m_clock);

    auto *callsBox = new QVBoxLayout;
    m_callsHeading = label(tr("Latest calls"), u"hint"_s, this);
    callsBox->addWidget(m_callsHeading);
    m_callList = new QVBoxLayout;
    callsBox->addLayout(m_callList);
    callsBox->addStretch();
    auto *servicesBox = new QVBoxLayout;
    m_servicesHeading = label(tr("Waiting now"), u"hint"_s, this);
    servicesBox->addWidget(m_servicesHeading);
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
        Theme::setBlinkOff(m_newest, !on);
        if (m_blinkTicks <= 0) {
            m_blink->stop();
            Theme::setBlinkOff(m_newest, false);
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
        QLabel *line = label(tr("%1 → %2").arg(call.number, call.counterName),
                             i == 0 ? u"current"_s : QString(), this);
        setPixelSize(line, scaled(0.062, 20), i == 0);
        m_callList->addWidget(line);
    }
    clearLayout(m_serviceList);
    for (const CallBoard::ServiceLine &line : m_board->services()) {
        if (line.waiting == 0)
            continue;
        QLabel *text = label(tr("%1 %2: %n waiting, about %3 min", nullptr, line.waiting)
                                 .arg(line.prefix, line.name)
                                 .arg(line.estimatedWaitMinutes),
                             {}, this);
        text->setWordWrap(true);
        setPixelSize(text, scaled(0.034, 14));
        m_serviceList->addWidget(text);
    }
    if (m_serviceList->count() == 0) {
        QLabel *nobody = label(tr("Nobody is waiting."), {}, this);
        setPixelSize(nobody, scaled(0.034, 14));
        m_serviceList->addWidget(nobody);
    }
    applyScale();
}

int CallDisplayWindow::scaled(double fractionOfHeight, int minimumPixels) const
{
    return qMax(minimumPixels, qRound(height() * fractionOfHeight));
}

void CallDisplayWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuild();
}

void CallDisplayWindow::applyScale()
{
    setPixelSize(m_title, scaled(0.05, 16), true);
    setPixelSize(m_clock, scaled(0.05, 16));
    setPixelSize(m_offline, scaled(0.028, 12));
    setPixelSize(m_hint, scaled(0.045, 16));
    setPixelSize(m_callsHeading, scaled(0.04, 14));
    setPixelSize(m_servicesHeading, scaled(0.04, 14));
    // The newest call as large as the height allows and the width fits.
    const int available = qMax(100, width() - 96);
    int pixels = scaled(0.2, 24);
    QFont font = m_newest->font();
    font.setBold(true);
    for (;; pixels -= 4) {
        font.setPixelSize(pixels);
        if (pixels <= 24 || QFontMetrics(font).horizontalAdvance(m_newest->text()) <= available)
            break;
    }
    m_newest->setFont(font);
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
