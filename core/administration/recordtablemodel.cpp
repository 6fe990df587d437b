#include "core/administration/recordtablemodel.h"

#include "core/administration/adminproblem.h"
#include "core/domain/itemshades.h"
#include "core/sync/backendclient.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace {
QString idOf(const QJsonObject &record)
{
    const QJsonValue id = record.value(u"id"_s);
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}
} // namespace

RecordTableModel::RecordTableModel(BackendClient *client, const QString &path,
                                   QList<RecordField> fields, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_path(path)
    , m_fields(std::move(fields))
{}

int RecordTableModel::columnOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).key == key)
            return static_cast<int>(i);
    }
    return -1;
}

void RecordTableModel::setChoices(const QString &key, const QList<RecordField::Choice> &choices)
{
    const int column = columnOf(key);
    if (column < 0)
        return;
    m_fields[column].choices = choices;
    if (!m_records.isEmpty())
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}

void RecordTableModel::reload()
{
    m_client->get(m_path, {}, this, [this](const ApiResponse &response) {
        if (!response.ok() || !response.body.isArray()) {
            emit failed(response.ok() ? tr("The server's list was not understood.")
                                      : AdminProblem::message(response));
            return;
        }
        beginResetModel();
        m_records.clear();
        m_pending.clear();
        for (const QJsonValue &value : response.body.toArray())
            m_records.append(value.toObject());
        m_loaded = true;
        endResetModel();
        emit loaded();
    });
}

int RecordTableModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (idOf(m_records.at(i)) == id)
            return static_cast<int>(i);
    }
    return -1;
}

QList<RecordField::Choice> RecordTableModel::choices(const QString &labelKey, bool activeOnly) const
{
    QList<RecordField::Choice> list;
    for (const QJsonObject &record : m_records) {
        if (activeOnly && !record.value(u"active"_s).toBool(true))
            continue;
        list.append({idOf(record), record.value(labelKey).toString()});
    }
    return list;
}

void RecordTableModel::create(const QJsonObject &fields, QObject *context,
                              std::function<void(int, const QString &)> done)
{
    // The model keeps the record even when the form is gone by the answer.
    QPointer<QObject> asker(context);
    m_client->send(
        "POST", m_path, fields, this, [this, asker, done = std::move(done)](const ApiResponse &r) {
            const auto answer = [&](int row, const QString &error) {
                if (asker)
                    done(row, error);
            };
            if (!r.ok() || !r.body.isObject()) {
                const QString error = r.ok() ? tr("The server's answer was not understood.")
                                             : AdminProblem::message(r);
                if (!asker)
                    emit failed(error);
                answer(-1, error);
                return;
            }
            const QJsonObject record = r.body.toObject();
            int row = rowOf(idOf(record));
            if (row >= 0) { // a reload brought it first
                replaceRecord(record);
            } else {
                row = static_cast<int>(m_records.size());
                beginInsertRows({}, row, row);
                m_records.append(record);
                endInsertRows();
            }
            emit saved(tr("%1 was created.").arg(recordLabel(record)));
            answer(row, {});
        });
}

void RecordTableModel::update(int row, const QJsonObject &changes)
{
    if (row < 0 || row >= m_records.size())
        return;
    const QJsonObject before = m_records.at(row);
    const QString id = idOf(before);
    if (m_pending.contains(id)) {
        emit invalid(tr("The last change of %1 is still being saved. Please wait a moment.")
                         .arg(recordLabel(before)));
        return;
    }
    QJsonObject body = changes;
    body.insert(u"version"_s, before.value(u"version"_s));

    // Shown at once, in italics until the server has it; undone if refused.
    // Not retiring: the row would vanish from a view of active records and
    // come back if the server refuses.
    QJsonObject shown = before;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() != u"active"_s)
            shown.insert(it.key(), it.value());
    }
    m_records[row] = shown;
    m_pending.insert(id);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));

    m_client->send(
        "PATCH", m_path + u'/' + id, body, this, [this, id, before](const ApiResponse &r) {
            m_pending.remove(id);
            if (r.ok() && r.body.isObject()) {
                const QJsonObject record = r.body.toObject();
                replaceRecord(record);
                emit saved(tr("%1 was saved.").arg(recordLabel(record)));
                return;
            }
            // Undone unless a reload brought a newer state meanwhile.
            const int now = rowOf(id);
            if (now >= 0 && m_records.at(now).value(u"version"_s) == before.value(u"version"_s))
                replaceRecord(before);
            emit failed(r.ok() ? tr("The server's answer was not understood.")
                               : AdminProblem::message(r));
            // Someone else's change: show theirs.
            if (AdminProblem::isVersionConflict(r))
                reload();
        });
}

