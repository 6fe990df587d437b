// tresen: the counter workstation.

#include "core/sync/trustedauthorities.h"
#include "systemconfiguration.h"
#include "translator.h"
#include "ui/common/theme.h"
#include "workstation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Tresen"_s);
    QApplication::setApplicationName(u"tresen"_s);
    // No application display name: Qt would append " — Tresen" to every
    // window's and dialog's title. The main window names Tresen itself.
    QApplication::setApplicationVersion(QString::fromUtf8(TRESEN_VERSION));
    QApplication::setDesktopFileName(u"de.tresen.Tresen"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/tresen.svg"_s));
    Theme::apply();
    Theme::setZoom(QSettings().value(Theme::zoomSettingsKey(), Theme::kMinimumZoom).toInt());

    installTranslations(QSettings().value(u"ui/language"_s, u"system"_s).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Counter workstation for the Bürgeramt and the Standesamt."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        u"server"_s,
        QApplication::translate("main", "Connect to this city server instead of the demo "
                                        "backend on this computer."),
        u"url"_s);
    const QCommandLineOption caOption(
        u"ca-certificates"_s,
        QApplication::translate("main", "Also trust the certificate authorities in this PEM "
                                        "file (the city's own CA)."),
        u"file"_s);
    parser.addOptions({serverOption, caOption});
    parser.process(app);

    // IT's file first, then the command line's: both are trusted.
    QStringList authorityFiles;
    if (const QString setByIt = SystemConfiguration::read().caCertificatesPath; !setByIt.isEmpty())
        authorityFiles << setByIt;
    if (parser.isSet(caOption))
        authorityFiles << parser.value(caOption);
    for (const QString &file : std::as_const(authorityFiles)) {
        QString error;
        if (!trustCertificateAuthorities(file, &error)) {
            QTextStream(stderr) << "tresen: " << error << "\n";
            return 2;
        }
    }

    Workstation workstation;
    workstation.start(parser.value(serverOption));
    return QApplication::exec();
}
