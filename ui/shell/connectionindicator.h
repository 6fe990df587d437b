#pragma once

#include "core/sync/syncengine.h"

#include <QLabel>

// The status bar's live connection mark: connected / reconnecting in N s / offline.
class ConnectionIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    void setConnection(SyncEngine::Connection connection);
    void setSecondsUntilReconnect(int seconds);

signals:
    void reconnectRequested();

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void refresh();

    SyncEngine::Connection m_connection = SyncEngine::Connection::Offline;
    int m_seconds = 0;
};
