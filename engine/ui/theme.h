// SPDX-License-Identifier: MIT
// The game window's colours, in one place, in two palettes: the normal one and a high-contrast
// one (pure black on white, darker accents, stronger edges) for projectors and weak eyes.
// Sizes are in "em" (the text height), so the whole screen scales with the player's text size.
// The palette is process-wide, like Dear ImGui's style: setHighContrast() switches every
// colour below at once (between frames). Dear ImGui only.
#pragma once

#include <imgui.h>

namespace saqbol::ui::theme {

constexpr ImU32 rgb(int r, int g, int b, int a = 255) {
    return static_cast<ImU32>(a) << 24 | static_cast<ImU32>(b) << 16 | static_cast<ImU32>(g) << 8 |
           static_cast<ImU32>(r);
}

// X(name, normal, high contrast)
#define SAQBOL_THEME_COLOURS(X)                                                             \
    /* Around the phone. */                                                                 \
    X(kDesk, rgb(38, 44, 56), rgb(0, 0, 0))                                                 \
    X(kDeskEdge, rgb(28, 32, 42), rgb(0, 0, 0))                                             \
    X(kPanel, rgb(250, 250, 252), rgb(255, 255, 255))                                       \
    X(kInk, rgb(28, 31, 38), rgb(0, 0, 0))                                                  \
    X(kMuted, rgb(96, 104, 118), rgb(40, 40, 40))                                           \
    X(kRule, rgb(222, 225, 232), rgb(0, 0, 0))                                              \
    X(kNarration, rgb(52, 58, 72), rgb(0, 0, 0))                                            \
    X(kChoice, rgb(236, 240, 247), rgb(255, 255, 255))                                      \
    X(kChoiceHover, rgb(218, 230, 246), rgb(255, 236, 140))                                 \
    X(kChoiceEdge, rgb(0, 128, 178), rgb(0, 0, 0))                                          \
    X(kAccent, rgb(0, 142, 190), rgb(0, 70, 140)) /* the flag's sky blue, darkened */       \
    X(kBadgeInk, rgb(255, 255, 255), rgb(255, 255, 255))                                    \
    /* The phone. */                                                                        \
    X(kPhoneBody, rgb(16, 17, 21), rgb(0, 0, 0))                                            \
    X(kPhoneEdge, rgb(86, 92, 106), rgb(255, 255, 255))                                     \
    X(kScreen, rgb(245, 246, 249), rgb(255, 255, 255))                                      \
    X(kStatusInk, rgb(30, 32, 38), rgb(0, 0, 0))                                            \
    X(kStatusInkLight, rgb(236, 238, 244), rgb(255, 255, 255))                              \
    X(kBanner, rgb(255, 255, 255, 250), rgb(255, 255, 255))                                 \
    X(kBannerEdge, rgb(210, 214, 224), rgb(0, 0, 0))                                        \
    X(kAppBar, rgb(255, 255, 255), rgb(255, 255, 255))                                      \
    X(kBubbleIn, rgb(228, 231, 237), rgb(230, 230, 230))                                    \
    X(kBubbleOut, rgb(0, 132, 255), rgb(0, 60, 160))                                        \
    X(kChatBg, rgb(226, 236, 244), rgb(255, 255, 255))                                      \
    X(kChatBubbleIn, rgb(255, 255, 255), rgb(235, 235, 235))                                \
    X(kChatBubbleOut, rgb(214, 245, 200), rgb(200, 240, 190))                               \
    X(kLink, rgb(0, 98, 204), rgb(0, 40, 170))                                              \
    X(kPhoto, rgb(176, 182, 194), rgb(150, 150, 150))                                       \
    X(kPhotoInk, rgb(70, 76, 88), rgb(0, 0, 0))                                             \
    X(kCallTop, rgb(34, 46, 66), rgb(0, 0, 0))                                              \
    X(kCallBottom, rgb(10, 12, 18), rgb(0, 0, 0))                                           \
    X(kVideoTop, rgb(52, 58, 54), rgb(0, 0, 0))                                             \
    X(kVideoBottom, rgb(16, 18, 16), rgb(0, 0, 0))                                          \
    X(kSubtitle, rgb(0, 0, 0, 170), rgb(0, 0, 0, 240))                                      \
    X(kGreen, rgb(34, 168, 84), rgb(0, 130, 50))                                            \
    X(kRed, rgb(220, 52, 52), rgb(190, 0, 0))                                               \
    X(kWhite, rgb(255, 255, 255), rgb(255, 255, 255))                                       \
    X(kBankTop, rgb(12, 120, 86), rgb(0, 80, 50))                                           \
    X(kBankCard, rgb(18, 146, 104), rgb(0, 100, 64))                                        \
    X(kGameBg, rgb(34, 26, 52), rgb(0, 0, 0))                                               \
    X(kGameBubble, rgb(58, 46, 86), rgb(40, 30, 70))                                        \
    X(kGameName, rgb(255, 196, 64), rgb(255, 220, 0))                                       \
    X(kFeedBg, rgb(232, 235, 240), rgb(255, 255, 255))                                      \
    X(kLockTop, rgb(24, 46, 92), rgb(0, 0, 0))                                              \
    X(kLockBottom, rgb(76, 34, 84), rgb(0, 0, 0))                                           \
    X(kField, rgb(255, 255, 255), rgb(255, 255, 255))                                       \
    X(kFieldEdge, rgb(150, 158, 172), rgb(0, 0, 0))                                         \
    /* Verdicts and outcomes. */                                                            \
    X(kSafe, rgb(28, 140, 70), rgb(0, 110, 40))                                             \
    X(kRisky, rgb(196, 128, 0), rgb(150, 80, 0))                                            \
    X(kHarmful, rgb(200, 40, 40), rgb(170, 0, 0))                                           \
    X(kNeutral, rgb(120, 126, 138), rgb(60, 60, 60))                                        \
    X(kBarTrack, rgb(226, 230, 237), rgb(210, 210, 210))

#define SAQBOL_THEME_DECLARE(name, normal, contrast) inline ImU32 name = normal;
SAQBOL_THEME_COLOURS(SAQBOL_THEME_DECLARE)
#undef SAQBOL_THEME_DECLARE

// Switches every colour above to the high-contrast palette (true) or back (false).
void setHighContrast(bool on);
// Whether the high-contrast palette is in use.
bool highContrast();

}  // namespace saqbol::ui::theme
