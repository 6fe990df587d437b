#include "core/domain/isotime.h"
#include "server/api/routes.h"
#include "server/http/requestdispatcher.h"
#include "server/storage/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 1000;

QJsonObject entryJson(const StoredAuditEntry &entry)
{
    return {{u"id"_s, QString::number(entry.id)},
            {u"at"_s, isoTimeFromMSecs(entry.at)},
            {u"login"_s, entry.login},
            {u"action"_s, entry.action},
            {u"subject"_s, entry.subject},
            {u"detail"_s, entry.detail},
            {u"address"_s, entry.address},
            {u"hash"_s, entry.hash}};
}

// One CSV cell (RFC 4180). A cell a spreadsheet would take for a formula
// (= + - @, or a tab or carriage return first) gets a leading apostrophe:
// a login name or a detail must not run as code on the reader's machine.
QByteArray csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
        cell = u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"';
    return cell.toUtf8();
}

QByteArray csvOf(const QList<StoredAuditEntry> &entries)
{
    QByteArray csv = "id,at,login,action,subject,detail,address,hash\r\n";
    for (const StoredAuditEntry &entry : entries) {
        const QStringList cells{QString::number(entry.id),
                                isoTimeFromMSecs(entry.at),
                                entry.login,
                                entry.action,
                                entry.subject,
                                entry.detail,
                                entry.address,
                                entry.hash};
        QByteArrayList line;
        for (const QString &cell : cells)
            line.append(csvCell(cell));
        csv += line.join(',') + "\r\n";
    }
    return csv;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

void installAuditRoutes(RequestDispatcher &api, const AuditRoutes &parts)
{
    using M = RequestDispatcher::Method;

    // Newest first, paged by the `before` cursor (the `nextBefore` of the
    // page before); format=csv (or Accept: text/csv) exports the same
    // filter, every matching entry unless a limit is given.
    api.route(M::Get, u"/api/v1/audit"_s, Role::Admin, [parts](ApiRequest &r) {
        const QString format = r.queryValue(u"format"_s);
        if (!format.isEmpty() && format != u"json"_s && format != u"csv"_s)
            return HttpReply::badRequest(u"format must be json or csv."_s);
        const bool csv =
            format == u"csv"_s || (format.isEmpty() && r.http.value("Accept").contains("text/csv"));
        AuditFilter filter;
        QJsonObject asked; // the filter as the audit entry of this read records it
        for (const auto &[name, bound] :
             {std::pair{u"from"_s, &filter.fromMSecs}, std::pair{u"to"_s, &filter.toMSecs}}) {
            const QString text = r.queryValue(name);
            if (text.isEmpty())
                continue;
            *bound = msecsFromIsoTime(text);
            if (*bound <= 0)
                return HttpReply::badRequest(
                    u"%1 must be an ISO 8601 time with offset, e.g. 2026-11-25T09:15:00+01:00."_s
                        .arg(name));
            asked.insert(name, text);
        }
        filter.login = r.queryValue(u"login"_s);
        filter.action = r.queryValue(u"action"_s);
        if (!filter.login.isEmpty())
            asked.insert(u"login"_s, filter.login);
        if (!filter.action.isEmpty())
            asked.insert(u"action"_s, filter.action);
        if (const QString before = r.queryValue(u"before"_s); !before.isEmpty()) {
            bool ok = false;
            filter.beforeId = before.toLongLong(&ok);
            if (!ok || filter.beforeId <= 0)
                return HttpReply::badRequest(u"before must be an entry's id."_s);
            asked.insert(u"before"_s, before);
        }
        filter.limit = csv ? 0 : kDefaultLimit;
        if (const QString limit = r.queryValue(u"limit"_s); !limit.isEmpty()) {
            bool ok = false;
            filter.limit = limit.toInt(&ok);
            if (!ok || filter.limit < 1 || filter.limit > kMaxLimit)
                return HttpReply::badRequest(
                    u"limit must be a number from 1 to %1."_s.arg(kMaxLimit));
            asked.insert(u"limit"_s, filter.limit);
        }

        const QList<StoredAuditEntry> entries = parts.auditLog.find(filter);
        // After reading: the reader's own entry is not in what it read.
        parts.auditLog.record(r.user->login, csv ? u"audit.export"_s : u"audit.read"_s, {},
                              compactJson(asked));
        if (csv) {
            HttpReply reply{200, "text/csv; charset=utf-8", csvOf(entries), {}};
            reply.headers.append(qMakePair(QByteArray("Content-Disposition"),
                                           QByteArray("attachment; filename=\"audit.csv\"")));
            return reply;
        }
        QJsonArray list;
        for (const StoredAuditEntry &entry : entries)
            list.append(entryJson(entry));
        const bool more = filter.limit > 0 && entries.size() == filter.limit;
        return HttpReply::json(
            200, QJsonObject{{u"entries"_s, list},
                             {u"nextBefore"_s, more ? QJsonValue(QString::number(entries.last().id))
                                                    : QJsonValue(QJsonValue::Null)}});
    });
}
