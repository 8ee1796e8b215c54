// SPDX-License-Identifier: MIT
// Pieces the presenter's screens share (presenter_parts.h).
#include "presenter_parts.h"

#include <algorithm>

#include "screen_parts.h"
#include "theme.h"

namespace saqbol::ui {

PresenterLayout presenterLayout(float em) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float margin = em * 0.6f;
    const float height = display.y - 2 * margin;
    const float phone_w = std::max(std::min(display.x * 0.38f, height / 1.9f), std::min(em * 8.0f, display.x * 0.38f));
    const float phone_h = std::min(height, phone_w * 2.15f);
    const Rect phone{ImVec2(margin, (display.y - phone_h) * 0.5f), ImVec2(margin + phone_w, (display.y + phone_h) * 0.5f)};
    const Rect panel{ImVec2(phone.max.x + margin * 1.5f, margin), ImVec2(display.x - margin, display.y - margin)};
    return {phone, panel};
}

Block paragraph(const Painter& p, std::string text, float width, ImU32 color, Face face, float gap, float left) {
    const float h = p.wrappedHeight(text, width, face);
    return {h, gap, [text = std::move(text), width, color, face, left](Painter& q, float top) {
                q.wrapped(ImVec2(left, top), width, color, text, face);
            }};
}

void bar(Painter& p, ImVec2 at, float width, float share, ImU32 color, const std::string& label) {
    const float em = p.em();
    const float label_w = p.measure(label, Face::Bold).x + em * 0.6f;
    const float track_w = std::max(em * 2.0f, width - label_w);
    const Rect track{at, ImVec2(at.x + track_w, at.y + em * 0.9f)};
    p.fillRect(track, theme::kBarTrack, em * 0.2f);
    if (share > 0.0f)
        p.fillRect({track.min, ImVec2(track.min.x + std::max(em * 0.3f, track_w * std::min(share, 1.0f)), track.max.y)}, color,
                   em * 0.2f);
    p.text(ImVec2(track.max.x + em * 0.4f, at.y - em * 0.1f), theme::kInk, label, Face::Bold);
}

std::string percent(int part, int whole) { return whole > 0 ? std::to_string((part * 100 + whole / 2) / whole) + "%" : "0%"; }

void drawPaused(Painter& p, const UiText& ui) {
    const float em = p.em();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float y = display.y * 0.5f - em;
    p.centered(display.x * 0.5f, y, theme::kPanel, ui.tr("Paused"), Face::Bold);
    p.centered(display.x * 0.5f, y + em * 1.6f, theme::kPanel, ui.tr("P continues"));
}

void drawBlocks(Painter& p, const UiText& ui, const Rect& body, const std::vector<Block>& blocks,
                const ScreenInput& input, PresenterState& state, int selected_block) {
    const float em = p.em();
    const float cue_h = em * 1.3f;
    std::vector<ScrollRow> rows;
    for (std::size_t i = 0; i < blocks.size(); ++i) rows.push_back({"", 0, Face::Regular, blocks[i].height, blocks[i].gap, static_cast<int>(i)});
    const bool scrolls = scrollContentHeight(rows) > body.height() + 0.5f;
    const float shown_h = scrolls ? body.height() - cue_h : body.height();
    const auto page = std::pair(state.phase, state.room.size() + state.quiz_room.size());
    if (state.paged != page) {  // a new phase or moment starts at the top
        state.paged = page;
        state.first_block = 0;
    }
    int& first = state.first_block;
    const float wheel = ImGui::IsMouseHoveringRect(body.min, body.max, false) ? ImGui::GetIO().MouseWheel : 0.0f;
    ScrollView seen;
    if (scrolls) {
        seen = scrollRows(rows, body.min.y, shown_h, first, 0, input.page_down ? 1 : input.page_up ? -1 : 0, wheel);
        const bool moved = input.up || input.down || input.next || input.previous || input.enter;
        if (selected_block >= 0 && moved && (selected_block < seen.first || selected_block > seen.last)) {
            first = selected_block;  // Up/Down brought another option to count: show it
            seen = scrollRows(rows, body.min.y, shown_h, first, 0, 0, 0.0f);
        }
    } else {
        int all = 0;
        seen = scrollRows(rows, body.min.y, shown_h + 1.0f, all, 0, 0, 0.0f);
    }
    p.pushRegion({body.min, ImVec2(body.max.x, body.min.y + shown_h)}, "body");
    for (int i = seen.first; i <= seen.last; ++i) blocks[static_cast<std::size_t>(i)].draw(p, seen.y[static_cast<std::size_t>(i)]);
    p.popRegion();
    if (scrolls) scrollCue(p, ui, ImVec2(body.min.x, body.min.y + shown_h + em * 0.2f), body.width(), seen, theme::kMuted);
}

bool countHands(const ScreenInput& input, PresenterState& state, int count) {
    const int before = state.selected;
    if (input.down || input.next) state.selected = std::min(count - 1, state.selected + 1);
    if (input.up || input.previous) state.selected = std::max(0, state.selected - 1);
    if (state.selected != before) state.fresh = true;
    int& hands = state.votes[static_cast<std::size_t>(state.selected)];
    for (char c : input.dial) {
        if (c < '0' || c > '9') continue;
        hands = state.fresh ? c - '0' : std::min(kMostHands, hands * 10 + (c - '0'));
        state.fresh = false;
    }
    if (input.hand) hands = std::min(kMostHands, hands + 1);
    bool leave = false;
    if (input.erase) {
        hands /= 10;
        state.fresh = false;
    } else if (input.back) {
        const bool any = std::any_of(state.votes.begin(), state.votes.end(), [](int v) { return v > 0; });
        if (any) {
            std::fill(state.votes.begin(), state.votes.end(), 0);
            state.fresh = true;
        } else {
            leave = true;
        }
    }
    if (input.enter) {
        state.phase = PresenterPhase::Bars;
        RoomVote vote;
        vote.votes = state.votes;
        state.selected = vote.leaders().front();
    }
    return leave;
}

bool settleTie(const ScreenInput& input, PresenterState& state, const std::vector<int>& leaders) {
    auto at = std::find(leaders.begin(), leaders.end(), state.selected);
    if (at == leaders.end()) at = leaders.begin();
    if ((input.down || input.next) && at + 1 != leaders.end()) ++at;
    if ((input.up || input.previous) && at != leaders.begin()) --at;
    state.selected = *at;
    if (input.back) {
        state.phase = PresenterPhase::Vote;
        state.fresh = true;
        return false;
    }
    return input.enter;
}

}  // namespace saqbol::ui
