#include "core/documents/scannerbackend.h"

#include "core/documents/pluginloader.h"

namespace ScannerPlugins {
QList<ScannerBackend *> load(const QStringList &folders)
{
    QList<ScannerBackend *> backends;
    for (QObject *instance : loadPluginInstances(folders, QString::fromUtf8(ScannerBackend_iid)))
        if (auto *backend = qobject_cast<ScannerBackend *>(instance))
            backends.append(backend);
    return backends;
}
} // namespace ScannerPlugins
