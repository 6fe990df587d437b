#include "ui/shell/connectionindicator.h"

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
    QString colour;
    QString text;
    switch (m_connection) {
    case SyncEngine::Connection::Online:
        colour = u"#2e7d32"_s;
        text = tr("Connected");
        setToolTip(tr("Live connection to the server."));
        break;
    case SyncEngine::Connection::Connecting:
        colour = u"#f9a825"_s;
        text = tr("Connecting…");
        setToolTip({});
        break;
    case SyncEngine::Connection::Reconnecting:
        colour = u"#f9a825"_s;
        text = tr("Connection lost – reconnecting in %n s", nullptr, m_seconds);
        setToolTip(tr("Click to try again now."));
        break;
    case SyncEngine::Connection::Offline:
        colour = u"#b00020"_s;
        text = tr("Offline");
        setToolTip({});
        break;
    }
    setText(u"<span style=\"color:%1\">●</span> %2"_s.arg(colour, text.toHtmlEscaped()));
}
