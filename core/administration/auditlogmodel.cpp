#include "core/administration/auditlogmodel.h"

#include "core/administration/adminproblem.h"
#include "core/sync/backendclient.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPageSize = 200;

struct ActionName
{
    const char *action;
    const char *label;
};

// The actions of docs/admin-guide.md, "Audit log".
constexpr ActionName kActions[] = {
    {"login", QT_TRANSLATE_NOOP("AuditLogModel", "Logged in")},
    {"login.failed", QT_TRANSLATE_NOOP("AuditLogModel", "Login refused")},
    {"login.throttled", QT_TRANSLATE_NOOP("AuditLogModel", "Login blocked (too many tries)")},
    {"logout", QT_TRANSLATE_NOOP("AuditLogModel", "Logged out")},
    {"session.password-change", QT_TRANSLATE_NOOP("AuditLogModel", "Own password changed")},
    {"session.password-change.failed",
     QT_TRANSLATE_NOOP("AuditLogModel", "Own password change refused")},
    {"user.create", QT_TRANSLATE_NOOP("AuditLogModel", "Account created")},
    {"user.update", QT_TRANSLATE_NOOP("AuditLogModel", "Account changed")},
    {"user.password-reset", QT_TRANSLATE_NOOP("AuditLogModel", "Password reset")},
    {"office.create", QT_TRANSLATE_NOOP("AuditLogModel", "Office created")},
    {"office.update", QT_TRANSLATE_NOOP("AuditLogModel", "Office changed")},
    {"service.create", QT_TRANSLATE_NOOP("AuditLogModel", "Service created")},
    {"service.update", QT_TRANSLATE_NOOP("AuditLogModel", "Service changed")},
    {"counter.create", QT_TRANSLATE_NOOP("AuditLogModel", "Counter created")},
    {"counter.update", QT_TRANSLATE_NOOP("AuditLogModel", "Counter changed")},
    {"opening-hours.update", QT_TRANSLATE_NOOP("AuditLogModel", "Opening hours changed")},
    {"office-settings.update", QT_TRANSLATE_NOOP("AuditLogModel", "Office settings changed")},
    {"wedding-room.create", QT_TRANSLATE_NOOP("AuditLogModel", "Wedding room created")},
    {"wedding-room.update", QT_TRANSLATE_NOOP("AuditLogModel", "Wedding room changed")},
    {"setup.apply", QT_TRANSLATE_NOOP("AuditLogModel", "Setup file applied")},
    {"audit.read", QT_TRANSLATE_NOOP("AuditLogModel", "Audit log read")},
    {"audit.export", QT_TRANSLATE_NOOP("AuditLogModel", "Audit log exported")},
    {"privacy.search", QT_TRANSLATE_NOOP("AuditLogModel", "Personal data searched")},
    {"privacy.export", QT_TRANSLATE_NOOP("AuditLogModel", "Personal data exported")},
    {"privacy.erase", QT_TRANSLATE_NOOP("AuditLogModel", "Personal data erased")},
    {"retention.anonymise", QT_TRANSLATE_NOOP("AuditLogModel", "Deleted after retention time")},
    {"session.password-change.throttled",
     QT_TRANSLATE_NOOP("AuditLogModel", "Own password change blocked (too many tries)")},
    {"appointment.create", QT_TRANSLATE_NOOP("AuditLogModel", "Appointment booked")},
    {"appointment.cancel", QT_TRANSLATE_NOOP("AuditLogModel", "Appointment cancelled")},
    {"wedding.reserve", QT_TRANSLATE_NOOP("AuditLogModel", "Wedding slot reserved")},
    {"document.upload", QT_TRANSLATE_NOOP("AuditLogModel", "Document attached")},
    {"payment.lookup", QT_TRANSLATE_NOOP("AuditLogModel", "Payment looked up")},
    {"outbox.discard", QT_TRANSLATE_NOOP("AuditLogModel", "Offline changes discarded")},
};
} // namespace

