#include "core/documents/codereader.h"

#include <QImage>
#include <QRect>
#include <QStringDecoder>
#include <QTransform>

#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <functional>
#include <vector>

namespace {

constexpr ZXing::BarcodeFormats kMatrixFormats =
    ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::MicroQRCode |
    ZXing::BarcodeFormat::DataMatrix | ZXing::BarcodeFormat::Aztec | ZXing::BarcodeFormat::PDF417;

ZXing::ImageView viewOf(const QImage &gray)
{
    return ZXing::ImageView(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                            static_cast<int>(gray.bytesPerLine()));
}

DecodedCode decoded(const ZXing::Result &result, const std::function<QPoint(QPoint)> &toPage)
{
    DecodedCode code;
    code.format = QString::fromStdString(ZXing::ToString(result.format()));
    const ZXing::ByteArray &bytes = result.bytes();
    code.bytes = QByteArray(reinterpret_cast<const char *>(bytes.data()),
                            static_cast<qsizetype>(bytes.size()));
    QStringDecoder utf8(QStringDecoder::Utf8);
    code.text = utf8.decode(code.bytes);
    if (utf8.hasError())
        code.text = QString::fromLatin1(code.bytes);
    for (int i = 0; i < 4; ++i)
        code.position << toPage(QPoint(result.position()[i].x, result.position()[i].y));
    return code;
}

// The same code found twice: same content, same place.
bool sameCode(const DecodedCode &a, const DecodedCode &b)
{
    return a.format == b.format && a.bytes == b.bytes &&
           a.position.boundingRect().intersects(b.position.boundingRect());
}

// Adds `code` unless it is already there; says whether it was added.
bool addNew(QList<DecodedCode> &codes, const DecodedCode &code)
{
    if (std::any_of(codes.cbegin(), codes.cend(),
                    [&code](const DecodedCode &seen) { return sameCode(seen, code); }))
        return false;
    codes.append(code);
    return true;
}

// Light-dark changes along row `y` between `left` and `right`.
int transitions(const QImage &gray, int y, int left, int right, int threshold)
{
    const uchar *row = gray.constScanLine(y);
    int count = 0;
    for (int x = left + 1; x <= right; ++x)
        count += (row[x] < threshold) != (row[x - 1] < threshold) ? 1 : 0;
    return count;
}

// A linear code is read on a few rows; its bars run further up and down.
// Follows them while the rows keep about as many light-dark changes, so the
// outline covers the code and painting it over removes all of it.
QRect barsAround(const QImage &gray, const QRect &read)
{
    const QRect line = read & gray.rect();
    if (line.isEmpty())
        return line;
    const int middle = line.center().y();
    const uchar *row = gray.constScanLine(middle);
    int darkest = 255, lightest = 0;
    for (int x = line.left(); x <= line.right(); ++x)
        darkest = std::min<int>(darkest, row[x]), lightest = std::max<int>(lightest, row[x]);
    const int threshold = (darkest + lightest) / 2;
    const int expected = transitions(gray, middle, line.left(), line.right(), threshold);
    const auto isBars = [&](int y) {
        const int count = transitions(gray, y, line.left(), line.right(), threshold);
        return count * 10 >= expected * 7 && count * 10 <= expected * 13;
    };
    int top = line.top(), bottom = line.bottom();
    while (top > 0 && isBars(top - 1))
        --top;
    while (bottom + 1 < gray.height() && isBars(bottom + 1))
        ++bottom;
    return QRect(QPoint(line.left(), top), QPoint(line.right(), bottom));
}

// Linear barcodes one at a time. zxing-cpp 1.4 asserts, and so aborts the
// whole process, when one call returns the same linear code twice (rows of
// one code not merged, or the same code printed twice) and it compares
// them. Asked for one code per call it never compares; but then a row of
// noise that looks like a code can take the only place, and zxing-cpp drops
// it at the end for being one row only, with the real code unread. So:
// take the first row that reads as a code, follow its bars up and down,
// confirm it by reading the bars alone (two rows must agree), paint the
// bars over, and read again until nothing more reads.
void readLinear(QImage gray, ZXing::Binarizer binarizer,
                const std::function<QPoint(QPoint)> &toPage, QList<DecodedCode> &codes)
{
    ZXing::DecodeHints candidates;
    candidates.setFormats(ZXing::BarcodeFormat::LinearCodes);
    candidates.setTryHarder(true); // also reads each row backwards: upside down
    candidates.setTryRotate(false);
    candidates.setTryDownscale(false);
    candidates.setMaxNumberOfSymbols(1);
    candidates.setMinLineCount(1);
    candidates.setBinarizer(binarizer);
    ZXing::DecodeHints confirm = candidates;
    confirm.setMinLineCount(2);
    const auto same = [](QPoint point) { return point; };
    for (int round = 0; round < 16; ++round) {
        const ZXing::Results found = ZXing::ReadBarcodes(viewOf(gray), candidates);
        if (found.empty() || !found.front().isValid())
            return;
        DecodedCode code = decoded(found.front(), same);
        const QRect row = code.position.boundingRect().adjusted(-1, -1, 1, 1) & gray.rect();
        const QRect bars = barsAround(gray, row).adjusted(-2, -2, 2, 2) & gray.rect();
        const int quiet = bars.width() / 8;
        const QImage alone = gray.copy(bars.adjusted(-quiet, -quiet, quiet, quiet) & gray.rect());
        const ZXing::Results again = ZXing::ReadBarcodes(viewOf(alone), confirm);
        const bool confirmed = !again.empty() && again.front().isValid() &&
                               again.front().format() == found.front().format() &&
                               again.front().bytes() == found.front().bytes();
        const QRect paint = confirmed ? bars : row;
        for (int y = paint.top(); y <= paint.bottom(); ++y)
            memset(gray.scanLine(y) + paint.left(), 255, size_t(paint.width()));
        if (!confirmed)
            continue;
        code.position = QPolygon({toPage(bars.topLeft()), toPage(bars.topRight()),
                                  toPage(bars.bottomRight()), toPage(bars.bottomLeft())});
        addNew(codes, code);
    }
}

// One read of `gray`, codes in page coordinates (`toPage` maps from
// `gray`'s): 2D codes in one call (with the downscale pyramid, which finds
// large, blurred codes, when `downscale`), linear barcodes as they stand and
// turned by 90 degrees (unless not `linear`).
QList<DecodedCode> readAll(const QImage &gray, bool downscale, ZXing::Binarizer binarizer,
                           const std::function<QPoint(QPoint)> &toPage, bool linear = true)
{
    ZXing::DecodeHints matrixHints;
    matrixHints.setFormats(kMatrixFormats);
    matrixHints.setTryHarder(true);
    matrixHints.setTryRotate(true);
    matrixHints.setTryDownscale(downscale);
    matrixHints.setBinarizer(binarizer);
    QList<DecodedCode> codes;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(viewOf(gray), matrixHints)) {
        if (result.isValid())
            codes.append(decoded(result, toPage));
    }
    if (!linear)
        return codes;
    readLinear(gray, binarizer, toPage, codes);
    const QTransform turn =
        QImage::trueMatrix(QTransform().rotate(90), gray.width(), gray.height());
    const QTransform back = turn.inverted();
    readLinear(
        gray.transformed(turn), binarizer, [&](QPoint point) { return toPage(back.map(point)); },
        codes);
    return codes;
}

