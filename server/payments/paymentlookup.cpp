#include "server/payments/paymentlookup.h"

PaymentLookup::PaymentLookup(QObject *parent)
    : QObject(parent)
{}

void PaymentLookup::addProvider(PaymentProvider *provider)
{
    provider->setParent(this);
    m_providers.append(provider);
}

void PaymentLookup::lookup(const QString &reference, PaymentProvider::Done done)
{
    const auto cached = m_cache.constFind(reference);
    if (cached != m_cache.cend() && cached->age.elapsed() < m_cacheMs) {
        const ProviderAnswer answer = cached->answer;
        QMetaObject::invokeMethod(
            this, [answer, done = std::move(done)] { done(answer); }, Qt::QueuedConnection);
        return;
    }
    ask(reference, 0, {}, std::move(done));
}

void PaymentLookup::ask(const QString &reference, qsizetype index, QStringList reasons,
                        PaymentProvider::Done done)
{
    if (index >= m_providers.size()) {
        ProviderAnswer answer;
        if (reasons.isEmpty()) {
            answer.outcome = ProviderAnswer::Outcome::NotFound;
            m_cache.insert(reference, {answer, {}});
            m_cache[reference].age.start();
        } else {
            answer.outcome = ProviderAnswer::Outcome::Unavailable;
            answer.reason = reasons.join(u' ');
        }
        done(answer);
        return;
    }
    m_providers.at(index)->lookup(
        reference, [this, reference, index, reasons,
                    done = std::move(done)](const ProviderAnswer &answer) mutable {
            switch (answer.outcome) {
            case ProviderAnswer::Outcome::Found:
                m_cache.insert(reference, {answer, {}});
                m_cache[reference].age.start();
                done(answer);
                return;
            case ProviderAnswer::Outcome::Unavailable:
                reasons.append(answer.reason);
                break;
            case ProviderAnswer::Outcome::NotFound:
                break;
            }
            ask(reference, index + 1, std::move(reasons), std::move(done));
        });
}
