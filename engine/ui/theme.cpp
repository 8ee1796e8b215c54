// SPDX-License-Identifier: MIT
// Switching the palette of theme.h.
#include "theme.h"

namespace saqbol::ui::theme {
namespace {
bool g_high_contrast = false;
}

void setHighContrast(bool on) {
#define SAQBOL_THEME_SET(name, normal, contrast) name = on ? (contrast) : (normal);
    SAQBOL_THEME_COLOURS(SAQBOL_THEME_SET)
#undef SAQBOL_THEME_SET
    g_high_contrast = on;
}

bool highContrast() { return g_high_contrast; }

}  // namespace saqbol::ui::theme
