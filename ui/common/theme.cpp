#include "ui/common/theme.h"

#include <QApplication>
#include <QFont>
#include <QHash>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QVariant>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
// The colours. Every text colour has at least 4.5:1 against the background it
// is drawn on (tests/ui/common/tst_theme computes it); the disabled state is
// told by a flatter background and border, not by faint text.
const QHash<QString, QString> kColours{
    {u"window"_s, u"#f3f5f8"_s},
    {u"base"_s, u"#ffffff"_s},
    {u"alternateBase"_s, u"#f0f3f7"_s},
    {u"text"_s, u"#1c2733"_s},
    {u"mutedText"_s, u"#4f5b67"_s},
    {u"placeholder"_s, u"#5d6b78"_s},
    {u"button"_s, u"#ffffff"_s},
    {u"buttonHover"_s, u"#e8f0fa"_s},
    {u"buttonPressed"_s, u"#d3e2f4"_s},
    {u"border"_s, u"#7d8894"_s},
    {u"softBorder"_s, u"#cfd6de"_s},
    {u"header"_s, u"#e9eef4"_s},
    {u"accent"_s, u"#1f5fa6"_s},
    {u"accentDark"_s, u"#174a82"_s},
    {u"onAccent"_s, u"#ffffff"_s},
    {u"focus"_s, u"#1f5fa6"_s},
    {u"focusOnAccent"_s, u"#0d2340"_s},
    {u"navigation"_s, u"#e6edf5"_s},
    {u"disabledText"_s, u"#59636e"_s},
    {u"disabledFill"_s, u"#e4e8ed"_s},
    {u"disabledBase"_s, u"#eef1f4"_s},
    {u"disabledBorder"_s, u"#b9c2cc"_s},
    {u"toolTip"_s, u"#1c2733"_s},
    // Tones: text on the window, bars (background, border, text), badges (fill).
    {u"problem"_s, u"#a1001b"_s},
    {u"success"_s, u"#1c5e2a"_s},
    {u"warning"_s, u"#7a4300"_s},
    {u"info"_s, u"#0c4a86"_s},
    {u"problemBar"_s, u"#fbe4e7"_s},
    {u"problemBarBorder"_s, u"#e3a1aa"_s},
    {u"problemBarText"_s, u"#6e0012"_s},
    {u"successBar"_s, u"#e1f1e5"_s},
    {u"successBarBorder"_s, u"#9ccaa8"_s},
    {u"successBarText"_s, u"#154a21"_s},
    {u"warningBar"_s, u"#fff2cc"_s},
    {u"warningBarBorder"_s, u"#e6c65c"_s},
    {u"warningBarText"_s, u"#553200"_s},
    {u"infoBar"_s, u"#e2edf9"_s},
    {u"infoBarBorder"_s, u"#9dbde3"_s},
    {u"infoBarText"_s, u"#0b3a6b"_s},
    {u"problemBadge"_s, u"#a1001b"_s},
    {u"successBadge"_s, u"#1e6b30"_s},
    {u"warningBadge"_s, u"#9a4a00"_s},
    {u"infoBadge"_s, u"#1f5fa6"_s},
    {u"neutralBadge"_s, u"#56616d"_s},
    {u"marker"_s, u"#c75000"_s},
    // The call display and the lock screen: light text on a dark blue.
    {u"display"_s, u"#0d2b45"_s},
    {u"displayText"_s, u"#ffffff"_s},
    {u"displayCall"_s, u"#f2c14e"_s},
    {u"displayHint"_s, u"#9fb7cc"_s},
    {u"displayOffline"_s, u"#ffb4a9"_s},
    {u"lockScreen"_s, u"#2b3a4a"_s},
};

// Point sizes at 100 %.
qreal basePointSize(Theme::TextRole role)
{
    switch (role) {
    case Theme::TextRole::Small:
        return 9;
    case Theme::TextRole::Body:
    case Theme::TextRole::Emphasis:
        return 10;
    case Theme::TextRole::Action:
        return 12;
    case Theme::TextRole::Subtitle:
        return 13;
    case Theme::TextRole::LargeInput:
        return 14;
    case Theme::TextRole::Title:
        return 17;
    case Theme::TextRole::TicketNumber:
        return 48;
    }
    return 10;
}

int g_zoom = Theme::kMinimumZoom;
bool g_applied = false;

QColor colour(const QString &name)
{
    return QColor(kColours.value(name));
}

