#pragma once

#include <QString>

// Installs Tresen's and Qt's own translations for `language` ("system", "de"
// or "en"): German when asked for, or when the system speaks German.
void installTranslations(const QString &language);
