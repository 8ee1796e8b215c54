// SPDX-License-Identifier: MIT
// SHA-256 (FIPS 180-4) of a byte string, as lowercase hex: the checksum of an export file's
// records (exchange.h), so a truncated or edited file is found. A checksum against
// accidents, not a signature: anyone can recompute it. Standard library only.
#pragma once

#include <string>
#include <string_view>

namespace saqbol {

// The SHA-256 of `bytes` as 64 lowercase hex digits.
std::string sha256Hex(std::string_view bytes);

}  // namespace saqbol
