// The theme as applied to the application: every text readable (WCAG 2.1 AA,
// 4.5:1, the disabled state too), a focus ring of at least 2 px and 3:1, and
// tones, bars and badges that keep their text readable. Contrast is computed
// here with WCAG's own formula from what the application really uses.

#include "core/domain/itemshades.h"
#include "ui/common/theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// WCAG 2.1 relative luminance.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QByteArray describe(const QColor &text, const QColor &background)
{
    return (text.name() + u" on "_s + background.name() + u": "_s +
            QString::number(contrast(text, background), 'f', 2))
        .toUtf8();
}

// The colour that differs most from `background` inside `area`: the text.
QColor strongestInk(const QImage &image, const QRect &area, const QColor &background)
{
    QColor best = background;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (contrast(pixel, background) > contrast(best, background))
                best = pixel;
        }
    }
    return best;
}

QList<Theme::Icon> allIcons()
{
    QList<Theme::Icon> icons;
    for (int i = int(Theme::Icon::CallNext); i <= int(Theme::Icon::Lock); ++i)
        icons.append(Theme::Icon(i));
    return icons;
}

const QList<Theme::Tone> kTones{Theme::Tone::Neutral, Theme::Tone::Muted,   Theme::Tone::Problem,
                                Theme::Tone::Success, Theme::Tone::Warning, Theme::Tone::Info};
} // namespace

class tst_Theme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paletteTextIsReadable_data();
    void paletteTextIsReadable();
    void tonesAreReadable();
    void itemModelShadesAreReadableOnEveryRow();
    void focusRulesAreWideAndVisible();
    void focusRingIsDrawn_data();
    void focusRingIsDrawn();
    void disabledMainButtonIsReadable();
    void rolesAndTonesReachTheWidgets();
    void iconsHaveAFallback();
    void iconsComeFromTheIconTheme();
};

void tst_Theme::initTestCase()
{
    Theme::apply();
    QVERIFY(!qApp->styleSheet().isEmpty());
}

void tst_Theme::paletteTextIsReadable_data()
{
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("text");
    QTest::addColumn<int>("background");
    const QList<std::pair<QPalette::ColorGroup, QString>> groups{
        {QPalette::Active, u"active"_s},
        {QPalette::Inactive, u"inactive"_s},
        {QPalette::Disabled, u"disabled"_s}};
    const QList<std::tuple<QPalette::ColorRole, QPalette::ColorRole, QString>> pairs{
        {QPalette::WindowText, QPalette::Window, u"WindowText/Window"_s},
        {QPalette::Text, QPalette::Base, u"Text/Base"_s},
        {QPalette::Text, QPalette::AlternateBase, u"Text/AlternateBase"_s},
        {QPalette::ButtonText, QPalette::Button, u"ButtonText/Button"_s},
        {QPalette::PlaceholderText, QPalette::Base, u"PlaceholderText/Base"_s},
        {QPalette::ToolTipText, QPalette::ToolTipBase, u"ToolTipText/ToolTipBase"_s}};
    for (const auto &[group, groupName] : groups) {
        for (const auto &[text, background, name] : pairs)
            QTest::addRow("%s %s", qPrintable(groupName), qPrintable(name))
                << int(group) << int(text) << int(background);
    }
    QTest::addRow("active HighlightedText/Highlight")
        << int(QPalette::Active) << int(QPalette::HighlightedText) << int(QPalette::Highlight);
}

void tst_Theme::paletteTextIsReadable()
{
    QFETCH(int, group);
    QFETCH(int, text);
    QFETCH(int, background);
    const QPalette palette = QApplication::palette();
    const QColor fore = palette.color(QPalette::ColorGroup(group), QPalette::ColorRole(text));
    const QColor back = palette.color(QPalette::ColorGroup(group), QPalette::ColorRole(background));
    QVERIFY2(contrast(fore, back) >= 4.5, describe(fore, back));
}