// Half-way between paper (the page's median grey) and ink (its darkest
// 1 %), sampled: faded print on grey paper counts as ink too.
int inkThreshold(const QImage &gray)
{
    int histogram[256] = {};
    long total = 0;
    for (int y = 0; y < gray.height(); y += 4) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); x += 4, ++total)
            ++histogram[row[x]];
    }
    long seen = 0;
    int ink = 0;
    while (ink < 255 && (seen += histogram[ink]) < total / 100)
        ++ink;
    int paper = ink;
    while (paper < 255 && (seen += histogram[paper + 1]) < total / 2)
        ++paper;
    return (ink + paper) / 2;
}

double inkCoverage(const QImage &gray, const QRect &box, int threshold)
{
    long dark = 0;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = box.left(); x <= box.right(); ++x)
            dark += row[x] < threshold ? 1 : 0;
    }
    return double(dark) / double(std::max(1, box.width() * box.height()));
}

// A part of the page that looks like a code.
struct CodeRegion
{
    QRect box;
    bool tiny = false; // under 6 mm: only a dense 2-D code is that small
};

// Regions with the texture of a code: the page is cut into cells of about
// 1.3 mm (at A4), a cell is busy when its mean gradient stands well above the
// page's paper-and-noise level, and busy cells that touch form a region.
// Lines of text stay below the 6-mm minimum height; codes do not. A small
// DataMatrix (4-5 mm) does not either: a squarish region of 3-4 cells (up to twice as long, when a
// speck of noise beside it joined it) whose ink covers a third or more of it is kept as a tiny one,
// which a line of text (long, a tenth to a fifth ink) is not.
QList<CodeRegion> codeLikeRegions(const QImage &gray)
{
    const int cell = qMax(6, qMin(gray.width(), gray.height()) / 170);
    const int columns = gray.width() / cell, rows = gray.height() / cell;
    if (columns < 5 || rows < 5)
        return {};
    // Mean absolute gradient per cell over 2x2-averaged pixels, so that
    // sensor noise counts less than the edges of modules.
    std::vector<int> energy(static_cast<size_t>(columns * rows));
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            long sum = 0;
            int samples = 0;
            for (int y = row * cell; y + 3 < (row + 1) * cell; y += 2) {
                const uchar *a = gray.constScanLine(y), *b = gray.constScanLine(y + 1);
                const uchar *c = gray.constScanLine(y + 2), *d = gray.constScanLine(y + 3);
                for (int x = column * cell; x + 3 < (column + 1) * cell; x += 2) {
                    const int here = a[x] + a[x + 1] + b[x] + b[x + 1];
                    const int right = a[x + 2] + a[x + 3] + b[x + 2] + b[x + 3];
                    const int below = c[x] + c[x + 1] + d[x] + d[x + 1];
                    sum += std::abs(here - right) + std::abs(here - below);
                    ++samples;
                }
            }
            energy[static_cast<size_t>(row * columns + column)] =
                samples ? static_cast<int>(sum / samples) : 0;
        }
    }
    std::vector<int> sorted = energy;
    const auto median = sorted.begin() + static_cast<long>(sorted.size() / 2);
    std::nth_element(sorted.begin(), median, sorted.end());
    // Busy: three times the paper's level, and at least a faint edge (40 =
    // 10 grey levels between 2x2 sums) so a clean white page has no regions.
    const int threshold = std::max(3 * *median, 40);

    // Closing (dilate, then erode, by one cell) fills the white modules of
    // a large code, which can hold a whole cell, so it stays one region.
    std::vector<char> busy(energy.size());
    for (size_t i = 0; i < energy.size(); ++i)
        busy[i] = energy[i] >= threshold;
    const auto morph = [columns, rows](const std::vector<char> &in, bool dilate) {
        std::vector<char> out(in.size());
        for (int y = 0; y < rows; ++y) {
            for (int x = 0; x < columns; ++x) {
                bool any = false, all = true;
                for (int dy = -1; dy <= 1; ++dy) {
                    for (int dx = -1; dx <= 1; ++dx) {
                        const int nx = qBound(0, x + dx, columns - 1),
                                  ny = qBound(0, y + dy, rows - 1);
                        const bool on = in[static_cast<size_t>(ny * columns + nx)];
                        any = any || on;
                        all = all && on;
                    }
                }
                out[static_cast<size_t>(y * columns + x)] = dilate ? any : all;
            }
        }
        return out;
    };
    busy = morph(morph(busy, true), false);

    std::vector<int> label(energy.size(), -1);
    QList<QRect> regions;
    std::vector<int> stack;
    for (int start = 0; start < columns * rows; ++start) {
        if (label[static_cast<size_t>(start)] >= 0 || !busy[static_cast<size_t>(start)])
            continue;
        QRect box;
        stack.assign(1, start);
        label[static_cast<size_t>(start)] = static_cast<int>(regions.size());
        while (!stack.empty()) {
            const int at = stack.back();
            stack.pop_back();
            const int x = at % columns, y = at / columns;
            box |= QRect(x, y, 1, 1);
            for (const auto &[dx, dy] : {std::pair{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                const int nx = x + dx, ny = y + dy;
                if (nx < 0 || ny < 0 || nx >= columns || ny >= rows)
                    continue;
                const size_t next = static_cast<size_t>(ny * columns + nx);
                if (label[next] < 0 && busy[next]) {
                    label[next] = static_cast<int>(regions.size());
                    stack.push_back(static_cast<int>(next));
                }
            }
        }
        regions.append(box);
    }
    // A wide barcode falls apart into its bars' cells (a wide space holds a
    // whole cell): join pieces side by side on the same rows, or stacked on
    // the same columns for a barcode turned sideways.
    const auto near = [](int a, int b) { return std::abs(a - b) <= 1; };
    for (bool joined = true; joined;) {
        joined = false;
        for (qsizetype i = 0; i < regions.size() && !joined; ++i) {
            for (qsizetype j = i + 1; j < regions.size() && !joined; ++j) {
                const QRect &a = regions.at(i), &b = regions.at(j);
                const bool rows =
                    near(a.top(), b.top()) && near(a.bottom(), b.bottom()) &&
                    std::max(a.left(), b.left()) - std::min(a.right(), b.right()) <= 3;
                const bool cols =
                    near(a.left(), b.left()) && near(a.right(), b.right()) &&
                    std::max(a.top(), b.top()) - std::min(a.bottom(), b.bottom()) <= 3;
                if (rows || cols) {
                    regions[i] = a | b;
                    regions.removeAt(j);
                    joined = true;
                }
            }
        }
    }
    const int minimum = 5, tinyMinimum = 3; // cells: about 6 and 4 mm
    const auto isTiny = [](const QRect &box) {
        return (box.width() < minimum || box.height() < minimum) &&
               std::min(box.width(), box.height()) >= tinyMinimum &&
               std::max(box.width(), box.height()) <= std::min(box.width(), box.height()) * 2;
    };
    regions.removeIf([&isTiny](const QRect &box) {
        return (box.width() < minimum || box.height() < minimum) && !isTiny(box);
    });
    QList<CodeRegion> found;
    for (const QRect &box : regions)
        found.append(
            {QRect(box.x() * cell, box.y() * cell, box.width() * cell, box.height() * cell),
             isTiny(box)});
    // Ink covers a third to two thirds of a code, a tenth or so of text.
    const int ink = inkThreshold(gray);
    found.removeIf([&](const CodeRegion &region) {
        return inkCoverage(gray, region.box, ink) < (region.tiny ? 0.3 : 0.2);
    });
    // The largest first; a page of busy texture is not searched forever.
    std::sort(found.begin(), found.end(), [](const CodeRegion &a, const CodeRegion &b) {
        return a.box.width() * a.box.height() > b.box.width() * b.box.height();
    });
    if (found.size() > 12)
        found.resize(12);
    return found;
}

// Grey levels spread to the full range (2nd to 98th percentile).
QImage stretched(QImage gray)
{
    int histogram[256] = {};
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ++histogram[row[x]];
    }
    const long total = static_cast<long>(gray.width()) * gray.height();
    int low = 0, high = 255;
    for (long seen = 0; low < 255 && (seen += histogram[low]) < total / 50;)
        ++low;
    for (long seen = 0; high > 0 && (seen += histogram[high]) < total / 50;)
        --high;
    if (high - low < 8)
        return gray;
    uchar map[256];
    for (int value = 0; value < 256; ++value)
        map[value] = static_cast<uchar>(qBound(0, (value - low) * 255 / (high - low), 255));
    for (int y = 0; y < gray.height(); ++y) {
        uchar *row = gray.scanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            row[x] = map[row[x]];
    }
    return gray;
}

