#include "systemconfiguration.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

SystemConfiguration SystemConfiguration::read()
{
    // Only the system scope: QSettings' user scope would fall back to it, but
    // also win over it.
    const QSettings system(QSettings::SystemScope, QCoreApplication::organizationName(),
                           QCoreApplication::applicationName());
    SystemConfiguration configuration;
    configuration.serverUrl = system.value(u"server/url"_s).toString().trimmed();
    configuration.demoAllowed = system.value(u"server/allowDemo"_s, true).toBool();
    configuration.caCertificatesPath =
        system.value(u"server/caCertificates"_s).toString().trimmed();
    bool ok = false;
    const int minutes = system.value(u"session/lockAfterMinutes"_s).toInt(&ok);
    if (ok && minutes >= 0)
        configuration.lockAfterMinutes = minutes;
    return configuration;
}