QString toneName(Theme::Tone tone)
{
    switch (tone) {
    case Theme::Tone::Neutral:
        return {};
    case Theme::Tone::Muted:
        return u"muted"_s;
    case Theme::Tone::Problem:
        return u"problem"_s;
    case Theme::Tone::Success:
        return u"success"_s;
    case Theme::Tone::Warning:
        return u"warning"_s;
    case Theme::Tone::Info:
        return u"info"_s;
    }
    return {};
}

QString textRoleName(Theme::TextRole role)
{
    switch (role) {
    case Theme::TextRole::Small:
        return u"small"_s;
    case Theme::TextRole::Body:
        return {};
    case Theme::TextRole::Emphasis:
        return u"emphasis"_s;
    case Theme::TextRole::Subtitle:
        return u"subtitle"_s;
    case Theme::TextRole::Title:
        return u"title"_s;
    case Theme::TextRole::LargeInput:
        return u"largeInput"_s;
    case Theme::TextRole::Action:
        return u"action"_s;
    case Theme::TextRole::TicketNumber:
        return u"ticketNumber"_s;
    }
    return {};
}

// Sets a dynamic property the style sheet selects on and re-polishes, so a
// change after the widget was shown takes effect.
void setStyleProperty(QWidget *widget, const char *name, const QString &value)
{
    if (widget->property(name).toString() == value && widget->property(name).isValid())
        return;
    widget->setProperty(name, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

QString pt(Theme::TextRole role)
{
    return QString::number(Theme::pointSize(role), 'f', 1) + u"pt"_s;
}

// The style sheet; @name@ stands for a colour of kColours, $role$ for a point size.
const QString kStyleSheet = uR"(
QToolTip { color: @base@; background: @toolTip@; border: 1px solid @toolTip@; padding: 4px; }

QPushButton, QToolButton {
    background: @button@; color: @text@; border: 1px solid @border@; border-radius: 4px;
    padding: 5px 12px;
}
QToolButton { padding: 4px 6px; }
QPushButton:hover, QToolButton:hover { background: @buttonHover@; border-color: @accent@; }
QPushButton:pressed, QToolButton:pressed, QToolButton:checked { background: @buttonPressed@; }
QPushButton:default { border-color: @accent@; }
QPushButton:disabled, QToolButton:disabled {
    background: @disabledFill@; color: @disabledText@; border-color: @disabledBorder@;
}
QPushButton[buttonRole="primary"] {
    background: @accent@; color: @onAccent@; border: 1px solid @accentDark@; font-weight: bold;
}
QPushButton[buttonRole="primary"]:hover { background: @accentDark@; }
QPushButton[buttonRole="primary"]:disabled {
    background: @disabledFill@; color: @disabledText@; border-color: @disabledBorder@;
}

QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit {
    background: @base@; color: @text@; border: 1px solid @border@; border-radius: 3px;
    padding: 3px 5px; selection-background-color: @accent@; selection-color: @onAccent@;
}
QComboBox { padding-right: 20px; }
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled, QPlainTextEdit:disabled,
QTextEdit:disabled {
    background: @disabledBase@; color: @disabledText@; border-color: @disabledBorder@;
}
QLineEdit[readOnly="true"] { background: @window@; }

QAbstractItemView {
    background: @base@; alternate-background-color: @alternateBase@; color: @text@;
    border: 1px solid @softBorder@; selection-background-color: @accent@;
    selection-color: @onAccent@;
}
QHeaderView::section {
    background: @header@; color: @text@; border: none; border-right: 1px solid @softBorder@;
    border-bottom: 1px solid @border@; padding: 4px 6px;
}
QListWidget#navigation {
    background: @navigation@; border: none; border-right: 1px solid @softBorder@;
    font-size: $action$;
}
QListWidget#navigation::item { padding: 10px 8px; color: @text@; background: transparent; }
QListWidget#navigation::item:selected { background: @accent@; color: @onAccent@; }

QGroupBox {
    background: @base@; border: 1px solid @softBorder@; border-radius: 6px;
    margin-top: 1.4em; padding: 8px;
}
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: @text@; }

QCheckBox, QRadioButton { border: 2px solid transparent; border-radius: 3px; padding: 1px; }
QCheckBox:disabled, QRadioButton:disabled { color: @disabledText@; }

