#pragma once

#include <QtGlobal>

#include <functional>

// The server's time in milliseconds since the epoch; tests set another day.
using Clock = std::function<qint64()>;
