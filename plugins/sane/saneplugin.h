#pragma once

#include "core/documents/scannerbackend.h"

#include <QObject>

// Scanners through SANE. Debian's `test` device stands in for hardware in the
// tests (SANE_CONFIG_DIR with a dll.conf that names it).
class SanePlugin : public QObject, public ScannerBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ScannerBackend_iid FILE "saneplugin.json")
    Q_INTERFACES(ScannerBackend)

public:
    QString backendName() const override { return QString::fromUtf16(u"SANE"); }
    Result<QList<ScannerDevice>> devices() override;
    Result<void> scan(const QString &device, const ScanSettings &settings,
                      const std::function<bool(const QImage &)> &page) override;
};
