// tresen-server: the city backend. The command line is part of the contract
// in ARCHITECTURE.md: serve, migrate, user add, erase.

#include "configfile.h"
#include "server/api/routes.h"
#include "server/auth/needtoknow.h"
#include "server/auth/passwordpolicy.h"
#include "server/instance/backend.h"
#include "server/instance/organisationsetup.h"
#include "server/instance/serverinstance.h"
#include "server/storage/auditchain.h"
#include "server/storage/database.h"
#include "server/storage/databasebackup.h"
#include "server/storage/migrations.h"
#include "translator.h"
#include "unixsignalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int usage()
{
    err() << "Usage:\n"
             "  tresen-server serve --listen ADDRESS:PORT --database URL [--demo]\n"
             "                      [--config FILE]\n"
             "                      [--tls-cert FILE --tls-key FILE] [--quiet]\n"
             "                      [--no-show-after-calls N] [--payment-provider SPEC]\n"
             "                      [--dispatch-policy fifo|zms|tresen]\n"
             "                      [--retention-days DAYS] [--document-folder DIR]\n"
             "                      [--ticket-retention-days DAYS]\n"
             "                      [--wedding-retention-days DAYS]\n"
             "                      [--document-retention-days DAYS]\n"
             "                      [--reservation-days DAYS]\n"
             "                      [--trusted-proxy ADDRESS ...] [--workers N]\n"
             "                      [--state-folder DIR]\n"
             "  tresen-server migrate --database URL\n"
             "  tresen-server setup --database URL FILE.json\n"
             "                      (offices, services, counters, hours, rooms, devices; a\n"
             "                      device's password from TRESEN_DEVICE_PASSWORD_<LOGIN>,\n"
             "                      else generated and shown once)\n"
             "  tresen-server hours --database URL --office ID [DAY=HH:MM-HH:MM|DAY=closed ...]\n"
             "                      (DAY: mon tue wed thu fri sat sun; without days: show them)\n"
             "  tresen-server wedding-room add --database URL --office ID --days DAY,DAY\n"
             "                      --first HH:MM --last HH:MM --every MINUTES [--guests N] NAME\n"
             "  tresen-server wedding-room list --database URL\n"
             "  tresen-server user add --database URL LOGIN --role ROLE [--role ROLE ...]\n"
             "                      [--name \"Full Name\"] [--office ID ...] --password-stdin\n"
             "                      (a password of at least 12 characters, not a common one;\n"
             "                      display and kiosk accounts belong to exactly one office)\n"
             "  tresen-server audit verify --database URL\n"
             "                      (exit 1 and the first broken entry when the audit log's\n"
             "                      hash chain is broken)\n"
             "  tresen-server backup --database URL FILE\n"
             "                      (PostgreSQL: pg_dump's custom format; SQLite: a copy)\n"
             "  tresen-server restore --database URL FILE\n"
             "                      (every server on the database stopped; workstations then\n"
             "                      rebuild their caches and hold their unsent writes)\n"
             "  tresen-server confirm-restore --database URL\n"
             "                      (a database that went back another way is the right one)\n"
             "  tresen-server erase --database URL (--booking-code CODE | --entity KIND --id ID)\n"
             "                      [--document-folder DIR]\n"
             "                      (KIND: appointment, wedding_booking, ticket, document;\n"
             "                      SQLite only while no server runs on it)\n"
             "\n"
             "URL: sqlite:/path/to/tresen.db or postgresql://user@host:port/dbname\n"
             "     (a PostgreSQL password may come from TRESEN_DATABASE_PASSWORD)\n"
             "Roles: clerk, registrar, supervisor, admin, display, kiosk\n"
          << Qt::flush;
    return 2;
}

// Opens the database and brings its schema up to date; false (and said why) if not.
bool openAndMigrate(Database &db)
{
    QString error;
    if (db.open(&error) && Migrations::apply(db, &error))
        return true;
    err() << "tresen-server: " << error << "\n" << Qt::flush;
    return false;
}

std::optional<DatabaseUrl> databaseOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"database"_s)) {
        err() << "tresen-server: --database is required\n" << Qt::flush;
        return std::nullopt;
    }
    QString error;
    auto url = DatabaseUrl::parse(parser.value(u"database"_s), &error);
    if (!url)
        err() << "tresen-server: " << error << "\n" << Qt::flush;
    return url;
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535 || !address->setAddress(host))
        return false;
    *port = static_cast<quint16>(value);
    return true;
}

