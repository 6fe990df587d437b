#pragma once

#include <QImage>
#include <QString>

#include <memory>

// The scan inside a scanner's PDF, taken as it is instead of rendered.
//
// A scanner's PDF page is one picture and nothing else. Rendering it with
// Poppler re-samples the picture to 300 dpi in ARGB (about 280 ms a page);
// decoding the embedded JPEG or Flate image directly takes about half, and
// keeps the scan's own resolution (a 150-dpi scan stays 150 dpi: a quarter
// of the pixels to decode). Pages with anything else on them (text, paths,
// forms, masks, more than one image, a sheared or flipped placement, a
// filter other than DCT or Flate at 8 bits) are left to Poppler. Uses qpdf;
// one instance per thread, like Poppler documents.
class EmbeddedScans
{
public:
    ~EmbeddedScans();

    // Null when the file cannot be opened this way (then use Poppler).
    static std::unique_ptr<EmbeddedScans> open(const QString &path, const QString &password);

    // The picture of page `index` (0-based), cut to what the page shows and
    // turned by the page's rotation, with its resolution as the image's text
    // "dpi"; a null image when the page is not a plain scan or its picture
    // has more than `maxPixels`.
    QImage page(int index, double maxPixels) const;

private:
    struct Private;
    explicit EmbeddedScans(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};
