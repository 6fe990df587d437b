#pragma once

#include "server/payments/paymentprovider.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>

// Asks the configured providers about a reference, in order, and keeps the
// answers for a short while (a clerk asks twice within a minute; the
// provider need not hear it twice). "Unavailable" is never cached and never
// turned into "open".
class PaymentLookup : public QObject
{
    Q_OBJECT

public:
    explicit PaymentLookup(QObject *parent = nullptr);

    // Takes ownership.
    void addProvider(PaymentProvider *provider);
    bool hasProviders() const { return !m_providers.isEmpty(); }
    void setCacheMilliseconds(int ms) { m_cacheMs = ms; }

    void lookup(const QString &reference, PaymentProvider::Done done);

private:
    void ask(const QString &reference, qsizetype index, QStringList reasons,
             PaymentProvider::Done done);

    struct Cached
    {
        ProviderAnswer answer;
        QElapsedTimer age;
    };

    QList<PaymentProvider *> m_providers;
    QHash<QString, Cached> m_cache;
    int m_cacheMs = 30000;
};
