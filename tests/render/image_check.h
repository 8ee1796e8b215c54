// SPDX-License-Identifier: MIT
// Reading a rendered PNG back for the rendering tests (stb_image): its size and how many
// distinct colours it has — a blank or single-colour frame has very few.
// Test helper only; never linked into the game.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace saqbol::test {

// An RGB image read from a PNG; empty when the file could not be read.
struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint32_t> pixels;  // 0xRRGGBB, row by row
};

Image readPng(const std::string& path);

// The number of different colours in `image`.
std::size_t distinctColours(const Image& image);

}  // namespace saqbol::test
