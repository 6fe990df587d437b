#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QWidget;

// Tresen's look in one place: the palette, the type scale, the spacing, the
// focus ring and the one application style sheet built from them. Widgets
// never carry colours or sizes of their own: they say what they are (a tone,
// a text role, a button role) and the style sheet here dresses them.
namespace Theme {

// What a text or a bar says: nothing special, less important, a problem, done,
// take care, for your information.
enum class Tone { Neutral, Muted, Problem, Success, Warning, Info };

// The type scale. Body is the application font; the others are relative to it.
enum class TextRole {
    Small,
    Body,
    Emphasis,    // body size, bold
    Subtitle,    // a line under a title, a service's name
    Title,       // a workspace's or a dialog's heading
    LargeInput,  // a field a scanner or a clerk types a code into
    Action,      // the big buttons at the counter
    TicketNumber // the ticket at the counter, readable from the chair
};

// Spacing, in device-independent pixels.
inline constexpr int kSpacingSmall = 4;
inline constexpr int kSpacing = 8;
inline constexpr int kSpacingLarge = 16;
inline constexpr int kPageMargin = 24;

// The focus ring every focusable control shows (WCAG 2.4.7: visible, >= 2 px, >= 3:1).
inline constexpr int kFocusRingWidth = 2;
QColor focusColour();

// Zoom in percent of the type scale; the application starts at 100.
inline constexpr int kMinimumZoom = 100;
inline constexpr int kMaximumZoom = 200;
inline constexpr int kZoomStep = 10;

// The point size of a text role at the current zoom.
qreal pointSize(TextRole role);
// The text colour of a tone on the window's background; bars and badges have their own.
QColor toneColour(Tone tone);
// A bar of that tone (a message, a banner): its background and its text.
QColor barBackground(Tone tone);
QColor barText(Tone tone);
// The fill of a badge of that tone; its text is white.
QColor badgeFill(Tone tone);
// What marks a found code on a scanned page.
QColor markerColour();

// The main actions' icons, from the icon theme the package depends on
// (Adwaita, Debian's adwaita-icon-theme), each with a fallback from the style
// so that a missing theme leaves no button blank.
enum class Icon {
    CallNext,
    Recall,
    Start,
    Finish,
    NoShow,
    Requeue,
    Transfer,
    Scan,
    Open,
    Search,
    Print,
    Save,
    New,
    Copy,
    Refresh,
    Previous,
    Next,
    Send,
    LogOut,
    Lock
};
QString iconThemeName();
QString iconName(Icon icon);
QIcon icon(Icon icon);

// The palette every window uses (Active, Inactive and Disabled groups).
QPalette palette();
// The application style sheet at the current zoom.
QString styleSheet();

// Fusion style, palette, application font and style sheet for the running
// application: once at start (workstation, call display, widget tests).
void apply();
// Sets the zoom (clamped to kMinimumZoom..kMaximumZoom) and, once apply() ran,
// applies it at once: the application font and every text role grow together.
void setZoom(int percent);
int zoom();
// Where a workstation remembers its zoom (QSettings, per computer user).
QString zoomSettingsKey();

// What a widget is, for the style sheet. Each re-polishes the widget, so it can change at any time.
void setTone(QWidget *widget, Tone tone);  // text colour (labels)
void setBar(QWidget *widget, Tone tone);   // a bar with background; Neutral: none
void setBadge(QWidget *widget, Tone tone); // a large status badge; Neutral: grey
void clearBadge(QWidget *widget);          // back to a plain label
void setTextRole(QWidget *widget, TextRole role);
void setPrimary(QWidget *button); // the one main action of a workspace
// The call display's parts (dark background): "newest", "current", "hint", "offline".
void setDisplayRole(QWidget *widget, const QString &role);
void setBlinkOff(QWidget *widget, bool off);

} // namespace Theme