// A 3x3 box filter: takes the edge off sensor noise and JPEG blocks.
QImage smoothed(const QImage &gray)
{
    QImage out = gray.copy();
    for (int y = 1; y + 1 < gray.height(); ++y) {
        const uchar *above = gray.constScanLine(y - 1), *row = gray.constScanLine(y);
        const uchar *below = gray.constScanLine(y + 1);
        uchar *target = out.scanLine(y);
        for (int x = 1; x + 1 < gray.width(); ++x) {
            const int sum = above[x - 1] + above[x] + above[x + 1] + row[x - 1] + row[x] +
                            row[x + 1] + below[x - 1] + below[x] + below[x + 1];
            target[x] = static_cast<uchar>(sum / 9);
        }
    }
    return out;
}

// A 3x3 median: removes specks without softening edges.
QImage median(const QImage &gray)
{
    QImage out = gray.copy();
    for (int y = 1; y + 1 < gray.height(); ++y) {
        const uchar *rows[3] = {gray.constScanLine(y - 1), gray.constScanLine(y),
                                gray.constScanLine(y + 1)};
        uchar *target = out.scanLine(y);
        for (int x = 1; x + 1 < gray.width(); ++x) {
            uchar values[9];
            for (int i = 0; i < 9; ++i)
                values[i] = rows[i / 3][x - 1 + i % 3];
            std::nth_element(values, values + 4, values + 9);
            target[x] = values[4];
        }
    }
    return out;
}

