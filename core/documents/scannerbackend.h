#pragma once

#include "core/domain/result.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QtPlugin>

#include <functional>

// A scanner as a backend lists it.
struct ScannerDevice
{
    QString name;  // what to pass to scan(), e.g. "genesys:libusb:001:004"
    QString label; // for people: vendor, model
};

// What the clerk chose in the scan dialog.
struct ScanSettings
{
    int dpi = 300;
    bool colour = false; // grey otherwise: codes read as well, files are smaller
    bool feeder = false; // automatic document feeder: every page in it
    int maxPages = 200;  // a stuck feeder never scans forever
};

// A source of scanned pages, loaded as a plugin (see ScannerPlugins), so that
// the workstation runs on machines without the scanner libraries and a city
// can add its own. Implementations are called from a worker thread, one scan
// at a time.
class ScannerBackend
{
public:
    virtual ~ScannerBackend() = default;

    virtual QString backendName() const = 0;
    // The devices it can reach now, or why it cannot ask.
    virtual Result<QList<ScannerDevice>> devices() = 0;
    // Scans page after page into `page`; `page` returns false to stop (cancel,
    // still a success). Fails (with a message for people) when the scan
    // failed; pages delivered so far stay delivered.
    virtual Result<void> scan(const QString &device, const ScanSettings &settings,
                              const std::function<bool(const QImage &page)> &page) = 0;
};

// Version 2: the methods return Result (version 1 had `QString *error`).
#define ScannerBackend_iid "de.tresen.ScannerBackend/2"
Q_DECLARE_INTERFACE(ScannerBackend, ScannerBackend_iid)

// Finds the scanner plugins: in `folders`, then in TRESEN_PLUGIN_PATH
// (colon-separated). Plugins that do not load are skipped with a warning.
namespace ScannerPlugins {
QList<ScannerBackend *> load(const QStringList &folders);
} // namespace ScannerPlugins
