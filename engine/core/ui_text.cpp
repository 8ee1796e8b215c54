// SPDX-License-Identifier: MIT
#include "ui_text.h"

namespace saqbol {

std::string UiText::tr(std::string_view english) const {
    if (lang_ == "xx") return pseudoTranslate(english);
    return std::string(catalog_.lookup("", english));
}

std::string UiText::tr(std::string_view english, std::string_view arg) const {
    std::string text = tr(english);
    if (auto at = text.find("%s"); at != std::string::npos) text.replace(at, 2, arg);
    return text;
}

std::string UiText::tr(std::string_view english, std::string_view first, std::string_view second) const {
    std::string text = tr(english);
    const auto at = text.find("%s");
    if (at == std::string::npos) return text;
    text.replace(at, 2, first);
    if (auto next = text.find("%s", at + first.size()); next != std::string::npos) text.replace(next, 2, second);
    return text;
}

}  // namespace saqbol
