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
    auto *qt = new QTranslator(qApp);
    if (qt->load(u"qtbase_de"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
