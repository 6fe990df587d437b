// tresen-display: the waiting-room call display.

#include "ui/calldisplaywindow.h"
#include "ui/translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Tresen"_s);
    QApplication::setApplicationName(u"tresen-display"_s);
    QApplication::setApplicationVersion(QStringLiteral(TRESEN_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/tresen.svg"_s));
    installTranslations(u"system"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption windowed(
        u"windowed"_s, QApplication::translate("main", "Show in a window instead of full screen."));
    parser.addOption(windowed);
    parser.process(app);

    CallDisplayWindow window;
    if (parser.isSet(windowed)) {
        window.resize(1280, 720);
        window.show();
    } else {
        window.showFullScreen();
    }
    return QApplication::exec();
}