// The options of `serve`, on the command line and in its --config file.
QList<QCommandLineOption> serveOptions()
{
    return {
        {u"config"_s,
         u"A file of these options, one `name = value` a line (/etc/tresen/server.conf); "
         "the command line wins over it."_s,
         u"file"_s},
        {u"listen"_s, u"Address and port to listen on."_s, u"address:port"_s},
        {u"database"_s, u"Database URL."_s, u"url"_s},
        {u"demo"_s, u"Fill an empty database with demo data."_s},
        {u"tls-cert"_s, u"PEM certificate for HTTPS."_s, u"file"_s},
        {u"tls-key"_s, u"PEM private key for HTTPS."_s, u"file"_s},
        {u"quiet"_s, u"Do not log each request."_s},
        {u"no-show-after-calls"_s, u"Calls before a visitor may be marked as not come."_s, u"n"_s,
         u"2"_s},
        {u"dispatch-policy"_s,
         u"How call-next chooses the next visitor where an office set nothing: fifo, zms or "
         "tresen."_s,
         u"policy"_s, u"tresen"_s},
        {u"document-folder"_s, u"Where uploaded documents are stored."_s, u"dir"_s},
        {u"payment-provider"_s,
         u"simulated, pmpayment:URL or epaybl:URL; may be given more than once."_s, u"spec"_s},
        {u"retention-days"_s,
         u"Days after an appointment until its contact data is removed; also the default of "
         "the other retention options."_s,
         u"days"_s, u"14"_s},
        {u"ticket-retention-days"_s,
         u"Days after a ticket was issued until its notes are removed (default: --retention-days)."_s,
         u"days"_s},
        {u"wedding-retention-days"_s,
         u"Days after a wedding's date until the couple's names, contact data and fee reference "
         "are removed, whatever the booking's state (default: --retention-days)."_s,
         u"days"_s},
        {u"document-retention-days"_s,
         u"Days after an upload until the document's file, name and codes are removed "
         "(default: --retention-days)."_s,
         u"days"_s},
        {u"reservation-days"_s, u"Days a provisional wedding reservation is held."_s, u"days"_s,
         u"14"_s},
        {u"trusted-proxy"_s,
         u"A reverse proxy (address or subnet) whose X-Forwarded-For names the client; may be "
         "given more than once. Default: none, X-Forwarded-For is ignored."_s,
         u"address"_s},
        {u"workers"_s,
         u"Threads that handle requests, each with a database connection of its own "
         "(PostgreSQL; 0: all on one thread; SQLite always uses one)."_s,
         u"n"_s, u"4"_s},
        {u"state-folder"_s,
         u"Where the server keeps the highest revision it handed out (default: beside a SQLite "
         "file, else the server's data folder)."_s,
         u"dir"_s},
    };
}

