#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

class BackendClient;
struct ApiResponse;

// What the audit log is asked for: a period and, if given, exactly one login
// and one action (GET /api/v1/audit's filter).
struct AuditLogFilter
{
    QDateTime from; // inclusive; invalid: no lower bound
    QDateTime to;   // exclusive; invalid: no upper bound
    QString login;
    QString action;

    QUrlQuery query() const;
};

// The audit log, newest first, a page at a time (Protokoll). Reading it is
// itself audited by the server.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AtColumn,
        LoginColumn,
        ActionColumn,
        SubjectColumn,
        DetailColumn,
        AddressColumn,
        ColumnCount
    };

    explicit AuditLogModel(BackendClient *client, QObject *parent = nullptr);

    // Starts again from the newest entry matching `filter`.
    void load(const AuditLogFilter &filter);
    void loadMore();
    bool canLoadMore() const { return !m_nextBefore.isEmpty(); }
    bool isLoading() const { return m_loading; }
    const AuditLogFilter &filter() const { return m_filter; }
    QJsonObject entry(int row) const { return m_entries.value(row); }

    // The same filter as a CSV file from the server (every matching entry).
    void exportCsv(QObject *context, std::function<void(const ApiResponse &)> done) const;

    // German words for the actions the server writes; unknown ones as they are.
    static QString actionLabel(const QString &action);
    static QStringList knownActions();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void failed(const QString &message);

private:
    void fetch(bool append);

    BackendClient *m_client;
    AuditLogFilter m_filter;
    QList<QJsonObject> m_entries;
    QString m_nextBefore;
    bool m_loading = false;
    int m_generation = 0; // answers to an older filter are dropped
};
