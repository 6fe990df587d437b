#pragma once

#include <QJsonValue>
#include <QString>

// The outcome of one call to the backend, already sorted into what a user can
// act on: the network, the secure connection, or what the server said.
struct ApiResponse
{
    enum class Failure {
        None,
        Unreachable, // refused, no route, DNS, timeout, connection dropped
        Tls,         // certificate or handshake problem
        Http,        // the server answered with a 4xx/5xx status
        BadResponse, // the answer was not what the protocol promises
    };

    Failure failure = Failure::None;
    // Unreachable and the request provably never got to the server (refused,
    // no route, name unknown); a timeout or a dropped connection may have
    // delivered it.
    bool neverArrived = false;
    int status = 0;  // HTTP status, 0 when there was no answer
    QJsonValue body; // parsed JSON body (problem+json for errors), if any
    QString message; // translated, ready to show to a clerk
    QByteArray file; // the body as sent, for BackendClient::download

    bool ok() const { return failure == Failure::None; }
    // The problem+json "detail" (or "title") of an error response.
    QString problemDetail() const;
};
