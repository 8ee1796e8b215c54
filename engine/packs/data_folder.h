// SPDX-License-Identifier: MIT
// The user's data folder without SDL, for the commands that do not open a window (play,
// lint, pack, ...): on Linux exactly the folder SDL_GetPrefPath("saqbol", "saqbol") gives the
// game window — $XDG_DATA_HOME/saqbol/saqbol/, else $HOME/.local/share/saqbol/saqbol/ (a test
// checks both agree). Under it: scenarios/ (packs and scenario files the user drops in; the
// picker lists them after the shipped ones) and packs/ (where .zip packs are unpacked).
// Standard library and POSIX only.
#pragma once

#include <filesystem>
#include <string>

namespace saqbol::packs {

// The user's data folder (not created); empty with `error` set when neither XDG_DATA_HOME
// nor HOME says where it is.
std::filesystem::path userDataFolder(std::string* error);

// <data>/scenarios: the user's scenarios folder.
std::filesystem::path userScenariosFolder(const std::filesystem::path& data);

// <data>/packs: where .zip packs are unpacked, one folder per zip content.
std::filesystem::path unpackedPacksFolder(const std::filesystem::path& data);

}  // namespace saqbol::packs
