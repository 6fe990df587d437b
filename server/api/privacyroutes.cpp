#include "server/api/routes.h"
#include "server/api/textpdf.h"
#include "server/http/apiserver.h"
#include "server/repositories/documentrepository.h"
#include "server/repositories/privacyoffice.h"
#include "server/storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
// The person a request names: a booking code, or a record's kind and id.
// An error reply when it names none or no such record exists.
struct Named
{
    std::optional<PrivacyOffice::Subject> subject;
    std::optional<HttpReply> error;
};

Named namedPerson(PrivacyOffice &privacy, const QString &bookingCode, const QString &entity,
                  const QString &id)
{
    if (!bookingCode.isEmpty()) {
        if (const auto subject = privacy.findByCode(bookingCode))
            return {subject, std::nullopt};
        return {std::nullopt,
                HttpReply::notFound(u"No appointment or wedding booking has this booking code."_s)};
    }
    if (entity.isEmpty() || id.isEmpty())
        return {std::nullopt,
                HttpReply::badRequest(
                    u"Name the person by bookingCode, or by entity (%1) and id."_s.arg(
                        PrivacyOffice::kEntities.join(u", "_s)))};
    if (!PrivacyOffice::kEntities.contains(entity))
        return {std::nullopt, HttpReply::badRequest(u"entity must be one of %1."_s.arg(
                                  PrivacyOffice::kEntities.join(u", "_s)))};
    return {PrivacyOffice::Subject{entity, id}, std::nullopt};
}

// A member's value as one line of text.
QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("PrivacyExport", "yes")
                              : QCoreApplication::translate("PrivacyExport", "no");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isNull() || value.isUndefined())
        return u"-"_s;
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

void appendRecord(QStringList &lines, const QJsonObject &record, const QString &indent)
{
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (it.value().isObject() && !it.value().toObject().isEmpty()) {
            lines.append(indent + it.key() + u':');
            appendRecord(lines, it.value().toObject(), indent + u"    "_s);
        } else {
            lines.append(indent + it.key() + u": "_s + valueText(it.value()));
        }
    }
}

// The export as pages to hand over: each section, each record member by member.
QByteArray exportPdf(const QJsonObject &data)
{
    QStringList lines{QCoreApplication::translate(
                          "PrivacyExport",
                          "Information under Art. 15 GDPR: everything stored about you in "
                          "the appointment and queue system of the citizens' office and the "
                          "registry office."),
                      QCoreApplication::translate("PrivacyExport", "Compiled: %1")
                          .arg(data.value(u"exportedAt"_s).toString()),
                      QString()};
    const QList<std::pair<QString, QString>> sections{
        {u"appointments"_s, QCoreApplication::translate("PrivacyExport", "Appointments")},
        {u"weddingBookings"_s, QCoreApplication::translate("PrivacyExport", "Wedding bookings")},
        {u"tickets"_s, QCoreApplication::translate("PrivacyExport", "Queue tickets")},
        {u"documents"_s,
         QCoreApplication::translate("PrivacyExport", "Scanned documents (metadata)")},
        {u"history"_s,
         QCoreApplication::translate("PrivacyExport", "Stored history of these records")},
        {u"auditLog"_s, QCoreApplication::translate("PrivacyExport",
                                                    "Who worked with these records (audit log)")}};
    for (const auto &[key, heading] : sections) {
        const QJsonArray list = data.value(key).toArray();
        lines.append(u"== "_s + heading + u" ("_s + QString::number(list.size()) + u')');
        for (const QJsonValue &record : list) {
            appendRecord(lines, record.toObject(), u"  "_s);
            lines.append(QString());
        }
        if (list.isEmpty())
            lines.append(QString());
    }
    return textPdf(QCoreApplication::translate("PrivacyExport", "Information under Art. 15 GDPR"),
                   lines);
}

bool wantsPdf(const ApiRequest &r)
{
    const QString format = r.queryValue(u"format"_s);
    if (!format.isEmpty())
        return format == u"pdf"_s;
    return r.http.value("Accept").contains("application/pdf");
}
} // namespace

// Access and erasure (DSGVO Art. 15, 17), for admins only: every use is
// audited by PrivacyOffice with the records it concerned, never the search
// text, a name or a booking code.
void installPrivacyRoutes(ApiServer &api, const PrivacyRoutes &parts)
{
    using M = ApiServer::Method;

    api.route(M::Get, u"/api/v1/privacy/search"_s, Role::Admin, [parts](ApiRequest &r) {
        const QString text = r.queryValue(u"q"_s).trimmed();
        if (text.size() < PrivacyOffice::kMinSearchLength || text.size() > 200)
            return HttpReply::badRequest(
                u"q must have %1 to 200 characters: a name, e-mail, phone number or booking code."_s
                    .arg(PrivacyOffice::kMinSearchLength));
        Transaction transaction(parts.db);
        const QJsonArray hits = parts.privacy.search(text, r.user->login);
        transaction.commit();
        return HttpReply::json(200, hits);
    });

    api.route(M::Get, u"/api/v1/privacy/export"_s, Role::Admin, [parts](ApiRequest &r) {
        if (const QString format = r.queryValue(u"format"_s);
            !format.isEmpty() && format != u"json"_s && format != u"pdf"_s)
            return HttpReply::badRequest(u"format must be json or pdf."_s);
        const Named named =
            namedPerson(parts.privacy, r.queryValue(u"bookingCode"_s).trimmed(),
                        r.queryValue(u"entity"_s).trimmed(), r.queryValue(u"id"_s).trimmed());
        if (named.error)
            return *named.error;
        Transaction transaction(parts.db);
        const auto data = parts.privacy.exportOf(*named.subject, r.user->login);
        if (!data)
            return HttpReply::notFound(
                u"There is no %1 with this id."_s.arg(named.subject->entity));
        transaction.commit();
        if (!wantsPdf(r))
            return HttpReply::json(200, *data);
        HttpReply reply{200, "application/pdf", exportPdf(*data), {}};
        reply.headers.append(qMakePair(QByteArray("Content-Disposition"),
                                       QByteArray("attachment; filename=\"auskunft.pdf\"")));
        return reply;
    });

    api.route(M::Post, u"/api/v1/privacy/erase"_s, Role::Admin, [parts](ApiRequest &r) {
        for (const QString &member : {u"bookingCode"_s, u"entity"_s, u"id"_s}) {
            if (r.body.contains(member) && !r.body.value(member).isString())
                return HttpReply::badRequest(u"%1 must be text."_s.arg(member));
        }
        const Named named =
            namedPerson(parts.privacy, r.body.value(u"bookingCode"_s).toString().trimmed(),
                        r.body.value(u"entity"_s).toString().trimmed(),
                        r.body.value(u"id"_s).toString().trimmed());
        if (named.error)
            return *named.error;
        const auto erasure = parts.privacy.erase(*named.subject, r.user->login);
        if (!erasure)
            return HttpReply::notFound(
                u"There is no %1 with this id."_s.arg(named.subject->entity));
        // After the commit: the files, then the space the removed text took.
        const QStringList files = erasure->files;
        r.afterCommit.append([parts, files] {
            try {
                parts.documents.removeUnusedFiles(files, parts.documentFolder);
                parts.db.reclaimRemoved(PrivacyOffice::kReclaimedTables);
            } catch (const DatabaseFailure &failure) {
                qWarning("Erasure: the database could not reclaim removed data now (the next "
                         "removal does): %s",
                         failure.what());
            }
        });
        return HttpReply::json(200, erasure->toJson());
    });
}
