#pragma once

#include "core/domain/change.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

class BackendClient;
class LocalStore;
class SyncEngine;

// What the waiting room sees: the current calls of one office ("A017 →
// Schalter 3"; a ticket put back, moved on, finished or not come leaves at
// once), and per service how many wait and for how long. Never a name:
// tickets carry none. Calls arrive live through the sync engine's events.
class CallBoard : public QObject
{
    Q_OBJECT

public:
    struct Call
    {
        QString ticketId;
        QString number;
        QString counterName;
        QDateTime calledAt;
    };
    struct ServiceLine
    {
        QString prefix;
        QString name;
        int waiting = 0;
        int estimatedWaitMinutes = 0;
    };

    static constexpr int kShownCalls = 6;

    CallBoard(BackendClient *client, LocalStore *store, SyncEngine *sync,
              QObject *parent = nullptr);

    void setOfficeId(const QString &officeId);
    QString officeId() const { return m_officeId; }
    QString officeName() const;
    void refresh();

    const QList<Call> &calls() const { return m_calls; }
    const QList<ServiceLine> &services() const { return m_services; }
    bool isLive() const;

signals:
    void changed();
    // A visitor is called (first time or again): gong, highlight, announcement.
    void called(const CallBoard::Call &call);
    void liveChanged(bool live);

private:
    void handleLiveChange(const Change &change);

    BackendClient *m_client;
    LocalStore *m_store;
    SyncEngine *m_sync;
    QString m_officeId;
    QList<Call> m_calls;
    QList<ServiceLine> m_services;
    QTimer m_refreshTimer;
};

// "Nummer A 17, bitte zu Schalter 3." – the spoken form of a call: the prefix
// letter apart and the number without leading zeros, so a voice reads it well.
QString announcementText(const QString &number, const QString &counterName);
Q_DECLARE_METATYPE(CallBoard::Call)
