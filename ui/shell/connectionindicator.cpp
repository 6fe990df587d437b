#include "ui/shell/connectionindicator.h"

#include "ui/common/theme.h"

using namespace Qt::StringLiterals;

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"connectionIndicator"_s);
    refresh();
}

void ConnectionIndicator::setConnection(SyncEngine::Connection connection)
{
    m_connection = connection;
    refresh();
}

void ConnectionIndicator::setSecondsUntilReconnect(int seconds)
{
    m_seconds = seconds;
    refresh();
}

void ConnectionIndicator::mousePressEvent(QMouseEvent *event)
{
    if (m_connection == SyncEngine::Connection::Reconnecting)
        emit reconnectRequested();
    QLabel::mousePressEvent(event);
}

void ConnectionIndicator::refresh()
{
    Theme::Tone tone = Theme::Tone::Neutral;
    QString text;
    switch (m_connection) {
    case SyncEngine::Connection::Online:
        tone = Theme::Tone::Success;
        text = tr("Connected");
        setToolTip(tr("Live connection to the server."));
        break;
    case SyncEngine::Connection::Connecting:
        tone = Theme::Tone::Warning;
        text = tr("Connecting…");
        setToolTip({});
        break;
    case SyncEngine::Connection::Reconnecting:
        tone = Theme::Tone::Warning;
        text = tr("Connection lost – reconnecting in %n s", nullptr, m_seconds);
        setToolTip(tr("Click to try again now."));
        break;
    case SyncEngine::Connection::Offline:
        tone = Theme::Tone::Problem;
        text = tr("Offline");
        setToolTip({});
        break;
    }
    setText(u"<span style=\"color:%1\">●</span> %2"_s.arg(Theme::toneColour(tone).name(),
                                                          text.toHtmlEscaped()));
}
