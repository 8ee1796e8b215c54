// SPDX-License-Identifier: MIT
// The UI's own strings: English in the code (the msgid), translated in
// locales/<lang>/ui.po. `tr("Choose")` returns the text in the current language, or the
// English source if a translation is missing — never a blank. Pure: the catalog comes
// in already loaded (loadUiText in the script layer reads the PO file), so the terminal,
// the game window and the tests share one translator.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalog.h"

// Marks an English UI string for extraction (xgettext --keyword=N_) where it is not
// passed to tr() directly, e.g. in a table.
#define N_(english) english

namespace saqbol {

class UiText {
public:
    // English (no catalog); "xx" is pseudo-English.
    UiText() = default;
    // Translates into `lang` with `catalog` (its entries have the empty context).
    UiText(std::string lang, Catalog catalog) : lang_(std::move(lang)), catalog_(std::move(catalog)) {}
    const std::string& lang() const { return lang_; }
    // The language numbers are grouped for: the UI language, English for "xx".
    std::string numberLang() const { return lang_ == "xx" ? "en" : lang_; }
    // The translation of an English UI string.
    std::string tr(std::string_view english) const;
    // tr() with "%s" replaced by `arg` (once).
    std::string tr(std::string_view english, std::string_view arg) const;
    // tr() with the first "%s" replaced by `first` and the second by `second`.
    std::string tr(std::string_view english, std::string_view first, std::string_view second) const;
    // Every translation the catalog holds (for building a font with the letters in use).
    std::vector<std::string> translations() const { return catalog_.translations(); }

private:
    std::string lang_ = "en";
    Catalog catalog_;
};

}  // namespace saqbol
