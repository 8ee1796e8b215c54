// SPDX-License-Identifier: MIT
// Our software rasteriser (platform/soft_raster.h): what it paints for ImGui's shapes —
// every pixel covered once, nothing outside the clip, glyphs 1:1 — and that a whole frame
// looks as SDL's own software renderer draws it.
#include <doctest/doctest.h>

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "image_check.h"
#include "platform/headless.h"
#include "platform/soft_raster.h"

namespace pf = saqbol::platform;

namespace {

// An ImGui context with ImGui's own font, for building draw lists without SDL.
class Frame {
public:
    Frame(int width, int height) : width_(width), height_(height) {
        context_ = ImGui::CreateContext();
        ImGui::SetCurrentContext(context_);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &texW_, &texH_);
        texture_ = pixels;
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(this));
        io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    }
    ~Frame() { ImGui::DestroyContext(context_); }
    Frame(const Frame&) = delete;
    Frame& operator=(const Frame&) = delete;

    // Draws `paint` on the background draw list of one frame; the pixels start black.
    std::vector<std::uint32_t> draw(const std::function<void(ImDrawList&)>& paint, float scale = 1.0f,
                                    bool* drawn = nullptr) {
        ImGui::GetIO().DisplayFramebufferScale = ImVec2(scale, scale);
        ImGui::GetIO().FontGlobalScale = 1.0f / scale;  // as the game does: the atlas is built at the pixel ratio
        ImGui::NewFrame();
        paint(*ImGui::GetBackgroundDrawList());
        ImGui::Render();
        const int w = static_cast<int>(static_cast<float>(width_) * scale), h = static_cast<int>(static_cast<float>(height_) * scale);
        std::vector<std::uint32_t> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h), 0xFF000000u);
        pf::SoftRasterizer raster;
        raster.setTexture({texture_, texW_, texH_, reinterpret_cast<void*>(this)});
        const bool ok = raster.draw(*ImGui::GetDrawData(), {pixels.data(), w, h, w});
        if (drawn != nullptr) *drawn = ok;
        return pixels;
    }

private:
    ImGuiContext* context_ = nullptr;
    int width_, height_;
    const unsigned char* texture_ = nullptr;
    int texW_ = 0, texH_ = 0;
};

int red(std::uint32_t pixel) { return static_cast<int>((pixel >> 16) & 0xFF); }

}  // namespace

TEST_CASE("a filled rectangle covers exactly the pixels whose centres are inside it") {
    Frame frame(40, 30);
    const auto pixels = frame.draw([](ImDrawList& list) {
        list.AddRectFilled(ImVec2(5.0f, 4.0f), ImVec2(15.0f, 10.0f), IM_COL32(255, 0, 0, 255));
        list.AddRectFilled(ImVec2(20.4f, 4.6f), ImVec2(30.6f, 10.4f), IM_COL32(255, 0, 0, 255));
    });
    int covered = 0;
    for (std::size_t i = 0; i < pixels.size(); ++i) {
        const int x = static_cast<int>(i % 40), y = static_cast<int>(i / 40);
        const bool inFirst = x >= 5 && x < 15 && y >= 4 && y < 10;
        // Centres 20.5 … 30.5 are in [20.4, 30.6); of rows, 5.5 … 9.5 are in [4.6, 10.4).
        const bool inSecond = x >= 20 && x <= 30 && y >= 5 && y <= 9;
        const bool expected = inFirst || inSecond;
        CHECK_MESSAGE((pixels[i] == 0xFFFF0000u) == expected, "pixel " << x << "," << y);
        covered += pixels[i] == 0xFFFF0000u;
    }
    CHECK(covered == 10 * 6 + 11 * 5);
}

