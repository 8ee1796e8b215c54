// SPDX-License-Identifier: MIT
// AppList: the scrolled content every phone app with text of the story draws into — message
// threads, the game chat, the bank's notices, the browser's page, the feed, the lock
// screen's cards. An app adds rows (lines of wrapped text, blocks it paints itself) grouped
// into boxes; the list shows the whole rows that fit, scrolled by screen_parts' scrollRows
// (whole rows, as the call's subtitles and the story panel), paints each box around the part
// of it that shows, and keeps a cue line under the rows while anything is hidden. Nothing is
// timed: it moves only on PageUp/PageDown and the wheel. Dear ImGui only; no game rules.
// Why (docs/architecture.md, "Long text on the phone"): at text size XL one message can be
// taller than the phone, and lists that showed whole bubbles only dropped it entirely.
// Scrolling by whole lines, not pixels, means no line is ever drawn cut — what a player sees
// is what the DrawLog records as readable, so tests and `lint` (SB022) can prove every word
// of a moment is reachable; the cue costs one line and tells a player there is more.
#include <algorithm>

#include "phone_apps.h"
#include "theme.h"

namespace saqbol::ui {

AppList::Row& AppList::add(float x, float height, float gap) {
    Row row;
    row.x = x;
    row.height = height;
    row.gap = gap + pending_gap_;
    row.box = in_box_ ? static_cast<int>(boxes_.size()) - 1 : -1;
    pending_gap_ = 0.0f;
    rows_.push_back(std::move(row));
    return rows_.back();
}

void AppList::box(Box box, float gap) {
    if (in_box_) endBox();
    pending_gap_ += gap + box.pad_top;
    boxes_.push_back(std::move(box));
    in_box_ = true;
}

void AppList::endBox() {
    if (!in_box_) return;
    pending_gap_ += boxes_.back().pad_bottom;
    in_box_ = false;
}

int AppList::text(std::string_view text, float x, float width, ImU32 color, Face face, float gap) {
    const int first = rows();
    const std::vector<std::string> lines = p_.wrap(text, width, face);
    for (std::size_t k = 0; k < lines.size(); ++k) {
        Row& row = add(x, k + 1 == lines.size() ? p_.em() : p_.lineHeight(), k == 0 ? gap : 0.0f);
        row.text = lines[k];
        row.color = color;
        row.face = face;
    }
    return first;
}

int AppList::block(float x, float height, float gap, std::function<void(Painter&, ImVec2)> draw) {
    add(x, height, gap).draw.push_back(std::move(draw));
    return rows() - 1;
}

void AppList::decorate(int row, std::function<void(Painter&, ImVec2)> draw) {
    if (row >= 0 && row < rows()) rows_[static_cast<std::size_t>(row)].draw.push_back(std::move(draw));
}

void AppList::underline(int from, int to) {
    for (int r = std::max(from, 0); r <= to && r < rows(); ++r) rows_[static_cast<std::size_t>(r)].underline = true;
}

namespace {

std::vector<ScrollRow> layoutRows(const std::vector<float>& heights, const std::vector<float>& gaps) {
    std::vector<ScrollRow> out;
    for (std::size_t i = 0; i < heights.size(); ++i) out.push_back({"", 0, Face::Regular, heights[i], gaps[i], 0});
    return out;
}

}  // namespace

float AppList::contentHeight() const {
    std::vector<float> heights, gaps;
    for (const Row& row : rows_) {
        heights.push_back(row.height);
        gaps.push_back(row.gap);
    }
    float h = scrollContentHeight(layoutRows(heights, gaps));
    if (!rows_.empty() && rows_.front().box >= 0) h += boxes_[static_cast<std::size_t>(rows_.front().box)].pad_top;
    if (!rows_.empty() && rows_.back().box >= 0) h += boxes_[static_cast<std::size_t>(rows_.back().box)].pad_bottom;
    return h;
}

void AppList::draw(PhoneContext& ctx, const Rect& area, int& first, const Look& look) {
    Painter& p = ctx.paint;
    const float em = p.em();
    region_ = area;
    view_ = {};
    if (rows_.empty() || area.height() < em) return;
    endBox();

    // The rows keep clear of the list's edges by the largest box padding, so a box whose
    // first or last row shows is painted whole.
    float edge = em * 0.3f;
    for (const Box& b : boxes_) edge = std::max({edge, b.pad_top, b.pad_bottom});
    std::vector<float> heights, gaps;
    for (const Row& row : rows_) {
        heights.push_back(row.height);
        gaps.push_back(row.gap);
    }
    const std::vector<ScrollRow> layout = layoutRows(heights, gaps);
    const float content = scrollContentHeight(layout);
    const float cue_h = em * 1.4f;
    float room = area.height() - 2 * edge;
    const bool scrolls = content > room + 0.5f;
    if (scrolls) room = area.height() - edge - cue_h - em * 0.2f;  // the cue line keeps the rows off the bottom
    const float rows_top = area.min.y + edge;
    const float rows_bottom = rows_top + room;
    const float top = scrolls || !look.from_bottom ? rows_top : rows_bottom - content;
    const bool hovered = ImGui::IsMouseHoveringRect(area.min, area.max, false);
    const float wheel = hovered ? ImGui::GetIO().MouseWheel : 0.0f;
    view_ = scrollRows(layout, top, std::max(room, 0.0f), first, look.start_row, ctx.page, wheel);

    p.pushRegion(area, look.region);
    // Boxes: around the part of each that shows; one cut by the list's edge runs past it (clipped).
    const Rect clip{area.min, ImVec2(area.max.x, scrolls ? area.max.y - cue_h : rows_bottom + edge)};
    p.list()->PushClipRect(clip.min, clip.max, true);
    for (int r = view_.first; r <= view_.last;) {
        const int b = rows_[static_cast<std::size_t>(r)].box;
        int last = r;
        while (last + 1 <= view_.last && rows_[static_cast<std::size_t>(last + 1)].box == b) ++last;
        if (b >= 0) {
            const Box& box = boxes_[static_cast<std::size_t>(b)];
            const bool starts = r == 0 || rows_[static_cast<std::size_t>(r - 1)].box != b;
            const bool ends = last + 1 == rows() || rows_[static_cast<std::size_t>(last + 1)].box != b;
            const float box_top = starts ? view_.y[static_cast<std::size_t>(r)] - box.pad_top : area.min.y - em;
            const float box_bottom =
                ends ? view_.y[static_cast<std::size_t>(last)] + rows_[static_cast<std::size_t>(last)].height + box.pad_bottom
                     : clip.max.y + em;
            if (box.paint) box.paint(p, {ImVec2(box.left, box_top), ImVec2(box.right, box_bottom)});
        }
        r = last + 1;
    }
    p.list()->PopClipRect();
    for (int r = view_.first; r <= view_.last; ++r) {
        const Row& row = rows_[static_cast<std::size_t>(r)];
        const ImVec2 at(row.x, view_.y[static_cast<std::size_t>(r)]);
        for (const auto& draw : row.draw) draw(p, at);
        if (row.text.empty()) continue;
        const float w = p.text(at, row.color, row.text, row.face);
        if (row.underline) p.list()->AddLine(ImVec2(at.x, at.y + em * 1.02f), ImVec2(at.x + w, at.y + em * 1.02f), row.color);
    }
    if (scrolls) {
        const Rect strip{ImVec2(area.min.x, area.max.y - cue_h), area.max};
        if (look.cue_fill != 0) p.fillRect(strip, look.cue_fill);
        const float pad = em * 0.6f;
        scrollCue(p, ctx.words.ui(), ImVec2(strip.min.x + pad, strip.min.y + (cue_h - em) * 0.5f), strip.width() - 2 * pad,
                  view_, look.cue_ink);
    }
    p.popRegion();
}

Rect AppList::rowRect(int row) const {
    if (!shows(row)) return {};
    const Row& r = rows_[static_cast<std::size_t>(row)];
    const float y = view_.y[static_cast<std::size_t>(row)];
    return {ImVec2(r.x, y), ImVec2(region_.max.x, y + r.height)};
}

std::optional<Rect> AppList::shownSpan(int from, int to) const {
    const int a = std::max(from, view_.first);
    const int b = std::min(to, view_.last);
    if (a > b) return std::nullopt;
    return Rect{ImVec2(region_.min.x, view_.y[static_cast<std::size_t>(a)]),
                ImVec2(region_.max.x, view_.y[static_cast<std::size_t>(b)] + rows_[static_cast<std::size_t>(b)].height)};
}

}  // namespace saqbol::ui
