#pragma once

#include "core/administration/recordfield.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QSet>

class BackendClient;
struct ApiResponse;

// The records of one administered kind (offices, services, counters, wedding
// rooms, accounts) as an editable table, kept in step with the server like a
// QSqlTableModel: loaded from the kind's list route, each edit sent at once as
// a PATCH with the version it was read at, new records POSTed, nothing deleted
// (retiring is an edit of `active`). An edit the server refuses is undone in
// the table and named by failed().
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum DataRole {
        IdRole = Qt::UserRole + 1,
        OfficeIdRole, // the record's officeId ("" for kinds without one)
        ActiveRole,   // false for a retired record
        PendingRole,  // true while an edit of the row is on its way
        RecordRole,   // the whole record (QJsonObject)
    };

    // `path` is the list route (GET, POST); a record is at `path`/{id} (PATCH).
    RecordTableModel(BackendClient *client, const QString &path, QList<RecordField> fields,
                     QObject *parent = nullptr);

    const QList<RecordField> &fields() const { return m_fields; }
    int columnOf(const QString &key) const;
    // Replaces a field's choices, e.g. a counter's services once they are known.
    void setChoices(const QString &key, const QList<RecordField::Choice> &choices);

    void reload();
    bool isLoaded() const { return m_loaded; }
    QJsonObject record(int row) const { return m_records.value(row); }
    int rowOf(const QString &id) const;
    // Id and label of every record, for another table's choices.
    QList<RecordField::Choice> choices(const QString &labelKey = QStringLiteral("name"),
                                       bool activeOnly = false) const;

    // POSTs a new record. `done` gets its row, or -1 and a message.
    void create(const QJsonObject &fields, QObject *context,
                std::function<void(int row, const QString &error)> done);
    // PATCHes some members of a record (with its version).
    void update(int row, const QJsonObject &changes);
    void retire(int row) { update(row, {{QStringLiteral("active"), false}}); }
    // Why `value` cannot go into `index`, or empty: the field's own check and
    // uniqueness within the record's office.
    QString check(const QModelIndex &index, const QVariant &value) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    // An edit's check failed (nothing was sent).
    void invalid(const QString &message);
    // The server took a change; `summary` says which, for a status line.
    void saved(const QString &summary);
    // The server refused a change or the list could not be loaded.
    void failed(const QString &message);

private:
    void replaceRecord(const QJsonObject &record);
    QString recordLabel(const QJsonObject &record) const;

    BackendClient *m_client;
    QString m_path;
    QList<RecordField> m_fields;
    QList<QJsonObject> m_records;
    QSet<QString> m_pending; // ids with an edit on its way
    bool m_loaded = false;
};
