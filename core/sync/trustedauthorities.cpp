#include "trustedauthorities.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

bool trustCertificateAuthorities(const QString &pemFile, QString *error)
{
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(pemFile, file.errorString());
        return false;
    }
    const QList<QSslCertificate> authorities = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (authorities.isEmpty()) {
        *error = u"%1 holds no PEM certificate"_s.arg(pemFile);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Setting the list ends Qt's loading of system roots on demand, so the
    // system's authorities go into it explicitly.
    QList<QSslCertificate> trusted = QSslConfiguration::systemCaCertificates();
    for (const QSslCertificate &certificate : configuration.caCertificates() + authorities) {
        if (!trusted.contains(certificate))
            trusted.append(certificate);
    }
    configuration.setCaCertificates(trusted);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return true;
}
