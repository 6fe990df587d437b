#include "server/instance/publishedrevision.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

PublishedRevision::PublishedRevision(const DatabaseUrl &database, const QString &stateFolder)
{
    if (database.kind == DatabaseUrl::Kind::Sqlite) {
        const QFileInfo file(database.path);
        m_path = (stateFolder.isEmpty() ? file.absolutePath() : stateFolder) + u'/' +
                 file.fileName() + u".published-revision"_s;
    } else {
        // One file per database this machine serves (never the password).
        const QByteArray which = QCryptographicHash::hash(u"%1:%2/%3"_s.arg(database.host)
                                                              .arg(database.port)
                                                              .arg(database.databaseName)
                                                              .toUtf8(),
                                                          QCryptographicHash::Sha256)
                                     .toHex()
                                     .left(16);
        const QString folder =
            stateFolder.isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                : stateFolder;
        m_path = folder + u"/published-revision-"_s + QString::fromLatin1(which) + u".json"_s;
    }
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject kept = QJsonDocument::fromJson(file.readAll()).object();
        m_instanceId = kept.value(u"instanceId"_s).toString();
        m_revision = kept.value(u"revision"_s).toInteger();
    }
}

QString PublishedRevision::refusal(const QString &instanceId, qint64 latestRevision) const
{
    if (instanceId != m_instanceId || latestRevision >= m_revision)
        return {};
    return QCoreApplication::translate(
               "PublishedRevision",
               "The database's highest revision is %1, but this server handed out revision %2 "
               "of it: it has gone back (restored from a backup or a snapshot?). Workstations "
               "would skip every change up to %2. Restore backups with `tresen-server restore`; "
               "if this database is the right one, confirm with `tresen-server confirm-restore "
               "--database URL` (workstations then rebuild their caches). Kept in %3.")
        .arg(latestRevision)
        .arg(m_revision)
        .arg(m_path);
}

bool PublishedRevision::remember(const QString &instanceId, qint64 revision)
{
    if (instanceId == m_instanceId && revision <= m_revision)
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(QJsonObject{{u"instanceId"_s, instanceId}, {u"revision"_s, revision}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit())
        return false;
    m_instanceId = instanceId;
    m_revision = revision;
    return true;
}