int serve(const QStringList &commandLine)
{
    const QList<QCommandLineOption> options = serveOptions();
    QStringList arguments = commandLine;
    if (const QString path = ConfigFile::pathIn(commandLine); !path.isEmpty()) {
        QString error;
        const auto fromFile = ConfigFile::arguments(
            path, options, {u"trusted-proxy"_s, u"payment-provider"_s}, &error);
        if (!fromFile) {
            err() << "tresen-server: " << error << "\n" << Qt::flush;
            return 2;
        }
        // Demo data (every password "demo") is for trying Tresen out on one
        // computer, never part of a server's configuration.
        if (fromFile->contains(u"--demo"_s)) {
            err() << "tresen-server: " << path
                  << ": demo cannot be set in a configuration file (--demo on the command line, "
                     "on a computer of its own)\n"
                  << Qt::flush;
            return 2;
        }
        arguments = QStringList{commandLine.first()} +
                    ConfigFile::withoutOverridden(*fromFile, commandLine.mid(1), options) +
                    commandLine.mid(1);
    }
    QCommandLineParser parser;
    parser.addOptions(options);
    if (!parser.parse(arguments))
        return err() << "tresen-server: " << parser.errorText() << "\n" << Qt::flush, usage();
    const auto database = databaseOption(parser);
    if (!database)
        return 2;
    ServerConfig config;
    config.stateFolder = parser.value(u"state-folder"_s);
    config.database = *database;
    config.demo = parser.isSet(u"demo"_s);
    config.requestLogging = !parser.isSet(u"quiet"_s);
    config.tlsCertificatePath = parser.value(u"tls-cert"_s);
    config.tlsKeyPath = parser.value(u"tls-key"_s);
    config.paymentProviders = parser.values(u"payment-provider"_s);
    config.documentFolder = parser.value(u"document-folder"_s);
    for (const QString &proxy : parser.values(u"trusted-proxy"_s)) {
        if (!config.trustedProxies.add(proxy)) {
            err() << "tresen-server: --trusted-proxy wants an address or a subnet "
                     "(192.0.2.7, 2001:db8::1, 192.0.2.0/24), not "
                  << proxy << "\n"
                  << Qt::flush;
            return 2;
        }
    }
    bool workersOk = false;
    config.workers = parser.value(u"workers"_s).toInt(&workersOk);
    if (!workersOk || config.workers < 0 || config.workers > 64) {
        err() << "tresen-server: --workers wants a number from 0 to 64\n" << Qt::flush;
        return 2;
    }
    bool callsOk = false;
    config.noShowAfterCalls = parser.value(u"no-show-after-calls"_s).toInt(&callsOk);
    if (!callsOk || config.noShowAfterCalls < 1 || config.noShowAfterCalls > 10) {
        err() << "tresen-server: --no-show-after-calls wants a number from 1 to 10\n" << Qt::flush;
        return 2;
    }
    if (const auto policy = dispatchPolicyFromName(parser.value(u"dispatch-policy"_s))) {
        config.dispatchPolicy = *policy;
    } else {
        err() << "tresen-server: --dispatch-policy wants fifo, zms or tresen\n" << Qt::flush;
        return 2;
    }
    bool daysOk = false;
    config.retentionDays = parser.value(u"retention-days"_s).toInt(&daysOk);
    if (!daysOk || config.retentionDays < 0 || config.retentionDays > 3650) {
        err() << "tresen-server: --retention-days wants a number from 0 to 3650\n" << Qt::flush;
        return 2;
    }
    for (const auto &[option, days] :
         {std::pair{u"ticket-retention-days"_s, &config.ticketRetentionDays},
          std::pair{u"wedding-retention-days"_s, &config.weddingRetentionDays},
          std::pair{u"document-retention-days"_s, &config.documentRetentionDays}}) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        *days = parser.value(option).toInt(&ok);
        if (!ok || *days < 0 || *days > 3650) {
            err() << "tresen-server: --" << option << " wants a number from 0 to 3650\n"
                  << Qt::flush;
            return 2;
        }
    }
    bool reservationOk = false;
    config.reservationDays = parser.value(u"reservation-days"_s).toInt(&reservationOk);
    if (!reservationOk || config.reservationDays < 1 || config.reservationDays > 365) {
        err() << "tresen-server: --reservation-days wants a number from 1 to 365\n" << Qt::flush;
        return 2;
    }
    if (config.tlsCertificatePath.isEmpty() != config.tlsKeyPath.isEmpty()) {
        err() << "tresen-server: --tls-cert and --tls-key go together\n" << Qt::flush;
        return 2;
    }
    const QString listen =
        parser.value(u"listen"_s).isEmpty() ? u"127.0.0.1:8080"_s : parser.value(u"listen"_s);
    if (!parseListen(listen, &config.address, &config.port)) {
        err() << "tresen-server: --listen wants ADDRESS:PORT, e.g. 127.0.0.1:8080\n" << Qt::flush;
        return 2;
    }

    // A reload (SIGHUP) while the server starts and migrates must not end
    // it; once it serves, the watcher below reads the certificate again.
    std::signal(SIGHUP, SIG_IGN);
    ServerInstance instance(config);
    QString error;
    if (!instance.start(&error)) {
        err() << "tresen-server: " << error << "\n" << Qt::flush;
        return instance.demoRefused() ? 2 : 1;
    }
    if (!instance.demoLogins().isEmpty()) {
        out() << "Demo data created. Logins (user / password / roles):\n";
        for (const DemoData::Login &login : instance.demoLogins())
            out() << "  " << login.login << " / " << login.password << " / " << login.roles << "\n";
    }
    out() << "tresen-server listening on " << instance.baseUrl() << " with " << database->redacted()
          << "\n"
          << Qt::flush;
    // Plain HTTP beyond this computer carries passwords, tokens and citizens'
    // data in the clear: fine behind a reverse proxy that terminates TLS.
    if (!config.address.isLoopback() && config.tlsCertificatePath.isEmpty() &&
        config.trustedProxies.isEmpty())
        err() << "tresen-server: warning: listening on " << listen
              << " without TLS: passwords and citizens' data would cross the network in the "
                 "clear. Give --tls-cert and --tls-key, or listen on loopback behind a reverse "
                 "proxy (--trusted-proxy; docs/admin-guide.md).\n"
              << Qt::flush;

    UnixSignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignalWatcher::reloadRequested, &instance, [&instance] {
        QString error;
        if (instance.reloadTls(&error))
            out() << "tresen-server: "
                  << (instance.config().tlsCertificatePath.isEmpty()
                          ? "reload: no TLS certificate to read (the configuration file is read "
                            "at start only)"
                          : "TLS certificate reloaded: new connections get it")
                  << "\n"
                  << Qt::flush;
        else
            err() << "tresen-server: the TLS certificate could not be reloaded, the one "
                     "read before stays: "
                  << error << "\n"
                  << Qt::flush;
    });
    QObject::connect(
        &signalWatcher, &UnixSignalWatcher::terminationRequested, &instance, [&instance] {
            out() << "tresen-server: shutting down\n" << Qt::flush;
            instance.stopListening();
            // Requests the workers still run are answered first (they
            // end within the statement timeout); then the answers
            // being written get a moment to leave the sockets.
            auto *drain = new QTimer(qApp);
            auto waited = std::make_shared<QElapsedTimer>();
            waited->start();
            QObject::connect(drain, &QTimer::timeout, qApp, [&instance, drain, waited] {
                if (instance.requestsInHand() > 0 && waited->elapsed() < 65000)
                    return;
                drain->stop();
                QTimer::singleShot(250, qApp, &QCoreApplication::quit);
            });
            drain->start(20);
        });
    return QCoreApplication::exec();
}

int migrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"database"_s, u"Database URL."_s, u"url"_s});
    if (!parser.parse(arguments))
        return err() << "tresen-server: " << parser.errorText() << "\n" << Qt::flush, usage();
    const auto url = databaseOption(parser);
    if (!url)
        return 2;
    Database db(*url, u"migrate"_s);
    if (!openAndMigrate(db))
        return 1;
    out() << "Database " << url->redacted() << " is at schema version "
          << Migrations::currentVersion(db) << "\n"
          << Qt::flush;
    return 0;
}

