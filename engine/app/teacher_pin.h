// SPDX-License-Identifier: MIT
// The teacher's PIN: 4 to 8 digits that open the teacher's view in the game window, so
// students at the teacher's PC do not wander into the class's results. Kept in the data
// folder as teacher-pin.txt — a random salt and SHA-256(salt + PIN), never the PIN itself —
// written atomically (a temporary file, then rename).
//
// What it is not: a lock on the results. The results store sits in the same folder, on the
// same account, and anyone who can delete or edit teacher-pin.txt can also open the store
// (or run `saqbol report`). A missing or damaged file therefore counts as "no PIN set": the
// teacher's view then asks for a new PIN, and says so when a file was there but could not be
// read (pinStatus), so a teacher who had set one notices. A four-digit PIN is also easy to
// find from the file by trying all 10 000; the salt only stops a precomputed table.
// Standard library and engine_store's sha256 only; no UI, no SDL.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace saqbol {

// What the data folder holds for the PIN.
enum class PinStatus {
    NotSet,   // no file: the view asks for a new PIN
    Set,      // a well-formed file
    Damaged,  // a file that cannot be read or is not in the format: treated as not set
};

// `folder`/teacher-pin.txt.
std::filesystem::path pinFile(const std::filesystem::path& folder);

// True for 4 to 8 ASCII digits.
bool isValidPin(std::string_view pin);

// Whether `folder` holds a PIN, and whether its file is sound.
PinStatus pinStatus(const std::filesystem::path& folder);
// pinStatus(folder) == PinStatus::Set.
bool pinIsSet(const std::filesystem::path& folder);

// Stores `pin` (replacing any earlier one), creating `folder` if needed; false with `error`
// set when the PIN is not 4 to 8 digits or the file cannot be written.
bool setPin(const std::filesystem::path& folder, std::string_view pin, std::string* error);

// True when a PIN is set and `pin` is it.
bool checkPin(const std::filesystem::path& folder, std::string_view pin);

}  // namespace saqbol
