#include "server/storage/migrations.h"

#include "server/storage/advisorylocks.h"
#include "server/storage/auditchain.h"
#include "server/storage/database.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QStringList>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
struct Migration
{
    int version;
    const char *name;
    QStringList statements;
    // Work the statements cannot do, after them, in the same transaction.
    void (*afterStatements)(Database &) = nullptr;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> list{
        {1,
         "foundation: offices, services, counters, users, sessions, change log, idempotency",
         {
             u"CREATE TABLE server_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
             u"CREATE TABLE office (id {{pk}}, name TEXT NOT NULL, kind TEXT NOT NULL, "
             "address TEXT NOT NULL DEFAULT '')"_s,
             u"CREATE TABLE service (id {{pk}}, office_id BIGINT NOT NULL REFERENCES office(id), "
             "name TEXT NOT NULL, prefix TEXT NOT NULL, typical_minutes INTEGER NOT NULL, "
             "bookable_online INTEGER NOT NULL DEFAULT 0, UNIQUE (office_id, prefix))"_s,
             u"CREATE TABLE counter (id {{pk}}, office_id BIGINT NOT NULL REFERENCES office(id), "
             "name TEXT NOT NULL, UNIQUE (office_id, name))"_s,
             u"CREATE TABLE counter_service (counter_id BIGINT NOT NULL REFERENCES counter(id) "
             "ON DELETE CASCADE, service_id BIGINT NOT NULL REFERENCES service(id) ON DELETE "
             "CASCADE, PRIMARY KEY (counter_id, service_id))"_s,
             u"CREATE TABLE app_user (id {{pk}}, login TEXT NOT NULL UNIQUE, display_name TEXT "
             "NOT NULL, password_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, "
             "created_at BIGINT NOT NULL)"_s,
             u"CREATE TABLE user_role (user_id BIGINT NOT NULL REFERENCES app_user(id) ON DELETE "
             "CASCADE, role TEXT NOT NULL, PRIMARY KEY (user_id, role))"_s,
             u"CREATE TABLE user_session (token_hash TEXT PRIMARY KEY, user_id BIGINT NOT NULL "
             "REFERENCES app_user(id) ON DELETE CASCADE, created_at BIGINT NOT NULL, expires_at "
             "BIGINT NOT NULL)"_s,
             u"CREATE TABLE change_log (revision {{pk}}, entity TEXT NOT NULL, entity_id TEXT NOT "
             "NULL, op TEXT NOT NULL, event TEXT NOT NULL, data TEXT, changed_at BIGINT NOT "
             "NULL)"_s,
             u"CREATE INDEX change_log_entity ON change_log (entity, entity_id)"_s,
             u"CREATE TABLE idempotency_key (user_id BIGINT NOT NULL, idem_key TEXT NOT NULL, "
             "request_hash TEXT NOT NULL, status INTEGER NOT NULL, content_type TEXT NOT NULL, "
             "body TEXT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (user_id, idem_key))"_s,
             u"CREATE TABLE audit_log (id {{pk}}, at BIGINT NOT NULL, user_login TEXT NOT NULL, "
             "action TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL "
             "DEFAULT '')"_s,
         }},
        {2,
         "queue: tickets and their daily numbering",
         {
             u"CREATE TABLE ticket (id {{pk}}, office_id BIGINT NOT NULL REFERENCES office(id), "
             "service_id BIGINT NOT NULL REFERENCES service(id), number TEXT NOT NULL, "
             "service_day TEXT NOT NULL, source TEXT NOT NULL, priority INTEGER NOT NULL DEFAULT "
             "0, "
             "status TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '', issued_at BIGINT NOT NULL, "
             "queue_at BIGINT NOT NULL, due_at BIGINT, first_called_at BIGINT, last_called_at "
             "BIGINT, started_at BIGINT, finished_at BIGINT, call_count INTEGER NOT NULL DEFAULT "
             "0, "
             "counter_id BIGINT REFERENCES counter(id), target_counter_id BIGINT REFERENCES "
             "counter(id), clerk_login TEXT NOT NULL DEFAULT '', UNIQUE (office_id, "
             "service_day, number))"_s,
             u"CREATE INDEX ticket_open ON ticket (office_id, status, queue_at)"_s,
             u"CREATE INDEX ticket_counter ON ticket (counter_id, status)"_s,
             u"CREATE TABLE ticket_sequence (office_id BIGINT NOT NULL, prefix TEXT NOT NULL, "
             "service_day TEXT NOT NULL, last_number INTEGER NOT NULL, PRIMARY KEY (office_id, "
             "prefix, service_day))"_s,
         }},
        {3,
         "appointments: opening hours and bookings",
         {
             // Minutes after midnight, local time; weekday 1 = Monday as in ISO 8601.
             u"CREATE TABLE opening_hours (office_id BIGINT NOT NULL REFERENCES office(id), "
             "weekday INTEGER NOT NULL, opens_minute INTEGER NOT NULL, closes_minute INTEGER NOT "
             "NULL, PRIMARY KEY (office_id, weekday))"_s,
             u"CREATE TABLE appointment (id {{pk}}, office_id BIGINT NOT NULL REFERENCES "
             "office(id), service_id BIGINT NOT NULL REFERENCES service(id), starts_at BIGINT NOT "
             "NULL, duration_minutes INTEGER NOT NULL, booking_code TEXT NOT NULL UNIQUE, status "
             "TEXT NOT NULL, source TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', phone TEXT NOT "
             "NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', "
             "ticket_id BIGINT REFERENCES ticket(id), version INTEGER NOT NULL DEFAULT 1, "
             "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, anonymised_at BIGINT)"_s,
             u"CREATE INDEX appointment_office_time ON appointment (office_id, starts_at)"_s,
             u"CREATE INDEX appointment_service_time ON appointment (service_id, starts_at)"_s,
             u"CREATE INDEX appointment_retention ON appointment (anonymised_at, starts_at)"_s,
         }},
        {4,
         "documents: scanned files attached to a case",
         {
             u"CREATE TABLE document (id {{pk}}, case_type TEXT NOT NULL, case_id TEXT NOT NULL, "
             "file_name TEXT NOT NULL, content_type TEXT NOT NULL, size_bytes BIGINT NOT NULL, "
             "sha256 TEXT NOT NULL, pages INTEGER NOT NULL, codes TEXT NOT NULL, storage_path "
             "TEXT NOT NULL, uploaded_by TEXT NOT NULL, uploaded_at BIGINT NOT NULL)"_s,
             u"CREATE INDEX document_case ON document (case_type, case_id)"_s,
         }},
        {5,
         "Standesamt: wedding rooms, their slots and bookings",
         {
             // Slot rules: on `weekdays` ("5,6" = Friday and Saturday), one slot
             // every `slot_minutes` from `first_minute` to `last_minute` (local
             // minutes after midnight, the last start included).
             u"CREATE TABLE wedding_room (id {{pk}}, office_id BIGINT NOT NULL REFERENCES "
             "office(id), name TEXT NOT NULL, guests INTEGER NOT NULL, weekdays TEXT NOT NULL, "
             "first_minute INTEGER NOT NULL, last_minute INTEGER NOT NULL, slot_minutes INTEGER "
             "NOT NULL, UNIQUE (office_id, name))"_s,
             u"CREATE TABLE wedding_slot (id {{pk}}, room_id BIGINT NOT NULL REFERENCES "
             "wedding_room(id), starts_at BIGINT NOT NULL, duration_minutes INTEGER NOT NULL, "
             "blocked INTEGER NOT NULL DEFAULT 0, block_reason TEXT NOT NULL DEFAULT '', UNIQUE "
             "(room_id, starts_at))"_s,
             u"CREATE INDEX wedding_slot_time ON wedding_slot (starts_at)"_s,
             // `holds_slot` is the slot while the booking occupies it, NULL once
             // cancelled or lapsed: the unique constraint is what makes "two
             // registrars reserve one slot" end in exactly one booking.
             u"CREATE TABLE wedding_booking (id {{pk}}, slot_id BIGINT NOT NULL REFERENCES "
             "wedding_slot(id), holds_slot BIGINT UNIQUE REFERENCES wedding_slot(id), status TEXT "
             "NOT NULL, booking_code TEXT NOT NULL UNIQUE, partner1 TEXT NOT NULL, partner2 TEXT "
             "NOT NULL, email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', notes "
             "TEXT NOT NULL DEFAULT '', registrar TEXT NOT NULL DEFAULT '', fee_reference TEXT "
             "NOT NULL DEFAULT '', documents TEXT NOT NULL, expires_at BIGINT, version INTEGER "
             "NOT NULL DEFAULT 1, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, "
             "anonymised_at BIGINT)"_s,
             u"CREATE INDEX wedding_booking_slot ON wedding_booking (slot_id)"_s,
         }},
        {6,
         "forgetting: documents and answers without personal data, tickets' notes by time",
         {
             // A document whose file was deleted by the retention run keeps its row
             // (sha256, pages, size) without anything that could name a person.
             u"ALTER TABLE document ADD COLUMN anonymised_at BIGINT"_s,
             u"CREATE INDEX document_retention ON document (anonymised_at, uploaded_at)"_s,
             // Only tickets with notes have anything to forget.
             u"CREATE INDEX ticket_retention ON ticket (issued_at) WHERE notes <> ''"_s,
             u"CREATE INDEX wedding_booking_retention ON wedding_booking (anonymised_at)"_s,
             // A stored answer that was an entity keeps only which one it was:
             // a replay answers with the entity as it is now.
             u"ALTER TABLE idempotency_key ADD COLUMN entity TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE idempotency_key ADD COLUMN entity_id TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE idempotency_key ADD COLUMN entity_version INTEGER NOT NULL DEFAULT 0"_s,
             // Answers stored before held whole entities (names, contact data):
             // their replay now answers with the status alone.
             u"UPDATE idempotency_key SET body = '' WHERE status < 400"_s,
             u"CREATE INDEX idempotency_key_age ON idempotency_key (created_at)"_s,
             u"CREATE INDEX user_session_expiry ON user_session (expires_at)"_s,
         }},
        {7,
         "audit: a hash chain over the audit log, the client's address",
         {
             u"ALTER TABLE audit_log ADD COLUMN address TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE audit_log ADD COLUMN previous_hash TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''"_s,
             // One row: the chain's last entry. Appends update it, so entries
             // removed from the end show, and PostgreSQL appends queue on it.
             u"CREATE TABLE audit_chain_head (id INTEGER PRIMARY KEY, last_id BIGINT NOT NULL, "
             "last_hash TEXT NOT NULL, entries BIGINT NOT NULL)"_s,
             u"INSERT INTO audit_chain_head (id, last_id, last_hash, entries) VALUES (1, 0, '', 0)"_s,
             u"CREATE INDEX audit_log_at ON audit_log (at)"_s,
             u"CREATE INDEX audit_log_user_login ON audit_log (user_login)"_s,
         },
         // The entries written before: chained in id order, so the chain starts complete.
         &AuditChain::chainExisting},
        {8,
         "accounts: offices of users, forced password changes, versions",
         {
             // A user without rows here works in every office, as before.
             u"CREATE TABLE user_office (user_id BIGINT NOT NULL REFERENCES app_user(id) ON "
             "DELETE CASCADE, office_id BIGINT NOT NULL REFERENCES office(id), PRIMARY KEY "
             "(user_id, office_id))"_s,
             u"ALTER TABLE app_user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE app_user ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
             u"CREATE INDEX user_session_user ON user_session (user_id)"_s,
         }},
        {9,
         "organisation: retiring, versions, time zones, opening ranges, closure days, settings",
         {
             // Nothing of the organisation is deleted (old tickets name it): it is retired.
             u"ALTER TABLE office ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Europe/Berlin'"_s,
             u"ALTER TABLE office ADD COLUMN wait_target_minutes INTEGER NOT NULL DEFAULT 30"_s,
             u"ALTER TABLE office ADD COLUMN active INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE office ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE service ADD COLUMN active INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE service ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE counter ADD COLUMN active INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE counter ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE wedding_room ADD COLUMN active INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE wedding_room ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
             // Several ranges a day (a lunch break): the weekday alone no longer
             // keys a row.
             u"CREATE TABLE office_hours (office_id BIGINT NOT NULL REFERENCES office(id), "
             "weekday INTEGER NOT NULL, opens_minute INTEGER NOT NULL, closes_minute INTEGER NOT "
             "NULL, PRIMARY KEY (office_id, weekday, opens_minute))"_s,
             u"INSERT INTO office_hours (office_id, weekday, opens_minute, closes_minute) SELECT "
             "office_id, weekday, opens_minute, closes_minute FROM opening_hours"_s,
             u"DROP TABLE opening_hours"_s,
             // `day` as ISO 8601 (2026-12-24), the office's local date.
             u"CREATE TABLE office_closure (office_id BIGINT NOT NULL REFERENCES office(id), day "
             "TEXT NOT NULL, PRIMARY KEY (office_id, day))"_s,
             // NULL: the server's option (the flag of `serve`) holds.
             u"CREATE TABLE office_settings (office_id BIGINT PRIMARY KEY REFERENCES office(id), "
             "no_show_after_calls INTEGER, reservation_days INTEGER, retention_days INTEGER)"_s,
         }},
        {10,
         "versions of each office's opening hours and settings",
         {
             // Counted up by each change, so that two administrators editing
             // them at once cannot overwrite each other unseen (409).
             u"ALTER TABLE office ADD COLUMN hours_version INTEGER NOT NULL DEFAULT 1"_s,
             u"ALTER TABLE office ADD COLUMN settings_version INTEGER NOT NULL DEFAULT 1"_s,
         }},
        {11,
         "number blocks: ticket numbers a front desk issues while the network is down",
         {
             // One block per office, day, login, device and part; `ordinal`
             // makes its numbers (Z<ordinal>-001 …), see NumberBlock.
             u"CREATE TABLE number_block (id {{pk}}, office_id BIGINT NOT NULL REFERENCES "
             "office(id), service_day TEXT NOT NULL, ordinal INTEGER NOT NULL, size INTEGER NOT "
             "NULL, login TEXT NOT NULL, device_id TEXT NOT NULL, part INTEGER NOT NULL, "
             "created_at BIGINT NOT NULL, UNIQUE (office_id, service_day, ordinal), UNIQUE "
             "(office_id, service_day, login, device_id, part))"_s,
         }},
        {12,
         "each office's minimum lead for the wedding registration",
         {
             // NULL: the server's default (7 days).
             u"ALTER TABLE office_settings ADD COLUMN registration_lead_days INTEGER"_s,
         }},
        {13,
         "per service, what to bring and how to cancel, for the confirmation letter",
         {
             u"ALTER TABLE service ADD COLUMN bring_along TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE service ADD COLUMN confirmation_note TEXT NOT NULL DEFAULT ''"_s,
         }},
        {14,
         "statistics: the wait each ticket was told, and digests of past days",
         {
             // NULL: told nothing (tickets issued before this release).
             u"ALTER TABLE ticket ADD COLUMN estimate_minutes INTEGER"_s,
             // Today's tickets of a service (the estimates' recent service
             // times): without it every estimate read the whole history.
             u"CREATE INDEX ticket_service_day ON ticket (service_id, service_day)"_s,
             // A day's visits as bytes (encodeVisits), see StatisticsRepository.
             u"CREATE TABLE statistics_day (office_id BIGINT NOT NULL REFERENCES office(id), "
             "service_day TEXT NOT NULL, built_at BIGINT NOT NULL, visits {{blob}} NOT NULL, "
             "PRIMARY KEY (office_id, service_day))"_s,
         }},
        {15,
         "statistics: figures per counter may be kept off (staff council); digest generations",
         {
             u"ALTER TABLE office ADD COLUMN counter_figures INTEGER NOT NULL DEFAULT 1"_s,
             // Bumped by each change to a past day's ticket, so that a digest
             // made from the tickets as they were is not kept over the change.
             u"ALTER TABLE statistics_day ADD COLUMN generation INTEGER NOT NULL DEFAULT 0"_s,
         }},
        {16,
         "login throttle: shared by every server on the database",
         {
             // Wrong passwords per login name (lower case) since its last success.
             u"CREATE TABLE login_failure (login TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
             "last_at BIGINT NOT NULL, locked_until BIGINT NOT NULL)"_s,
             // Wrong passwords per client address, within the last window.
             u"CREATE TABLE login_address_failure (address TEXT NOT NULL, at BIGINT NOT NULL)"_s,
             u"CREATE INDEX login_address_failure_at ON login_address_failure (address, at)"_s,
             // The wait whose first refusal was audited, per login and address.
             u"CREATE TABLE login_refusal_audited (login TEXT NOT NULL, address TEXT NOT NULL, "
             "wait_end BIGINT NOT NULL, PRIMARY KEY (login, address))"_s,
         }},
        {17,
         "queue: each office's dispatch policy",
         {
             // "fifo", "zms" or "tresen" (dispatchPolicyName); NULL: the server's option.
             u"ALTER TABLE office_settings ADD COLUMN dispatch_policy TEXT"_s,
         }},
    };
    return list;
}