// Checks the audit log's hash chain: 0 intact, 1 broken, 2 not checked.
int verifyAudit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"database"_s, u"Database URL."_s, u"url"_s});
    if (!parser.parse(arguments))
        return err() << "tresen-server: " << parser.errorText() << "\n" << Qt::flush, usage();
    const auto url = databaseOption(parser);
    if (!url)
        return 2;
    Database db(*url, u"audit"_s);
    QString error;
    if (!db.open(&error)) {
        err() << "tresen-server: " << error << "\n" << Qt::flush;
        return 2;
    }
    try {
        // Read only: an older schema is not migrated behind the reader's back.
        if (const int version = Migrations::currentVersion(db);
            version < Migrations::latestVersion()) {
            err() << "tresen-server: the database is at schema version " << version
                  << "; run tresen-server migrate first\n"
                  << Qt::flush;
            return 2;
        }
        const AuditChain::Verification result = AuditChain::verify(db);
        if (!result.intact()) {
            err() << "tresen-server: the audit log is broken at entry " << result.brokenId << ": "
                  << result.problem << " (" << result.checked << " entries read)\n"
                  << Qt::flush;
            return 1;
        }
        out() << "The audit log is intact: " << result.checked << " entries checked"
              << (result.checked > 0 ? u", last hash "_s + result.headHash : QString()) << ".\n"
              << Qt::flush;
    } catch (const DatabaseFailure &failure) {
        err() << "tresen-server: " << failure.what() << "\n" << Qt::flush;
        return 2;
    }
    return 0;
}

// The login the audit log names for the command line: "cli:" and the OS user.
QString cliActor()
{
    const passwd *entry = ::getpwuid(::getuid());
    const QString user =
        entry ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("USER", u"unknown"_s);
    return u"cli:"_s + user;
}

int addUser(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"database"_s, u"Database URL."_s, u"url"_s},
        {u"role"_s, u"A role (repeat for several)."_s, u"role"_s},
        {u"name"_s, u"Display name."_s, u"name"_s},
        {u"office"_s, u"An office the user works in (repeat for several; none: every office)."_s,
         u"id"_s},
        {u"password-stdin"_s, u"Read the password from standard input."_s},
    });
    parser.addPositionalArgument(u"login"_s, u"The login name."_s);
    if (!parser.parse(arguments))
        return err() << "tresen-server: " << parser.errorText() << "\n" << Qt::flush, usage();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(u"password-stdin"_s) ||
        parser.values(u"role"_s).isEmpty())
        return usage();
    QStringList unknown;
    const Roles roles = rolesFromNames(parser.values(u"role"_s), &unknown);
    if (!unknown.isEmpty()) {
        err() << "tresen-server: unknown role " << unknown.join(u", "_s) << "\n" << Qt::flush;
        return 2;
    }
    QList<qint64> officeIds;
    for (const QString &value : parser.values(u"office"_s)) {
        bool ok = false;
        const qint64 officeId = value.toLongLong(&ok);
        if (!ok || officeId <= 0) {
            err() << "tresen-server: --office wants an office id, not \"" << value << "\"\n"
                  << Qt::flush;
            return 2;
        }
        officeIds.append(officeId);
    }
    if (const QString problem = UserRecord::officesProblem(roles, officeIds); !problem.isEmpty()) {
        err() << "tresen-server: " << problem << " Name it with --office ID.\n" << Qt::flush;
        return 2;
    }
    const auto url = databaseOption(parser);
    if (!url)
        return 2;
    const QString login = positional.first();
    std::string line;
    std::getline(std::cin, line);
    const QString password = QString::fromStdString(line).trimmed();
    if (password.isEmpty()) {
        err() << "tresen-server: no password on standard input\n" << Qt::flush;
        return 2;
    }
    if (const QString problem = PasswordPolicy::problem(password, login); !problem.isEmpty()) {
        err() << "tresen-server: " << problem << "\n" << Qt::flush;
        return 2;
    }
    Database db(*url, u"useradd"_s);
    if (!openAndMigrate(db))
        return 1;
    std::optional<UserRecord> before;
    try {
        UserRepository users(db);
        Transaction transaction(db);
        if (const QList<qint64> missing = users.unknownOffices(officeIds); !missing.isEmpty()) {
            QStringList ids;
            for (qint64 id : missing)
                ids.append(QString::number(id));
            err() << "tresen-server: there is no office " << ids.join(u", "_s)
                  << " (the offices are listed by GET /api/v1/offices)\n"
                  << Qt::flush;
            return 2;
        }
        before = users.findAnyByLogin(login);
        const UserRecord user = users.addOrUpdate(
            login, parser.value(u"name"_s).isEmpty() ? login : parser.value(u"name"_s), roles,
            password, officeIds);
        // Its old sessions were opened with the old password or roles.
        ChangeLog changes(db);
        SessionRepository(db, changes).removeForUser(user.id);
        AuditLog(db).record(cliActor(), before ? u"user.update"_s : u"user.create"_s,
                            u"user/%1"_s.arg(user.id),
                            userChangeDetail(before ? &*before : nullptr, user));
        // The fields may be unchanged, the password never is.
        if (before)
            AuditLog(db).record(cliActor(), u"user.password-reset"_s, u"user/%1"_s.arg(user.id),
                                {});
        transaction.commit();
    } catch (const DatabaseFailure &failure) {
        err() << "tresen-server: " << failure.what() << "\n" << Qt::flush;
        return 1;
    }
    // An existing login is changed, not refused: say so, above all when a
    // disabled account comes back.
    if (!before)
        out() << "User " << login << " created";
    else if (!before->active)
        out() << "User " << login << " re-enabled (it was disabled), with a new password,";
    else
        out() << "User " << login << " existed: its password was replaced and its sessions ended;"
              << " saved";
    out() << " with roles " << roleNames(roles).join(u", "_s);
    if (!officeIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : std::as_const(officeIds))
            ids.append(QString::number(id));
        out() << " in office " << ids.join(u", "_s);
    }
    out() << "\n" << Qt::flush;
    return 0;
}
const char *const kWeekdays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

