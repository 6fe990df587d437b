#pragma once

#include "core/sync/backendclient.h"

#include <QObject>
#include <QTimer>

#include <memory>

class Announcer;
class CallBoard;
class CallDisplayWindow;
class LocalStore;
class SyncEngine;

// tresen-display on its own: logs in as a display device, keeps itself
// connected (and logged in), and shows one office's calls.
class DisplayApp : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl server;
        QString login;
        QString password;
        QString officeId; // empty: the first office
        bool windowed = false;
        bool gong = true;
        bool speech = false;
    };

    explicit DisplayApp(const Options &options, QObject *parent = nullptr);
    ~DisplayApp() override;

    void start();

private:
    void logIn();
    void chooseOffice();

    Options m_options;
    BackendClient m_client;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<CallBoard> m_board;
    std::unique_ptr<Announcer> m_announcer;
    std::unique_ptr<CallDisplayWindow> m_window;
    QTimer m_retry;
};
