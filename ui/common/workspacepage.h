#pragma once

#include "core/domain/workspaces.h"

#include <QWidget>

// A workspace's title and text, for the navigation and for workspaces whose
// tools arrive with later releases (an honest empty state, not a blank page).
QString workspaceTitle(Workspace workspace);
QString workspaceDescription(Workspace workspace);

class WorkspacePage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspacePage(Workspace workspace, QWidget *parent = nullptr);
    Workspace workspace() const { return m_workspace; }

private:
    Workspace m_workspace;
};
