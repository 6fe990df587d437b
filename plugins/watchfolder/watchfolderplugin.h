#pragma once

#include "core/documents/documentinbox.h"

#include <QObject>

// Inboxes that are folders: a network scanner (or a colleague) drops PDFs
// and images into it.
class WatchFolderPlugin : public QObject, public DocumentInbox
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID DocumentInbox_iid FILE "watchfolderplugin.json")
    Q_INTERFACES(DocumentInbox)

public:
    QString inboxName() const override { return QString::fromUtf16(u"folder"); }
    Result<std::unique_ptr<InboxWatcher>> watch(const QString &location) override;
};