QLabel:disabled { color: @disabledText@; }
QLabel[tone="muted"] { color: @mutedText@; }
QLabel[tone="problem"] { color: @problem@; font-weight: bold; }
QLabel[tone="success"] { color: @success@; }
QLabel[tone="warning"] { color: @warning@; }
QLabel[tone="info"] { color: @info@; }
QLabel[bar="problem"], QLabel[bar="success"], QLabel[bar="warning"], QLabel[bar="info"] {
    border-radius: 4px; padding: 6px 10px;
}
QLabel[bar="problem"] {
    background: @problemBar@; color: @problemBarText@; border: 1px solid @problemBarBorder@;
    font-weight: bold;
}
QLabel[bar="success"] {
    background: @successBar@; color: @successBarText@; border: 1px solid @successBarBorder@;
}
QLabel[bar="warning"] {
    background: @warningBar@; color: @warningBarText@; border: 1px solid @warningBarBorder@;
}
QLabel[bar="info"] {
    background: @infoBar@; color: @infoBarText@; border: 1px solid @infoBarBorder@;
}
QLabel[badge="neutral"], QLabel[badge="problem"], QLabel[badge="success"],
QLabel[badge="warning"], QLabel[badge="info"] {
    color: @onAccent@; border-radius: 6px; padding: 8px 16px; font-size: $title$;
    font-weight: bold;
}
QLabel[badge="neutral"] { background: @neutralBadge@; }
QLabel[badge="problem"] { background: @problemBadge@; }
QLabel[badge="success"] { background: @successBadge@; }
QLabel[badge="warning"] { background: @warningBadge@; }
QLabel[badge="info"] { background: @infoBadge@; }

*[textRole="small"] { font-size: $small$; }
*[textRole="emphasis"] { font-weight: bold; }
*[textRole="subtitle"] { font-size: $subtitle$; }
*[textRole="title"] { font-size: $title$; font-weight: bold; }
*[textRole="largeInput"] { font-size: $largeInput$; }
*[textRole="action"] { font-size: $action$; }
*[textRole="ticketNumber"] { font-size: $ticketNumber$; font-weight: bold; color: @display@; }

QFrame#otherLoginsBanner, QFrame#heldWritesBanner {
    background: @warningBar@; border: none; border-bottom: 1px solid @warningBarBorder@;
}
#otherLoginsBanner QLabel, #heldWritesBanner QLabel { color: @warningBarText@; }
QWidget#lockScreen { background: @lockScreen@; }
QWidget#lockPanel { background: @window@; border-radius: 8px; }
QWidget#callDisplay { background: @display@; }
#callDisplay QLabel { color: @displayText@; }
#callDisplay QLabel[displayRole="newest"], #callDisplay QLabel[displayRole="current"] {
    color: @displayCall@;
}
#callDisplay QLabel[displayRole="newest"][blink="off"] { color: @display@; }
#callDisplay QLabel[displayRole="hint"] { color: @displayHint@; }
#callDisplay QLabel[displayRole="offline"] { color: @displayOffline@; }

QPushButton:focus, QToolButton:focus {
    border: $focusWidth$ solid @focus@; padding: 4px 11px;
}
QToolButton:focus { padding: 3px 5px; }
QPushButton[buttonRole="primary"]:focus { border: $focusWidth$ solid @focusOnAccent@; }
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus,
QTextEdit:focus {
    border: $focusWidth$ solid @focus@; padding: 2px 4px;
}
QComboBox:focus { padding-right: 19px; }
QAbstractItemView:focus { border: $focusWidth$ solid @focus@; }
QListWidget#navigation:focus { border: $focusWidth$ solid @focus@; }
QCheckBox:focus, QRadioButton:focus { border: $focusWidth$ solid @focus@; }
)"_s;
} // namespace

