// Role names (as the API spells them) and which workspaces each role sees.

#include "core/domain/roles.h"
#include "core/domain/workspaces.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Roles)
Q_DECLARE_METATYPE(QList<Workspace>)

class tst_Roles : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip();
    void unknownNamesAreReported();
    void workspaces_data();
    void workspaces();
};

void tst_Roles::namesRoundTrip()
{
    QStringList names;
    for (Role role : allRoles()) {
        const QString name = roleName(role);
        QVERIFY(!name.isEmpty());
        QCOMPARE(roleFromName(name), std::optional<Role>(role));
        names.append(name);
    }
    QCOMPARE(names, (QStringList{u"clerk"_s, u"registrar"_s, u"supervisor"_s, u"admin"_s,
                                 u"display"_s, u"kiosk"_s}));
    QCOMPARE(roleNames(Role::Clerk | Role::Supervisor), (QStringList{u"clerk"_s, u"supervisor"_s}));
}

void tst_Roles::unknownNamesAreReported()
{
    QStringList unknown;
    const Roles roles = rolesFromNames({u"clerk"_s, u"Clerk"_s, u"root"_s}, &unknown);
    QCOMPARE(roles, Roles(Role::Clerk));
    QCOMPARE(unknown, (QStringList{u"Clerk"_s, u"root"_s}));
    QCOMPARE(roleFromName(u""_s), std::nullopt);
}

void tst_Roles::workspaces_data()
{
    using W = Workspace;
    QTest::addColumn<Roles>("roles");
    QTest::addColumn<QList<Workspace>>("expected");
    QTest::addRow("clerk") << Roles(Role::Clerk)
                           << QList<W>{W::Counter, W::Appointments, W::Scan, W::Payments};
    QTest::addRow("registrar") << Roles(Role::Registrar)
                               << QList<W>{W::Standesamt, W::Scan, W::Payments};
    QTest::addRow("supervisor") << Roles(Role::Supervisor) << QList<W>{W::Payments, W::Statistics};
    QTest::addRow("clerk and supervisor")
        << (Role::Clerk | Role::Supervisor)
        << QList<W>{W::Counter, W::Appointments, W::Scan, W::Payments, W::Statistics};
    QTest::addRow("admin") << Roles(Role::Admin) << QList<W>{W::Administration};
    QTest::addRow("admin and clerk")
        << (Role::Admin | Role::Clerk)
        << QList<W>{W::Counter, W::Appointments, W::Scan, W::Payments, W::Administration};
    QTest::addRow("display device") << Roles(Role::Display) << QList<W>{};
    QTest::addRow("kiosk device") << Roles(Role::Kiosk) << QList<W>{};
    QTest::addRow("no role") << Roles() << QList<W>{};
}

void tst_Roles::workspaces()
{
    QFETCH(Roles, roles);
    QFETCH(QList<Workspace>, expected);
    QCOMPARE(workspacesFor(roles), expected);
}

QTEST_APPLESS_MAIN(tst_Roles)
#include "tst_roles.moc"
