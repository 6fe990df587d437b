#include "displayapp.h"

#include "core/queue/callboard.h"
#include "core/sync/localstore.h"
#include "core/sync/syncengine.h"
#include "ui/queue/announcer.h"
#include "ui/queue/calldisplaywindow.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr int kRetryMs = 10000;
}

DisplayApp::DisplayApp(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &DisplayApp::logIn);
}

DisplayApp::~DisplayApp()
{
    m_window.reset();
    m_board.reset();
    m_sync.reset();
    m_store.reset();
}

void DisplayApp::start()
{
    m_client.setBaseUrl(m_options.server);
    // The display keeps the feed in memory only: nothing of the tickets stays on
    // the waiting room's computer. The file earlier versions kept goes.
    const QString earlierCache =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
        u"/cache/display.db"_s;
    if (const Result<void> removed = LocalStore::removeFile(earlierCache); !removed)
        qWarning("tresen-display: %s", qPrintable(removed.error()));
    m_store = std::make_unique<LocalStore>(LocalStore::kInMemory, u"display-cache"_s);
    if (const Result<void> opened = m_store->open(); !opened)
        qFatal("The local cache cannot be opened: %s", qPrintable(opened.error()));
    m_sync = std::make_unique<SyncEngine>(&m_client, m_store.get());
    m_board = std::make_unique<CallBoard>(&m_client, m_store.get(), m_sync.get());
    m_announcer = std::make_unique<Announcer>();
    m_announcer->setGongEnabled(m_options.gong);
    m_announcer->setSpeechEnabled(m_options.speech);
    m_window = std::make_unique<CallDisplayWindow>(m_board.get(), m_announcer.get());
    if (m_options.windowed) {
        m_window->resize(1280, 720);
        m_window->show();
    } else {
        m_window->showFullScreen();
    }
    connect(m_sync.get(), &SyncEngine::changesApplied, this, [this](const QStringList &entities) {
        if (m_board->officeId().isEmpty() && entities.contains(u"office"_s))
            chooseOffice();
    });
    // A display runs for weeks: when its session ends it simply logs in again.
    connect(m_sync.get(), &SyncEngine::sessionExpired, this, &DisplayApp::logIn);
    chooseOffice();
    logIn();
}

void DisplayApp::logIn()
{
    m_client.login(m_options.login, m_options.password, this,
                   [this](const ApiResponse &response, const SessionInfo &) {
                       if (!response.ok()) {
                           qWarning("tresen-display: login failed (%s); trying again in %d s",
                                    qPrintable(response.message), kRetryMs / 1000);
                           m_retry.start();
                           return;
                       }
                       m_sync->start();
                       m_board->refresh();
                   });
}

void DisplayApp::chooseOffice()
{
    if (!m_options.officeId.isEmpty()) {
        if (m_board->officeId() != m_options.officeId)
            m_board->setOfficeId(m_options.officeId);
        return;
    }
    const QList<QJsonObject> offices = m_store->entities(u"office"_s);
    if (!offices.isEmpty())
        m_board->setOfficeId(offices.first().value(u"id"_s).toString());
}
