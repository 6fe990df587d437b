#include "core/sync/backendclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTransferTimeoutMs = 15000;

ApiResponse::Failure classify(QNetworkReply::NetworkError error, int status)
{
    if (error == QNetworkReply::NoError)
        return ApiResponse::Failure::None;
    if (error == QNetworkReply::SslHandshakeFailedError)
        return ApiResponse::Failure::Tls;
    // Any answer with a status is the server speaking; everything else is the network.
    return status > 0 ? ApiResponse::Failure::Http : ApiResponse::Failure::Unreachable;
}

bool neverArrived(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

QString httpMessage(int status, const QString &detail)
{
    switch (status) {
    case 401:
        return QCoreApplication::translate("BackendClient",
                                           "Your session has expired. Please log in again.");
    case 403:
        return QCoreApplication::translate("BackendClient",
                                           "You are not allowed to do this with your role.");
    case 503:
        return QCoreApplication::translate(
            "BackendClient", "The server is temporarily unavailable. Please try again shortly.");
    default:
        if (!detail.isEmpty())
            return detail;
        return QCoreApplication::translate("BackendClient", "The server answered with error %1.")
            .arg(status);
    }
}
} // namespace

BackendClient::BackendClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(true);
}

BackendClient::~BackendClient() = default;

void BackendClient::setBaseUrl(const QUrl &baseUrl)
{
    if (m_baseUrl != baseUrl)
        m_session = {};
    m_baseUrl = baseUrl;
}

QNetworkRequest BackendClient::makeRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (!m_session.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_session.token);
    return request;
}

QNetworkRequest BackendClient::webSocketRequest(const QString &path) const
{
    QNetworkRequest request = makeRequest(path);
    QUrl url = request.url();
    url.setScheme(url.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    request.setUrl(url);
    return request;
}

void BackendClient::login(const QString &login, const QString &password, QObject *context,
                          std::function<void(const ApiResponse &, const SessionInfo &)> done)
{
    m_session = {};
    QNetworkRequest request = makeRequest(u"/api/v1/session"_s);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{u"login"_s, login}, {u"password"_s, password}};
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson());
    finish(reply, context, [this, done = std::move(done)](const ApiResponse &result) {
        ApiResponse response = result;
        if (response.status == 401) {
            response.message = tr("User name or password is wrong.");
            done(response, {});
            return;
        }
        if (response.status == 429) {
            const int wait = response.body.toObject().value(u"retryAfter"_s).toInt();
            response.message = tr("Too many wrong passwords for this user. Please wait %n "
                                  "second(s) and try again, or ask your administrator.",
                                  nullptr, qMax(1, wait));
            done(response, {});
            return;
        }
        if (!response.ok()) {
            done(response, {});
            return;
        }
        const QJsonObject json = response.body.toObject();
        const QJsonObject user = json.value(u"user"_s).toObject();
        SessionInfo session;
        session.token = json.value(u"token"_s).toString().toUtf8();
        session.login = user.value(u"login"_s).toString();
        session.displayName = user.value(u"displayName"_s).toString();
        QStringList roles;
        for (const QJsonValue &role : user.value(u"roles"_s).toArray())
            roles.append(role.toString());
        session.roles = rolesFromNames(roles);
        session.mustChangePassword = json.value(u"mustChangePassword"_s).toBool();
        if (session.token.isEmpty() || session.login.isEmpty()) {
            response.failure = ApiResponse::Failure::BadResponse;
            response.message = tr("The server's answer to the login was not understood.");
            done(response, {});
            return;
        }
        m_session = session;
        done(response, session);
    });
}

void BackendClient::logout()
{
    if (m_session.token.isEmpty())
        return;
    QNetworkRequest request = makeRequest(u"/api/v1/session"_s);
    m_network->deleteResource(request);
    m_session = {};
}

void BackendClient::changePassword(const QString &oldPassword, const QString &newPassword,
                                   QObject *context,
                                   std::function<void(PasswordChange, const ApiResponse &)> done)
{
    const QJsonObject body{{u"old"_s, oldPassword}, {u"new"_s, newPassword}};
    send("POST", u"/api/v1/session/password"_s, body, context,
         [this, done = std::move(done)](const ApiResponse &response) {
             const QString code = response.body.toObject().value(u"code"_s).toString();
             if (response.ok()) {
                 m_session.mustChangePassword = false;
                 done(PasswordChange::Changed, response);
             } else if (response.status == 403 && code == u"wrong-password"_s) {
                 done(PasswordChange::WrongPassword, response);
             } else if (response.status == 422 && code == u"weak-password"_s) {
                 done(PasswordChange::WeakPassword, response);
             } else {
                 done(PasswordChange::Failed, response);
             }
         });
}

void BackendClient::get(const QString &path, const QUrlQuery &query, QObject *context,
                        Callback done)
{
    finish(m_network->get(makeRequest(path, query)), context, std::move(done));
}

void BackendClient::download(const QString &path, const QUrlQuery &query, QObject *context,
                             Callback done)
{
    finish(m_network->get(makeRequest(path, query)), context, std::move(done), Answer::File);
}

void BackendClient::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                         QObject *context, Callback done, const QByteArray &idempotencyKey)
{
    // A write's path may carry its own query ("…/5?version=3", kept in the outbox).
    const qsizetype question = path.indexOf(u'?');
    QNetworkRequest request =
        question < 0 ? makeRequest(path)
                     : makeRequest(path.left(question), QUrlQuery(path.mid(question + 1)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Idempotency-Key",
                         idempotencyKey.isEmpty()
                             ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                             : idempotencyKey);
    const QByteArray payload = method == "DELETE" ? QByteArray() : QJsonDocument(body).toJson();
    finish(m_network->sendCustomRequest(request, method, payload), context, std::move(done));
}

void BackendClient::finish(QNetworkReply *reply, QObject *context, Callback done, Answer answer)
{
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, answer, done = std::move(done)] {
        if (!guard)
            return;
        ApiResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray raw = reply->readAll();
        if (!raw.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
            if (parseError.error == QJsonParseError::NoError)
                response.body = document.isArray() ? QJsonValue(document.array())
                                                   : QJsonValue(document.object());
        }
        response.failure = classify(reply->error(), response.status);
        switch (response.failure) {
        case ApiResponse::Failure::None:
            if (answer == Answer::File) {
                response.file = raw;
                break;
            }
            if (!raw.isEmpty() && response.body.isUndefined()) {
                response.failure = ApiResponse::Failure::BadResponse;
                response.message =
                    BackendClient::tr("The server sent an answer that is not valid "
                                      "JSON. Is the address really a Tresen server?");
            }
            break;
        case ApiResponse::Failure::Unreachable:
            response.neverArrived = neverArrived(reply->error());
            response.message =
                reply->error() == QNetworkReply::TimeoutError ||
                        reply->error() == QNetworkReply::OperationCanceledError
                    ? BackendClient::tr("The server did not answer in time. Check the network "
                                        "connection and try again.")
                    : BackendClient::tr("The server cannot be reached. Check the address and the "
                                        "network connection.");
            break;
        case ApiResponse::Failure::Tls:
            response.message = BackendClient::tr("The secure connection to the server failed "
                                                 "(%1). Check the address and the server's "
                                                 "certificate.")
                                   .arg(reply->errorString());
            break;
        case ApiResponse::Failure::Http:
            response.message = httpMessage(response.status, response.problemDetail());
            break;
        case ApiResponse::Failure::BadResponse:
            break;
        }
        done(response);
    });
}
