#pragma once

#include "core/documents/scannerbackend.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

// Choose a scanner and how to scan: device, resolution, colour or grey, the
// feeder. The devices are asked for off the UI thread (USB and network
// scanners take a while to answer).
class ScannerDialog : public QDialog
{
    Q_OBJECT

public:
    ScannerDialog(const QList<ScannerBackend *> &backends, QWidget *parent = nullptr);

    ScannerBackend *backend() const;
    QString device() const;
    ScanSettings settings() const;

private:
    QList<ScannerBackend *> m_backends;
    QComboBox *m_device;
    QComboBox *m_resolution;
    QComboBox *m_mode;
    QCheckBox *m_feeder;
    QLabel *m_state;
    QPushButton *m_scan = nullptr;
};
