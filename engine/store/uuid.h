// SPDX-License-Identifier: MIT
// Random UUIDs (version 4, RFC 9562) for every stored record, so the same record met again
// in an import is recognised. The randomness comes from std::random_device (the OS).
#pragma once

#include <string>
#include <string_view>

namespace saqbol {

// A new random UUID, lowercase: "0f8fad5b-d9cb-469f-a165-70867728950e".
std::string newUuid();

// True for a UUID written as 8-4-4-4-12 lowercase hex digits (any version).
bool isUuid(std::string_view text);

}  // namespace saqbol
