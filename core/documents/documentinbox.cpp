#include "core/documents/documentinbox.h"

#include "core/documents/pluginloader.h"

namespace InboxPlugins {
QList<DocumentInbox *> load(const QStringList &folders)
{
    QList<DocumentInbox *> inboxes;
    for (QObject *instance : loadPluginInstances(folders, QString::fromUtf8(DocumentInbox_iid)))
        if (auto *inbox = qobject_cast<DocumentInbox *>(instance))
            inboxes.append(inbox);
    return inboxes;
}
} // namespace InboxPlugins
