#include "server/repositories/privacyoffice.h"

#include "core/domain/appointment.h"
#include "core/domain/isotime.h"
#include "server/repositories/appointmentrepository.h"
#include "server/repositories/documentrepository.h"
#include "server/repositories/ticketrepository.h"
#include "server/repositories/weddingrepository.h"
#include "server/storage/auditlog.h"
#include "server/storage/changelog.h"
#include "server/storage/database.h"
#include "server/storage/idempotencyrepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString kAppointment = u"appointment"_s;
const QString kWedding = u"wedding_booking"_s;
const QString kTicket = u"ticket"_s;
const QString kDocument = u"document"_s;

// The documents' case type of a record kind.
QString caseTypeOf(const QString &entity)
{
    if (entity == kWedding)
        return u"wedding"_s;
    return entity; // "appointment", "ticket"
}

QJsonValue timeOrNull(qint64 msecs)
{
    return msecs > 0 ? QJsonValue(isoTimeFromMSecs(msecs)) : QJsonValue();
}
} // namespace

const QStringList PrivacyOffice::kEntities{kAppointment, kWedding, kTicket, kDocument};
const QStringList PrivacyOffice::kReclaimedTables{u"appointment"_s,     u"ticket"_s,
                                                  u"wedding_booking"_s, u"document"_s,
                                                  u"change_log"_s,      u"idempotency_key"_s};

QJsonObject PrivacyOffice::Erasure::toJson() const
{
    QJsonArray erased;
    QJsonObject counts;
    for (const Subject &record : records) {
        erased.append(QJsonObject{{u"entity"_s, record.entity}, {u"id"_s, record.id}});
        counts.insert(record.entity, counts.value(record.entity).toInt() + 1);
    }
    counts.insert(u"snapshots"_s, snapshots);
    counts.insert(u"idempotencyAnswers"_s, idempotencyAnswers);
    counts.insert(u"documentFiles"_s, int(files.size()));
    return {{u"erased"_s, erased}, {u"counts"_s, counts}};
}

