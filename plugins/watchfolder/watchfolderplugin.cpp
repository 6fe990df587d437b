#include "watchfolderplugin.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHash>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// The files a clerk can read: what ScanJob opens.
constexpr qint64 kSettledMs = 1000;

const QStringList kDocumentPatterns{u"*.pdf"_s,  u"*.png"_s, u"*.jpg"_s,
                                    u"*.jpeg"_s, u"*.tif"_s, u"*.tiff"_s};

// Watches one folder. Network shares do not report changes reliably, so it
// looks every second as well as when the file system says something changed.
// A file is complete once its size and time have stayed the same for a
// second (kSettledMs): scanners write into the folder directly, often slowly, and some
// write under a temporary name (hidden, .part, .tmp), which does not match.
class FolderWatcher : public InboxWatcher
{
    Q_DECLARE_TR_FUNCTIONS(FolderWatcher)

public:
    explicit FolderWatcher(const QString &folder)
        : m_folder(QDir(folder).absolutePath())
    {
        m_watcher.addPath(m_folder);
        QObject::connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_timer,
                         [this] { look(); });
        m_clock.start();
        m_timer.setInterval(1000);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { look(); });
        m_timer.start();
        look();
    }

    QString location() const override { return m_folder; }
    QStringList waiting() const override { return m_waiting; }

    Result<void> markRead(const QString &file) override
    {
        const QDir done(QDir(m_folder).filePath(u"eingelesen"_s));
        if (!done.exists() && !QDir().mkpath(done.path()))
            return Result<void>::failure(tr("The folder %1 cannot be created.").arg(done.path()));
        // Never overwrite what an earlier day's scan left under the same name.
        const QFileInfo info(file);
        QString target = done.filePath(info.fileName());
        for (int n = 2; QFileInfo::exists(target); ++n)
            target =
                done.filePath(u"%1-%2.%3"_s.arg(info.completeBaseName()).arg(n).arg(info.suffix()));
        if (!QFile::rename(file, target))
            return Result<void>::failure(
                tr("%1 cannot be moved to %2.").arg(info.fileName(), done.path()));
        m_waiting.removeAll(file);
        m_seen.remove(file);
        if (m_changed)
            m_changed();
        return {};
    }

    void setListener(std::function<void()> changed,
                     std::function<void(const QString &)> problem) override
    {
        m_changed = std::move(changed);
        m_problem = std::move(problem);
    }

private:
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        qint64 since = 0; // m_clock's time when it was first seen like this
    };

    void look()
    {
        const QDir dir(m_folder);
        if (!dir.exists()) {
            if (!m_missing && m_problem)
                m_problem(tr("The scan folder %1 cannot be reached.").arg(m_folder));
            m_missing = true;
            return;
        }
        if (m_missing) {
            m_missing = false;
            m_watcher.addPath(m_folder);
            if (m_problem)
                m_problem(QString()); // reachable again
        }
        bool changed = false;
        QHash<QString, Seen> now;
        const QFileInfoList files =
            dir.entryInfoList(kDocumentPatterns, QDir::Files, QDir::Time | QDir::Reversed);
        for (const QFileInfo &info : files) {
            const QString path = info.absoluteFilePath();
            Seen current{info.size(), info.lastModified(), m_clock.elapsed()};
            const auto before = m_seen.constFind(path);
            if (before != m_seen.constEnd() && before->size == current.size &&
                before->modified == current.modified)
                current.since = before->since;
            now.insert(path, current);
            if (m_waiting.contains(path))
                continue;
            if (current.size > 0 && m_clock.elapsed() - current.since >= kSettledMs) {
                m_waiting.append(path); // oldest first
                changed = true;
            }
        }
        // Gone without being read (someone moved them away): no longer offered.
        changed |=
            m_waiting.removeIf([&now](const QString &path) { return !now.contains(path); }) > 0;
        m_seen = now;
        if (changed && m_changed)
            m_changed();
    }

    QString m_folder;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QHash<QString, Seen> m_seen;
    QStringList m_waiting;
    bool m_missing = false;
    std::function<void()> m_changed;
    std::function<void(const QString &)> m_problem;
};

} // namespace

Result<std::unique_ptr<InboxWatcher>> WatchFolderPlugin::watch(const QString &location)
{
    using Watched = Result<std::unique_ptr<InboxWatcher>>;
    const QFileInfo folder(location);
    if (!folder.isDir())
        return Watched::failure(
            QCoreApplication::translate("FolderWatcher", "%1 is not a folder.").arg(location));
    if (!folder.isReadable() || !folder.isWritable())
        return Watched::failure(
            QCoreApplication::translate("FolderWatcher",
                                        "The folder %1 must be readable and writable (read "
                                        "documents are moved into its subfolder \"eingelesen\").")
                .arg(location));
    return std::unique_ptr<InboxWatcher>(std::make_unique<FolderWatcher>(location));
}
