#include "ui/common/workspacepage.h"

#include "ui/common/theme.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QString workspaceTitle(Workspace workspace)
{
    switch (workspace) {
    case Workspace::Counter:
        return QCoreApplication::translate("Workspace", "Counter");
    case Workspace::Appointments:
        return QCoreApplication::translate("Workspace", "Appointments");
    case Workspace::Standesamt:
        return QCoreApplication::translate("Workspace", "Weddings");
    case Workspace::Scan:
        return QCoreApplication::translate("Workspace", "Scan");
    case Workspace::Payments:
        return QCoreApplication::translate("Workspace", "Payments");
    case Workspace::Statistics:
        return QCoreApplication::translate("Workspace", "Statistics");
    case Workspace::Administration:
        return QCoreApplication::translate("Workspace", "Administration");
    }
    return {};
}

QString workspaceDescription(Workspace workspace)
{
    switch (workspace) {
    case Workspace::Counter:
        return QCoreApplication::translate(
            "Workspace", "Call the next visitor, recall, transfer and finish tickets.");
    case Workspace::Appointments:
        return QCoreApplication::translate(
            "Workspace", "See, book and rebook appointments; check visitors in by their QR code.");
    case Workspace::Standesamt:
        return QCoreApplication::translate(
            "Workspace", "Wedding rooms and slots, reservations, documents and registrars.");
    case Workspace::Scan:
        return QCoreApplication::translate(
            "Workspace", "Scan or import documents and read every QR code and barcode on them.");
    case Workspace::Payments:
        return QCoreApplication::translate("Workspace",
                                           "Look up whether a fee or fine has been paid online.");
    case Workspace::Statistics:
        return QCoreApplication::translate(
            "Workspace", "Today live and any period: waits, visitors per hour, services, counters; "
                         "exports for the city.");
    case Workspace::Administration:
        return QCoreApplication::translate(
            "Workspace", "Offices, services, counters, opening hours, wedding rooms, accounts, "
                         "settings and the audit log.");
    }
    return {};
}

WorkspacePage::WorkspacePage(Workspace workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *title = new QLabel(workspaceTitle(workspace), this);
    Theme::setTextRole(title, Theme::TextRole::Title);
    auto *description = new QLabel(workspaceDescription(workspace), this);
    description->setWordWrap(true);
    Theme::setTextRole(description, Theme::TextRole::Subtitle);
    auto *empty = new QLabel(tr("The tools of this workspace are not installed in this version "
                                "of Tresen yet."),
                             this);
    empty->setWordWrap(true);
    Theme::setTone(empty, Theme::Tone::Muted);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addSpacing(24);
    layout->addWidget(empty);
    layout->addStretch();
}