QJsonArray PrivacyOffice::search(const QString &text, const QString &actor)
{
    // Compared in C++, not by the database's LOWER(): SQLite's folds A-Z
    // only, so "öztürk" would not find "Öztürk". Each kind's rows are read
    // newest first until kMaxHitsPerKind match; the privacy tools are for an
    // admin, over tens of thousands of rows at most.
    const QString needle = text.trimmed().toCaseFolded();
    const auto contains = [&needle](const QVariant &value) {
        return value.toString().toCaseFolded().contains(needle);
    };
    // Only a text that looks like a phone number is looked for among the
    // digits of phone numbers: "12" would be in too many.
    static const QRegularExpression phoneLike(u"^\\+?[0-9 ()/-]+\\z"_s);
    static const QRegularExpression notDigit(u"[^0-9]"_s);
    QString digits = text.trimmed();
    digits.remove(notDigit);
    if (!phoneLike.match(text.trimmed()).hasMatch() || digits.size() < 4)
        digits.clear();
    // A phone number's digits, as stored numbers are written in many ways
    // ("0171 765-4321", "(0171) 7654321").
    const auto phoneContains = [&digits](const QVariant &value) {
        return !digits.isEmpty() && value.toString().remove(notDigit).contains(digits);
    };
    // A booking code however it was typed ("k7m2 9qxp").
    const QString code = BookingCode::normalise(text.trimmed()).value_or(QString());
    const auto isCode = [&code](const QVariant &value) {
        return !code.isEmpty() && value.toString() == code;
    };

    QJsonArray hits;
    QList<Subject> shown;
    const auto add = [&](const QString &entity, const QString &id, QJsonObject hit) {
        const Subject subject{entity, id};
        if (shown.contains(subject))
            return;
        shown.append(subject);
        hit.insert(u"entity"_s, entity);
        hit.insert(u"id"_s, id);
        hits.append(hit);
    };
    {
        SqlRows rows = m_parts.db.exec(
            u"SELECT a.id, a.name, a.starts_at, a.office_id, o.name, s.name, a.booking_code, "
            "a.status, a.anonymised_at, a.email, a.notes, a.phone FROM appointment a JOIN office o "
            "ON o.id = a.office_id JOIN service s ON s.id = a.service_id ORDER BY a.starts_at "
            "DESC, a.id"_s);
        int matched = 0;
        while (matched < kMaxHitsPerKind && rows.next()) {
            if (!contains(rows.value(1)) && !contains(rows.value(9)) && !contains(rows.value(10)) &&
                !contains(rows.value(6)) && !isCode(rows.value(6)) &&
                !phoneContains(rows.value(11)))
                continue;
            ++matched;
            add(kAppointment, rows.value(0).toString(),
                {{u"name"_s, rows.value(1).toString()},
                 {u"startsAt"_s, timeOrNull(rows.value(2).toLongLong())},
                 {u"officeId"_s, rows.value(3).toString()},
                 {u"office"_s, rows.value(4).toString()},
                 {u"service"_s, rows.value(5).toString()},
                 {u"bookingCode"_s, rows.value(6).toString()},
                 {u"status"_s, rows.value(7).toString()},
                 {u"anonymised"_s, !rows.value(8).isNull()}});
        }
    }
    {
        SqlRows rows = m_parts.db.exec(
            u"SELECT b.id, b.partner1, b.partner2, s.starts_at, r.office_id, o.name, r.name, "
            "b.booking_code, b.status, b.anonymised_at, b.email, b.notes, b.fee_reference, b.phone "
            "FROM wedding_booking b JOIN wedding_slot s ON s.id = b.slot_id JOIN wedding_room r "
            "ON r.id = s.room_id JOIN office o ON o.id = r.office_id ORDER BY s.starts_at DESC, "
            "b.id"_s);
        int matched = 0;
        while (matched < kMaxHitsPerKind && rows.next()) {
            if (!contains(rows.value(1)) && !contains(rows.value(2)) && !contains(rows.value(10)) &&
                !contains(rows.value(11)) && !contains(rows.value(7)) &&
                !contains(rows.value(12)) && !isCode(rows.value(7)) &&
                !phoneContains(rows.value(13)))
                continue;
            ++matched;
            add(kWedding, rows.value(0).toString(),
                {{u"name"_s, rows.value(1).toString() + u" / "_s + rows.value(2).toString()},
                 {u"partner1"_s, rows.value(1).toString()},
                 {u"partner2"_s, rows.value(2).toString()},
                 {u"startsAt"_s, timeOrNull(rows.value(3).toLongLong())},
                 {u"officeId"_s, rows.value(4).toString()},
                 {u"office"_s, rows.value(5).toString()},
                 {u"room"_s, rows.value(6).toString()},
                 {u"bookingCode"_s, rows.value(7).toString()},
                 {u"status"_s, rows.value(8).toString()},
                 {u"anonymised"_s, !rows.value(9).isNull()}});
        }
    }
    {
        SqlRows rows = m_parts.db.exec(
            u"SELECT t.id, t.number, t.issued_at, t.office_id, o.name, t.status, t.notes FROM "
            "ticket t JOIN office o ON o.id = t.office_id WHERE t.notes <> '' ORDER BY t.issued_at "
            "DESC, t.id"_s);
        int matched = 0;
        while (matched < kMaxHitsPerKind && rows.next()) {
            if (!contains(rows.value(6)))
                continue;
            ++matched;
            add(kTicket, rows.value(0).toString(),
                {{u"number"_s, rows.value(1).toString()},
                 {u"issuedAt"_s, timeOrNull(rows.value(2).toLongLong())},
                 {u"officeId"_s, rows.value(3).toString()},
                 {u"office"_s, rows.value(4).toString()},
                 {u"status"_s, rows.value(5).toString()},
                 {u"notes"_s, rows.value(6).toString()}});
        }
    }
    // Documents: found by their own text, or as the documents of a record found above.
    const auto addDocuments = [&](SqlRows &rows, const QString &via) {
        int matched = 0;
        while (matched < kMaxHitsPerKind && rows.next()) {
            if (via.isEmpty() && !contains(rows.value(1)) && !contains(rows.value(6)) &&
                !contains(rows.value(3)))
                continue;
            ++matched;
            QJsonObject hit{{u"fileName"_s, rows.value(1).toString()},
                            {u"caseType"_s, rows.value(2).toString()},
                            {u"caseId"_s, rows.value(3).toString()},
                            {u"uploadedAt"_s, timeOrNull(rows.value(4).toLongLong())},
                            {u"anonymised"_s, !rows.value(5).isNull()}};
            if (!via.isEmpty())
                hit.insert(u"via"_s, via);
            add(kDocument, rows.value(0).toString(), hit);
        }
    };
    const QString documentColumns = u"SELECT id, file_name, case_type, case_id, uploaded_at, "
                                    "anonymised_at, codes FROM document "_s;
    {
        SqlRows rows = m_parts.db.exec(documentColumns + u"ORDER BY id DESC"_s);
        addDocuments(rows, {});
    }
    const QList<Subject> found = shown;
    for (const Subject &record : found) {
        if (record.entity == kDocument)
            continue;
        SqlRows rows =
            m_parts.db.exec(documentColumns + u"WHERE case_type = ? AND case_id = ? ORDER BY id"_s,
                            {caseTypeOf(record.entity), record.id});
        addDocuments(rows, record.key());
    }

    // Which records were shown, never what was looked for.
    for (const Subject &record : std::as_const(shown))
        m_parts.auditLog.record(actor, u"privacy.search"_s, record.key());
    if (shown.isEmpty())
        m_parts.auditLog.record(actor, u"privacy.search"_s, {}, u"0"_s);
    return hits;
}