QString dialectSql(QString sql, SqlDialect dialect)
{
    const bool sqlite = dialect == SqlDialect::Sqlite;
    return sql
        .replace(u"{{pk}}"_s,
                 sqlite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s : u"BIGSERIAL PRIMARY KEY"_s)
        .replace(u"{{blob}}"_s, sqlite ? u"BLOB"_s : u"BYTEA"_s);
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().last().version;
}

int Migrations::currentVersion(Database &db)
{
    SqlRows query = db.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migration"_s);
    return query.next() ? query.value(0).toInt() : 0;
}

bool Migrations::apply(Database &db, QString *error)
{
    try {
        db.exec(u"CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, "
                "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s);
        const bool postgres = db.dialect() == SqlDialect::Postgresql;
        if (postgres)
            db.exec(u"SELECT pg_advisory_lock(?)"_s, {AdvisoryLock::kMigrations});
        const auto unlock = qScopeGuard([&] {
            if (!postgres)
                return;
            try {
                db.exec(u"SELECT pg_advisory_unlock(?)"_s, {AdvisoryLock::kMigrations});
            } catch (const DatabaseFailure &) {
                // The lock dies with the session anyway.
            }
        });
        const int current = currentVersion(db);
        for (const Migration &migration : migrations()) {
            if (migration.version <= current)
                continue;
            Transaction transaction(db);
            for (const QString &statement : migration.statements)
                db.exec(dialectSql(statement, db.dialect()));
            if (migration.afterStatements)
                migration.afterStatements(db);
            if (migration.version == 1) {
                // Identifies this database to clients: a new one means "resync from zero".
                db.exec(u"INSERT INTO server_info (key, value) VALUES ('instance_id', ?)"_s,
                        {QUuid::createUuid().toString(QUuid::WithoutBraces)});
            }
            db.exec(u"INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)"_s,
                    {migration.version, QString::fromUtf8(migration.name),
                     QDateTime::currentMSecsSinceEpoch()});
            transaction.commit();
        }
    } catch (const DatabaseFailure &failure) {
        *error = QString::fromStdString(failure.what());
        return false;
    }
    return true;
}