// Opening hours decide the bookable slots (see docs/admin-guide.md).
int openingHours(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{u"database"_s, u"Database URL."_s, u"url"_s}, {u"office"_s, u"Office id."_s, u"id"_s}});
    parser.addPositionalArgument(u"days"_s, u"DAY=HH:MM-HH:MM or DAY=closed"_s);
    if (!parser.parse(arguments))
        return err() << "tresen-server: " << parser.errorText() << "\n" << Qt::flush, usage();
    const auto url = databaseOption(parser);
    if (!url)
        return 2;
    bool ok = false;
    const qint64 officeId = parser.value(u"office"_s).toLongLong(&ok);
    if (!ok)
        return usage();
    struct Change
    {
        int weekday;
        std::optional<OpeningHours> hours;
    };
    QList<Change> changes;
    static const QRegularExpression dayPattern(
        u"^(mon|tue|wed|thu|fri|sat|sun)=(?:closed|(\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d))$"_s);
    for (const QString &argument : parser.positionalArguments()) {
        const QRegularExpressionMatch m = dayPattern.match(argument);
        if (!m.hasMatch()) {
            err() << "tresen-server: \"" << argument
                  << "\" is not DAY=HH:MM-HH:MM or DAY=closed (e.g. mon=08:00-16:00)\n"
                  << Qt::flush;
            return 2;
        }
        const int weekday =
            int(std::find(std::begin(kWeekdays), std::end(kWeekdays), m.captured(1).toStdString()) -
                std::begin(kWeekdays)) +
            1;
        if (m.captured(2).isEmpty()) {
            changes.append({weekday, std::nullopt});
            continue;
        }
        const int opens = m.captured(2).toInt() * 60 + m.captured(3).toInt();
        const int closes = m.captured(4).toInt() * 60 + m.captured(5).toInt();
        if (opens >= closes || closes > 24 * 60 || m.captured(3).toInt() > 59 ||
            m.captured(5).toInt() > 59) {
            err() << "tresen-server: " << argument << ": the office must open before it closes\n"
                  << Qt::flush;
            return 2;
        }
        changes.append({weekday, OpeningHours{opens, closes}});
    }
    Database db(*url, u"hours"_s);
    if (!openAndMigrate(db))
        return 1;
    try {
        ChangeLog changeLog(db);
        DirectoryRepository directory(db, changeLog);
        if (!directory.office(officeId)) {
            err() << "tresen-server: there is no office " << officeId << "\n" << Qt::flush;
            return 1;
        }
        AppointmentRepository appointments(db, changeLog,
                                           [] { return QDateTime::currentMSecsSinceEpoch(); });
        Transaction transaction(db);
        if (!changes.isEmpty())
            appointments.countHoursVersionUp(officeId); // a workstation's copy is outdated now
        for (const Change &change : std::as_const(changes)) {
            if (change.hours)
                appointments.setOpeningHours(officeId, change.weekday, *change.hours);
            else
                appointments.setClosed(officeId, change.weekday);
        }
        transaction.commit();
        for (int weekday = 1; weekday <= 7; ++weekday) {
            const auto hours = appointments.openingHours(officeId, weekday);
            out() << kWeekdays[weekday - 1] << " "
                  << (hours.isEmpty() ? u"closed"_s : dayHoursText(hours)) << "\n";
        }
        out() << Qt::flush;
    } catch (const DatabaseFailure &failure) {
        err() << "tresen-server: " << failure.what() << "\n" << Qt::flush;
        return 1;
    }
    return 0;
}
// A wedding room and its slot rule (see docs/admin-guide.md); its slots are
// made from the rule when someone first looks at their days.
int weddingRoom(const QStringList &arguments, bool add)
{
    QCommandLineParser parser;
    parser.addOptions({{u"database"_s, u"Database URL."_s, u"url"_s},
                       {u"office"_s, u"Office id."_s, u"id"_s},
                       {u"days"_s, u"Weekdays (mon,…,sun)."_s, u"days"_s},
                       {u"first"_s, u"First start."_s, u"time"_s},
                       {u"last"_s, u"Last start."_s, u"time"_s},
                       {u"every"_s, u"Minutes from one start to the next."_s, u"minutes"_s},
                       {u"guests"_s, u"Guests the room takes."_s, u"n"_s}});
    parser.addPositionalArgument(u"name"_s, u"The room's name."_s);
    if (!parser.parse(arguments))
        return err() << "tresen-server: " << parser.errorText() << "\n" << Qt::flush, usage();
    const auto url = databaseOption(parser);
    if (!url)
        return 2;
    WeddingRoom room;
    if (add) {
        const auto minuteOf = [](const QString &text) {
            const QTime time = QTime::fromString(text, u"HH:mm"_s);
            return time.isValid() ? time.hour() * 60 + time.minute() : -1;
        };
        bool ok = false;
        room.officeId = parser.value(u"office"_s).toLongLong(&ok);
        room.name = parser.positionalArguments().join(u' ').trimmed();
        room.firstMinute = minuteOf(parser.value(u"first"_s));
        room.lastMinute = minuteOf(parser.value(u"last"_s));
        room.slotMinutes = parser.value(u"every"_s).toInt();
        room.guests = parser.isSet(u"guests"_s) ? parser.value(u"guests"_s).toInt() : 0;
        for (const QString &day : parser.value(u"days"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto *found =
                std::find(std::begin(kWeekdays), std::end(kWeekdays), day.trimmed().toStdString());
            if (found == std::end(kWeekdays)) {
                err() << "tresen-server: \"" << day << "\" is not a day (mon … sun)\n" << Qt::flush;
                return 2;
            }
            room.weekdays.append(int(found - std::begin(kWeekdays)) + 1);
        }
        if (!ok || room.name.isEmpty() || room.weekdays.isEmpty() || room.firstMinute < 0 ||
            room.lastMinute < room.firstMinute || room.slotMinutes < 5 || room.guests < 0) {
            err() << "tresen-server: a wedding room needs --office, --days, --first, --last "
                     "(not before --first), --every (5 minutes or more) and a name\n"
                  << Qt::flush;
            return 2;
        }
    }
    Database db(*url, u"wedding-room"_s);
    if (!openAndMigrate(db))
        return 1;
    try {
        ChangeLog changeLog(db);
        WeddingRepository weddings(db, changeLog,
                                   [] { return QDateTime::currentMSecsSinceEpoch(); });
        if (add) {
            if (!DirectoryRepository(db, changeLog).office(room.officeId)) {
                err() << "tresen-server: there is no office " << room.officeId << "\n" << Qt::flush;
                return 1;
            }
            weddings.addRoom(room);
        }
        for (const WeddingRoom &each : weddings.rooms()) {
            QStringList days;
            for (int day : each.weekdays)
                days.append(QString::fromLatin1(kWeekdays[day - 1]));
            const QJsonObject json = each.toJson();
            out() << each.id << " " << each.name << ": " << days.join(u',') << " "
                  << json.value(u"firstStart"_s).toString() << "-"
                  << json.value(u"lastStart"_s).toString() << " every " << each.slotMinutes
                  << " min, " << each.guests << " guests\n";
        }
        out() << Qt::flush;
    } catch (const DatabaseFailure &failure) {
        err() << "tresen-server: " << failure.what() << "\n" << Qt::flush;
        return 1;
    }
    return 0;
}
// The environment variable a device's password may come from:
// TRESEN_DEVICE_PASSWORD_ and the login in capitals, other signs as "_".
QString devicePasswordVariable(const QString &login)
{
    QString name = login.toUpper();
    for (QChar &c : name) {
        if (!c.isLetterOrNumber())
            c = u'_';
    }
    return u"TRESEN_DEVICE_PASSWORD_"_s + name;
}

// A city's organisation from one file (see docs/admin-guide.md): all of it
// or, on a bad file (exit code 2) or a database error (1), nothing.
int setup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"database"_s, u"Database URL."_s, u"url"_s});
    parser.addPositionalArgument(u"file"_s, u"The setup file (JSON)."_s);
    if (!parser.parse(arguments))
        return err() << "tresen-server: " << parser.errorText() << "\n" << Qt::flush, usage();
    if (parser.positionalArguments().size() != 1)
        return usage();
    const auto url = databaseOption(parser);
    if (!url)
        return 2;
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "tresen-server: cannot read " << path << ": " << file.errorString() << "\n"
              << Qt::flush;
        return 2;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        err() << "tresen-server: " << path << " is not a JSON object"
              << (parseError.error != QJsonParseError::NoError
                      ? u": %1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset)
                      : QString())
              << "\n"
              << Qt::flush;
        return 2;
    }
    Database db(*url, u"setup"_s);
    if (!openAndMigrate(db))
        return 1;
    try {
        Backend backend(db);
        OrganisationSetup organisation(backend, [](const QString &login) {
            return qEnvironmentVariable(devicePasswordVariable(login).toLocal8Bit().constData());
        });
        const OrganisationSetup::Report report = organisation.apply(document.object(), cliActor());
        if (!report.ok()) {
            err() << "tresen-server: " << path << ": " << report.error << "\nNothing was changed.\n"
                  << Qt::flush;
            return 2;
        }
        if (report.created.isEmpty() && report.updated.isEmpty()) {
            out() << "The database already matches " << path << "; nothing changed.\n";
        } else {
            out() << "Created " << report.created.size() << " and updated " << report.updated.size()
                  << " entries from " << path << ".\n";
            if (!report.created.isEmpty())
                out() << "  created: " << report.created.join(u", "_s) << "\n";
            if (!report.updated.isEmpty())
                out() << "  updated: " << report.updated.join(u", "_s) << "\n";
        }
        for (const auto &[login, password] : report.devicePasswords)
            out() << "Device " << login << ": password " << password
                  << " (shown only now; set it on the device, or give "
                  << devicePasswordVariable(login) << " before the first run)\n";
        out() << Qt::flush;
    } catch (const DatabaseFailure &failure) {
        err() << "tresen-server: " << failure.what() << "\nNothing was changed.\n" << Qt::flush;
        return 1;
    }
    return 0;
}

