#include "ui/documents/scannerdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {
struct Found
{
    QList<std::pair<int, ScannerDevice>> devices; // backend index, device
    QStringList errors;
};
} // namespace

ScannerDialog::ScannerDialog(const QList<ScannerBackend *> &backends, QWidget *parent)
    : QDialog(parent)
    , m_backends(backends)
{
    setObjectName(u"scannerDialog"_s);
    setWindowTitle(tr("Scan"));
    m_device = new QComboBox(this);
    m_device->setObjectName(u"deviceBox"_s);
    m_device->setMinimumContentsLength(30);
    m_resolution = new QComboBox(this);
    m_resolution->setObjectName(u"resolutionBox"_s);
    for (const int dpi : {150, 200, 300, 600})
        m_resolution->addItem(tr("%1 dpi").arg(dpi), dpi);
    m_resolution->setCurrentIndex(2); // 300 dpi: what codes and archives want
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"modeBox"_s);
    m_mode->addItem(tr("Grey"), false);
    m_mode->addItem(tr("Colour"), true);
    m_feeder = new QCheckBox(tr("All pages in the document &feeder"), this);
    m_feeder->setObjectName(u"feederBox"_s);
    m_state = new QLabel(tr("Looking for scanners…"), this);
    m_state->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Scanner:"), m_device);
    form->addRow(tr("&Resolution:"), m_resolution);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(QString(), m_feeder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_scan = buttons->button(QDialogButtonBox::Ok);
    m_scan->setText(tr("S&can"));
    m_scan->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(buttons);

    auto *watcher = new QFutureWatcher<Found>(this);
    connect(watcher, &QFutureWatcher<Found>::finished, this, [this, watcher] {
        const Found found = watcher->result();
        for (const auto &[backend, device] : found.devices)
            m_device->addItem(u"%1 (%2)"_s.arg(device.label, device.name),
                              QVariantList{backend, device.name});
        m_scan->setEnabled(m_device->count() > 0);
        if (m_device->count() > 0)
            m_state->clear();
        else
            m_state->setText(found.errors.isEmpty()
                                 ? tr("No scanner found. Is it switched on and connected?")
                                 : tr("No scanner found: %1").arg(found.errors.join(u"; "_s)));
    });
    watcher->setFuture(QtConcurrent::run([backends] {
        Found found;
        for (int i = 0; i < backends.size(); ++i) {
            const Result<QList<ScannerDevice>> devices = backends.at(i)->devices();
            if (!devices) {
                found.errors.append(devices.error());
                continue;
            }
            for (const ScannerDevice &device : *devices)
                found.devices.append({i, device});
        }
        return found;
    }));
}

ScannerBackend *ScannerDialog::backend() const
{
    const QVariantList data = m_device->currentData().toList();
    return data.isEmpty() ? nullptr : m_backends.value(data.at(0).toInt());
}

QString ScannerDialog::device() const
{
    const QVariantList data = m_device->currentData().toList();
    return data.isEmpty() ? QString() : data.at(1).toString();
}

ScanSettings ScannerDialog::settings() const
{
    ScanSettings settings;
    settings.dpi = m_resolution->currentData().toInt();
    settings.colour = m_mode->currentData().toBool();
    settings.feeder = m_feeder->isChecked();
    return settings;
}
