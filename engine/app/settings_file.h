// SPDX-License-Identifier: MIT
// The player's settings kept for the next start: a small text file of key=value lines
// (lang, text_size, sound, high_contrast) in the user's data folder. Written atomically
// (a temporary file, then rename), so a crash or a full disk never leaves half a file. A
// damaged or unreadable file gives a clear problem and the defaults — never a crash.
// Standard library only (the app layer owns the disk).
#pragma once

#include <filesystem>
#include <string>

#include "shell.h"

namespace saqbol {

// What reading the settings file found.
struct SettingsRead {
    enum class Status { Ok, Missing, Damaged, Unreadable };
    ui::Settings settings;  // the defaults unless Status::Ok
    Status status = Status::Missing;
    std::string detail;  // "settings.txt:3: unknown text_size 'XXL', expected one of: S, M, L, XL"
};

// `dir`/settings.txt.
std::filesystem::path settingsFile(const std::filesystem::path& dir);

// Reads `file`; a missing file gives the defaults and Status::Missing.
SettingsRead readSettings(const std::filesystem::path& file);

// Writes `settings` to `file` (creating its folder); false with `error` set on failure.
bool writeSettings(const std::filesystem::path& file, const ui::Settings& settings, std::string* error);

}  // namespace saqbol
