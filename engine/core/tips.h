// SPDX-License-Identifier: MIT
// The five tips of the cyberpolice and the extra rules of the brief, with the stable ids
// every scenario choice refers to. The English texts here are msgids of the UI catalog
// (translated in locales/<lang>/ui.po). Pure data.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace saqbol {

enum class TipKind { Tip, Rule };

// One tip or rule.
struct TipInfo {
    std::string_view id;       // stable id used in scenarios and results
    TipKind kind;              // the five tips are always charted; rules when exercised
    std::string_view name;     // short label for charts (UI msgid)
    std::string_view advice;   // the tip in its own words (UI msgid)
};

// All tips and rules: the five tips first, in the cyberpolice's order.
std::span<const TipInfo> allTips();

// The tip or rule with this id, or nullptr.
const TipInfo* findTip(std::string_view id);

// The brief's "what to do if it already happened", in its order (UI msgids): every
// debrief shows it.
std::span<const std::string_view> damageControlSteps();

// "codes, personal_data, …" — for error messages that list what is valid.
std::string tipIdList();

}  // namespace saqbol
