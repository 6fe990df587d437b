#include "core/scannerbackend.h"

#include <QDir>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

namespace ScannerPlugins {
QList<ScannerBackend *> load(const QStringList &folders)
{
    QStringList searched = folders;
    for (const QString &folder : qEnvironmentVariable("TRESEN_PLUGIN_PATH").split(u':'))
        if (!folder.isEmpty())
            searched.append(folder);
    QList<ScannerBackend *> backends;
    for (const QString &folder : std::as_const(searched)) {
        const QDir dir(folder);
        for (const QString &file : dir.entryList(QDir::Files)) {
            QPluginLoader loader(dir.filePath(file));
            if (loader.metaData().value(u"IID"_s).toString() !=
                QLatin1StringView(ScannerBackend_iid))
                continue;
            QObject *instance = loader.instance(); // kept loaded for the program's life
            if (auto *backend = qobject_cast<ScannerBackend *>(instance)) {
                backends.append(backend);
            } else {
                qWarning("Scanner plugin %s does not load: %s", qPrintable(file),
                         qPrintable(loader.errorString()));
            }
        }
    }
    return backends;
}
} // namespace ScannerPlugins
