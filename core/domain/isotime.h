#pragma once

#include <QString>

// Times travel as ISO 8601 with the local UTC offset ("2026-11-25T09:15:00+01:00")
// and are stored as milliseconds since the epoch.
QString isoTimeFromMSecs(qint64 msecsSinceEpoch);
// The reverse; 0 when `text` is not an ISO 8601 time.
qint64 msecsFromIsoTime(const QString &text);