TEST_CASE("translucent triangles that share an edge blend each pixel once: no seam, no gap") {
    Frame frame(64, 64);
    const auto pixels = frame.draw([](ImDrawList& list) {
        list.Flags &= ~ImDrawListFlags_AntiAliasedFill;
        // A quad split along its diagonal, at fractional corners: each half 50% white.
        const ImU32 half = IM_COL32(255, 255, 255, 128);
        list.AddTriangleFilled(ImVec2(3.3f, 2.7f), ImVec2(60.2f, 5.1f), ImVec2(8.9f, 61.4f), half);
        list.AddTriangleFilled(ImVec2(60.2f, 5.1f), ImVec2(57.6f, 59.9f), ImVec2(8.9f, 61.4f), half);
    });
    int single = 0;
    for (const std::uint32_t p : pixels) {
        CHECK(red(p) <= 130);  // two blends over one pixel would give ~192
        single += red(p) == 128;
    }
    CHECK(single > 2800);
    // The diagonal's pixels are covered too (a gap would leave black inside the quad).
    for (int y = 10; y < 55; ++y) {
        const float t = (static_cast<float>(y) + 0.5f - 5.1f) / (61.4f - 5.1f);
        const int x = static_cast<int>(60.2f + (8.9f - 60.2f) * t);
        CHECK_MESSAGE(red(pixels[static_cast<std::size_t>(y * 64 + x)]) == 128, "diagonal at " << x << "," << y);
    }
}

TEST_CASE("an anti-aliased circle: solid inside, a soft edge one pixel wide, nothing beyond") {
    Frame frame(64, 64);
    const auto pixels = frame.draw([](ImDrawList& list) { list.AddCircleFilled(ImVec2(32.0f, 32.0f), 20.0f, IM_COL32(255, 255, 255, 255), 48); });
    for (int y = 0; y < 64; ++y) {
        for (int x = 0; x < 64; ++x) {
            const float dx = static_cast<float>(x) + 0.5f - 32.0f, dy = static_cast<float>(y) + 0.5f - 32.0f;
            const float r = std::sqrt(dx * dx + dy * dy);
            const int value = red(pixels[static_cast<std::size_t>(y * 64 + x)]);
            if (r < 18.5f) CHECK_MESSAGE(value == 255, "inside at " << x << "," << y);
            if (r > 21.5f) CHECK_MESSAGE(value == 0, "outside at " << x << "," << y);
        }
    }
}

TEST_CASE("nothing is painted outside a command's clip rectangle") {
    Frame frame(40, 40);
    const auto pixels = frame.draw([](ImDrawList& list) {
        list.PushClipRect(ImVec2(10.0f, 10.0f), ImVec2(20.0f, 30.0f));
        list.AddRectFilled(ImVec2(0.0f, 0.0f), ImVec2(40.0f, 40.0f), IM_COL32(255, 0, 0, 255));
        list.AddCircleFilled(ImVec2(20.0f, 20.0f), 15.0f, IM_COL32(255, 0, 0, 255));
        list.AddText(ImVec2(0.0f, 15.0f), IM_COL32(255, 0, 0, 255), "WWWWWW");
        list.PopClipRect();
    });
    for (int y = 0; y < 40; ++y) {
        for (int x = 0; x < 40; ++x) {
            const bool inside = x >= 10 && x < 20 && y >= 10 && y < 30;
            CHECK_MESSAGE((pixels[static_cast<std::size_t>(y * 40 + x)] != 0xFF000000u) == inside, "pixel " << x << "," << y);
        }
    }
}

