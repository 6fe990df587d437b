#include "core/documents/pluginloader.h"

#include <QDir>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

QList<QObject *> loadPluginInstances(const QStringList &folders, const QString &iid)
{
    QStringList searched = folders;
    for (const QString &folder : qEnvironmentVariable("TRESEN_PLUGIN_PATH").split(u':'))
        if (!folder.isEmpty())
            searched.append(folder);
    QList<QObject *> instances;
    for (const QString &folder : std::as_const(searched)) {
        const QDir dir(folder);
        for (const QString &file : dir.entryList(QDir::Files)) {
            QPluginLoader loader(dir.filePath(file));
            if (loader.metaData().value(u"IID"_s).toString() != iid)
                continue;
            if (QObject *instance = loader.instance())
                instances.append(instance);
            else
                qWarning("Plugin %s does not load: %s", qPrintable(file),
                         qPrintable(loader.errorString()));
        }
    }
    return instances;
}