// Unsharp mask: edges a blur has softened stand out again.
QImage sharpened(const QImage &gray)
{
    const QImage soft = smoothed(smoothed(gray));
    QImage out = gray.copy();
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y), *blurred = soft.constScanLine(y);
        uchar *target = out.scanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            target[x] = static_cast<uchar>(qBound(0, row[x] + 2 * (row[x] - blurred[x]), 255));
    }
    return out;
}

// A box filter along one axis only: along a barcode's bars it averages away
// sensor noise and JPEG's 8x8 blocks without softening the bars' edges.
QImage smoothedAlong(const QImage &gray, Qt::Orientation bars, int length)
{
    QImage out = gray.copy();
    const int half = length / 2;
    if (bars == Qt::Vertical) {
        std::vector<int> sums(static_cast<size_t>(gray.width()));
        for (int y = 0; y < gray.height(); ++y) {
            const int top = std::max(0, y - half), bottom = std::min(gray.height() - 1, y + half);
            std::fill(sums.begin(), sums.end(), 0);
            for (int r = top; r <= bottom; ++r) {
                const uchar *row = gray.constScanLine(r);
                for (int x = 0; x < gray.width(); ++x)
                    sums[static_cast<size_t>(x)] += row[x];
            }
            uchar *target = out.scanLine(y);
            for (int x = 0; x < gray.width(); ++x)
                target[x] = static_cast<uchar>(sums[static_cast<size_t>(x)] / (bottom - top + 1));
        }
    } else {
        for (int y = 0; y < gray.height(); ++y) {
            const uchar *row = gray.constScanLine(y);
            uchar *target = out.scanLine(y);
            for (int x = 0; x < gray.width(); ++x) {
                const int left = std::max(0, x - half),
                          right = std::min(gray.width() - 1, x + half);
                int sum = 0;
                for (int c = left; c <= right; ++c)
                    sum += row[c];
                target[x] = static_cast<uchar>(sum / (right - left + 1));
            }
        }
    }
    return out;
}

