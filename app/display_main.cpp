// tresen-display: the waiting-room call display.

#include "core/sync/trustedauthorities.h"
#include "displayapp.h"
#include "translator.h"
#include "ui/common/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Tresen"_s);
    QApplication::setApplicationName(u"tresen-display"_s);
    QApplication::setApplicationVersion(QString::fromUtf8(TRESEN_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/tresen.svg"_s));
    Theme::apply();
    installTranslations(u"system"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "The waiting-room call display. The password comes from --password-file or "
                "the TRESEN_DISPLAY_PASSWORD environment variable."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        u"server"_s, QApplication::translate("main", "The city server's address."), u"url"_s);
    const QCommandLineOption login(u"login"_s,
                                   QApplication::translate("main", "The display's login."),
                                   u"login"_s, u"anzeige"_s);
    const QCommandLineOption passwordFile(
        u"password-file"_s, QApplication::translate("main", "File with the display's password."),
        u"file"_s);
    const QCommandLineOption office(
        u"office"_s, QApplication::translate("main", "The office to show (id)."), u"id"_s);
    const QCommandLineOption windowed(
        u"windowed"_s, QApplication::translate("main", "Show in a window instead of full screen."));
    const QCommandLineOption noGong(u"no-gong"_s,
                                    QApplication::translate("main", "No gong on a call."));
    const QCommandLineOption speech(
        u"speech"_s, QApplication::translate("main", "Announce each call by voice (German)."));
    const QCommandLineOption caCertificates(
        u"ca-certificates"_s,
        QApplication::translate("main", "Also trust the certificate authorities in this PEM "
                                        "file (the city's own CA)."),
        u"file"_s);
    parser.addOptions(
        {server, login, passwordFile, office, windowed, noGong, speech, caCertificates});
    parser.process(app);

    if (parser.isSet(caCertificates)) {
        QString error;
        if (!trustCertificateAuthorities(parser.value(caCertificates), &error)) {
            QTextStream(stderr) << "tresen-display: " << error << "\n";
            return 2;
        }
    }

    DisplayApp::Options options;
    options.server = QUrl::fromUserInput(parser.value(server).isEmpty() ? u"http://127.0.0.1:8080"_s
                                                                        : parser.value(server));
    options.login = parser.value(login);
    options.password = qEnvironmentVariable("TRESEN_DISPLAY_PASSWORD");
    if (parser.isSet(passwordFile)) {
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "tresen-display: cannot read " << file.fileName() << "\n";
            return 2;
        }
        options.password = QString::fromUtf8(file.readLine()).trimmed();
    }
    options.officeId = parser.value(office);
    options.windowed = parser.isSet(windowed);
    options.gong = !parser.isSet(noGong);
    options.speech = parser.isSet(speech);

    DisplayApp display(options);
    display.start();
    return QApplication::exec();
}
