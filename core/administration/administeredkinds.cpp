#include "core/administration/administeredkinds.h"

#include "core/administration/administration.h"
#include "core/administration/auditlogmodel.h"
#include "core/administration/officehours.h"
#include "core/administration/recordtablemodel.h"
#include "core/domain/roles.h"

using namespace Qt::StringLiterals;

namespace {
using Kind = RecordField::Kind;

RecordField text(const QString &key, const QString &title, int maximum)
{
    RecordField field;
    field.key = key;
    field.title = title;
    field.maximum = maximum;
    return field;
}

RecordField number(const QString &key, const QString &title, int minimum, int maximum,
                   const QString &suffix = {})
{
    RecordField field;
    field.key = key;
    field.title = title;
    field.kind = Kind::Number;
    field.minimum = minimum;
    field.maximum = maximum;
    field.suffix = suffix;
    return field;
}

RecordField activeFlag()
{
    RecordField field;
    field.key = u"active"_s;
    field.title = AdministeredKinds::tr("Active");
    field.kind = Kind::Flag;
    // Retiring asks first: the workspace's Retire button, not a check box.
    field.editable = false;
    return field;
}

RecordField choices(const QString &key, const QString &title, Kind kind,
                    QList<RecordField::Choice> list = {})
{
    RecordField field;
    field.key = key;
    field.title = title;
    field.kind = kind;
    field.choices = std::move(list);
    return field;
}
} // namespace

QString AdministeredKinds::kindLabel(const QString &kind)
{
    if (kind == u"buergeramt"_s)
        return tr("Bürgeramt");
    if (kind == u"standesamt"_s)
        return tr("Standesamt");
    return kind;
}

QList<RecordField> AdministeredKinds::officeFields()
{
    RecordField name = text(u"name"_s, tr("Name"), 100);
    RecordField kind = choices(u"kind"_s, tr("Kind"), Kind::Choice,
                               {{u"buergeramt"_s, kindLabel(u"buergeramt"_s)},
                                {u"standesamt"_s, kindLabel(u"standesamt"_s)}});
    RecordField address = text(u"address"_s, tr("Address"), 300);
    address.required = false;
    RecordField zone = text(u"timeZone"_s, tr("Time zone"), 64);
    zone.pattern = QRegularExpression(u"^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$"_s);
    zone.patternHint = tr("an IANA name such as Europe/Berlin");
    return {name, kind, address, zone,
            number(u"waitTargetMinutes"_s, tr("Wait target"), 1, 600, tr("min")),
            // Off where the staff council has not agreed to them (docs/privacy.md).
            choices(u"counterFigures"_s, tr("Statistics per counter"), Kind::Flag), activeFlag()};
}

QList<RecordField> AdministeredKinds::serviceFields()
{
    RecordField name = text(u"name"_s, tr("Name"), 100);
    name.uniqueInOffice = true;
    RecordField prefix = text(u"prefix"_s, tr("Prefix"), 3);
    prefix.pattern = QRegularExpression(u"^[A-Z]{1,3}$"_s);
    prefix.patternHint = tr("one to three letters A–Z, printed before the ticket number");
    prefix.normalizeUpperCase = true;
    prefix.uniqueInOffice = true;
    RecordField online = choices(u"bookableOnline"_s, tr("Bookable online"), Kind::Flag);
    // The confirmation letter's texts for this service, one item per line.
    RecordField bringAlong = text(u"bringAlong"_s, tr("Please bring"), 1000);
    bringAlong.kind = Kind::LongText;
    bringAlong.required = false;
    RecordField note = text(u"confirmationNote"_s, tr("Cancel or rebook"), 1000);
    note.kind = Kind::LongText;
    note.required = false;
    return {name,
            prefix,
            number(u"typicalMinutes"_s, tr("Typical duration"), 1, 480, tr("min")),
            online,
            bringAlong,
            note,
            activeFlag()};
}

QList<RecordField> AdministeredKinds::counterFields()
{
    RecordField name = text(u"name"_s, tr("Name"), 60);
    name.uniqueInOffice = true;
    return {name, choices(u"serviceIds"_s, tr("Services"), Kind::Choices), activeFlag()};
}

QList<RecordField> AdministeredKinds::weddingRoomFields()
{
    RecordField name = text(u"name"_s, tr("Name"), 100);
    name.uniqueInOffice = true;
    QList<RecordField::Choice> days;
    for (int day = 0; day < OfficeHours::kDays; ++day)
        days.append({QString::number(day + 1), OfficeHours::dayName(day).left(2)});
    RecordField weekdays = choices(u"weekdays"_s, tr("Days"), Kind::Choices, days);
    weekdays.numericChoices = true;
    RecordField first = choices(u"firstStart"_s, tr("First wedding"), Kind::Time);
    RecordField last = choices(u"lastStart"_s, tr("Last wedding"), Kind::Time);
    return {name,        number(u"guests"_s, tr("Guests"), 1, 1000),
            weekdays,    first,
            last,        number(u"slotMinutes"_s, tr("Slot length"), 10, 480, tr("min")),
            activeFlag()};
}

QList<RecordField> AdministeredKinds::accountFields()
{
    RecordField login = text(u"login"_s, tr("Login"), 64);
    login.pattern = QRegularExpression(u"^[A-Za-z0-9._@-]{1,64}$"_s);
    login.patternHint = tr("letters, digits and . _ @ - only");
    login.onCreateOnly = true;
    QList<RecordField::Choice> roles;
    for (Role role : allRoles())
        roles.append({roleName(role), roleTitle(role)});
    RecordField offices = choices(u"officeIds"_s, tr("Offices"), Kind::Choices);
    offices.required = false; // none: every office
    offices.emptyText = tr("every office");
    RecordField mustChange = choices(u"mustChangePassword"_s, tr("New password due"), Kind::Flag);
    mustChange.editable = false;
    return {login,
            text(u"name"_s, tr("Name"), 100),
            choices(u"roles"_s, tr("Roles"), Kind::Choices, roles),
            offices,
            activeFlag(),
            mustChange};
}

AdministrationModels AdministrationModels::create(BackendClient *client, QObject *parent)
{
    AdministrationModels models;
    models.offices = new RecordTableModel(client, u"/api/v1/offices"_s,
                                          AdministeredKinds::officeFields(), parent);
    models.services = new RecordTableModel(client, u"/api/v1/services"_s,
                                           AdministeredKinds::serviceFields(), parent);
    models.counters = new RecordTableModel(client, u"/api/v1/counters"_s,
                                           AdministeredKinds::counterFields(), parent);
    models.weddingRooms = new RecordTableModel(client, u"/api/v1/wedding/rooms"_s,
                                               AdministeredKinds::weddingRoomFields(), parent);
    models.accounts = new RecordTableModel(client, u"/api/v1/users"_s,
                                           AdministeredKinds::accountFields(), parent);
    models.audit = new AuditLogModel(client, parent);
    models.calls = new Administration(client, parent);

    RecordTableModel *offices = models.offices;
    RecordTableModel *accounts = models.accounts;
    const auto officeChoices = [offices, accounts] {
        accounts->setChoices(u"officeIds"_s, offices->choices());
    };
    QObject::connect(offices, &RecordTableModel::loaded, accounts, officeChoices);
    QObject::connect(offices, &RecordTableModel::saved, accounts, officeChoices);
    return models;
}

void AdministrationModels::reloadAll() const
{
    for (RecordTableModel *model : {offices, services, counters, weddingRooms, accounts})
        model->reload();
}