// A citizen's erasure (DSGVO Art. 17) as POST /api/v1/privacy/erase does it,
// for PostgreSQL at any time and for SQLite while no server runs on the file.
// True (and said, with `instead`: what to do) while a server runs on the
// SQLite file at `url`; else `lock` keeps others off it until it goes.
bool sqliteServerRunning(const DatabaseUrl &url, std::unique_ptr<QLockFile> *lock,
                         const char *instead)
{
    if (url.kind != DatabaseUrl::Kind::Sqlite || !QFileInfo::exists(url.path))
        return false;
    *lock = std::make_unique<QLockFile>(ServerInstance::sqliteLockPath(url.path));
    (*lock)->setStaleLockTime(0); // a live server's lock never goes stale; a dead one's does
    if ((*lock)->tryLock(0))
        return false;
    qint64 pid = 0;
    QString host;
    QString app;
    if (!(*lock)->getLockInfo(&pid, &host, &app))
        pid = 0;
    err() << "tresen-server: a server is running on " << url.path << " (process " << pid << "). "
          << instead << "\n"
          << Qt::flush;
    return true;
}

int backupOrRestore(const QStringList &arguments, bool restore)
{
    // Backups and restored files hold citizens' data: this user's alone.
    ::umask(077);
    QCommandLineParser parser;
    parser.addOption({u"database"_s, u"Database URL."_s, u"url"_s});
    parser.addPositionalArgument(u"file"_s, u"The backup file."_s);
    if (!parser.parse(arguments))
        return err() << "tresen-server: " << parser.errorText() << "\n" << Qt::flush, usage();
    const auto url = databaseOption(parser);
    if (!url)
        return 2;
    if (parser.positionalArguments().size() != 1) {
        err() << "tresen-server: " << (restore ? "restore" : "backup")
              << " wants one FILE after the options\n"
              << Qt::flush;
        return 2;
    }
    const QString file = parser.positionalArguments().first();
    QString error;
    if (!restore) {
        if (!DatabaseBackup::backup(*url, file, &error)) {
            err() << "tresen-server: " << error << "\n" << Qt::flush;
            return 1;
        }
        out() << "Backup of " << url->redacted() << " written to " << file << ".\n" << Qt::flush;
        return 0;
    }
    std::unique_ptr<QLockFile> lock;
    if (sqliteServerRunning(*url, &lock, "Stop it first."))
        return 1;
    DatabaseBackup::Restored restored;
    if (!DatabaseBackup::restore(*url, file, cliActor(), &restored, &error)) {
        err() << "tresen-server: " << error << "\n" << Qt::flush;
        return 1;
    }
    out() << "Restored " << url->redacted() << " from " << file << " (up to revision "
          << restored.revision
          << "). Workstations rebuild their caches at their next sync and show their unsent "
             "writes to the clerk.\n"
          << Qt::flush;
    if (!restored.erasuresToRedo.isEmpty()) {
        // Art. 17: what was erased stays erased. The records are named by id only.
        out() << "The backup predates " << restored.erasuresToRedo.size()
              << " erasure(s); erase these records again before the server serves:\n";
        for (const QString &subject : std::as_const(restored.erasuresToRedo)) {
            const qsizetype slash = subject.indexOf(u'/');
            out() << "  tresen-server erase --database URL --entity " << subject.left(slash)
                  << " --id " << subject.mid(slash + 1) << "\n";
        }
        out() << Qt::flush;
    }
    return 0;
}

int confirmRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"database"_s, u"Database URL."_s, u"url"_s});
    if (!parser.parse(arguments))
        return err() << "tresen-server: " << parser.errorText() << "\n" << Qt::flush, usage();
    const auto url = databaseOption(parser);
    if (!url)
        return 2;
    std::unique_ptr<QLockFile> lock;
    if (sqliteServerRunning(*url, &lock, "Stop it first."))
        return 1;
    QString error;
    if (!DatabaseBackup::renewEpoch(*url, cliActor(), u"confirm-restore"_s, &error)) {
        err() << "tresen-server: " << error << "\n" << Qt::flush;
        return 1;
    }
    out() << "The database " << url->redacted()
          << " is served as it is now; workstations rebuild their caches at their next sync.\n"
          << Qt::flush;
    return 0;
}

int erase(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        {{u"database"_s, u"Database URL."_s, u"url"_s},
         {u"booking-code"_s, u"The booking code of the person."_s, u"code"_s},
         {u"entity"_s, u"appointment, wedding_booking, ticket or document."_s, u"kind"_s},
         {u"id"_s, u"The record's id."_s, u"id"_s},
         {u"document-folder"_s, u"Where uploaded documents are stored."_s, u"dir"_s}});
    if (!parser.parse(arguments))
        return err() << "tresen-server: " << parser.errorText() << "\n" << Qt::flush, usage();
    const auto url = databaseOption(parser);
    if (!url)
        return 2;
    const bool byCode = parser.isSet(u"booking-code"_s);
    const bool byRecord = parser.isSet(u"entity"_s) && parser.isSet(u"id"_s);
    if (byCode == byRecord) {
        err() << "tresen-server: erase wants --booking-code CODE, or --entity KIND and --id ID\n"
              << Qt::flush;
        return 2;
    }
    if (byRecord && !PrivacyOffice::kEntities.contains(parser.value(u"entity"_s))) {
        err() << "tresen-server: --entity must be one of " << PrivacyOffice::kEntities.join(u", "_s)
              << "\n"
              << Qt::flush;
        return 2;
    }
    // A server on the same SQLite file would keep serving what it cached and
    // its own writes could interleave: it erases through its API instead.
    if (url->kind == DatabaseUrl::Kind::Sqlite && !QFileInfo::exists(url->path)) {
        err() << "tresen-server: there is no database " << url->path << "\n" << Qt::flush;
        return 1;
    }
    std::unique_ptr<QLockFile> lock;
    if (sqliteServerRunning(*url, &lock,
                            "Erase through its API instead: POST /api/v1/privacy/erase as an "
                            "admin (see docs/admin-guide.md), or stop the server first."))
        return 1;
    Database db(*url, u"erase"_s);
    if (!openAndMigrate(db))
        return 1;
    try {
        // The folder the server uses, as it recorded it; the default only
        // for a database no server has run on.
        QString folder = parser.value(u"document-folder"_s);
        if (folder.isEmpty())
            folder = ServerInstance::recordedDocumentFolder(db);
        if (folder.isEmpty())
            folder = ServerInstance::defaultDocumentFolder(*url);
        const Clock clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
        ChangeLog changes(db);
        IdempotencyRepository idempotency(db);
        TicketRepository tickets(db, changes, clock);
        AppointmentRepository appointments(db, changes, clock);
        WeddingRepository weddings(db, changes, clock);
        DocumentRepository documents(db, changes, clock);
        AuditLog auditLog(db);
        PrivacyOffice privacy(
            {db, changes, idempotency, tickets, appointments, weddings, documents, auditLog});
        Transaction transaction(db);
        std::optional<PrivacyOffice::Subject> subject;
        if (byCode) {
            // As the API does (409 ambiguous-code): one code naming two records
            // (a broken code space, e.g. after an import) erases neither.
            const QList<PrivacyOffice::Subject> named =
                privacy.allByCode(parser.value(u"booking-code"_s));
            if (named.size() > 1) {
                QStringList records;
                for (const PrivacyOffice::Subject &record : named)
                    records.append(u"--entity %1 --id %2"_s.arg(record.entity, record.id));
                err() << "tresen-server: this booking code names more than one record; erase "
                         "the right one by "
                      << records.join(u" or "_s) << "\n"
                      << Qt::flush;
                return 1;
            }
            if (!named.isEmpty())
                subject = named.first();
        } else {
            subject = PrivacyOffice::Subject{parser.value(u"entity"_s), parser.value(u"id"_s)};
        }
        const auto erasure = subject ? privacy.erase(*subject, cliActor()) : std::nullopt;
        if (!erasure) {
            err() << "tresen-server: "
                  << (byCode ? u"no appointment or wedding booking has this booking code"_s
                             : u"there is no %1 %2"_s.arg(subject->entity, subject->id))
                  << "\n"
                  << Qt::flush;
            return 1;
        }
        transaction.commit();
        const int removedFiles = documents.removeUnusedFiles(erasure->files, folder);
        db.reclaimRemoved(PrivacyOffice::kReclaimedTables);
        QStringList records;
        for (const PrivacyOffice::Subject &record : erasure->records)
            records.append(record.entity + u' ' + record.id);
        out() << "Erased " << records.join(u", "_s) << ": " << erasure->snapshots
              << " change-log snapshots blanked, " << erasure->idempotencyAnswers
              << " stored answers forgotten, " << removedFiles << " document files removed from "
              << QDir::toNativeSeparators(folder) << ".\n"
              << Qt::flush;
    } catch (const DatabaseFailure &failure) {
        err() << "tresen-server: " << failure.what() << "\n" << Qt::flush;
        return 1;
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tresen-server"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(TRESEN_VERSION));
    // The texts the server writes for people (answers' messages, the Art. 15
    // export) in the city's language: German unless TRESEN_LANGUAGE says
    // "en" or "system".
    installTranslations(qEnvironmentVariable("TRESEN_LANGUAGE", u"de"_s));
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    // QCommandLineParser sees the program name first, then the options.
    if (command == u"serve"_s)
        return serve(QStringList{arguments.first()} + arguments.mid(2));
    if (command == u"hours"_s)
        return openingHours(QStringList{arguments.first()} + arguments.mid(2));
    if (command == u"migrate"_s)
        return migrate(QStringList{arguments.first()} + arguments.mid(2));
    if (command == u"wedding-room"_s &&
        (arguments.value(2) == u"add"_s || arguments.value(2) == u"list"_s))
        return weddingRoom(QStringList{arguments.first()} + arguments.mid(3),
                           arguments.value(2) == u"add"_s);
    if (command == u"audit"_s && arguments.value(2) == u"verify"_s)
        return verifyAudit(QStringList{arguments.first()} + arguments.mid(3));
    if (command == u"setup"_s)
        return setup(QStringList{arguments.first()} + arguments.mid(2));
    if (command == u"backup"_s || command == u"restore"_s)
        return backupOrRestore(QStringList{arguments.first()} + arguments.mid(2),
                               command == u"restore"_s);
    if (command == u"confirm-restore"_s)
        return confirmRestore(QStringList{arguments.first()} + arguments.mid(2));
    if (command == u"erase"_s)
        return erase(QStringList{arguments.first()} + arguments.mid(2));
    if (command == u"user"_s && arguments.value(2) == u"add"_s)
        return addUser(QStringList{arguments.first()} + arguments.mid(3));
    if (command == u"--version"_s) {
        out() << "tresen-server " << QCoreApplication::applicationVersion() << "\n" << Qt::flush;
        return 0;
    }
    return usage();
}
