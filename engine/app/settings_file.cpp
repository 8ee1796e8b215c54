// SPDX-License-Identifier: MIT
#include "settings_file.h"

#include <fstream>
#include <sstream>
#include <system_error>

namespace saqbol {
namespace {

std::string trim(const std::string& s) {
    const auto a = s.find_first_not_of(" \t\r");
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(" \t\r") - a + 1);
}

// Parses one key=value into `out`; an error message when the value is not valid.
std::string apply(const std::string& key, const std::string& value, ui::Settings& out) {
    auto onOff = [&](bool& flag) -> std::string {
        if (value == "on")
            flag = true;
        else if (value == "off")
            flag = false;
        else
            return "invalid " + key + " '" + value + "', expected one of: on, off";
        return "";
    };
    if (key == "lang") {
        for (const char* lang : ui::kLanguages)
            if (value == lang) {
                out.lang = value;
                return "";
            }
        return "invalid lang '" + value + "', expected one of: kk, ru, en";
    }
    if (key == "text_size") {
        for (std::size_t i = 0; i < ui::kTextSizeNames.size(); ++i)
            if (value == ui::kTextSizeNames[i]) {
                out.text_size = static_cast<int>(i);
                return "";
            }
        return "invalid text_size '" + value + "', expected one of: S, M, L, XL";
    }
    if (key == "sound") return onOff(out.sound);
    if (key == "high_contrast") return onOff(out.high_contrast);
    return "";  // an unknown key (from a newer version): ignored
}

}  // namespace

std::filesystem::path settingsFile(const std::filesystem::path& dir) { return dir / "settings.txt"; }

SettingsRead readSettings(const std::filesystem::path& file) {
    SettingsRead read;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return read;
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        read.status = SettingsRead::Status::Unreadable;
        read.detail = file.string() + ": cannot be opened";
        return read;
    }
    ui::Settings settings;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (number > 200 || line.size() > 200) {
            read.status = SettingsRead::Status::Damaged;
            read.detail = file.string() + ":" + std::to_string(number) + ": too long for a settings file";
            return read;
        }
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        const auto eq = line.find('=');
        std::string problem = eq == std::string::npos
                                  ? "expected key=value, got '" + line + "'"
                                  : apply(trim(line.substr(0, eq)), trim(line.substr(eq + 1)), settings);
        if (!problem.empty()) {
            read.status = SettingsRead::Status::Damaged;
            read.detail = file.string() + ":" + std::to_string(number) + ": " + problem;
            return read;
        }
    }
    read.settings = settings;
    read.status = SettingsRead::Status::Ok;
    return read;
}

bool writeSettings(const std::filesystem::path& file, const ui::Settings& settings, std::string* error) {
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    std::ostringstream text;
    text << "# SaqBol settings (key=value); written by the game\n"
         << "lang=" << settings.lang << "\n"
         << "text_size=" << ui::kTextSizeNames[static_cast<std::size_t>(settings.text_size)] << "\n"
         << "sound=" << (settings.sound ? "on" : "off") << "\n"
         << "high_contrast=" << (settings.high_contrast ? "on" : "off") << "\n";
    const std::filesystem::path temp = file.string() + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text.str();
        out.flush();
        if (!out) {
            *error = temp.string() + ": cannot be written";
            std::filesystem::remove(temp, ec);
            return false;
        }
    }
    std::filesystem::rename(temp, file, ec);
    if (ec) {
        *error = file.string() + ": " + ec.message();
        std::filesystem::remove(temp, ec);
        return false;
    }
    return true;
}

}  // namespace saqbol
