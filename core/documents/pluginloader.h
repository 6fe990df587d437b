#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

// The instances of the Qt plugins with interface `iid` in `folders`, then in
// TRESEN_PLUGIN_PATH (colon-separated). Plugins that do not load are skipped
// with a warning; loaded ones stay loaded for the program's life.
QList<QObject *> loadPluginInstances(const QStringList &folders, const QString &iid);