QString RecordTableModel::check(const QModelIndex &index, const QVariant &value) const
{
    if (!index.isValid() || index.column() >= m_fields.size())
        return {};
    const RecordField &field = m_fields.at(index.column());
    if (QString problem = field.check(value); !problem.isEmpty())
        return problem;
    if (field.uniqueInOffice) {
        const QString wanted = field.toJson(value).toString();
        const QJsonObject &self = m_records.at(index.row());
        const QJsonValue office = self.value(u"officeId"_s);
        for (const QJsonObject &other : m_records) {
            if (idOf(other) == idOf(self) || other.value(u"officeId"_s) != office)
                continue;
            if (other.value(field.key).toString().compare(wanted, Qt::CaseInsensitive) == 0)
                return tr("%1 \"%2\" is taken already in this office.").arg(field.title, wanted);
        }
    }
    return {};
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size() || index.column() >= m_fields.size())
        return {};
    const QJsonObject &record = m_records.at(index.row());
    const RecordField &field = m_fields.at(index.column());
    const QJsonValue value = record.value(field.key);
    const bool active = record.value(u"active"_s).toBool(true);
    switch (role) {
    case Qt::DisplayRole:
        return field.display(value);
    case Qt::EditRole:
        return field.toEditValue(value);
    case Qt::CheckStateRole:
        if (field.kind == RecordField::Kind::Flag)
            return value.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (!active)
            return tr("Retired: takes no new tickets, calls or bookings.");
        if (field.kind == RecordField::Kind::LongText)
            return value.toString(); // the cell shows only the first line
        return {};
    case Qt::ForegroundRole:
        if (!active)
            return QBrush(QColor::fromRgba(ItemShades::kSetBack));
        return {};
    case Qt::FontRole:
        if (m_pending.contains(idOf(record))) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return idOf(record);
    case OfficeIdRole: {
        const QJsonValue office = record.value(u"officeId"_s);
        return office.isDouble() ? QString::number(office.toInteger()) : office.toString();
    }
    case ActiveRole:
        return active;
    case PendingRole:
        return m_pending.contains(idOf(record));
    case RecordRole:
        return record;
    default:
        return {};
    }
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const RecordField &field = m_fields.at(index.column());
    QVariant edited = value;
    if (role == Qt::CheckStateRole && field.kind == RecordField::Kind::Flag)
        edited = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    if (const QString problem = check(index, edited); !problem.isEmpty()) {
        emit invalid(problem);
        return false;
    }
    const QJsonValue json = field.toJson(edited);
    if (json == m_records.at(index.row()).value(field.key))
        return true; // nothing changed: nothing to send
    update(index.row(), {{field.key, json}});
    return true;
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const RecordField &field = m_fields.at(index.column());
    if (!field.editable || m_pending.contains(idOf(m_records.at(index.row()))))
        return flags;
    // Nothing to choose from yet (the offices still loading): not editable.
    if (field.kind == RecordField::Kind::Choices && field.choices.isEmpty())
        return flags;
    return flags |
           (field.kind == RecordField::Kind::Flag ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_fields.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_fields.at(section).title;
    return {};
}

void RecordTableModel::replaceRecord(const QJsonObject &record)
{
    const int row = rowOf(idOf(record));
    if (row < 0)
        return;
    m_records[row] = record;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

QString RecordTableModel::recordLabel(const QJsonObject &record) const
{
    for (const QString &key : {u"name"_s, u"login"_s}) {
        if (const QString label = record.value(key).toString(); !label.isEmpty())
            return tr("\"%1\"").arg(label);
    }
    return tr("The entry");
}
