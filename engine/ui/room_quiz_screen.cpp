// SPDX-License-Identifier: MIT
// The before/after quiz taken by the room in presenter mode (presenter_screen.h): each item
// of the form on the phone; the facilitator counts the hands for "a scam" and for "real";
// the bars; then the truth with the sign that gives it away and how many hands were right;
// at the end, the room's calls per tip. The room's call (most hands; a tie settled with
// Up/Down) answers the run, so the quiz's own result screen is not needed. No individual
// answers: only the room's counts.
#include <algorithm>

#include "phone_apps.h"
#include "presenter_parts.h"
#include "screen_parts.h"
#include "theme.h"
#include "tips.h"

namespace saqbol::ui {

RoomQuizAction drawRoomQuizScreen(const QuizModel& quiz, const ScreenInput& input, PresenterState& state,
                                  const PresenterLesson* lesson, DrawLog* log) {
    RoomQuizAction action;
    const ScenarioText& words = *quiz.words;
    const UiText& ui = words.ui();
    const QuizRun& run = *quiz.run;
    action.changed = input.digit != 0 || !input.dial.empty() || input.enter || input.back || input.up || input.down ||
                     input.next || input.previous || input.hand || input.pause || input.page_up || input.page_down;
    if (input.pause) state.paused = !state.paused;

    // A new item to vote on: fresh counts.
    if (state.phase == PresenterPhase::Vote || state.phase == PresenterPhase::Bars) {
        if (run.finished()) {
            state.phase = PresenterPhase::Summary;
        } else if (state.node != run.item().id || state.votes.size() != 2) {
            state.node = run.item().id;
            state.votes.assign(2, 0);
            state.selected = 0;
            state.fresh = true;
            state.phone = PlayScreenState{};
        }
    }

    ImDrawList* list = beginScreen("##room-quiz");
    Painter p(list, log);
    const float em = p.em();
    if (state.paused) {
        drawPaused(p, ui);
        endScreen();
        return action;
    }

    // The keys.
    switch (state.phase) {
        case PresenterPhase::Vote:
            action.leave = countHands(input, state, 2);
            break;
        case PresenterPhase::Bars: {
            RoomVote counted;
            counted.votes = state.votes;
            if (settleTie(input, state, counted.leaders())) {
                const QuizItem& item = run.item();
                state.quiz_room.push_back({item.id, item.tip, !item.legit, state.votes[0], state.votes[1]});
                action.answer = state.selected == 0 ? QuizCall::Scam : QuizCall::Real;
                state.phase = PresenterPhase::Reveal;
            }
            break;
        }
        case PresenterPhase::Reveal:  // the room's call was applied: the run is on the next item, or done
            if (input.enter) state.phase = run.finished() ? PresenterPhase::Summary : PresenterPhase::Vote;
            break;
        case PresenterPhase::Summary:
            if (input.enter && lesson != nullptr && lesson->has_next) action.next = true;
            else if (input.enter || (input.back && !input.erase)) action.leave = true;
            break;
    }

    // The phone: the item being voted on, or the one just revealed.
    const PresenterLayout at = presenterLayout(em);
    const bool revealing = state.phase == PresenterPhase::Reveal && !state.quiz_room.empty();
    std::string shown_item = state.node;
    if (revealing) shown_item = state.quiz_room.back().item;
    else if (!run.finished()) shown_item = run.item().id;
    if (quiz.scenario->findNode(shown_item) != nullptr && state.phase != PresenterPhase::Summary) {
        const Session at_item(*quiz.scenario, nullptr, shown_item);
        const PhoneView view = phoneView(at_item);
        const std::vector<const Choice*> none;
        std::optional<std::string> tapped;
        PhoneContext phone{p, view, words, at_item.vars(), none, tapped, state.phone};
        phone.page = input.page_down ? 1 : input.page_up ? -1 : 0;
        drawPhone(phone, at.phone);
    }

    p.fillRect(at.panel, theme::kPanel, em * 0.6f);
    p.pushRegion(at.panel, "panel");
    const Rect inner = at.panel.inset(em, em * 0.8f);
    const float w = inner.width();
    const float x = inner.min.x;
    const std::size_t count = run.items().size();
    const std::size_t number = std::min(count, state.quiz_room.size() + (state.phase == PresenterPhase::Reveal ? 0 : 1));
    std::string where;
    switch (state.phase) {
        case PresenterPhase::Vote:
        case PresenterPhase::Bars:
            where = ui.tr("Moment %s of %s: scam or real?", std::to_string(number), std::to_string(count));
            break;
        case PresenterPhase::Reveal:
            where = ui.tr("Moment %s of %s: the answer", std::to_string(number), std::to_string(count));
            break;
        case PresenterPhase::Summary: where = ui.tr("How the room called the quiz"); break;
    }
    float y = inner.min.y;
    if (lesson != nullptr && !lesson->progress.empty()) {
        p.text(ImVec2(x, y), theme::kMuted, p.fit(lesson->progress, w));
        y += em * 1.3f;
    }
    p.text(ImVec2(x, y), theme::kMuted, p.fit(ui.tr("Quiz, form %s", std::string(1, run.form())), w, Face::Bold), Face::Bold);
    y += em * 1.3f;
    p.text(ImVec2(x, y), theme::kAccent, p.fit(where, w, Face::Bold), Face::Bold);
    y += em * 1.3f;
    p.fillRect({ImVec2(x, y), ImVec2(inner.max.x, y + 1.0f)}, theme::kRule);
    y += em * 0.5f;

    std::string keys;
    switch (state.phase) {
        case PresenterPhase::Vote:
            keys = ui.tr("Up/Down: a choice · digits: its hands · Space: one more hand · Enter: show the votes · "
                         "Esc: clear · P: pause");
            break;
        case PresenterPhase::Bars: keys = ui.tr("Enter: the answer · Esc: count again · P: pause"); break;
        case PresenterPhase::Reveal:
            keys = run.finished() ? ui.tr("Enter: the room's calls · P: pause") : ui.tr("Enter: the next moment · P: pause");
            break;
        case PresenterPhase::Summary:
            keys = lesson != nullptr && lesson->has_next ? ui.tr("Enter: the lesson's next scenario · Esc: back to the scenarios")
                                                         : ui.tr("Enter or Esc: back to the menu");
            break;
    }
    const float keys_h = p.wrappedHeight(keys, w);
    const Rect body{ImVec2(x, y), ImVec2(inner.max.x, inner.max.y - keys_h - em * 0.5f)};

    std::vector<Block> blocks;
    int selected_block = -1;
    const std::string options[2] = {ui.tr("A scam"), ui.tr("Real")};
    const float badge = em * 1.5f;
    const auto option = [&](int i, const std::string& under, float share, ImU32 color, bool ring, bool with_bar) {
        if (ring) selected_block = static_cast<int>(blocks.size());
        blocks.push_back({em * 2.9f, em * 0.5f, [=, text = options[i]](Painter& q, float top) {
                              const Rect whole{ImVec2(x - em * 0.3f, top - em * 0.25f), ImVec2(x + w + em * 0.1f, top + em * 2.65f)};
                              if (ring) {
                                  q.fillRect(whole, theme::kChoiceHover, em * 0.4f);
                                  q.strokeRect(whole, theme::kChoiceEdge, em * 0.4f, std::max(2.0f, em * 0.12f));
                              }
                              q.badge(ImVec2(x + badge * 0.5f, top + em * 0.7f), badge * 0.5f, theme::kAccent, theme::kBadgeInk,
                                      std::to_string(i + 1));
                              q.text(ImVec2(x + badge + em * 0.5f, top), theme::kInk, q.fit(text, w - badge - em * 0.5f), Face::Bold);
                              if (with_bar) bar(q, ImVec2(x + badge + em * 0.5f, top + em * 1.5f), w - badge - em * 0.5f, share, color, under);
                              else q.text(ImVec2(x + badge + em * 0.5f, top + em * 1.35f), theme::kMuted, under, Face::Bold);
                          }});
    };

    if (state.phase == PresenterPhase::Vote || state.phase == PresenterPhase::Bars) {
        const int total = state.votes[0] + state.votes[1];
        blocks.push_back(paragraph(p,
                                   state.phase == PresenterPhase::Vote
                                       ? ui.tr("Hands up: is what the phone shows a scam, or real?")
                                       : ui.tr("%s hands in all.", std::to_string(total)),
                                   w, theme::kInk, Face::Bold, 0.0f, x));
        RoomVote counted;
        counted.votes = state.votes;
        const std::vector<int> leaders = counted.leaders();
        if (state.phase == PresenterPhase::Bars && leaders.size() > 1)
            blocks.push_back(paragraph(p, ui.tr("A tie: choose with Up/Down the room's call, then press Enter."), w,
                                       theme::kInk, Face::Regular, em * 0.3f, x));
        for (int i = 0; i < 2; ++i) {
            const int hands = state.votes[static_cast<std::size_t>(i)];
            if (state.phase == PresenterPhase::Vote) {
                option(i, ui.tr("Hands: %s", std::to_string(hands)), 0.0f, 0, state.selected == i, false);
            } else {
                const bool leader = std::find(leaders.begin(), leaders.end(), i) != leaders.end();
                option(i, std::to_string(hands) + " · " + percent(hands, total), total > 0 ? float(hands) / float(total) : 0.0f,
                       leader ? theme::kAccent : theme::kNeutral, state.selected == i && leader, true);
            }
        }
    } else if (state.phase == PresenterPhase::Reveal && revealing) {
        const RoomQuizVote& vote = state.quiz_room.back();
        const QuizItem* item = nullptr;
        for (const QuizItem* candidate : run.items())
            if (candidate->id == vote.item) item = candidate;
        const ImU32 truth = vote.is_scam ? theme::kHarmful : theme::kSafe;
        blocks.push_back(paragraph(p, vote.is_scam ? ui.tr("It was a scam.") : ui.tr("It was real."), w, truth, Face::Bold, 0.0f, x));
        blocks.push_back(paragraph(p, ui.tr("%s of %s hands were right.", std::to_string(vote.right()), std::to_string(vote.total())),
                                   w, theme::kInk, Face::Regular, em * 0.3f, x));
        if (item != nullptr) {
            blocks.push_back(paragraph(p, ui.tr("The sign"), w, theme::kAccent, Face::Bold, em * 0.8f, x));
            blocks.push_back(paragraph(p, words.text(item->id, item->cue, {}), w, theme::kInk, Face::Regular, em * 0.2f, x));
            if (const TipInfo* tip = findTip(item->tip)) {
                blocks.push_back(paragraph(p, ui.tr(tip->name), w, theme::kAccent, Face::Bold, em * 0.8f, x));
                blocks.push_back(paragraph(p, ui.tr(tip->advice), w, theme::kMuted, Face::Regular, em * 0.2f, x));
            }
        }
    } else if (state.phase == PresenterPhase::Summary) {
        int right = 0;
        for (const RoomQuizVote& vote : state.quiz_room) right += vote.right() * 2 > vote.total() ? 1 : 0;
        blocks.push_back(paragraph(p, ui.tr("Most of the room called %s of %s moments right.", std::to_string(right),
                                            std::to_string(state.quiz_room.size())),
                                   w, theme::kInk, Face::Bold, 0.0f, x));
        blocks.push_back(paragraph(p, ui.tr("Hands that called right, per tip"), w, theme::kAccent, Face::Bold, em * 0.8f, x));
        for (const RoomTip& tip : roomQuizTips(state.quiz_room)) {
            const TipInfo* info = findTip(tip.tip);
            const std::string name = info != nullptr ? ui.tr(info->name) : tip.tip;
            const std::string label = tip.scored > 0 ? ui.tr("%s of %s", std::to_string(tip.safe), std::to_string(tip.scored))
                                                     : ui.tr("no votes");
            const float name_h = p.wrappedHeight(name, w);
            blocks.push_back({name_h + em * 1.2f, em * 0.4f, [=](Painter& q, float top) {
                                  q.wrapped(ImVec2(x, top), w, theme::kInk, name);
                                  bar(q, ImVec2(x, top + name_h + em * 0.15f), w, float(tip.share()), theme::kSafe, label);
                              }});
        }
        blocks.push_back(paragraph(p, ui.tr("Only the room's hands were counted: no one's answers were kept."), w,
                                   theme::kMuted, Face::Regular, em * 0.8f, x));
    }
    drawBlocks(p, ui, body, blocks, input, state, selected_block);
    p.wrapped(ImVec2(x, inner.max.y - keys_h), w, theme::kMuted, keys);
    p.popRegion();
    endScreen();
    return action;
}

}  // namespace saqbol::ui
