#include "server/storage/databaseurl.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    DatabaseUrl url;
    if (text.startsWith(u"sqlite:"_s)) {
        url.kind = Kind::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(u"//"_s))
            url.path = url.path.mid(2);
        if (url.path.isEmpty()) {
            *error = QCoreApplication::translate("DatabaseUrl", "The SQLite URL names no file.");
            return std::nullopt;
        }
        return url;
    }
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() || parsed.path().size() < 2) {
            *error = QCoreApplication::translate(
                "DatabaseUrl", "The PostgreSQL URL must look like postgresql://user@host/dbname.");
            return std::nullopt;
        }
        url.kind = Kind::Postgresql;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.databaseName = parsed.path().mid(1);
        QStringList options;
        for (const auto &[key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded))
            options.append(key + u'=' + value);
        url.options = options.join(u';');
        if (url.password.isEmpty())
            url.password = qEnvironmentVariable("TRESEN_DATABASE_PASSWORD",
                                                qEnvironmentVariable("PGPASSWORD"));
        return url;
    }
    *error = QCoreApplication::translate(
                 "DatabaseUrl", "Unknown database URL \"%1\": use sqlite:PATH or postgresql://…")
                 .arg(text);
    return std::nullopt;
}

QString DatabaseUrl::redacted() const
{
    if (kind == Kind::Sqlite)
        return u"sqlite:"_s + path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host, QString::number(port), databaseName);
}
