#pragma once

#include <QString>

// A city's own certificate authority, trusted besides the system's: the
// proxy in front of the city servers may carry a certificate the city signed
// itself. Qt 6.4 reads neither SSL_CERT_FILE nor SSL_CERT_DIR, so the
// programs take the file on their command line (--ca-certificates) or from
// IT's system settings (server/caCertificates).
//
// Adds every PEM certificate in `pemFile` to the default TLS configuration of
// this process, keeping the system's authorities. Call it before the first
// connection. Returns false with `error` set when the file cannot be read or
// holds no certificate; the configuration is then left as it was.
bool trustCertificateAuthorities(const QString &pemFile, QString *error);
