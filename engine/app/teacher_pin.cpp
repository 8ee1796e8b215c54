// SPDX-License-Identifier: MIT
// The teacher's PIN file (teacher_pin.h). Its format, three lines:
//   saqbol-teacher-pin 1
//   salt <32 lowercase hex digits>
//   sha256 <64 lowercase hex digits: SHA-256 of the salt's hex text followed by the PIN>
// Anything else is "damaged". Standard library and engine_store's sha256 only.
#include "teacher_pin.h"

#include <fstream>
#include <random>
#include <sstream>

#include "sha256.h"

namespace saqbol {
namespace {

constexpr std::string_view kHeader = "saqbol-teacher-pin 1";

bool isHex(std::string_view text, std::size_t length) {
    if (text.size() != length) return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

std::string randomSalt() {
    std::random_device device;  // the OS's randomness (getrandom on Linux)
    static constexpr char kHex[] = "0123456789abcdef";
    std::string salt;
    for (int i = 0; i < 4; ++i) {
        unsigned int r = device();
        for (int j = 0; j < 8; ++j, r >>= 4) salt += kHex[r & 0xf];
    }
    return salt;
}

std::string digest(std::string_view salt, std::string_view pin) {
    std::string bytes(salt);
    bytes += pin;
    return sha256Hex(bytes);
}

struct Stored {
    std::string salt, hash;
};

// The salt and hash of `folder`'s file; Status NotSet or Damaged when there are none.
PinStatus readStored(const std::filesystem::path& folder, Stored* stored) {
    std::error_code ec;
    const std::filesystem::path file = pinFile(folder);
    if (!std::filesystem::exists(file, ec) && !ec) return PinStatus::NotSet;
    std::ifstream in(file, std::ios::binary);
    if (!in) return PinStatus::Damaged;
    std::string header, salt_line, hash_line, rest;
    if (!std::getline(in, header) || !std::getline(in, salt_line) || !std::getline(in, hash_line))
        return PinStatus::Damaged;
    if (std::getline(in, rest) && !rest.empty()) return PinStatus::Damaged;
    if (header != kHeader || salt_line.rfind("salt ", 0) != 0 || hash_line.rfind("sha256 ", 0) != 0)
        return PinStatus::Damaged;
    stored->salt = salt_line.substr(5);
    stored->hash = hash_line.substr(7);
    if (!isHex(stored->salt, 32) || !isHex(stored->hash, 64)) return PinStatus::Damaged;
    return PinStatus::Set;
}

}  // namespace

std::filesystem::path pinFile(const std::filesystem::path& folder) { return folder / "teacher-pin.txt"; }

bool isValidPin(std::string_view pin) {
    if (pin.size() < 4 || pin.size() > 8) return false;
    for (char c : pin)
        if (c < '0' || c > '9') return false;
    return true;
}

PinStatus pinStatus(const std::filesystem::path& folder) {
    Stored stored;
    return readStored(folder, &stored);
}

bool pinIsSet(const std::filesystem::path& folder) { return pinStatus(folder) == PinStatus::Set; }

bool setPin(const std::filesystem::path& folder, std::string_view pin, std::string* error) {
    if (!isValidPin(pin)) {
        *error = "a PIN is 4 to 8 digits (0-9)";
        return false;
    }
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    const std::string salt = randomSalt();
    std::ostringstream text;
    text << kHeader << "\nsalt " << salt << "\nsha256 " << digest(salt, pin) << "\n";
    const std::filesystem::path file = pinFile(folder);
    const std::filesystem::path temp = file.string() + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text.str();
        out.flush();
        if (!out) {
            *error = temp.string() + ": cannot be written (is the folder read-only or the disk full?)";
            std::filesystem::remove(temp, ec);
            return false;
        }
    }
    // Only the teacher's account reads it (where the file system has such permissions).
    std::filesystem::permissions(temp,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace, ec);
    std::filesystem::rename(temp, file, ec);
    if (ec) {
        *error = file.string() + ": " + ec.message();
        std::filesystem::remove(temp, ec);
        return false;
    }
    return true;
}

bool checkPin(const std::filesystem::path& folder, std::string_view pin) {
    Stored stored;
    if (!isValidPin(pin) || readStored(folder, &stored) != PinStatus::Set) return false;
    const std::string got = digest(stored.salt, pin);
    unsigned char diff = 0;  // compare every digit, not stopping at the first difference
    for (std::size_t i = 0; i < got.size(); ++i) diff |= static_cast<unsigned char>(got[i] ^ stored.hash[i]);
    return diff == 0;
}

}  // namespace saqbol
