#pragma once

#include "core/administration/recordfield.h"

#include <QList>
#include <QObject>

class Administration;
class AuditLogModel;
class BackendClient;
class RecordTableModel;

// The columns of each administered kind: what the Verwaltung workspace shows
// and checks, named as the API's members (docs/admin-guide.md).
struct AdministeredKinds
{
    Q_DECLARE_TR_FUNCTIONS(AdministeredKinds)

public:
    static QList<RecordField> officeFields();
    static QList<RecordField> serviceFields();
    static QList<RecordField> counterFields(); // serviceIds' choices: set per office
    static QList<RecordField> weddingRoomFields();
    static QList<RecordField> accountFields(); // officeIds' choices: the offices
    static QString kindLabel(const QString &kind);
};

// Everything the Verwaltung workspace works with, made for one backend. The
// models belong to `parent`.
struct AdministrationModels
{
    RecordTableModel *offices = nullptr;
    RecordTableModel *services = nullptr;
    RecordTableModel *counters = nullptr;
    RecordTableModel *weddingRooms = nullptr;
    RecordTableModel *accounts = nullptr;
    AuditLogModel *audit = nullptr;
    Administration *calls = nullptr;

    static AdministrationModels create(BackendClient *client, QObject *parent);
    // Loads every table; the offices' names become the other tables' choices.
    void reloadAll() const;
};