void tst_Theme::tonesAreReadable()
{
    const QPalette palette = QApplication::palette();
    for (const Theme::Tone tone : kTones) {
        const QColor text = Theme::toneColour(tone);
        QVERIFY2(contrast(text, palette.color(QPalette::Window)) >= 4.5,
                 describe(text, palette.color(QPalette::Window)));
        QVERIFY2(contrast(text, palette.color(QPalette::Base)) >= 4.5,
                 describe(text, palette.color(QPalette::Base)));
        QVERIFY2(contrast(Theme::barText(tone), Theme::barBackground(tone)) >= 4.5,
                 describe(Theme::barText(tone), Theme::barBackground(tone)));
        QVERIFY2(contrast(Qt::white, Theme::badgeFill(tone)) >= 4.5,
                 describe(Qt::white, Theme::badgeFill(tone)));
    }
    // A mark on a scanned (white) page is a graphic: 3:1.
    QVERIFY(contrast(Theme::markerColour(), Qt::white) >= 3.0);
}

void tst_Theme::itemModelShadesAreReadableOnEveryRow()
{
    // Core's models colour past, cancelled, retired and free rows without
    // knowing the theme: on its plain and its alternate rows they read too.
    const QPalette palette = QApplication::palette();
    for (const unsigned int shade : {ItemShades::kSetBack, ItemShades::kFree}) {
        const QColor text = QColor::fromRgba(shade);
        for (const QPalette::ColorRole row : {QPalette::Base, QPalette::AlternateBase})
            QVERIFY2(contrast(text, palette.color(row)) >= 4.5, describe(text, palette.color(row)));
    }
}

void tst_Theme::focusRulesAreWideAndVisible()
{
    // Every :focus rule of the applied style sheet, for each kind of control.
    const QString sheet = qApp->styleSheet();
    for (const QString &control :
         {u"QPushButton"_s, u"QToolButton"_s, u"QLineEdit"_s, u"QAbstractSpinBox"_s, u"QComboBox"_s,
          u"QPlainTextEdit"_s, u"QTextEdit"_s, u"QAbstractItemView"_s, u"QCheckBox"_s,
          u"QRadioButton"_s})
        QVERIFY2(sheet.contains(control + u":focus"_s), qPrintable(control));
    const QRegularExpression rule(uR"(:focus[^{]*\{([^}]*)\})"_s);
    const QRegularExpression border(uR"(border:\s*(\d+)px\s+solid\s+(#[0-9a-fA-F]{6}))"_s);
    const QColor window = QApplication::palette().color(QPalette::Window);
    const QColor base = QApplication::palette().color(QPalette::Base);
    int borders = 0;
    for (auto it = rule.globalMatch(sheet); it.hasNext();) {
        const QString body = it.next().captured(1);
        const QRegularExpressionMatch match = border.match(body);
        if (!match.hasMatch())
            continue;
        ++borders;
        QVERIFY2(match.captured(1).toInt() >= 2, qPrintable(body));
        const QColor ring(match.captured(2));
        QVERIFY2(contrast(ring, window) >= 3.0, describe(ring, window));
        QVERIFY2(contrast(ring, base) >= 3.0, describe(ring, base));
    }
    QVERIFY(borders >= 5);
    QVERIFY(Theme::kFocusRingWidth >= 2);
}

void tst_Theme::focusRingIsDrawn_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("button") << u"button"_s;
    QTest::newRow("main button") << u"primary"_s;
    QTest::newRow("field") << u"field"_s;
}

