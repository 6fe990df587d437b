#include "ui/calldisplaywindow.h"

#include <QLabel>
#include <QLocale>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CallDisplayWindow::CallDisplayWindow(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"callDisplay"_s);
    setWindowTitle(tr("Tresen – call display"));
    setStyleSheet(u"#callDisplay { background: #0d2b45; } QLabel { color: white; }"_s);
    setAutoFillBackground(true);

    auto *title = new QLabel(tr("Please wait until your number is called."), this);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    title->setStyleSheet(u"font-size: 40pt; font-weight: bold;"_s);
    auto *empty = new QLabel(tr("No calls yet"), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setStyleSheet(u"font-size: 28pt; color: #9fb7cc;"_s);
    m_clock = new QLabel(this);
    m_clock->setAlignment(Qt::AlignRight);
    m_clock->setStyleSheet(u"font-size: 28pt;"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addWidget(m_clock);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(empty);
    layout->addStretch();

    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &CallDisplayWindow::updateClock);
    timer->start(1000);
    updateClock();
}

void CallDisplayWindow::updateClock()
{
    m_clock->setText(QLocale().toString(QTime::currentTime(), u"HH:mm"_s));
}
