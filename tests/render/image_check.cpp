// SPDX-License-Identifier: MIT
#include "image_check.h"

#include <stb_image.h>

#include <unordered_set>

namespace saqbol::test {

Image readPng(const std::string& path) {
    Image image;
    int channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &image.width, &image.height, &channels, 3);
    if (data == nullptr) return {};
    const std::size_t count = static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height);
    image.pixels.resize(count);
    for (std::size_t i = 0; i < count; ++i)
        image.pixels[i] = (std::uint32_t{data[3 * i]} << 16) | (std::uint32_t{data[3 * i + 1]} << 8) | data[3 * i + 2];
    stbi_image_free(data);
    return image;
}

std::size_t distinctColours(const Image& image) {
    return std::unordered_set<std::uint32_t>(image.pixels.begin(), image.pixels.end()).size();
}

}  // namespace saqbol::test
