#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

void installTranslations(const QString &language)
{
    QLocale locale = QLocale::system();
    if (language == u"de"_s)
        locale = QLocale(QLocale::German, QLocale::Germany);
    else if (language == u"en"_s)
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::German)
        return; // the sources are English

    auto *tresen = new QTranslator(qApp);
    if (tresen->load(u":/i18n/tresen_de.qm"_s))
        QCoreApplication::installTranslator(tresen);
    // Qt's own texts (dialog buttons, key names, the reasons Qt gives, e.g.
    // why an image cannot be read) come from Qt's catalogue: without it they
    // show in English inside German messages (package qt6-translations-l10n).
    auto *qt = new QTranslator(qApp);
    const QString qtCatalogues = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(u"qtbase_de"_s, qtCatalogues))
        QCoreApplication::installTranslator(qt);
    else
        qWarning("Qt's German texts (qtbase_de.qm) are not in %s; Qt's own texts stay English. "
                 "Install qt6-translations-l10n.",
                 qPrintable(qtCatalogues));
}
