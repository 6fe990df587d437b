// What the event sockets' need-to-know knows of the directory: filled, then
// kept up to date by the changes of offices and wedding rooms as they go out.

#include "server/auth/directorysnapshot.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_DirectorySnapshot : public QObject
{
    Q_OBJECT

private slots:
    void changesOfOfficesAndRoomsAreTakenIn();
    void otherChangesPassBy();
};

namespace {
Change upsert(const QString &entity, const QString &id, const QJsonObject &data)
{
    Change change;
    change.entity = entity;
    change.id = id;
    change.data = data;
    return change;
}

Change removal(const QString &entity, const QString &id)
{
    Change change;
    change.entity = entity;
    change.id = id;
    change.op = Change::Op::Delete;
    return change;
}
} // namespace

void tst_DirectorySnapshot::changesOfOfficesAndRoomsAreTakenIn()
{
    DirectorySnapshot directory;
    directory.setOffice(1, u"buergeramt"_s);
    QCOMPARE(directory.officeKind(1), u"buergeramt"_s);
    QCOMPARE(directory.officeKind(2), QString());

    // An office made after the start, and one whose kind changes.
    directory.apply(upsert(u"office"_s, u"2"_s, {{u"id"_s, u"2"_s}, {u"kind"_s, u"standesamt"_s}}));
    directory.apply(upsert(u"office"_s, u"1"_s, {{u"id"_s, u"1"_s}, {u"kind"_s, u"standesamt"_s}}));
    QCOMPARE(directory.officeKind(2), u"standesamt"_s);
    QCOMPARE(directory.officeKind(1), u"standesamt"_s);

    directory.apply(
        upsert(u"wedding_room"_s, u"5"_s, {{u"id"_s, u"5"_s}, {u"officeId"_s, u"2"_s}}));
    QCOMPARE(directory.roomOffice(5), 2);
    directory.apply(
        upsert(u"wedding_room"_s, u"5"_s, {{u"id"_s, u"5"_s}, {u"officeId"_s, u"1"_s}}));
    QCOMPARE(directory.roomOffice(5), 1);

    directory.apply(removal(u"office"_s, u"2"_s));
    directory.apply(removal(u"wedding_room"_s, u"5"_s));
    QCOMPARE(directory.officeKind(2), QString());
    QCOMPARE(directory.roomOffice(5), 0);
}

void tst_DirectorySnapshot::otherChangesPassBy()
{
    DirectorySnapshot directory;
    directory.setOffice(1, u"buergeramt"_s);
    // A counter's change names an office and a kind of its own: no office.
    directory.apply(upsert(u"counter"_s, u"1"_s, {{u"officeId"_s, u"1"_s}, {u"kind"_s, u"x"_s}}));
    directory.apply(removal(u"service"_s, u"1"_s));
    QCOMPARE(directory.officeKind(1), u"buergeramt"_s);
}

QTEST_GUILESS_MAIN(tst_DirectorySnapshot)
#include "tst_directorysnapshot.moc"
