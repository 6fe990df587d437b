#include "core/statistics/statisticsboard.h"

#include "core/domain/change.h"
#include "core/statistics/whatif.h"
#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"

#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Statistics;

StatisticsBoard::StatisticsBoard(BackendClient *client, LocalStore *store, SyncEngine *sync,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_whatIf(new WhatIf(client, this))
    , m_store(store)
    , m_sync(sync)
{
    // Not a poll: the one timer waits for the events of a burst to settle.
    m_liveDelay.setSingleShot(true);
    m_liveDelay.setInterval(kLiveDelayMs);
    connect(&m_liveDelay, &QTimer::timeout, this, &StatisticsBoard::fetch);
    if (!sync)
        return;
    connect(sync, &SyncEngine::liveChange, this, &StatisticsBoard::handleLiveChange);
    // Back online: what happened meanwhile has been pulled; fetch the day again.
    connect(sync, &SyncEngine::caughtUp, this, [this] {
        if (isDayQuery() && !m_liveDelay.isActive())
            m_liveDelay.start();
    });
    connect(sync, &SyncEngine::connectionChanged, this, [this] { emit updated(); });
    connect(sync, &SyncEngine::changesApplied, this, [this](const QStringList &entities) {
        if (entities.contains(u"office"_s))
            emit officesChanged();
    });
}

QList<Office> StatisticsBoard::offices() const
{
    QList<Office> offices;
    if (!m_store)
        return offices;
    for (const QJsonObject &office : m_store->entities(u"office"_s))
        offices.append({office.value(u"id"_s).toString(), office.value(u"name"_s).toString(),
                        office.value(u"waitTargetMinutes"_s).toInt()});
    std::sort(offices.begin(), offices.end(), [](const Office &a, const Office &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return offices;
}

void StatisticsBoard::setQuery(const Query &query)
{
    m_query = query;
    m_liveDelay.stop();
    fetch();
}

void StatisticsBoard::refresh()
{
    m_liveDelay.stop();
    fetch();
}

DateRange StatisticsBoard::dates() const
{
    if (m_query.range == Range::Custom)
        return m_query.custom;
    return datesOf(m_query.range, QDate::currentDate());
}

bool StatisticsBoard::isDayQuery() const
{
    return m_query.range == Range::Today && !m_query.officeId.isEmpty();
}

bool StatisticsBoard::isOnline() const
{
    return !m_sync || m_sync->connection() == SyncEngine::Connection::Online;
}

bool StatisticsBoard::isLive() const
{
    return isDayQuery() && m_shown == Shown::Day && m_shownQuery == m_query && isOnline() &&
           m_problem.isEmpty();
}

void StatisticsBoard::handleLiveChange(const Change &change)
{
    if (change.entity != u"ticket"_s || !isDayQuery())
        return;
    const QString officeId = change.data.value(u"officeId"_s).toString();
    if (!officeId.isEmpty() && officeId != m_query.officeId)
        return;
    // The first event of a burst starts the wait; the others ride along.
    if (!m_liveDelay.isActive())
        m_liveDelay.start();
}

void StatisticsBoard::fetch()
{
    if (m_loading) {
        // One request at a time; the newest question is asked when it is back.
        m_fetchAgain = true;
        return;
    }
    m_loading = true;
    m_fetchAgain = false;
    const quint64 serial = ++m_serial;
    const bool dayQuery = isDayQuery();
    QUrlQuery query;
    QString path;
    if (dayQuery) {
        // Without a date: the server's today, the office's service day.
        path = u"/api/v1/statistics/daily"_s;
        query.addQueryItem(u"officeId"_s, m_query.officeId);
    } else {
        const DateRange days = dates();
        path = u"/api/v1/statistics"_s;
        if (!m_query.officeId.isEmpty())
            query.addQueryItem(u"officeId"_s, m_query.officeId);
        query.addQueryItem(u"from"_s, days.from.toString(Qt::ISODate));
        query.addQueryItem(u"to"_s, days.to.toString(Qt::ISODate));
        query.addQueryItem(u"groupBy"_s, groupingKey(m_query.grouping));
    }
    const Query asked = m_query;
    emit updated();
    m_client->get(path, query, this, [this, serial, dayQuery, asked](const ApiResponse &response) {
        m_loading = false;
        if (serial == m_serial && asked == m_query)
            takeAnswer(response, dayQuery);
        if (m_fetchAgain || !(asked == m_query))
            fetch();
        else
            emit updated();
    });
}

void StatisticsBoard::takeAnswer(const ApiResponse &response, bool dayQuery)
{
    QString problem;
    if (!response.ok()) {
        problem = fetchProblem(response, dayQuery);
    } else if (dayQuery) {
        if (Result<Day> day = Day::fromJson(response.body)) {
            m_day = std::move(*day);
            m_period.reset();
            m_shown = Shown::Day;
        } else {
            problem = day.error();
        }
    } else {
        if (Result<Period> period = Period::fromJson(response.body)) {
            m_period = std::move(*period);
            m_day.reset();
            m_shown = Shown::Period;
        } else {
            problem = period.error();
        }
    }
    if (problem.isEmpty()) {
        m_problem.clear();
        m_shownQuery = m_query;
        m_fetchedAt = QDateTime::currentDateTime();
        fillNames();
        return;
    }
    m_problem = problem;
    // The figures of this query stay (with their time); another query's go.
    if (!(m_shownQuery == m_query)) {
        m_shown = Shown::Nothing;
        m_day.reset();
        m_period.reset();
        m_fetchedAt = {};
    }
}

QString StatisticsBoard::fetchProblem(const ApiResponse &response, bool dayQuery) const
{
    if (response.failure == ApiResponse::Failure::Http) {
        if (response.status == 404 && !dayQuery)
            return tr("This server does not offer figures of periods yet (it needs a newer "
                      "version of Tresen). Today's figures of one office are available.");
        if (response.status == 403)
            return tr("Your account may not see the figures of this office.");
        if (response.status == 400 && !response.problemDetail().isEmpty())
            return tr("The server refused this period: %1").arg(response.problemDetail());
    }
    return response.message.isEmpty() ? tr("The figures could not be fetched.") : response.message;
}

void StatisticsBoard::fillNames()
{
    // A server that does not name services or counters yet: the cache does.
    const auto name = [this](const QString &entity, const QString &id) {
        const auto cached = m_store ? m_store->entity(entity, id) : std::nullopt;
        return cached ? cached->value(u"name"_s).toString() : QString();
    };
    const auto fill = [&name](QList<ServiceFigures> &services, QList<CounterFigures> &counters) {
        for (ServiceFigures &service : services) {
            if (service.name.isEmpty())
                service.name = name(u"service"_s, service.serviceId);
        }
        for (CounterFigures &counter : counters) {
            if (counter.name.isEmpty())
                counter.name = name(u"counter"_s, counter.counterId);
        }
    };
    if (m_day)
        fill(m_day->byService, m_day->byCounter);
    if (m_period)
        fill(m_period->byService, m_period->byCounter);
}

void StatisticsBoard::fetchReport(ReportFormat format, QObject *context,
                                  std::function<void(const ApiResponse &)> done) const
{
    const DateRange days = dates();
    QUrlQuery query;
    if (!m_query.officeId.isEmpty())
        query.addQueryItem(u"officeId"_s, m_query.officeId);
    query.addQueryItem(u"from"_s, days.from.toString(Qt::ISODate));
    query.addQueryItem(u"to"_s, days.to.toString(Qt::ISODate));
    query.addQueryItem(u"format"_s, reportExtension(format));
    m_client->download(u"/api/v1/statistics/report"_s, query, context, std::move(done));
}

QString StatisticsBoard::reportExtension(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Xlsx:
        return u"xlsx"_s;
    case ReportFormat::Csv:
        return u"csv"_s;
    case ReportFormat::Pdf:
        return u"pdf"_s;
    }
    return {};
}

QString StatisticsBoard::suggestedReportName(ReportFormat format) const
{
    const DateRange days = dates();
    return u"tresen-statistik-%1-%2.%3"_s.arg(
        days.from.toString(Qt::ISODate), days.to.toString(Qt::ISODate), reportExtension(format));
}

QString StatisticsBoard::reportProblem(const ApiResponse &response)
{
    if (response.failure == ApiResponse::Failure::Http) {
        if (response.status == 404)
            return tr("This server cannot make statistics reports yet (it needs a newer version "
                      "of Tresen). The figures can be printed (Ctrl+P) instead.");
        if (response.status == 403)
            return tr("Your account may not export the figures of this office.");
    }
    if (response.ok() && response.file.isEmpty())
        return tr("The server sent an empty report.");
    return response.message.isEmpty() ? tr("The report could not be fetched.") : response.message;
}
