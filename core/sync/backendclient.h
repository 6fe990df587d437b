#pragma once

#include "core/domain/roles.h"
#include "core/sync/apiresponse.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

struct SessionInfo
{
    QByteArray token;
    QString login;
    QString displayName;
    Roles roles;
    // The server asks for a new password before any work (a first login, or
    // a password an administrator reset).
    bool mustChangePassword = false;
};

// What came of a password change, sorted for the dialog that asked.
enum class PasswordChange {
    Changed,
    WrongPassword, // the old password is not the user's
    WeakPassword,  // the policy refused the new one; the server's reason in problemDetail()
    Failed,        // the network or the server; ApiResponse::message says which
};

// The one HTTP client of the city backend (embedded or remote). All calls are
// asynchronous; the callback runs on this object's thread unless `context` is
// gone by then, in which case it is dropped.
class BackendClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit BackendClient(QObject *parent = nullptr);
    ~BackendClient() override;

    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }

    // After a successful login the token is attached to every request.
    const SessionInfo &session() const { return m_session; }
    bool isLoggedIn() const { return !m_session.token.isEmpty(); }

    void login(const QString &login, const QString &password, QObject *context,
               std::function<void(const ApiResponse &, const SessionInfo &)> done);
    void logout();
    // POST /api/v1/session/password: the server keeps this session and ends
    // the user's others.
    void changePassword(const QString &oldPassword, const QString &newPassword, QObject *context,
                        std::function<void(PasswordChange, const ApiResponse &)> done);

    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback done);
    // A GET whose answer is a file (CSV, PDF): its bytes in ApiResponse::file.
    void download(const QString &path, const QUrlQuery &query, QObject *context, Callback done);
    // POST/PATCH/DELETE with an Idempotency-Key (a fresh UUID when empty).
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
              QObject *context, Callback done, const QByteArray &idempotencyKey = {});

    // An authenticated request to `path`, for the events WebSocket (ws:// or wss://).
    QNetworkRequest webSocketRequest(const QString &path) const;

private:
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query = {}) const;
    enum class Answer { Json, File };
    void finish(QNetworkReply *reply, QObject *context, Callback done,
                Answer answer = Answer::Json);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    SessionInfo m_session;
};