QUrlQuery AuditLogFilter::query() const
{
    QUrlQuery query;
    if (from.isValid())
        query.addQueryItem(u"from"_s,
                           from.toOffsetFromUtc(from.offsetFromUtc()).toString(Qt::ISODate));
    if (to.isValid())
        query.addQueryItem(u"to"_s, to.toOffsetFromUtc(to.offsetFromUtc()).toString(Qt::ISODate));
    if (!login.trimmed().isEmpty())
        query.addQueryItem(u"login"_s, login.trimmed());
    if (!action.trimmed().isEmpty())
        query.addQueryItem(u"action"_s, action.trimmed());
    return query;
}

AuditLogModel::AuditLogModel(BackendClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

void AuditLogModel::load(const AuditLogFilter &filter)
{
    m_filter = filter;
    ++m_generation;
    beginResetModel();
    m_entries.clear();
    m_nextBefore.clear();
    endResetModel();
    fetch(false);
}

void AuditLogModel::loadMore()
{
    if (canLoadMore() && !m_loading)
        fetch(true);
}

void AuditLogModel::fetch(bool append)
{
    QUrlQuery query = m_filter.query();
    query.addQueryItem(u"limit"_s, QString::number(kPageSize));
    if (append)
        query.addQueryItem(u"before"_s, m_nextBefore);
    m_loading = true;
    const int generation = m_generation;
    m_client->get(u"/api/v1/audit"_s, query, this, [this, generation](const ApiResponse &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        const QJsonObject page = r.body.toObject();
        if (!r.ok() || !page.value(u"entries"_s).isArray()) {
            emit failed(r.ok() ? tr("The server's answer was not understood.")
                               : AdminProblem::message(r));
            return;
        }
        const QJsonArray entries = page.value(u"entries"_s).toArray();
        if (!entries.isEmpty()) {
            const int first = static_cast<int>(m_entries.size());
            beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
            for (const QJsonValue &entry : entries)
                m_entries.append(entry.toObject());
            endInsertRows();
        }
        m_nextBefore = page.value(u"nextBefore"_s).toString();
        emit loaded();
    });
}

void AuditLogModel::exportCsv(QObject *context, std::function<void(const ApiResponse &)> done) const
{
    QUrlQuery query = m_filter.query();
    query.addQueryItem(u"format"_s, u"csv"_s);
    m_client->download(u"/api/v1/audit"_s, query, context, std::move(done));
}

QString AuditLogModel::actionLabel(const QString &action)
{
    for (const ActionName &name : kActions) {
        if (action == QLatin1StringView(name.action))
            return tr(name.label);
    }
    return action;
}

QStringList AuditLogModel::knownActions()
{
    QStringList list;
    for (const ActionName &name : kActions)
        list.append(QString::fromLatin1(name.action));
    return list;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const QJsonObject &entry = m_entries.at(index.row());
    const QString action = entry.value(u"action"_s).toString();
    if (role == Qt::ToolTipRole) {
        if (index.column() == ActionColumn)
            return action;
        if (index.column() == DetailColumn)
            return entry.value(u"detail"_s).toString();
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AtColumn: {
        const QDateTime at =
            QDateTime::fromString(entry.value(u"at"_s).toString(), Qt::ISODateWithMs);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), u"dd.MM.yyyy HH:mm:ss"_s)
                            : entry.value(u"at"_s).toString();
    }
    case LoginColumn:
        return entry.value(u"login"_s).toString();
    case ActionColumn:
        return actionLabel(action);
    case SubjectColumn:
        return entry.value(u"subject"_s).toString();
    case DetailColumn:
        return entry.value(u"detail"_s).toString();
    case AddressColumn:
        return entry.value(u"address"_s).toString();
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn:
        return tr("Time");
    case LoginColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Record");
    case DetailColumn:
        return tr("Details");
    case AddressColumn:
        return tr("Address");
    default:
        return {};
    }
}
