#pragma once

#include <QString>
#include <QtGlobal>

// An amount of euros as the clerk's locale writes it ("37,00 €" in German):
// the one money format of every workspace.
QString formatEuros(qint64 cents);