void tst_Theme::focusRingIsDrawn()
{
    QFETCH(QString, kind);
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    QWidget *control = nullptr;
    if (kind == u"field"_s) {
        control = new QLineEdit(u"A005"_s, &window);
    } else {
        control = new QPushButton(u"Aufrufen"_s, &window);
        if (kind == u"primary"_s)
            Theme::setPrimary(control);
    }
    auto *other = new QPushButton(u"Andere"_s, &window);
    layout->addWidget(control);
    layout->addWidget(other);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    const QImage unfocused = control->grab().toImage();
    control->setFocus();
    QTRY_VERIFY(control->hasFocus());
    const QImage focused = control->grab().toImage();

    // Both outermost columns of the left edge, half way down, are the ring.
    const int y = focused.height() / 2;
    const QColor background = QApplication::palette().color(QPalette::Window);
    for (int x = 0; x < Theme::kFocusRingWidth; ++x) {
        const QColor ring = focused.pixelColor(x, y);
        QVERIFY2(contrast(ring, background) >= 3.0, describe(ring, background));
        QVERIFY2(ring != unfocused.pixelColor(x, y), qPrintable(ring.name()));
    }
}

void tst_Theme::disabledMainButtonIsReadable()
{
    QPushButton button(u"Aufrufen"_s);
    Theme::setPrimary(&button);
    Theme::setTextRole(&button, Theme::TextRole::Action);
    button.setEnabled(false);
    button.resize(240, 64);
    const QImage image = button.grab().toImage();
    const QColor fill = image.pixelColor(8, image.height() / 2);
    const QColor ink = strongestInk(image, image.rect().adjusted(12, 12, -12, -12), fill);
    QVERIFY2(contrast(ink, fill) >= 4.5, describe(ink, fill));

    QLabel label(u"Schalter 3"_s);
    label.setEnabled(false);
    label.resize(160, 40);
    const QImage text = label.grab().toImage();
    const QColor back = text.pixelColor(text.width() - 1, text.height() - 1);
    const QColor labelInk = strongestInk(text, text.rect(), back);
    QVERIFY2(contrast(labelInk, back) >= 4.5, describe(labelInk, back));
}

void tst_Theme::rolesAndTonesReachTheWidgets()
{
    QLabel body(u"A005"_s);
    QLabel number(u"A005"_s);
    Theme::setTextRole(&number, Theme::TextRole::TicketNumber);
    body.ensurePolished();
    number.ensurePolished();
    QVERIFY(number.font().pointSizeF() > 3 * body.font().pointSizeF());
    QVERIFY(number.font().bold());

    QLabel problem(u"Nicht gesendet"_s);
    Theme::setTone(&problem, Theme::Tone::Problem);
    problem.resize(200, 30);
    const QImage image = problem.grab().toImage();
    const QColor back = image.pixelColor(image.width() - 1, image.height() - 1);
    const QColor ink = strongestInk(image, image.rect(), back);
    // The problem's red, not the body text's near-black.
    QVERIFY2(ink.red() > ink.blue() + 60, qPrintable(ink.name()));
}

void tst_Theme::iconsHaveAFallback()
{
    // A computer without the icon theme still shows a picture on every main button.
    const QString theme = QIcon::themeName();
    QIcon::setThemeName(u"NoSuchIconTheme"_s);
    for (const Theme::Icon icon : allIcons()) {
        QVERIFY2(!Theme::icon(icon).pixmap(24).isNull(), qPrintable(Theme::iconName(icon)));
        QVERIFY(!QIcon::hasThemeIcon(Theme::iconName(icon)));
    }
    QIcon::setThemeName(theme);
}

void tst_Theme::iconsComeFromTheIconTheme()
{
    QCOMPARE(QIcon::themeName(), Theme::iconThemeName());
    bool installed = false;
    for (const QString &path : QIcon::themeSearchPaths())
        installed =
            installed ||
            QFileInfo::exists(QDir(path).filePath(Theme::iconThemeName() + u"/index.theme"_s));
    if (!installed)
        QSKIP("adwaita-icon-theme is not installed here; the buttons use the style's icons. "
              "Install it (scripts/dev deps) to test the theme's icons.");
    for (const Theme::Icon icon : allIcons())
        QVERIFY2(QIcon::hasThemeIcon(Theme::iconName(icon)), qPrintable(Theme::iconName(icon)));
}

QTEST_MAIN(tst_Theme)
#include "tst_theme.moc"
