// tresen: the counter workstation.

#include "translator.h"
#include "ui/common/theme.h"
#include "workstation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

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
    parser.addOption(serverOption);
    parser.process(app);

    Workstation workstation;
    workstation.start(parser.value(serverOption));
    return QApplication::exec();
}
