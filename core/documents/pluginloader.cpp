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
            const QString pluginIid = loader.metaData().value(u"IID"_s).toString();
            if (pluginIid != iid) {
                // The same interface in another version ("…/1" beside "…/2"): say
                // why a plugin that is there does not count.
                if (pluginIid.section(u'/', 0, 0) == iid.section(u'/', 0, 0))
                    qWarning("Plugin %s is built for %s, this Tresen needs %s; passed over.",
                             qPrintable(file), qPrintable(pluginIid), qPrintable(iid));
                continue;
            }
            if (QObject *instance = loader.instance())
                instances.append(instance);
            else
                qWarning("Plugin %s does not load: %s", qPrintable(file),
                         qPrintable(loader.errorString()));
        }
    }
    return instances;
}
