// A workstation without windows, for the crash test of tst_appointmentsync:
// it logs in, optionally books appointments (into the outbox), and sends the
// outbox until it is empty. The test kills it with SIGKILL while it sends and
// starts it again with --send-only.
//
//   outboxprobe URL CACHEFILE [--book N --day YYYY-MM-DD --prefix NAME] [--send-only]

#include "core/appointments/appointmentbook.h"
#include "core/sync/backendclient.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"url"_s, u"server"_s);
    parser.addPositionalArgument(u"cache"_s, u"cache file"_s);
    parser.addOptions({{u"book"_s, u"bookings to make"_s, u"n"_s, u"0"_s},
                       {u"day"_s, u"day of the bookings"_s, u"date"_s},
                       {u"prefix"_s, u"name prefix"_s, u"text"_s, u"Probe"_s},
                       {u"send-only"_s, u"only send what is pending"_s}});
    parser.process(app);
    if (parser.positionalArguments().size() != 2)
        return 2;

    BackendClient client;
    client.setBaseUrl(QUrl(parser.positionalArguments().at(0)));
    LocalStore store(parser.positionalArguments().at(1), u"probe"_s);
    if (const Result<void> opened = store.open(); !opened) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(opened.error()));
        return 1;
    }
    SyncEngine sync(&client, &store);
    sync.outbox().setRetryInterval(100);
    AppointmentBook book(&client, &store, &sync);

    const auto finishWhenEmpty = [&] {
        if (store.pendingCount() == 0) {
            std::printf("sent\n");
            std::fflush(stdout);
            app.exit(0);
        }
    };
    QObject::connect(&sync.outbox(), &OutboxSender::pendingCountChanged, &app, finishWhenEmpty);
    QObject::connect(
        &book, &AppointmentBook::refused, &app, [](const QString &what, const QString &why) {
            std::fprintf(stderr, "refused: %s: %s\n", qPrintable(what), qPrintable(why));
        });

    client.login(u"mueller"_s, u"demo"_s, &app, [&](const ApiResponse &r, const SessionInfo &) {
        if (!r.ok()) {
            std::fprintf(stderr, "login: %s\n", qPrintable(r.message));
            app.exit(1);
            return;
        }
        // Bookings need the services in the cache: book once the first pull is done.
        QObject::connect(&sync, &SyncEngine::caughtUp, &app, [&] {
            static bool booked = false;
            if (booked)
                return;
            booked = true;
            const int count = parser.value(u"book"_s).toInt();
            const QDate day = QDate::fromString(parser.value(u"day"_s), Qt::ISODate);
            for (int i = 0; i < count && !parser.isSet(u"send-only"_s); ++i) {
                AppointmentRequest request;
                request.serviceId = u"3"_s; // Wohnsitz: 10-minute slots
                request.startsAt =
                    QDateTime(day, QTime(8, 0)).addSecs(qint64(i) * 10 * 60).toMSecsSinceEpoch();
                request.name = u"%1 %2"_s.arg(parser.value(u"prefix"_s)).arg(i);
                if (const Result<void> queued = book.book(request); !queued) {
                    std::fprintf(stderr, "book: %s\n", qPrintable(queued.error()));
                    app.exit(1);
                    return;
                }
            }
            std::printf("queued %d\n", store.pendingCount());
            std::fflush(stdout);
            finishWhenEmpty();
        });
        sync.start();
    });
    QTimer::singleShot(60000, &app, [&] { app.exit(3); });
    return app.exec();
}
