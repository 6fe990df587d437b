#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM/SIGINT and SIGHUP into Qt signals on the event loop (the
// self-pipe trick: the handler only writes a byte; everything else happens
// in Qt).
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);
    void reloadRequested(); // SIGHUP: `systemctl reload`

private:
    QSocketNotifier *m_notifier = nullptr;
};
