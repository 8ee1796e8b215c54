// SPDX-License-Identifier: MIT
#include "painter.h"

#include <algorithm>
#include <cfloat>
#include <utility>

namespace saqbol::ui {

bool Rect::contains(const Rect& other, float slack) const {
    return other.min.x >= min.x - slack && other.min.y >= min.y - slack && other.max.x <= max.x + slack &&
           other.max.y <= max.y + slack;
}

Rect Rect::inset(float dx, float dy) const {
    return {ImVec2(min.x + dx, min.y + dy), ImVec2(max.x - dx, max.y - dy)};
}

Painter::Painter(ImDrawList* list, DrawLog* log) : list_(list), log_(log) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    regular_ = atlas->Fonts.Size > 0 ? atlas->Fonts[0] : ImGui::GetFont();
    bold_ = atlas->Fonts.Size > 1 ? atlas->Fonts[1] : regular_;
    em_ = ImGui::GetFontSize();
}

ImFont* Painter::font(Face face) const { return face == Face::Bold ? bold_ : regular_; }

void Painter::pushRegion(const Rect& region, std::string name) {
    list_->PushClipRect(region.min, region.max, true);
    if (log_ != nullptr) log_->regions.emplace_back(name, region);
    regions_.emplace_back(region, std::move(name));
}

void Painter::popRegion() {
    list_->PopClipRect();
    regions_.pop_back();
}

void Painter::recordControl(std::string name, const Rect& rect) {
    if (log_ != nullptr) log_->controls.emplace_back(std::move(name), rect);
}

ImVec2 Painter::measure(std::string_view text, Face face) const {
    return font(face)->CalcTextSizeA(em_, FLT_MAX, 0.0f, text.data(), text.data() + text.size());
}

namespace {
bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool isGroupMark(char c) { return c == ',' || c == '.'; }

// A number written in groups ("+7 700 000 11 11", "1 500 000 ₸", "24,990 ₸") must not break
// across lines: a break between two digit groups — after a space, or after a comma or
// point with no space ("24," | "990") — moves back to before the whole number, unless the
// number alone fills the line.
const char* keepNumberTogether(const char* line_start, const char* cut, const char* line_end) {
    const char* before = cut;
    while (before > line_start && before[-1] == ' ') --before;
    const char* after = cut;
    while (after < line_end && *after == ' ') ++after;
    if (before == line_start || after == line_end || !isDigit(*after)) return cut;
    const bool spaced = isDigit(before[-1]);
    const bool marked = before == cut && isGroupMark(before[-1]) && before - 1 > line_start && isDigit(before[-2]);
    if (!spaced && !marked) return cut;
    const char* start = before;
    while (start > line_start &&
           (isDigit(start[-1]) || start[-1] == '+' ||
            ((start[-1] == ' ' || isGroupMark(start[-1])) && start - 1 > line_start && isDigit(start[-2]))))
        --start;
    return start > line_start ? start : cut;
}
}  // namespace

std::vector<std::string> Painter::wrap(std::string_view text, float width, Face face) const {
    std::vector<std::string> lines;
    ImFont* f = font(face);
    const float scale = em_ / f->FontSize;
    const char* at = text.data();
    const char* const end = text.data() + text.size();
    while (at < end) {
        const char* newline = std::find(at, end, '\n');
        const char* cut = f->CalcWordWrapPositionA(scale, at, newline, std::max(width, em_));
        if (cut == at) cut = at + 1;  // a word wider than the line: at least one byte moves on
        while (cut < newline && (static_cast<unsigned char>(*cut) & 0xC0) == 0x80) ++cut;  // whole UTF-8 letters
        cut = keepNumberTogether(at, cut, newline);
        std::string_view line(at, static_cast<std::size_t>(cut - at));
        while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
        lines.emplace_back(line);
        at = cut;
        while (at < newline && *at == ' ') ++at;
        if (at == newline && newline < end) ++at;
    }
    if (lines.empty()) lines.emplace_back();
    return lines;
}

float Painter::wrappedHeight(std::string_view text, float width, Face face) const {
    const std::size_t lines = wrap(text, width, face).size();
    return static_cast<float>(lines - 1) * lineHeight() + em_;
}

namespace {
void popLetter(std::string& text) {
    while (!text.empty()) {
        const auto byte = static_cast<unsigned char>(text.back());
        text.pop_back();
        if ((byte & 0xC0) != 0x80) break;  // the lead byte of a UTF-8 letter: the letter is gone
    }
}
}  // namespace

std::string Painter::fit(std::string_view text, float width, Face face) const {
    if (measure(text, face).x <= width) return std::string(text);
    return ellipsize(text, width, face);
}

std::string Painter::ellipsize(std::string_view text, float width, Face face) const {
    std::string out(text);
    while (!out.empty() && (out.back() == ' ' || measure(out + "…", face).x > width)) popLetter(out);
    return out + "…";
}

float Painter::text(ImVec2 pos, ImU32 color, std::string_view text, Face face) {
    const ImVec2 size = measure(text, face);
    list_->AddText(font(face), em_, pos, color, text.data(), text.data() + text.size());
    if (log_ != nullptr && !text.empty()) {
        const Rect rect{pos, ImVec2(pos.x + size.x, pos.y + size.y)};
        const Rect region = regions_.empty() ? Rect{ImVec2(0, 0), ImGui::GetIO().DisplaySize} : regions_.back().first;
        log_->texts.push_back({std::string(text), rect, region, regions_.empty() ? "window" : regions_.back().second});
    }
    return size.x;
}

float Painter::wrapped(ImVec2 pos, float width, ImU32 color, std::string_view text, Face face, int max_lines) {
    std::vector<std::string> lines = wrap(text, width, face);
    if (max_lines > 0 && lines.size() > static_cast<std::size_t>(max_lines)) {
        lines.resize(static_cast<std::size_t>(max_lines));
        lines.back() = ellipsize(lines.back(), width, face);
    }
    float y = pos.y;
    for (const std::string& line : lines) {
        this->text(ImVec2(pos.x, y), color, line, face);
        y += lineHeight();
    }
    return y - pos.y - (lineHeight() - em_);
}

void Painter::centered(float center_x, float y, ImU32 color, std::string_view text, Face face) {
    this->text(ImVec2(center_x - measure(text, face).x * 0.5f, y), color, text, face);
}

void Painter::fillRect(const Rect& rect, ImU32 color, float rounding, ImDrawFlags flags) {
    list_->AddRectFilled(rect.min, rect.max, color, rounding, flags);
}

void Painter::strokeRect(const Rect& rect, ImU32 color, float rounding, float thickness) {
    list_->AddRect(rect.min, rect.max, color, rounding, 0, thickness);
}

void Painter::verticalGradient(const Rect& rect, ImU32 top, ImU32 bottom) {
    list_->AddRectFilledMultiColor(rect.min, rect.max, top, top, bottom, bottom);
}

void Painter::badge(ImVec2 center, float radius, ImU32 fill, ImU32 ink, std::string_view label) {
    list_->AddCircleFilled(center, radius, fill);
    const ImVec2 size = measure(label, Face::Bold);
    text(ImVec2(center.x - size.x * 0.5f, center.y - size.y * 0.5f), ink, label, Face::Bold);
}

}  // namespace saqbol::ui