TEST_CASE("text is drawn with the atlas's texels, in the text's colour; at 1.5x glyphs stay 1:1 with them") {
    Frame frame(120, 30);
    int fullAtOne = 0;
    for (const float scale : {1.0f, 1.5f}) {
        CAPTURE(scale);
        const auto pixels = frame.draw([](ImDrawList& list) { list.AddText(ImVec2(4.3f, 6.0f), IM_COL32(0, 255, 0, 255), "Hello, 1414"); }, scale);
        int full = 0, partial = 0, other = 0;
        for (const std::uint32_t p : pixels) {
            const int r = red(p), g = static_cast<int>((p >> 8) & 0xFF), b = static_cast<int>(p & 0xFF);
            if (r != 0 || b != 0) ++other;
            full += g == 255;
            partial += g > 0 && g < 255;
        }
        CHECK(other == 0);    // only the text's colour, blended over black
        CHECK(partial == 0);  // ImGui's own font is a pixel font: its texels are on or off
        CHECK(full > 100);
        // The same texels at a fractional position and scale: the same number of pixels, not 1.5² as many.
        if (scale == 1.0f) fullAtOne = full;
        CHECK(full == fullAtOne);
    }
}

TEST_CASE("a frame naming another texture is refused whole, nothing painted") {
    Frame frame(20, 20);
    bool drawn = true;
    const auto pixels = frame.draw(
        [](ImDrawList& list) {
            list.AddRectFilled(ImVec2(0.0f, 0.0f), ImVec2(20.0f, 20.0f), IM_COL32(255, 0, 0, 255));
            list.AddImage(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(0x1234)), ImVec2(2, 2), ImVec2(8, 8));
        },
        1.0f, &drawn);
    CHECK_FALSE(drawn);
    for (const std::uint32_t p : pixels) CHECK(p == 0xFF000000u);
}

TEST_CASE("a screen drawn by our rasteriser looks as SDL's software renderer draws it") {
    const std::string sample = "Сақ бол! Әңгіме: 1414-тен келген кодты ешкімге айтпаңыз. Be careful.";
    const auto render = [&](const char* softRaster, const std::string& file) {
        setenv("SAQBOL_SOFT_RASTER", softRaster, 1);
        pf::HeadlessOptions options;
        options.width = 420;
        options.height = 220;
        options.texts = {sample};
        std::string error;
        auto host = pf::Headless::create(options, &error);
        unsetenv("SAQBOL_SOFT_RASTER");
        REQUIRE_MESSAGE(host != nullptr, error);
        host->renderFrames(2, [&] {
            ImGui::SetNextWindowPos(ImVec2(10, 10));
            ImGui::SetNextWindowSize(ImVec2(400, 200));
            ImGui::Begin("sample");
            ImGui::TextWrapped("%s", sample.c_str());
            ImGui::Button("Жоқ, рахмет");
            ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(330, 170), 25.0f, IM_COL32(0, 140, 190, 255));
            ImGui::End();
        });
        const auto png = std::filesystem::temp_directory_path() / file;
        REQUIRE_MESSAGE(host->savePng(png.string(), &error), error);
        return saqbol::test::readPng(png.string());
    };
    const saqbol::test::Image ours = render("1", "saqbol-raster-ours.png");
    const saqbol::test::Image sdl = render("0", "saqbol-raster-sdl.png");
    REQUIRE(ours.pixels.size() == sdl.pixels.size());
    REQUIRE(!ours.pixels.empty());
    // Edges may fall half a pixel apart (SDL's rules differ from pixel centres), so compare
    // the picture, not each pixel: colours close on average and almost everywhere.
    double total = 0.0;
    std::size_t far = 0;
    for (std::size_t i = 0; i < ours.pixels.size(); ++i) {
        int worst = 0;
        for (const int shift : {0, 8, 16}) {
            const int d = std::abs(static_cast<int>((ours.pixels[i] >> shift) & 0xFF) - static_cast<int>((sdl.pixels[i] >> shift) & 0xFF));
            worst = std::max(worst, d);
            total += d;
        }
        far += worst > 64;
    }
    const double mean = total / (3.0 * static_cast<double>(ours.pixels.size()));
    CHECK(mean < 3.0);
    CHECK(static_cast<double>(far) < 0.03 * static_cast<double>(ours.pixels.size()));
    CHECK(saqbol::test::distinctColours(ours) > 20);
}