namespace Theme {

QColor focusColour()
{
    return colour(u"focus"_s);
}

qreal pointSize(TextRole role)
{
    return basePointSize(role) * g_zoom / 100.0;
}

QColor toneColour(Tone tone)
{
    return tone == Tone::Neutral ? colour(u"text"_s)
           : tone == Tone::Muted ? colour(u"mutedText"_s)
                                 : colour(toneName(tone));
}

QColor barBackground(Tone tone)
{
    return tone == Tone::Neutral || tone == Tone::Muted ? colour(u"window"_s)
                                                        : colour(toneName(tone) + u"Bar"_s);
}

QColor barText(Tone tone)
{
    return tone == Tone::Neutral || tone == Tone::Muted ? toneColour(tone)
                                                        : colour(toneName(tone) + u"BarText"_s);
}

QColor badgeFill(Tone tone)
{
    return tone == Tone::Neutral || tone == Tone::Muted ? colour(u"neutralBadge"_s)
                                                        : colour(toneName(tone) + u"Badge"_s);
}

QColor markerColour()
{
    return colour(u"marker"_s);
}

QString iconThemeName()
{
    return u"Adwaita"_s;
}

QString iconName(Icon icon)
{
    switch (icon) {
    case Icon::CallNext:
        return u"go-next"_s;
    case Icon::Recall:
        return u"edit-redo"_s;
    case Icon::Start:
        return u"media-playback-start"_s;
    case Icon::Finish:
        return u"emblem-default"_s;
    case Icon::NoShow:
        return u"user-away"_s;
    case Icon::Requeue:
        return u"edit-undo"_s;
    case Icon::Transfer:
        return u"mail-forward"_s;
    case Icon::Scan:
        return u"scanner"_s;
    case Icon::Open:
        return u"document-open"_s;
    case Icon::Search:
        return u"edit-find"_s;
    case Icon::Print:
        return u"document-print"_s;
    case Icon::Save:
        return u"document-save"_s;
    case Icon::New:
        return u"document-new"_s;
    case Icon::Copy:
        return u"edit-copy"_s;
    case Icon::Refresh:
        return u"view-refresh"_s;
    case Icon::Previous:
        return u"go-previous"_s;
    case Icon::Next:
        return u"go-next"_s;
    case Icon::Send:
        return u"document-send"_s;
    case Icon::LogOut:
        return u"system-log-out"_s;
    case Icon::Lock:
        return u"system-lock-screen"_s;
    }
    return {};
}

QIcon icon(Icon icon)
{
    // The style's own pictures, where the icon theme is missing.
    const auto fallback = [icon] {
        switch (icon) {
        case Icon::CallNext:
        case Icon::Next:
        case Icon::Transfer:
            return QStyle::SP_ArrowRight;
        case Icon::Previous:
        case Icon::Requeue:
            return QStyle::SP_ArrowLeft;
        case Icon::Recall:
        case Icon::Refresh:
            return QStyle::SP_BrowserReload;
        case Icon::Start:
            return QStyle::SP_MediaPlay;
        case Icon::Finish:
            return QStyle::SP_DialogApplyButton;
        case Icon::NoShow:
            return QStyle::SP_DialogNoButton;
        case Icon::Scan:
            return QStyle::SP_DriveFDIcon;
        case Icon::Open:
            return QStyle::SP_DialogOpenButton;
        case Icon::Search:
            return QStyle::SP_FileDialogContentsView;
        case Icon::Print:
        case Icon::Save:
            return QStyle::SP_DialogSaveButton;
        case Icon::New:
            return QStyle::SP_FileIcon;
        case Icon::Copy:
            return QStyle::SP_FileDialogDetailedView;
        case Icon::Send:
            return QStyle::SP_ArrowUp;
        case Icon::LogOut:
            return QStyle::SP_DialogCloseButton;
        case Icon::Lock:
            return QStyle::SP_MessageBoxWarning;
        }
        return QStyle::SP_FileIcon;
    }();
    return QIcon::fromTheme(iconName(icon), QApplication::style()->standardIcon(fallback));
}

QPalette palette()
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const QString &name) {
        p.setColor(QPalette::Active, role, colour(name));
        p.setColor(QPalette::Inactive, role, colour(name));
    };
    set(QPalette::Window, u"window"_s);
    set(QPalette::WindowText, u"text"_s);
    set(QPalette::Base, u"base"_s);
    set(QPalette::AlternateBase, u"alternateBase"_s);
    set(QPalette::Text, u"text"_s);
    set(QPalette::PlaceholderText, u"placeholder"_s);
    set(QPalette::Button, u"button"_s);
    set(QPalette::ButtonText, u"text"_s);
    set(QPalette::BrightText, u"base"_s);
    set(QPalette::Highlight, u"accent"_s);
    set(QPalette::HighlightedText, u"onAccent"_s);
    set(QPalette::Link, u"accent"_s);
    set(QPalette::LinkVisited, u"accentDark"_s);
    set(QPalette::ToolTipBase, u"toolTip"_s);
    set(QPalette::ToolTipText, u"base"_s);
    set(QPalette::Light, u"base"_s);
    set(QPalette::Midlight, u"softBorder"_s);
    set(QPalette::Mid, u"disabledBorder"_s);
    set(QPalette::Dark, u"border"_s);
    set(QPalette::Shadow, u"mutedText"_s);
    // Disabled: the same surfaces, a flatter fill, text that can still be read.
    for (int role = 0; role < QPalette::NColorRoles; ++role) {
        const auto r = static_cast<QPalette::ColorRole>(role);
        p.setColor(QPalette::Disabled, r, p.color(QPalette::Active, r));
    }
    p.setColor(QPalette::Disabled, QPalette::WindowText, colour(u"disabledText"_s));
    p.setColor(QPalette::Disabled, QPalette::Text, colour(u"disabledText"_s));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, colour(u"disabledText"_s));
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, colour(u"disabledText"_s));
    p.setColor(QPalette::Disabled, QPalette::Base, colour(u"disabledBase"_s));
    p.setColor(QPalette::Disabled, QPalette::Button, colour(u"disabledFill"_s));
    p.setColor(QPalette::Disabled, QPalette::Highlight, colour(u"disabledText"_s));
    return p;
}

