#pragma once

#include "core/statistics/statisticsfigures.h"
#include "core/sync/apiresponse.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class BackendClient;
class WhatIf;
class LocalStore;
class SyncEngine;
struct Change;

// What the Statistik workspace shows, fetched through the backend client:
// one office's day (live while it is today: a ticket event of the office
// fetches the day again, a little later so that a burst of events costs one
// request) or a period of one office or all. Offline or when a fetch fails,
// the last figures stay, with the time they were fetched, and are no longer
// live. Also fetches the period's report as a file (XLSX, CSV, PDF).
class StatisticsBoard : public QObject
{
    Q_OBJECT

public:
    struct Query
    {
        QString officeId; // empty: every office the user may see
        Statistics::Range range = Statistics::Range::Today;
        Statistics::DateRange custom; // Range::Custom's days
        Statistics::Grouping grouping = Statistics::Grouping::Hour;

        bool operator==(const Query &) const = default;
    };
    enum class Shown { Nothing, Day, Period };
    enum class ReportFormat { Xlsx, Csv, Pdf };

    // How long a ticket event waits for others before the day is fetched again.
    static constexpr int kLiveDelayMs = 300;

    StatisticsBoard(BackendClient *client, LocalStore *store, SyncEngine *sync,
                    QObject *parent = nullptr);

    // The offices in the cache (the ones the user may see), by name.
    QList<Statistics::Office> offices() const;

    const Query &query() const { return m_query; }
    // Fetches the figures of the new query (the old ones stay until then).
    void setQuery(const Query &query);
    void refresh();
    // The query's days as of today (the workstation's date).
    Statistics::DateRange dates() const;
    // Today for one office: the day's figures, kept live.
    bool isDayQuery() const;

    Shown shown() const { return m_shown; }
    const std::optional<Statistics::Day> &day() const { return m_day; }
    const std::optional<Statistics::Period> &period() const { return m_period; }
    // When the figures shown were fetched (invalid before the first).
    QDateTime fetchedAt() const { return m_fetchedAt; }
    // The figures shown are today's and current: fetched for the query asked,
    // the connection is up and the last fetch succeeded.
    bool isLive() const;
    bool isOnline() const;
    bool isLoading() const { return m_loading; }
    // Why the last fetch failed, for the user; empty when it did not. The
    // figures of the query stay when fetching them again fails; a new
    // query's failure leaves none.
    QString problem() const { return m_problem; }

    // The what-if of one office's past days, over the same connection.
    WhatIf *whatIf() const { return m_whatIf; }

    // The query's period as a file (GET /api/v1/statistics/report).
    void fetchReport(ReportFormat format, QObject *context,
                     std::function<void(const ApiResponse &)> done) const;
    static QString reportExtension(ReportFormat format);
    // "tresen-statistik-2026-10-01-2026-11-30.xlsx"
    QString suggestedReportName(ReportFormat format) const;
    // Why a report could not be made, in plain words.
    static QString reportProblem(const ApiResponse &response);

signals:
    // Figures or their state (loading, live, a problem) changed.
    void updated();
    // The cache's offices changed (offices()).
    void officesChanged();

private:
    void fetch();
    void handleLiveChange(const Change &change);
    void takeAnswer(const ApiResponse &response, bool dayQuery);
    QString fetchProblem(const ApiResponse &response, bool dayQuery) const;
    void fillNames();

    BackendClient *m_client;
    WhatIf *m_whatIf;
    LocalStore *m_store;
    SyncEngine *m_sync;
    Query m_query;
    Query m_shownQuery; // what the figures shown answer
    Shown m_shown = Shown::Nothing;
    std::optional<Statistics::Day> m_day;
    std::optional<Statistics::Period> m_period;
    QDateTime m_fetchedAt;
    QString m_problem;
    bool m_loading = false;
    bool m_fetchAgain = false; // asked while a fetch was under way
    quint64 m_serial = 0;      // of the fetch whose answer counts
    QTimer m_liveDelay;
};