QList<PrivacyOffice::Subject> PrivacyOffice::allByCode(const QString &bookingCode)
{
    QList<Subject> found;
    const auto code = BookingCode::normalise(bookingCode);
    if (!code)
        return found;
    if (const auto a = m_parts.appointments.findByCode(*code))
        found.append({kAppointment, a->id});
    if (const auto b = m_parts.weddings.findByCode(*code))
        found.append({kWedding, b->id});
    return found;
}

QList<PrivacyOffice::Subject> PrivacyOffice::personRecords(const Subject &subject, bool lock)
{
    bool ok = false;
    const qint64 id = subject.id.toLongLong(&ok);
    if (!ok || !kEntities.contains(subject.entity))
        return {};
    QList<Subject> records{subject};
    if (subject.entity == kAppointment) {
        const auto a = m_parts.appointments.find(id, lock);
        if (!a)
            return {};
        if (!a->ticketId.isEmpty())
            records.append({kTicket, a->ticketId});
    } else if (subject.entity == kTicket) {
        if (!m_parts.tickets.find(id))
            return {};
        if (const auto a = m_parts.appointments.findByTicket(id))
            records.append({kAppointment, a->id});
    } else if (subject.entity == kWedding) {
        const auto b = m_parts.weddings.find(id, lock);
        if (!b)
            return {};
        // Receipts of the wedding's fee are filed under its reference.
        if (!b->feeReference.isEmpty()) {
            for (const QJsonValue &document :
                 m_parts.documents.ofCase(u"payment"_s, b->feeReference))
                records.append({kDocument, document.toObject().value(u"id"_s).toString()});
        }
    } else if (!m_parts.documents.find(id)) {
        return {};
    }
    const QList<Subject> cases = records;
    for (const Subject &record : cases) {
        if (record.entity == kDocument)
            continue;
        for (const QJsonValue &document :
             m_parts.documents.ofCase(caseTypeOf(record.entity), record.id)) {
            const Subject each{kDocument, document.toObject().value(u"id"_s).toString()};
            if (!records.contains(each))
                records.append(each);
        }
    }
    return records;
}

QJsonObject PrivacyOffice::current(const Subject &record)
{
    const qint64 id = record.id.toLongLong();
    if (record.entity == kAppointment) {
        const auto a = m_parts.appointments.find(id);
        return a ? a->toJson() : QJsonObject();
    }
    if (record.entity == kWedding) {
        const auto b = m_parts.weddings.find(id);
        return b ? b->toJson() : QJsonObject();
    }
    if (record.entity == kTicket) {
        const auto t = m_parts.tickets.find(id);
        return t ? t->toJson() : QJsonObject();
    }
    return m_parts.documents.find(id).value_or(QJsonObject());
}

QJsonArray PrivacyOffice::history(const Subject &record)
{
    QJsonArray list;
    SqlRows rows = m_parts.db.exec(u"SELECT revision, op, event, data, changed_at FROM change_log "
                                   "WHERE entity = ? AND entity_id = ? ORDER BY revision"_s,
                                   {record.entity, record.id});
    while (rows.next()) {
        QJsonObject change{{u"entity"_s, record.entity},
                           {u"id"_s, record.id},
                           {u"revision"_s, rows.value(0).toLongLong()},
                           {u"op"_s, rows.value(1).toString()},
                           {u"event"_s, rows.value(2).toString()},
                           {u"changedAt"_s, timeOrNull(rows.value(4).toLongLong())}};
        if (rows.value(1).toString() == u"upsert"_s)
            change.insert(u"data"_s,
                          QJsonDocument::fromJson(rows.value(3).toString().toUtf8()).object());
        list.append(change);
    }
    return list;
}

QJsonArray PrivacyOffice::auditEntries(const Subject &record)
{
    // The routes name a record by its id and the action's area
    // ("appointment.create", subject "12"); the privacy tools by "kind/id".
    QString area = record.entity + u".%"_s;
    if (record.entity == kWedding)
        area = u"wedding.%"_s;
    QJsonArray list;
    SqlRows rows = m_parts.db.exec(
        u"SELECT at, user_login, action, subject, detail FROM audit_log WHERE subject = ? OR "
        "(subject = ? AND action LIKE ? AND action NOT LIKE 'wedding.slot.%') ORDER BY id"_s,
        {record.key(), record.id, area});
    while (rows.next())
        list.append(QJsonObject{{u"entity"_s, record.entity},
                                {u"id"_s, record.id},
                                {u"at"_s, timeOrNull(rows.value(0).toLongLong())},
                                {u"login"_s, rows.value(1).toString()},
                                {u"action"_s, rows.value(2).toString()},
                                {u"subject"_s, rows.value(3).toString()},
                                {u"detail"_s, rows.value(4).toString()}});
    return list;
}

