#pragma once

#include "core/domain/payment.h"

#include <QNetworkRequest>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// What one payment provider said about a reference.
struct ProviderAnswer
{
    enum class Outcome { Found, NotFound, Unavailable };

    Outcome outcome = Outcome::Unavailable;
    PaymentInfo payment; // when found
    QString reason;      // when unavailable: why, in plain words
};

// One payment provider (the city's e-payment platform), asked asynchronously
// on the server thread. Implementations: simulated (demo), pmPayment-shaped
// HTTP/JSON.
class PaymentProvider : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ProviderAnswer &)>;

    using QObject::QObject;
    virtual QString name() const = 0;
    // Calls `done` exactly once, later (never from inside lookup()).
    virtual void lookup(const QString &reference, Done done) = 0;

protected:
    using ReplyHandler = std::function<void(QNetworkReply *reply, int status, Done done)>;
    // Sends the request (POST when `body` is not empty), asks once more after a
    // network failure or a 5xx, and passes any other answer to `handle`. When
    // both attempts fail, `done` gets "unavailable" with the reason.
    void send(QNetworkAccessManager *network, const QNetworkRequest &request,
              const QByteArray &body, int attemptsLeft, ReplyHandler handle, Done done);
};
