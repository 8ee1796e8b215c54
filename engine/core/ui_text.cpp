// SPDX-License-Identifier: MIT
#include "ui_text.h"

#include <filesystem>

#include "po_reader.h"

namespace saqbol {

UiText::UiText(const std::string& lang, const std::string& root, const ProblemSink& sink) : lang_(lang) {
    if (lang == "en" || lang == "xx") return;
    const auto po = std::filesystem::path(root) / "locales" / lang / "ui.po";
    std::error_code ec;
    if (std::filesystem::is_regular_file(po, ec)) readPoFile(po, catalog_, sink);
    else if (sink) sink({po.string(), 0, "SB016", Severity::Warning, "no UI translation file; showing English"});
}

std::string UiText::tr(std::string_view english) const {
    if (lang_ == "xx") return pseudoTranslate(english);
    return std::string(catalog_.lookup("", english));
}

std::string UiText::tr(std::string_view english, std::string_view arg) const {
    std::string text = tr(english);
    if (auto at = text.find("%s"); at != std::string::npos) text.replace(at, 2, arg);
    return text;
}

}  // namespace saqbol
