#include "core/documents/embeddedscan.h"

#include <QByteArray>
#include <QTransform>

#define POINTERHOLDER_TRANSITION 4 // qpdf 11: std::shared_ptr only
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <cmath>
#include <set>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Reads the page's content stream: where the one image is drawn, or that
// something else is drawn too.
class Placement : public QPDFObjectHandle::ParserCallbacks
{
public:
    bool onlyOneImage = true;
    int imagesDrawn = 0;
    std::vector<double> matrix{1, 0, 0, 1, 0, 0}; // the CTM when the image was drawn

    void handleObject(QPDFObjectHandle object, size_t, size_t) override
    {
        if (!object.isOperator()) {
            m_operands.push_back(object);
            return;
        }
        const std::string op = object.getOperatorValue();
        if (op == "q") {
            m_stack.push_back(m_ctm);
        } else if (op == "Q") {
            if (!m_stack.empty()) {
                m_ctm = m_stack.back();
                m_stack.pop_back();
            }
        } else if (op == "cm" && m_operands.size() == 6) {
            std::vector<double> m(6);
            for (size_t i = 0; i < 6; ++i) {
                if (!m_operands[i].getValueAsNumber(m[i]))
                    onlyOneImage = false;
            }
            // new CTM = m × CTM
            const std::vector<double> &c = m_ctm;
            m_ctm = {m[0] * c[0] + m[1] * c[2],        m[0] * c[1] + m[1] * c[3],
                     m[2] * c[0] + m[3] * c[2],        m[2] * c[1] + m[3] * c[3],
                     m[4] * c[0] + m[5] * c[2] + c[4], m[4] * c[1] + m[5] * c[3] + c[5]};
        } else if (op == "Do") {
            ++imagesDrawn;
            matrix = m_ctm;
        } else if (!kHarmless.contains(op)) {
            onlyOneImage = false; // text, paths, shadings, inline images…
        }
        m_operands.clear();
    }
    void handleEOF() override {}

private:
    // Graphics state and colours only: nothing that draws.
    inline static const std::set<std::string> kHarmless{
        "q",  "Q",  "cm", "gs",  "w",   "J", "j", "M",  "d",  "ri", "i", "cs",
        "CS", "sc", "SC", "scn", "SCN", "g", "G", "rg", "RG", "k",  "K"};
    std::vector<double> m_ctm{1, 0, 0, 1, 0, 0};
    std::vector<std::vector<double>> m_stack;
    std::vector<QPDFObjectHandle> m_operands;
};

QImage decoded(QPDFObjectHandle image, double maxPixels)
{
    QPDFObjectHandle dict = image.getDict();
    if (dict.getKey("/ImageMask").isBool() && dict.getKey("/ImageMask").getBoolValue())
        return {};
    if (!dict.getKey("/SMask").isNull() || !dict.getKey("/Mask").isNull() ||
        !dict.getKey("/Decode").isNull())
        return {};
    QPDFObjectHandle filter = dict.getKey("/Filter");
    const std::string name =
        filter.isName() ? filter.getName()
        : filter.isArray() && filter.getArrayNItems() == 1 && filter.getArrayItem(0).isName()
            ? filter.getArrayItem(0).getName()
            : std::string();
    long long width = 0, height = 0, bits = 0;
    if (!dict.getKey("/Width").getValueAsInt(width) ||
        !dict.getKey("/Height").getValueAsInt(height) || width <= 0 || height <= 0 ||
        double(width) * double(height) > maxPixels)
        return {}; // a huge picture: Poppler renders it at a lower resolution
    // Grey or RGB only: CMYK JPEGs (often stored inverted), indexed and
    // other colour spaces are Poppler's to get right.
    QPDFObjectHandle space = dict.getKey("/ColorSpace");
    int components = 0;
    if (space.isName())
        components = space.getName() == "/DeviceGray" ? 1 : space.getName() == "/DeviceRGB" ? 3 : 0;
    else if (space.isArray() && space.getArrayNItems() == 2 && space.getArrayItem(0).isName() &&
             space.getArrayItem(0).getName() == "/ICCBased" && space.getArrayItem(1).isStream())
        components = int(space.getArrayItem(1).getDict().getKey("/N").getIntValueAsInt());
    if (components != 1 && components != 3)
        return {};
    if (name == "/DCTDecode") {
        const std::shared_ptr<Buffer> jpeg = image.getRawStreamData();
        return QImage::fromData(jpeg->getBuffer(), int(jpeg->getSize()), "JPEG");
    }
    if (name != "/FlateDecode" || !dict.getKey("/BitsPerComponent").getValueAsInt(bits) ||
        bits != 8)
        return {};
    const std::shared_ptr<Buffer> pixels = image.getStreamData(qpdf_dl_generalized);
    if (pixels->getSize() < size_t(width * height * components))
        return {};
    QImage out(int(width), int(height),
               components == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    for (int y = 0; y < out.height(); ++y)
        memcpy(out.scanLine(y),
               pixels->getBuffer() + size_t(y) * size_t(width) * size_t(components),
               size_t(width) * size_t(components));
    return out;
}

} // namespace

