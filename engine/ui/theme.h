// SPDX-License-Identifier: MIT
// The game window's colours and proportions, in one place. Sizes are in "em" (the text
// height), so the whole screen scales with the player's text size. Header only.
#pragma once

#include <imgui.h>

namespace saqbol::ui::theme {

constexpr ImU32 rgb(int r, int g, int b, int a = 255) {
    return static_cast<ImU32>(a) << 24 | static_cast<ImU32>(b) << 16 | static_cast<ImU32>(g) << 8 |
           static_cast<ImU32>(r);
}

// Around the phone.
constexpr ImU32 kDesk = rgb(38, 44, 56);
constexpr ImU32 kDeskEdge = rgb(28, 32, 42);
constexpr ImU32 kPanel = rgb(250, 250, 252);
constexpr ImU32 kInk = rgb(28, 31, 38);
constexpr ImU32 kMuted = rgb(96, 104, 118);
constexpr ImU32 kRule = rgb(222, 225, 232);
constexpr ImU32 kNarration = rgb(52, 58, 72);
constexpr ImU32 kChoice = rgb(236, 240, 247);
constexpr ImU32 kChoiceHover = rgb(218, 230, 246);
constexpr ImU32 kChoiceEdge = rgb(0, 128, 178);
constexpr ImU32 kAccent = rgb(0, 142, 190);       // the sky blue of the flag, darkened for contrast
constexpr ImU32 kBadgeInk = rgb(255, 255, 255);

// The phone.
constexpr ImU32 kPhoneBody = rgb(16, 17, 21);
constexpr ImU32 kPhoneEdge = rgb(86, 92, 106);
constexpr ImU32 kScreen = rgb(245, 246, 249);
constexpr ImU32 kStatusInk = rgb(30, 32, 38);
constexpr ImU32 kStatusInkLight = rgb(236, 238, 244);
constexpr ImU32 kBanner = rgb(255, 255, 255, 250);
constexpr ImU32 kBannerEdge = rgb(210, 214, 224);
constexpr ImU32 kAppBar = rgb(255, 255, 255);
constexpr ImU32 kBubbleIn = rgb(228, 231, 237);
constexpr ImU32 kBubbleOut = rgb(0, 132, 255);
constexpr ImU32 kChatBg = rgb(226, 236, 244);
constexpr ImU32 kChatBubbleIn = rgb(255, 255, 255);
constexpr ImU32 kChatBubbleOut = rgb(214, 245, 200);
constexpr ImU32 kLink = rgb(0, 98, 204);
constexpr ImU32 kPhoto = rgb(176, 182, 194);
constexpr ImU32 kPhotoInk = rgb(70, 76, 88);
constexpr ImU32 kCallTop = rgb(34, 46, 66);
constexpr ImU32 kCallBottom = rgb(10, 12, 18);
constexpr ImU32 kVideoTop = rgb(52, 58, 54);
constexpr ImU32 kVideoBottom = rgb(16, 18, 16);
constexpr ImU32 kSubtitle = rgb(0, 0, 0, 170);
constexpr ImU32 kGreen = rgb(34, 168, 84);
constexpr ImU32 kRed = rgb(220, 52, 52);
constexpr ImU32 kWhite = rgb(255, 255, 255);
constexpr ImU32 kBankTop = rgb(12, 120, 86);
constexpr ImU32 kBankCard = rgb(18, 146, 104);
constexpr ImU32 kGameBg = rgb(34, 26, 52);
constexpr ImU32 kGameBubble = rgb(58, 46, 86);
constexpr ImU32 kGameName = rgb(255, 196, 64);
constexpr ImU32 kFeedBg = rgb(232, 235, 240);
constexpr ImU32 kLockTop = rgb(24, 46, 92);
constexpr ImU32 kLockBottom = rgb(76, 34, 84);
constexpr ImU32 kField = rgb(255, 255, 255);
constexpr ImU32 kFieldEdge = rgb(150, 158, 172);

// Verdicts and outcomes.
constexpr ImU32 kSafe = rgb(28, 140, 70);
constexpr ImU32 kRisky = rgb(196, 128, 0);
constexpr ImU32 kHarmful = rgb(200, 40, 40);
constexpr ImU32 kNeutral = rgb(120, 126, 138);
constexpr ImU32 kBarTrack = rgb(226, 230, 237);

}  // namespace saqbol::ui::theme
