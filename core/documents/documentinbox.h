#pragma once

#include "core/domain/result.h"

#include <QString>
#include <QStringList>
#include <QtPlugin>

#include <functional>
#include <memory>

// A watched place documents arrive in by themselves: the folder a network
// scanner drops its PDFs into. The workstation offers the arrivals to the
// clerk and marks each one read once its pages are in a batch. Lives on the
// thread that made it and calls its listener there. (A plain interface, not
// a QObject: a plugin cannot share core's meta-objects.)
class InboxWatcher
{
public:
    virtual ~InboxWatcher() = default;

    virtual QString location() const = 0;
    // Arrived and complete, not yet marked read.
    virtual QStringList waiting() const = 0;
    // Read into a batch: moved out of the way (for the folder: into its
    // "eingelesen" subfolder), so that it is not offered again. Fails (with a
    // message for people) when that fails; then it stays waiting.
    virtual Result<void> markRead(const QString &file) = 0;
    // `changed` when the waiting list changes; `problem` (for people) when
    // the place cannot be watched any more (folder gone, share unmounted)
    // or again.
    virtual void setListener(std::function<void()> changed,
                             std::function<void(const QString &problem)> problem) = 0;
};

// A kind of inbox, loaded as a plugin (see InboxPlugins).
class DocumentInbox
{
public:
    virtual ~DocumentInbox() = default;

    virtual QString inboxName() const = 0;
    // Starts watching `location`, or says (for people) why it cannot.
    virtual Result<std::unique_ptr<InboxWatcher>> watch(const QString &location) = 0;
};

// Version 2: the methods return Result (version 1 had `QString *error`).
#define DocumentInbox_iid "de.tresen.DocumentInbox/2"
Q_DECLARE_INTERFACE(DocumentInbox, DocumentInbox_iid)

// Finds the inbox plugins the way ScannerPlugins finds scanners.
namespace InboxPlugins {
QList<DocumentInbox *> load(const QStringList &folders);
} // namespace InboxPlugins
