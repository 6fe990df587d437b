#pragma once

#include <QImage>
#include <QString>

// A QR code as a black-on-white image, one pixel per module plus a quiet zone
// of four modules: scale it with Qt::FastTransformation when painting. Null
// when the text does not fit into a QR code.
QImage qrCodeImage(const QString &text);
