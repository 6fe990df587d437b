#include "server/api/reportpdf.h"
#include "server/api/routes.h"
#include "server/http/requestdispatcher.h"
#include "server/repositories/documentrepository.h"
#include "server/repositories/privacyoffice.h"
#include "server/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
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
        if (!entity.isEmpty() || !id.isEmpty())
            return {std::nullopt,
                    HttpReply::badRequest(
                        u"Name the person either by bookingCode or by entity and id, not both."_s)};
        const QList<PrivacyOffice::Subject> found = privacy.allByCode(bookingCode);
        if (found.size() == 1)
            return {found.first(), std::nullopt};
        if (found.size() > 1)
            return {std::nullopt,
                    HttpReply::conflict(u"ambiguous-code"_s,
                                        u"An appointment and a wedding booking have this booking "
                                        "code; name the record by entity and id."_s)};
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

// A text marked with QT_TRANSLATE_NOOP("PrivacyExport", …).
QString translated(const char *text)
{
    return QCoreApplication::translate("PrivacyExport", text);
}

// The export's members as a reader names them, in the order they are
// printed; members not listed follow under their own name.
const QList<std::pair<QString, const char *>> &labels()
{
    static const QList<std::pair<QString, const char *>> list{
        {u"entity"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Kind of record")},
        {u"id"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Record number")},
        {u"name"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Name")},
        {u"partner1"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Partner 1")},
        {u"partner2"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Partner 2")},
        {u"email"_s, QT_TRANSLATE_NOOP("PrivacyExport", "E-mail")},
        {u"phone"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Phone")},
        {u"bookingCode"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Booking code")},
        {u"number"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Ticket number")},
        {u"startsAt"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Begins")},
        {u"endsAt"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Ends")},
        {u"durationMinutes"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Duration (minutes)")},
        {u"serviceDay"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Day of service")},
        {u"issuedAt"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Issued")},
        {u"queuedAt"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Queued")},
        {u"dueAt"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Due")},
        {u"firstCalledAt"_s, QT_TRANSLATE_NOOP("PrivacyExport", "First called")},
        {u"calledAt"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Called")},
        {u"callCount"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Times called")},
        {u"startedAt"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Service began")},
        {u"finishedAt"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Finished")},
        {u"officeId"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Office (number)")},
        {u"serviceId"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Service (number)")},
        {u"counterId"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Counter (number)")},
        {u"targetCounterId"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Called to counter (number)")},
        {u"priority"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Priority")},
        {u"slotId"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Wedding date (number)")},
        {u"roomId"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Room (number)")},
        {u"roomName"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Room")},
        {u"registrar"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Registrar")},
        {u"feeReference"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Fee reference")},
        {u"expiresAt"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Reservation expires")},
        {u"status"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Status")},
        {u"source"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Made via")},
        {u"ticketId"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Queue ticket (number)")},
        {u"notes"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Notes")},
        {u"documents"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Documents to bring")},
        {u"fileName"_s, QT_TRANSLATE_NOOP("PrivacyExport", "File name")},
        {u"contentType"_s, QT_TRANSLATE_NOOP("PrivacyExport", "File type")},
        {u"sizeBytes"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Size (bytes)")},
        {u"pages"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Pages")},
        {u"caseType"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Filed with")},
        {u"caseId"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Case number")},
        {u"codes"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Codes read from the scan")},
        {u"format"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Format")},
        {u"text"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Text")},
        {u"uploadedAt"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Scanned")},
        {u"uploadedBy"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Scanned by")},
        {u"storagePath"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Stored as")},
        {u"sha256"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Checksum (SHA-256)")},
        {u"revision"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Change number")},
        {u"op"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Change")},
        {u"event"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Event")},
        {u"changedAt"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Changed")},
        {u"at"_s, QT_TRANSLATE_NOOP("PrivacyExport", "When")},
        {u"login"_s, QT_TRANSLATE_NOOP("PrivacyExport", "User")},
        {u"action"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Action")},
        {u"subject"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Concerning")},
        {u"detail"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Detail")},
        {u"purpose"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Purpose")},
        {u"reference"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Reference")},
        {u"amountDue"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Amount due")},
        {u"amountPaid"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Amount paid")},
        {u"currency"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Currency")},
        {u"method"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Payment method")},
        {u"provider"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Payment provider")},
        {u"paidAt"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Paid")},
        {u"version"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Version")},
        {u"anonymised"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Anonymised")},
        {u"data"_s, QT_TRANSLATE_NOOP("PrivacyExport", "The record as stored then")},
    };
    return list;
}

QString entityText(const QString &entity)
{
    if (entity == u"appointment"_s)
        return QCoreApplication::translate("PrivacyExport", "Appointment");
    if (entity == u"wedding_booking"_s)
        return QCoreApplication::translate("PrivacyExport", "Wedding booking");
    if (entity == u"ticket"_s)
        return QCoreApplication::translate("PrivacyExport", "Queue ticket");
    if (entity == u"document"_s)
        return QCoreApplication::translate("PrivacyExport", "Scanned document");
    return entity;
}

// A time as the reader's clock showed it.
QString timeText(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toLocalTime().toString(u"dd.MM.yyyy HH:mm"_s) : iso;
}

void appendMembers(Report::Record &record, const QJsonObject &object, int depth);

void appendValue(Report::Record &record, const QString &key, const QString &label,
                 const QJsonValue &value, int depth)
{
    if (value.isObject()) {
        record.append({label, QString(), depth});
        appendMembers(record, value.toObject(), depth + 1);
    } else if (value.isArray()) {
        const QJsonArray list = value.toArray();
        QStringList texts;
        bool objects = false;
        for (const QJsonValue &each : list) {
            objects = objects || each.isObject() || each.isArray();
            texts.append(each.toVariant().toString());
        }
        if (!objects) {
            record.append({label, list.isEmpty() ? u"-"_s : texts.join(u", "_s), depth});
            return;
        }
        record.append({label, QString(), depth});
        for (qsizetype i = 0; i < list.size(); ++i)
            appendValue(record, key, u"%1."_s.arg(i + 1), list.at(i), depth + 1);
    } else if (value.isBool()) {
        record.append({label,
                       value.toBool() ? QCoreApplication::translate("PrivacyExport", "yes")
                                      : QCoreApplication::translate("PrivacyExport", "no"),
                       depth});
    } else if (value.isDouble()) {
        record.append({label, QString::number(value.toDouble(), 'g', 15), depth});
    } else if (value.isString()) {
        QString text = value.toString();
        if (key == u"entity"_s)
            text = entityText(text);
        else if (key == u"at"_s || key.endsWith(u"At"_s))
            text = timeText(text);
        record.append({label, text.isEmpty() ? u"-"_s : text, depth});
    } else {
        record.append({label, u"-"_s, depth});
    }
}

void appendMembers(Report::Record &record, const QJsonObject &object, int depth)
{
    QStringList done;
    for (const auto &[key, label] : labels()) {
        if (!object.contains(key))
            continue;
        appendValue(record, key, translated(label), object.value(key), depth);
        done.append(key);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!done.contains(it.key()))
            appendValue(record, it.key(), it.key(), it.value(), depth);
    }
}

// The export as pages to hand over: a section for each kind of record, each
// record member by member.
QByteArray exportPdf(const QJsonObject &data)
{
    Report report;
    report.title = QCoreApplication::translate("PrivacyExport", "Information under Art. 15 GDPR");
    report.paragraphs = {
        QCoreApplication::translate(
            "PrivacyExport",
            "Everything stored about you in the appointment and queue system of the citizens' "
            "office and the registry office."),
        QCoreApplication::translate("PrivacyExport", "Compiled on %1")
            .arg(timeText(data.value(u"exportedAt"_s).toString()))};
    report.pageFooter = QCoreApplication::translate("PrivacyExport", "Page %1 of %2");
    const QList<std::pair<QString, const char *>> sections{
        {u"appointments"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Appointments")},
        {u"weddingBookings"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Wedding bookings")},
        {u"tickets"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Queue tickets")},
        {u"documents"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Scanned documents (metadata)")},
        {u"history"_s, QT_TRANSLATE_NOOP("PrivacyExport", "Stored history of these records")},
        {u"auditLog"_s,
         QT_TRANSLATE_NOOP("PrivacyExport", "Who worked with these records (audit log)")}};
    for (const auto &[key, heading] : sections) {
        const QJsonArray list = data.value(key).toArray();
        Report::Section section{translated(heading) + u" ("_s + QString::number(list.size()) + u')',
                                {},
                                QCoreApplication::translate("PrivacyExport", "None.")};
        for (const QJsonValue &each : list) {
            Report::Record record;
            appendMembers(record, each.toObject(), 0);
            section.records.append(record);
        }
        report.sections.append(section);
    }
    return reportPdf(report);
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
void installPrivacyRoutes(RequestDispatcher &api, const PrivacyRoutes &parts)
{
    using M = RequestDispatcher::Method;

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
        // After the commit: the files (what a crash leaves, the retention
        // run's sweep deletes), then the space the removed text took: SQLite's
        // WAL at once (cheap), PostgreSQL's VACUUM after the answer.
        const QStringList files = erasure->files;
        r.afterCommit.append([parts, files] {
            try {
                parts.documents.removeUnusedFiles(files, parts.documentFolder);
                if (parts.db.dialect() == SqlDialect::Sqlite)
                    parts.db.reclaimRemoved(PrivacyOffice::kReclaimedTables);
            } catch (const DatabaseFailure &failure) {
                qWarning("Erasure: the database could not reclaim removed data now (the next "
                         "removal does): %s",
                         failure.what());
            }
            parts.reclaimSoon();
        });
        return HttpReply::json(200, erasure->toJson());
    });
}