struct EmbeddedScans::Private
{
    QPDF pdf;
    std::vector<QPDFPageObjectHelper> pages;
};

EmbeddedScans::EmbeddedScans(std::unique_ptr<Private> d)
    : d(std::move(d))
{}

EmbeddedScans::~EmbeddedScans() = default;

std::unique_ptr<EmbeddedScans> EmbeddedScans::open(const QString &path, const QString &password)
{
    auto d = std::make_unique<Private>();
    try {
        d->pdf.setSuppressWarnings(true);
        const QByteArray file = path.toLocal8Bit(), secret = password.toUtf8();
        d->pdf.processFile(file.constData(), password.isEmpty() ? nullptr : secret.constData());
        d->pages = QPDFPageDocumentHelper(d->pdf).getAllPages();
    } catch (const std::exception &) {
        return nullptr; // Poppler says what is wrong, in the clerk's words
    }
    return std::unique_ptr<EmbeddedScans>(new EmbeddedScans(std::move(d)));
}

QImage EmbeddedScans::page(int index, double maxPixels) const
{
    if (index < 0 || size_t(index) >= d->pages.size())
        return {};
    try {
        QPDFPageObjectHelper page = d->pages[size_t(index)];
        // Annotations draw on the page too (form fields, stamps); an empty
        // list (as Qt writes) does not.
        QPDFObjectHandle annotations = page.getObjectHandle().getKey("/Annots");
        if (!page.getFormXObjects().empty() ||
            (annotations.isArray() && annotations.getArrayNItems() > 0))
            return {};
        const std::map<std::string, QPDFObjectHandle> images = page.getImages();
        if (images.size() != 1)
            return {};
        Placement placement;
        page.parseContents(&placement);
        if (!placement.onlyOneImage || placement.imagesDrawn != 1)
            return {};
        // Upright, not flipped: [w 0 0 h x y].
        const std::vector<double> &m = placement.matrix;
        if (std::abs(m[1]) > 1e-6 || std::abs(m[2]) > 1e-6 || m[0] <= 0 || m[3] <= 0)
            return {};
        // The part of the picture the page shows (a crooked scan's picture
        // can be larger than the page), checked before the picture is decoded.
        const QPDFObjectHandle::Rectangle box = page.getCropBox(true).getArrayAsRectangle();
        const double left = std::max(box.llx, m[4]), right = std::min(box.urx, m[4] + m[0]);
        const double bottom = std::max(box.lly, m[5]), top = std::min(box.ury, m[5] + m[3]);
        if (right <= left || top <= bottom ||
            (right - left) * (top - bottom) < 0.9 * (box.urx - box.llx) * (box.ury - box.lly))
            return {}; // a picture on part of the page: a form, not a scan
        QImage image = decoded(images.begin()->second, maxPixels);
        if (image.isNull())
            return {};
        const double dpiX = image.width() / (m[0] / 72), dpiY = image.height() / (m[3] / 72);
        const QRect shown(qRound((left - m[4]) / 72 * dpiX),
                          qRound((m[5] + m[3] - top) / 72 * dpiY),
                          qRound((right - left) / 72 * dpiX), qRound((top - bottom) / 72 * dpiY));
        if (shown != image.rect())
            image = image.copy(shown & image.rect());
        QPDFObjectHandle rotation = page.getAttribute("/Rotate", false);
        if (const int degrees = rotation.isInteger() ? int(rotation.getIntValue() % 360) : 0)
            image = image.transformed(QTransform().rotate(degrees));
        image.setText(u"dpi"_s, QString::number(qRound(std::min(dpiX, dpiY))));
        return image;
    } catch (const std::exception &) {
        return {};
    }
}
