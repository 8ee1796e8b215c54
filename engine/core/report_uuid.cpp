// SPDX-License-Identifier: MIT
// UUIDs for the reports: the check of a record's UUID and name-based (version 5, SHA-1)
// UUIDs, so a statement that has no record of its own (a session's "completed") still gets
// a stable id. SHA-1 here names things; it protects nothing. Standard library only.
#include <array>
#include <cstdint>
#include <string>

#include "report.h"

namespace saqbol {
namespace {

using Bytes16 = std::array<std::uint8_t, 16>;

std::array<std::uint8_t, 20> sha1(const std::string& message) {
    std::uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::string data = message;
    const std::uint64_t bits = std::uint64_t(message.size()) * 8;
    data += char(0x80);
    while (data.size() % 64 != 56) data += char(0);
    for (int i = 7; i >= 0; --i) data += char((bits >> (i * 8)) & 0xFF);
    auto rotl = [](std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); };
    for (std::size_t chunk = 0; chunk < data.size(); chunk += 64) {
        std::uint32_t w[80];
        for (int i = 0; i < 16; ++i)
            w[i] = std::uint32_t(std::uint8_t(data[chunk + 4 * i])) << 24 |
                   std::uint32_t(std::uint8_t(data[chunk + 4 * i + 1])) << 16 |
                   std::uint32_t(std::uint8_t(data[chunk + 4 * i + 2])) << 8 |
                   std::uint32_t(std::uint8_t(data[chunk + 4 * i + 3]));
        for (int i = 16; i < 80; ++i) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; ++i) {
            std::uint32_t f, k;
            if (i < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999;
            } else if (i < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1;
            } else if (i < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDC;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6;
            }
            const std::uint32_t t = rotl(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = rotl(b, 30);
            b = a;
            a = t;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
    }
    std::array<std::uint8_t, 20> out{};
    for (int i = 0; i < 20; ++i) out[i] = std::uint8_t(h[i / 4] >> (24 - 8 * (i % 4)));
    return out;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

Bytes16 uuidBytes(std::string_view uuid) {  // uuid must be valid
    Bytes16 out{};
    int n = 0;
    for (std::size_t i = 0; i + 1 < uuid.size() && n < 16; ++i) {
        if (uuid[i] == '-') continue;
        out[n++] = std::uint8_t(hexValue(uuid[i]) * 16 + hexValue(uuid[i + 1]));
        ++i;
    }
    return out;
}

std::string uuidText(const Bytes16& b) {
    static const char* kHex = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += kHex[b[i] >> 4];
        out += kHex[b[i] & 15];
    }
    return out;
}

std::string uuidV5(const Bytes16& space, std::string_view name) {
    std::string message(space.begin(), space.end());
    message += name;
    const auto hash = sha1(message);
    Bytes16 b{};
    for (int i = 0; i < 16; ++i) b[i] = hash[i];
    b[6] = std::uint8_t((b[6] & 0x0F) | 0x50);  // version 5
    b[8] = std::uint8_t((b[8] & 0x3F) | 0x80);  // RFC 4122 variant
    return uuidText(b);
}

}  // namespace

bool isValidUuid(std::string_view text) {
    if (text.size() != 36) return false;
    for (std::size_t i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != '-') return false;
        } else if (hexValue(text[i]) < 0) {
            return false;
        }
    }
    return std::string_view("89abAB").find(text[19]) != std::string_view::npos;
}

std::string nameBasedUuid(std::string_view name) {
    // SaqBol's namespace: the version-5 UUID of kXapiBase in RFC 4122's URL namespace.
    static const Bytes16 kSpace =
        uuidBytes(uuidV5(uuidBytes("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), kXapiBase));
    return uuidV5(kSpace, name);
}

}  // namespace saqbol
