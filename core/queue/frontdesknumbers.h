#pragma once

#include "core/domain/numberblock.h"
#include "core/domain/result.h"

#include <QObject>

#include <optional>

class BackendClient;
class LocalStore;
class SyncEngine;

// The front desk's numbers for when the network is down. While online it
// fetches this workstation's number block of the day from the server (when
// the front desk opens, when the connection comes back, and a next part when
// fewer than kLowMark numbers are left) and keeps it, with what has been
// used of it, in the login's local cache, so that a restart offline goes on
// where it stopped and never hands out a number twice.
class FrontDeskNumbers : public QObject
{
    Q_OBJECT

public:
    static constexpr int kLowMark = 10;

    FrontDeskNumbers(BackendClient *client, LocalStore *store, SyncEngine *sync,
                     QObject *parent = nullptr);

    // The office the front desk issues tickets for; fetches its block when needed.
    void setOfficeId(const QString &officeId);
    // Asks the server for today's block (or the next part) when online and needed.
    void fetchIfNeeded();
    // Numbers left of today's block (0: none, or no block for today).
    int remaining() const;
    // Today's block, if this workstation has one.
    std::optional<NumberBlock> block() const;
    // The next number of today's block, marked as used before it is handed
    // out (a crash skips a number, never repeats one); a failure for the
    // clerk when there is none left.
    Result<QString> take();

signals:
    // The block or what is left of it changed.
    void changed();

private:
    struct Kept
    {
        NumberBlock block;
        int next = 1; // the sequence handed out next
    };
    std::optional<Kept> kept() const;
    Result<void> keep(const Kept &kept);
    QString deviceId();
    QString storeKey() const;

    BackendClient *m_client;
    LocalStore *m_store;
    SyncEngine *m_sync;
    QString m_officeId;
    bool m_fetching = false;
};