std::optional<QJsonObject> PrivacyOffice::exportOf(const Subject &subject, const QString &actor)
{
    const QList<Subject> records = personRecords(subject);
    if (records.isEmpty())
        return std::nullopt;
    QJsonArray appointments;
    QJsonArray weddings;
    QJsonArray tickets;
    QJsonArray documents;
    QJsonArray changes;
    QJsonArray audit;
    for (const Subject &record : records) {
        const QJsonObject data = current(record);
        if (record.entity == kAppointment)
            appointments.append(data);
        else if (record.entity == kWedding)
            weddings.append(data);
        else if (record.entity == kTicket)
            tickets.append(data);
        else
            documents.append(data);
        for (const QJsonValue &change : history(record))
            changes.append(change);
        for (const QJsonValue &entry : auditEntries(record))
            audit.append(entry);
    }
    for (const Subject &record : records)
        m_parts.auditLog.record(actor, u"privacy.export"_s, record.key());
    return QJsonObject{
        {u"subject"_s, QJsonObject{{u"entity"_s, subject.entity}, {u"id"_s, subject.id}}},
        {u"exportedAt"_s, isoTimeFromMSecs(QDateTime::currentMSecsSinceEpoch())},
        {u"appointments"_s, appointments},
        {u"weddingBookings"_s, weddings},
        {u"tickets"_s, tickets},
        {u"documents"_s, documents},
        {u"history"_s, changes},
        {u"auditLog"_s, audit},
    };
}

void PrivacyOffice::lockRows(QList<Subject> records)
{
    // Every row before the first change is recorded (which takes the change
    // log's lock until commit): then no other writer, which takes a row and
    // then that lock, can hold a row this erasure still waits for. In one
    // order, so that two erasures of linked records do not wait for each other.
    if (m_parts.db.dialect() != SqlDialect::Postgresql)
        return; // SQLite: the write transaction holds the whole database
    std::sort(records.begin(), records.end(), [](const Subject &a, const Subject &b) {
        return std::pair(a.entity, a.id.toLongLong()) < std::pair(b.entity, b.id.toLongLong());
    });
    for (const Subject &record : std::as_const(records)) {
        const qint64 id = record.id.toLongLong();
        if (record.entity == kAppointment)
            m_parts.appointments.find(id, true);
        else if (record.entity == kWedding)
            m_parts.weddings.find(id, true);
        else if (record.entity == kTicket)
            m_parts.tickets.findForUpdate(id);
        else if (record.entity == kDocument)
            m_parts.db.exec(u"SELECT id FROM document WHERE id = ? FOR UPDATE"_s, {id});
    }
}

std::optional<PrivacyOffice::Erasure> PrivacyOffice::erase(const Subject &subject,
                                                           const QString &actor)
{
    const QList<Subject> records = personRecords(subject, true);
    if (records.isEmpty())
        return std::nullopt;
    lockRows(records);
    Erasure erasure;
    erasure.records = records;
    QStringList bookingCodes;
    for (const Subject &record : records) {
        const qint64 id = record.id.toLongLong();
        // The code before the erasure: anonymising replaces it.
        if (record.entity == kAppointment) {
            if (const auto a = m_parts.appointments.find(id, true)) {
                bookingCodes.append(a->bookingCode);
                m_parts.appointments.anonymise(id);
            }
        } else if (record.entity == kWedding) {
            if (const auto b = m_parts.weddings.find(id, true)) {
                bookingCodes.append(b->bookingCode);
                m_parts.weddings.anonymise(id);
            }
        } else if (record.entity == kTicket) {
            m_parts.tickets.anonymise(id);
        } else {
            m_parts.documents.anonymise(id, &erasure.files);
        }
        erasure.idempotencyAnswers +=
            m_parts.idempotency.forgetAnswersFor(record.entity, record.id);
    }
    // Refusals a clerk got when checking in with the code repeat it.
    for (const QString &code : std::as_const(bookingCodes))
        erasure.idempotencyAnswers += m_parts.idempotency.forgetAnswersMentioning(code);
    for (const Subject &record : records) {
        SqlRows rows = m_parts.db.exec(u"SELECT COUNT(*) FROM change_log WHERE entity = ? AND "
                                       "entity_id = ? AND op = 'upsert'"_s,
                                       {record.entity, record.id});
        erasure.snapshots += rows.next() ? rows.value(0).toInt() : 0;
    }
    for (const Subject &record : records)
        m_parts.auditLog.record(actor, u"privacy.erase"_s, record.key());
    return erasure;
}
