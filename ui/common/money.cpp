#include "ui/common/money.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString formatEuros(qint64 cents)
{
    return QLocale().toCurrencyString(cents / 100.0, u"€"_s, 2);
}
