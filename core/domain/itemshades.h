#pragma once

// Text colours that item models hand their views (Qt::ForegroundRole), as
// 0xAARRGGBB. Core knows no theme, so these are chosen against the theme's
// rows (base #ffffff, alternate #f0f3f7): at least 4.5:1 on both (WCAG 2.1
// AA), which tst_theme checks against the theme's palette.
namespace ItemShades {
// Past, cancelled, retired: still readable, clearly set back.
inline constexpr unsigned int kSetBack = 0xff5c6570;
// Free wedding slots.
inline constexpr unsigned int kFree = 0xff1b6e20;
} // namespace ItemShades
