#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

// Tells when no one has touched the application (keyboard, mouse, wheel,
// touch in any of its windows) for a while.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // Zero: never idle.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    // Counts from now again (e.g. after the lock screen is gone).
    void restart();
    void stop();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};
