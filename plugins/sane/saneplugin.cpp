#include "saneplugin.h"

#include <QMutex>
#include <QScopeGuard>

#include <cstring>
#include <sane/sane.h>
#include <sane/saneopts.h>

using namespace Qt::StringLiterals;

namespace {
// SANE is one global state per process: one caller at a time.
QMutex saneMutex;

// Initialised once for the life of the process and never exited: sane_exit()
// unloads the backends, and sane_init() loading them all again costs seconds
// with many backends installed. (Call with saneMutex held.)
Result<void> ensureInitialised()
{
    static SANE_Status status = [] {
        SANE_Int version = 0;
        return sane_init(&version, nullptr);
    }();
    if (status != SANE_STATUS_GOOD)
        return Result<void>::failure(QString::fromUtf8(sane_strstatus(status)));
    return {};
}

QString statusText(SANE_Status status)
{
    return QString::fromUtf8(sane_strstatus(status));
}

// Sets an option by its well-known name when the device has it; devices
// without, say, a feeder just ignore the wish.
void setOption(SANE_Handle handle, const char *name,
               const std::function<void(const SANE_Option_Descriptor *, int)> &set)
{
    for (SANE_Int index = 1;; ++index) {
        const SANE_Option_Descriptor *option = sane_get_option_descriptor(handle, index);
        if (!option)
            return;
        if (option->name && std::strcmp(option->name, name) == 0 &&
            SANE_OPTION_IS_ACTIVE(option->cap) && SANE_OPTION_IS_SETTABLE(option->cap)) {
            set(option, index);
            return;
        }
    }
}

void setString(SANE_Handle handle, const char *name, const QStringList &wanted)
{
    setOption(handle, name, [&](const SANE_Option_Descriptor *option, int index) {
        if (option->type != SANE_TYPE_STRING ||
            option->constraint_type != SANE_CONSTRAINT_STRING_LIST)
            return;
        for (const SANE_String_Const *choice = option->constraint.string_list; *choice; ++choice) {
            const QString text = QString::fromUtf8(*choice);
            for (const QString &want : wanted) {
                if (text.compare(want, Qt::CaseInsensitive) == 0 ||
                    text.contains(want, Qt::CaseInsensitive)) {
                    QByteArray value(qMax<int>(option->size, int(std::strlen(*choice)) + 1), '\0');
                    std::memcpy(value.data(), *choice, std::strlen(*choice));
                    sane_control_option(handle, index, SANE_ACTION_SET_VALUE, value.data(),
                                        nullptr);
                    return;
                }
            }
        }
    });
}

void setResolution(SANE_Handle handle, int dpi)
{
    setOption(handle, SANE_NAME_SCAN_RESOLUTION,
              [&](const SANE_Option_Descriptor *option, int index) {
                  SANE_Word value = option->type == SANE_TYPE_FIXED ? SANE_FIX(dpi) : dpi;
                  sane_control_option(handle, index, SANE_ACTION_SET_VALUE, &value, nullptr);
              });
}

// One frame of the device as an image (8-bit grey or RGB; 1-bit line art
// and 16-bit are converted).
Result<QImage> readFrame(SANE_Handle handle)
{
    SANE_Parameters parameters;
    SANE_Status status = sane_get_parameters(handle, &parameters);
    if (status != SANE_STATUS_GOOD)
        return Result<QImage>::failure(statusText(status));
    if (parameters.format != SANE_FRAME_GRAY && parameters.format != SANE_FRAME_RGB)
        return Result<QImage>::failure(u"three-pass colour scanners are not supported"_s);
    QByteArray data;
    QByteArray buffer(64 * 1024, '\0');
    for (;;) {
        SANE_Int length = 0;
        status = sane_read(handle, reinterpret_cast<SANE_Byte *>(buffer.data()),
                           SANE_Int(buffer.size()), &length);
        if (status == SANE_STATUS_EOF)
            break;
        if (status != SANE_STATUS_GOOD)
            return Result<QImage>::failure(statusText(status));
        data.append(buffer.constData(), length);
    }
    const int bytesPerLine = parameters.bytes_per_line;
    const int width = parameters.pixels_per_line;
    const int lines = bytesPerLine > 0 ? int(data.size() / bytesPerLine) : 0;
    if (width <= 0 || lines <= 0)
        return Result<QImage>::failure(u"the scanner delivered an empty page"_s);
    const bool rgb = parameters.format == SANE_FRAME_RGB;
    QImage image(width, lines, rgb ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    for (int y = 0; y < lines; ++y) {
        const auto *line =
            reinterpret_cast<const uchar *>(data.constData()) + qsizetype(y) * bytesPerLine;
        uchar *out = image.scanLine(y);
        const int channels = rgb ? 3 : 1;
        for (int x = 0; x < width * channels; ++x) {
            switch (parameters.depth) {
            case 1: // line art: 1 is black
                out[x] = (line[x / 8] & (0x80 >> (x % 8))) ? 0 : 255;
                break;
            case 16:
                out[x] = line[2 * x + 1]; // little endian: the high byte
                break;
            default:
                out[x] = line[x];
                break;
            }
        }
    }
    return image;
}
} // namespace

Result<QList<ScannerDevice>> SanePlugin::devices()
{
    using Devices = Result<QList<ScannerDevice>>;
    const QMutexLocker lock(&saneMutex);
    if (const Result<void> initialised = ensureInitialised(); !initialised)
        return Devices::failure(initialised.reason());
    const SANE_Device **list = nullptr;
    const SANE_Status status = sane_get_devices(&list, SANE_FALSE);
    if (status != SANE_STATUS_GOOD)
        return Devices::failure(statusText(status));
    QList<ScannerDevice> devices;
    for (const SANE_Device **device = list; device && *device; ++device)
        devices.append({QString::fromUtf8((*device)->name),
                        u"%1 %2"_s.arg(QString::fromUtf8((*device)->vendor),
                                       QString::fromUtf8((*device)->model))});
    return devices;
}

Result<void> SanePlugin::scan(const QString &device, const ScanSettings &settings,
                              const std::function<bool(const QImage &)> &page)
{
    const QMutexLocker lock(&saneMutex);
    if (const Result<void> initialised = ensureInitialised(); !initialised)
        return initialised;
    SANE_Handle handle = nullptr;
    SANE_Status status = sane_open(device.toUtf8().constData(), &handle);
    if (status != SANE_STATUS_GOOD)
        return Result<void>::failure(u"%1: %2"_s.arg(device, statusText(status)));
    const auto close = qScopeGuard([handle] {
        sane_cancel(handle);
        sane_close(handle);
    });
    setString(handle, SANE_NAME_SCAN_MODE,
              settings.colour ? QStringList{u"Color"_s} : QStringList{u"Gray"_s, u"Grey"_s});
    setResolution(handle, settings.dpi);
    setString(handle, SANE_NAME_SCAN_SOURCE,
              settings.feeder ? QStringList{u"ADF"_s, u"Automatic Document Feeder"_s, u"Feeder"_s}
                              : QStringList{u"Flatbed"_s});
    for (int pages = 0; pages < (settings.feeder ? settings.maxPages : 1); ++pages) {
        status = sane_start(handle);
        if (status == SANE_STATUS_NO_DOCS && settings.feeder && pages > 0)
            return {}; // the feeder is empty: done
        if (status != SANE_STATUS_GOOD)
            return Result<void>::failure(status == SANE_STATUS_NO_DOCS ? u"no paper in the feeder"_s
                                                                       : statusText(status));
        const Result<QImage> image = readFrame(handle);
        if (!image)
            return Result<void>::failure(image.reason());
        if (!page(*image))
            return {}; // cancelled
    }
    return {};
}