QString styleSheet()
{
    QString sheet = kStyleSheet;
    for (auto it = kColours.cbegin(); it != kColours.cend(); ++it)
        sheet.replace(u'@' + it.key() + u'@', it.value());
    const QList<TextRole> roles{TextRole::Small,  TextRole::Subtitle,   TextRole::Title,
                                TextRole::Action, TextRole::LargeInput, TextRole::TicketNumber};
    for (TextRole role : roles)
        sheet.replace(u'$' + textRoleName(role) + u'$', pt(role));
    sheet.replace(u"$focusWidth$"_s, QString::number(kFocusRingWidth) + u"px"_s);
    return sheet;
}

void apply()
{
    // Fusion draws from the palette on every platform, so the colours here are the colours seen.
    if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
        QApplication::setStyle(fusion);
    // One icon theme on every desktop (and none needed: each icon has a fallback).
    // Where Debian installs icon themes; a platform without a desktop theme
    // (offscreen, a kiosk) would otherwise look only in the resources.
    QStringList iconPaths = QIcon::themeSearchPaths();
    for (const QString &directory : QStandardPaths::locateAll(
             QStandardPaths::GenericDataLocation, u"icons"_s, QStandardPaths::LocateDirectory)) {
        if (!iconPaths.contains(directory))
            iconPaths.append(directory);
    }
    QIcon::setThemeSearchPaths(iconPaths);
    QIcon::setThemeName(iconThemeName());
    QIcon::setFallbackThemeName(u"hicolor"_s);
    QApplication::setPalette(palette());
    QFont font = QApplication::font();
    font.setPointSizeF(pointSize(TextRole::Body));
    QApplication::setFont(font);
    qApp->setStyleSheet(styleSheet());
    g_applied = true;
}

void setZoom(int percent)
{
    percent = qBound(kMinimumZoom, percent, kMaximumZoom);
    // Setting the style sheet re-polishes every widget: only for a change, and
    // only where the theme is applied (not in a test that looks at behaviour).
    if (percent == g_zoom || !g_applied) {
        g_zoom = percent;
        return;
    }
    g_zoom = percent;
    QFont font = QApplication::font();
    font.setPointSizeF(pointSize(TextRole::Body));
    QApplication::setFont(font);
    qApp->setStyleSheet(styleSheet());
}

int zoom()
{
    return g_zoom;
}

QString zoomSettingsKey()
{
    return u"ui/zoomPercent"_s;
}

void setTone(QWidget *widget, Tone tone)
{
    setStyleProperty(widget, "tone", toneName(tone));
}

void setBar(QWidget *widget, Tone tone)
{
    setStyleProperty(widget, "bar", toneName(tone));
}

void setBadge(QWidget *widget, Tone tone)
{
    setStyleProperty(widget, "badge", tone == Tone::Neutral ? u"neutral"_s : toneName(tone));
}

void clearBadge(QWidget *widget)
{
    if (!widget->property("badge").isValid())
        return;
    widget->setProperty("badge", QVariant());
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

void setTextRole(QWidget *widget, TextRole role)
{
    setStyleProperty(widget, "textRole", textRoleName(role));
}

void setPrimary(QWidget *button)
{
    setStyleProperty(button, "buttonRole", u"primary"_s);
}

void setDisplayRole(QWidget *widget, const QString &role)
{
    setStyleProperty(widget, "displayRole", role);
}

void setBlinkOff(QWidget *widget, bool off)
{
    setStyleProperty(widget, "blink", off ? u"off"_s : u"on"_s);
}

} // namespace Theme