// Along the bars of a barcode lying as the cut-out does (wide: bars
// upright), over a twelfth of its height: little enough that a crooked
// scan's bars stay sharp.
QImage alongTheBars(const QImage &crop)
{
    const Qt::Orientation bars = crop.width() >= crop.height() ? Qt::Vertical : Qt::Horizontal;
    return smoothedAlong(crop, bars, std::max(3, std::min(crop.width(), crop.height()) / 12));
}

QImage scaledBy(const QImage &gray, double factor)
{
    return gray
        .scaled(qRound(gray.width() * factor), qRound(gray.height() * factor),
                Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_Grayscale8);
}

struct Preparation
{
    double scale; // of the prepared image against the page
    QImage image;
    ZXing::Binarizer binarizer = ZXing::Binarizer::LocalAverage;
    bool linear = true; // false: 2-D codes only (a tiny region holds no barcode)
};

using Way = std::function<Preparation(const QImage &)>;

// The ways the inverted read shares with the usual one.
Preparation asItIs(const QImage &crop)
{
    return {1, crop};
}

// Short barcodes after JPEG: thin bars come out grey, and a local threshold
// loses them; averaged along the bars (which takes the JPEG blocks and the
// noise off), one threshold between paper and ink.
Preparation alongTheBarsOneThreshold(const QImage &crop)
{
    return {1, stretched(alongTheBars(crop)), ZXing::Binarizer::FixedThreshold};
}

Preparation withoutNoise(const QImage &crop)
{
    return {1, stretched(smoothed(crop))};
}

Preparation doubled(const QImage &crop)
{
    return {2, stretched(scaledBy(crop, 2))};
}

// A tiny region holds 2-D codes only.
Preparation twoDOnly(double scale, QImage image)
{
    return {scale, std::move(image), ZXing::Binarizer::LocalAverage, false};
}

// The ways a region is prepared, cheapest and most often right first. Which
// degradation each rescues is measured in tst_codereader.
QList<Way> preparations()
{
    return {
        // as it is: off-centre DataMatrix and Aztec
        asItIs,
        // faded
        [](const QImage &crop) {
            return Preparation{1, stretched(crop)};
        },
        // short barcodes after JPEG
        alongTheBarsOneThreshold,
        // noise
        withoutNoise,
        // specks
        [](const QImage &crop) {
            return Preparation{1, stretched(median(crop))};
        },
        // blur
        [](const QImage &crop) {
            return Preparation{1, stretched(sharpened(crop))};
        },
        // blur on coarse modules
        [](const QImage &crop) {
            return Preparation{2, stretched(sharpened(scaledBy(crop, 2)))};
        },
        // blur on large modules
        [](const QImage &crop) {
            return Preparation{0.5, stretched(scaledBy(crop, 0.5))};
        },
        // coarse modules
        doubled,
        // noise that misleads the local threshold: one threshold for the cut-out
        [](const QImage &crop) {
            return Preparation{1, stretched(smoothed(crop)), ZXing::Binarizer::GlobalHistogram};
        },
    };
}

// A tiny 2-D code has 2-3 pixels per module at 150 dpi: zxing-cpp needs
// more, so it is enlarged further than a large region's 2x.
QList<Way> tinyPreparations()
{
    return {
        [](const QImage &crop) { return twoDOnly(3, stretched(scaledBy(crop, 3))); },
        [](const QImage &crop) { return twoDOnly(4, stretched(scaledBy(crop, 4))); },
        [](const QImage &crop) { return twoDOnly(3, stretched(sharpened(scaledBy(crop, 3)))); },
    };
}

QImage inverted(QImage gray)
{
    gray.invertPixels();
    return gray;
}

// `ways`, each inverted.
QList<Way> invertedAll(const QList<Way> &ways)
{
    QList<Way> negative;
    for (const Way &prepare : ways)
        negative.append([prepare](const QImage &crop) {
            Preparation prepared = prepare(crop);
            prepared.image = inverted(prepared.image);
            return prepared;
        });
    return negative;
}

// Light on dark (a code on a phone's screen in dark mode, a dark label):
// zxing-cpp 1.4 reads dark modules only, so a region that read as nothing
// is read again inverted, the cheap ways that most often rescue a code:
// as it is, without the noise, along the bars, enlarged (a tiny one 3x).
QList<Way> invertedPreparations(bool tiny)
{
    if (tiny)
        return invertedAll({tinyPreparations().first()});
    return invertedAll({asItIs, withoutNoise, alongTheBarsOneThreshold, doubled});
}

bool explains(const QRect &region, const QList<DecodedCode> &codes)
{
    return std::any_of(codes.begin(), codes.end(), [&region](const DecodedCode &code) {
        return region.intersects(code.position.boundingRect());
    });
}

// Reads `region` of `gray` prepared each way in turn until one explains
// it (reads a new code, or one on the region); adds what it reads to
// `codes`. Says whether the region was explained.
bool readRegion(const QImage &gray, const CodeRegion &region, const QList<Way> &ways,
                QList<DecodedCode> &codes, CodeReadEffort &spent)
{
    // With a quiet zone around it, and the centre of the cut-out on the
    // code, where zxing-cpp's DataMatrix and Aztec detectors look.
    const int margin = qMax(region.box.width(), region.box.height()) / (region.tiny ? 2 : 4);
    const QRect cut = region.box.adjusted(-margin, -margin, margin, margin) & gray.rect();
    const QImage crop = gray.copy(cut);
    for (const auto &prepare : ways) {
        const Preparation prepared = prepare(crop);
        ++spent.extraPasses;
        const auto toPage = [&](QPoint point) {
            return cut.topLeft() +
                   QPoint(qRound(point.x() / prepared.scale), qRound(point.y() / prepared.scale));
        };
        bool explained = false;
        for (const DecodedCode &code :
             readAll(prepared.image, false, prepared.binarizer, toPage, prepared.linear)) {
            const bool added = addNew(codes, code);
            spent.rescued += added ? 1 : 0;
            explained = explained || added || region.box.intersects(code.position.boundingRect());
        }
        if (explained)
            return true;
    }
    return false;
}

// Whether the band just outside `box` is darker than the inside: a light
// code's quiet zone, which is dark (on paper it would be light).
bool darkAround(const QImage &gray, const QRect &box)
{
    const int band = std::max(2, std::min(box.width(), box.height()) / 8);
    const QRect outer = box.adjusted(-band, -band, band, band) & gray.rect();
    long inside = 0, insideCount = 0, around = 0, aroundCount = 0;
    for (int y = outer.top(); y <= outer.bottom(); y += 2) {
        const uchar *row = gray.constScanLine(y);
        for (int x = outer.left(); x <= outer.right(); x += 2) {
            if (box.contains(x, y))
                inside += row[x], ++insideCount;
            else
                around += row[x], ++aroundCount;
        }
    }
    return aroundCount > 0 && insideCount > 0 && around * insideCount < inside * aroundCount;
}

// The plain read of a page, then the second look at the code-like regions
// it left unexplained: prepared the usual ways, and inverted when the
// region may be a light code (dark, or dark around it). Regions that
// overlap one in `skip` (tried already) are left alone. Returns the regions
// it tried.
QList<QRect> readPage(const QImage &gray, QList<DecodedCode> &codes, CodeReadEffort &spent,
                      const QList<QRect> &skip)
{
    QList<QRect> tried;
    for (const DecodedCode &code :
         readAll(gray, true, ZXing::Binarizer::LocalAverage, [](QPoint point) { return point; }))
        addNew(codes, code);
    const int ink = inkThreshold(gray);
    for (const CodeRegion &region : codeLikeRegions(gray)) {
        if (explains(region.box, codes) ||
            std::any_of(skip.begin(), skip.end(),
                        [&region](const QRect &box) { return box.intersects(region.box); }))
            continue;
        ++spent.regions;
        tried.append(region.box);
        const auto usual = region.tiny ? tinyPreparations() : preparations();
        // Ink covers a third to two thirds of a code printed dark. Mostly
        // dark, the region is a light code on a dark plate: tried inverted
        // first. Darker than most codes, or dark around it (a light code's
        // quiet zone), it is read inverted when the usual ways read nothing.
        const double coverage = inkCoverage(gray, region.box, ink);
        if (coverage > 0.7) {
            if (!readRegion(gray, region, invertedAll(usual), codes, spent))
                readRegion(gray, region, usual, codes, spent);
        } else if (!readRegion(gray, region, usual, codes, spent) &&
                   (coverage > 0.6 || darkAround(gray, region.box))) {
            readRegion(gray, region, invertedPreparations(region.tiny), codes, spent);
        }
    }
    return tried;
}

// Most of the page dark: a screen in dark mode photographed, a negative.
bool mostlyDark(const QImage &gray)
{
    long dark = 0, total = 0;
    for (int y = 0; y < gray.height(); y += 8) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); x += 8, ++total)
            dark += row[x] < 96 ? 1 : 0;
    }
    return total > 0 && dark * 2 > total;
}

} // namespace

QList<DecodedCode> readCodes(const QImage &page, CodeReadEffort *effort)
{
    CodeReadEffort spent;
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    QList<DecodedCode> codes;
    const QList<QRect> tried = readPage(gray, codes, spent, {});
    // A dark page is read once more as its negative: its codes are light
    // on dark (dark ones on it were read above). Regions the first read
    // tried, inverted too where they may be light codes, are not tried again.
    if (!gray.isNull() && mostlyDark(gray))
        readPage(inverted(gray), codes, spent, tried);
    if (effort)
        *effort = spent;
    return codes;
}
