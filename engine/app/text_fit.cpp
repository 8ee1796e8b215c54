// SPDX-License-Identifier: MIT
// Sections: what a moment shows · drawing without a window · the check.
#include "text_fit.h"

#include <imgui.h>

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <set>

#include "codes.h"
#include "phone.h"
#include "platform/fonts.h"
#include "po_reader.h"
#include "scenario_text.h"
#include "screens.h"

namespace saqbol {
namespace {

// ---------------------------------------------------------------------------- what a moment shows

// One text of a moment, where it shows, and what to tell the trainer when it does not fit.
struct Item {
    const void* key = nullptr;  // the event or choice it belongs to (one problem per text)
    const Event* event = nullptr;  // the event it is part of; null for the panel's texts
    std::string what;           // "`text` of sms in node 'x'"
    std::string source;         // the source string
    bool translated = true;     // links and urls show as written
    int line = 0;
    std::optional<App> app;     // the app it shows in; none: the panel beside the phone
    std::string place;          // where it must fit
    std::string advice;
    // Places that scroll by whole rows (the call's subtitles, the story panel) lose nothing
    // and hide no choice; there a text may take at most `max_rows` rows at the region's width.
    const char* scroll_region = nullptr;  // "subtitles" or "story"
    float inset_em = 0.0f;                // the text column is the region less this, each side
    int max_rows = 0;
};

// The most rows one `say` line may take in the call's subtitles, and one `narrate` line in
// the story panel, at text size XL (rationale: docs/lint-codes.md, SB022).
constexpr int kMaxSubtitleRows = 12;
constexpr int kMaxNarrationRows = 10;

std::vector<Item> itemsOf(const Node& node, const std::vector<const Choice*>& shown) {
    std::vector<Item> items;
    const std::string in = std::string(node.is_ending ? " in ending '" : " in node '") + node.id + "'";
    for (const Event& e : node.events) {
        const std::optional<App> app = appOf(e.kind);
        const std::string kind = nameOf(e.kind);
        const auto add = [&](const void* key, const std::string& field, const std::string& text, bool translated,
                             const std::string& place, const std::string& advice) {
            if (!text.empty())
                items.push_back({key, &e, field.empty() ? kind + in : field + " of " + kind + in, text, translated, e.line,
                                 app, place, advice});
        };
        switch (e.kind) {
            case EventKind::Narrate:
                // The panel shows the newest paragraph first; older ones scroll above it.
                add(&e, "", e.text, true, "the story panel", "split it into two narrate lines or shorten it");
                items.back().scroll_region = "story";
                items.back().max_rows = kMaxNarrationRows;
                break;
            case EventKind::Say:
                // Subtitles start at the newest line of the call; older lines scroll above it.
                add(&e, "", e.text, true, "the call's subtitles", "split it into two say lines or shorten it");
                items.back().scroll_region = "subtitles";
                items.back().inset_em = 0.7f;  // app_call.cpp: the text column is the box less its padding
                items.back().max_rows = kMaxSubtitleRows;
                break;
            case EventKind::Sms:
            case EventKind::Chat:
                add(&e, "`text`", e.text, true, "its message bubble", "shorten it or split it into two messages");
                add(&e.photo, "`photo`", e.photo, true, "its message bubble", "shorten it");
                add(&e.link, "`link`", e.link, false, "its message bubble", "shorten the link");
                break;
            case EventKind::Web:
                add(&e.title, "`title`", e.title, true, "the page (a title shows at most 3 lines)", "shorten it");
                add(&e, "`text`", e.text, true, "the page above its form fields",
                    "shorten it or the title, or ask for fewer fields");
                for (std::size_t i = 0; i < e.fields.size(); ++i)
                    add(&e.fields[i], "`fields[" + std::to_string(i + 1) + "]`", e.fields[i], true, "one line above its field",
                        "shorten it");
                break;
            case EventKind::Ad:
            case EventKind::Game:
            case EventKind::Notify:
                add(&e.title, "`from`", e.title, true, "one line", "shorten it");
                add(&e, "`text`", e.text, true, e.kind == EventKind::Notify ? "its notification" : "its post",
                    "shorten it");
                add(&e.photo, "`photo`", e.photo, true, "its post", "shorten it");
                add(&e.link, "`link`", e.link, false, "its post", "shorten the link");
                break;
            case EventKind::Bank: add(&e, "`text`", e.text, true, "its notice in the bank app", "shorten it"); break;
            case EventKind::Call: break;
        }
    }
    for (const Choice* c : shown)
        items.push_back({c, nullptr, "the text of choice '" + c->id + "'" + in, c->text, true, c->line, std::nullopt,
                         "the choice buttons beside the phone (every choice must show)",
                         "shorten it, or the other choices of this moment"});
    if (node.is_ending)
        items.push_back({&node.title, nullptr, "`title` of ending '" + node.id + "'", node.title, true, node.line,
                         std::nullopt, "the panel beside the phone", "shorten it"});
    return items;
}

// How many bytes of `text`, from its start, the drawn `lines` show one after another (as
// wrapping cut it: a line break eats spaces and newlines).
std::size_t shownPrefix(const std::string& text, const std::vector<std::string>& lines) {
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\n')) ++at;
        if (at == text.size()) break;
        std::size_t best = 0;
        for (const std::string& line : lines)
            if (line.size() > best && text.compare(at, line.size(), line) == 0) best = line.size();
        if (best == 0) {
            // A line cut with "…" shows the part before it, and no more.
            static const std::string kEllipsis = "…";
            for (const std::string& line : lines)
                if (line.size() > kEllipsis.size() && line.compare(line.size() - kEllipsis.size(), kEllipsis.size(), kEllipsis) == 0) {
                    const std::size_t part = line.size() - kEllipsis.size();
                    if (part > best && text.compare(at, part, line, 0, part) == 0) best = part;
                }
            return at + best;
        }
        at += best;
    }
    return at;
}

// The moment `session` is at, with only `event` on the phone (and the call it is said in):
// the most room its app ever gives it. Same scenario id, node id, contacts and variables,
// so its texts translate and expand exactly as in the real moment.
Scenario aloneWith(const Scenario& scenario, const Session& session, const Event& event) {
    Scenario alone;
    alone.file = scenario.file;
    alone.format = scenario.format;
    alone.id = scenario.id;
    alone.lang = scenario.lang;
    alone.contacts = scenario.contacts;
    alone.vars = session.vars();
    Node node;
    node.id = session.node().id;
    if (event.kind == EventKind::Say) {
        Event call;
        call.kind = EventKind::Call;
        call.who = event.who;
        node.events.push_back(call);
    }
    node.events.push_back(event);
    Node end;
    end.id = node.id == "end" ? "the_end" : "end";
    end.is_ending = true;
    end.title = end.debrief = ".";
    Choice next;
    next.id = "next";
    next.text = ".";
    next.go = end.id;
    node.choices.push_back(next);
    alone.start = node.id;
    alone.nodes = {node, end};
    alone.reindex();
    return alone;
}

// ---------------------------------------------------------------------------- drawing without a window

// A Dear ImGui context of our own (the caller's, if any, is restored), with no window,
// no renderer and no ini file: frames are laid out and recorded, never rasterised.
class Stage {
public:
    Stage(int width, int height) : previous_(ImGui::GetCurrentContext()), context_(ImGui::CreateContext()) {
        ImGui::SetCurrentContext(context_);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
        io.DeltaTime = 1.0f / 60.0f;
    }
    ~Stage() {
        ImGui::DestroyContext(context_);
        ImGui::SetCurrentContext(previous_);
    }
    Stage(const Stage&) = delete;
    Stage& operator=(const Stage&) = delete;

    bool buildFonts(const ScenarioText& words, const platform::FontFiles& files) {
        const platform::FontReport report = platform::buildFontAtlas(
            *ImGui::GetIO().Fonts, ui::screenTexts(words), platform::textPixelSize(platform::TextSize::XL, 1.0f), files);
        return !report.builtinFallback;
    }

    // The texts of one frame of the play screen, as drawn (the second frame: the first
    // settles the screen's state for this moment).
    ui::DrawLog draw(const Session& session, const ScenarioText& words, std::optional<App> viewing) {
        ui::PlayScreenState state;
        ui::DrawLog log;
        for (int frame = 0; frame < 2; ++frame) {
            if (frame == 1) state.viewing = viewing;
            log = {};
            ImGui::NewFrame();
            ui::drawPlayScreen(session, words, {}, state, &log);
            ImGui::Render();
        }
        return log;
    }

    // Every line drawn whole inside its region while the moment is read through as a player
    // can: paged up to the top, then down to the end (the phone's apps, the subtitles and
    // the panel all scroll by whole lines on PageUp/PageDown).
    std::vector<std::string> reachable(const Session& session, const ScenarioText& words, std::optional<App> viewing) {
        ui::PlayScreenState state;
        std::set<std::string> lines;
        const auto frame = [&](const ui::ScreenInput& input) {
            ui::DrawLog log;
            ImGui::NewFrame();
            ui::drawPlayScreen(session, words, input, state, &log);
            ImGui::Render();
            std::vector<std::pair<std::string, float>> drawn;
            for (const ui::DrawnText& t : log.texts) {
                if (t.region.contains(t.rect)) lines.insert(t.text);
                drawn.emplace_back(t.text, t.rect.min.y);
            }
            return drawn;
        };
        frame({});
        state.viewing = viewing;
        auto last = frame({});
        for (const bool down : {false, true})
            for (int page = 0; page < 100; ++page) {
                ui::ScreenInput input;
                (down ? input.page_down : input.page_up) = true;
                auto now = frame(input);
                if (now == last) break;
                last = std::move(now);
            }
        return {lines.begin(), lines.end()};
    }

    // How many rows `text` takes wrapped to `width` (the real Painter's wrapping).
    int rows(const std::string& text, float width) {
        ImGui::NewFrame();
        const ui::Painter p(ImGui::GetForegroundDrawList(), nullptr);
        const int n = static_cast<int>(p.wrap(text, width).size());
        ImGui::Render();
        return n;
    }
    float em() const { return platform::textPixelSize(platform::TextSize::XL, 1.0f); }

private:
    ImGuiContext* previous_;
    ImGuiContext* context_;
};

// The lines drawn whole inside their region (a line clipped by its region is not read).
std::vector<std::string> readableLines(const ui::DrawLog& log) {
    std::vector<std::string> lines;
    for (const ui::DrawnText& t : log.texts)
        if (t.region.contains(t.rect)) lines.push_back(t.text);
    return lines;
}

// Every moment of the scenario, each reached by the fewest choices (through the real
// Session, so conditions and effects hold as in play).
std::vector<Session> moments(const Scenario& scenario, ScriptHooks* hooks) {
    std::vector<Session> out;
    std::set<std::string> seen;
    std::deque<Session> todo{Session(scenario, hooks)};
    while (!todo.empty()) {
        Session session = std::move(todo.front());
        todo.pop_front();
        if (!seen.insert(session.node().id).second) continue;
        out.push_back(session);
        if (session.ended()) continue;
        for (const Choice* choice : session.shownChoices()) {
            Session next = session;
            if (next.choose(choice->id) == Session::Result::Ok && !seen.count(next.node().id))
                todo.push_back(std::move(next));
        }
    }
    return out;
}

}  // namespace

// ---------------------------------------------------------------------------- the check

TextFitResult checkTextFit(ScenarioHost& host, const TextFitOptions& options) {
    TextFitResult result;
    const Scenario& scenario = host.scenario();
    const platform::FontFiles files = platform::findFontFiles();
    if (files.regular.empty()) {
        result.note = "text length (SB022) not checked: no font with Kazakh letters found (install fonts-noto-core)";
        return result;
    }
    const std::vector<Session> all = moments(scenario, &host);
    std::vector<std::vector<Item>> items(all.size());
    for (std::size_t m = 0; m < all.size(); ++m) items[m] = itemsOf(all[m].node(), all[m].shownChoices());

    // What did not fit, per text, over the languages.
    struct Misfit {
        const Item* item = nullptr;
        std::vector<std::string> langs;
        int shown_percent = 100;  // non-scrolling places: the least that showed in any language
        int rows = 0;             // scrolling places: the most rows in any language
    };
    std::map<const void*, Misfit> misfits;
    std::map<const void*, const Item*> crowded;

    Stage stage(options.width, options.height);
    for (const std::string& lang : options.langs) {
        const UiText ui = loadUiText(lang, options.root, nullptr);
        const Catalog catalog = loadScenarioCatalog(scenario, lang, nullptr);
        const ScenarioText words(scenario, catalog, ui);
        if (!stage.buildFonts(words, files)) {
            result.note = "text length (SB022) not checked: the font files could not be loaded";
            result.problems.clear();
            return result;
        }
        const std::string lang_name = lang == scenario.lang ? lang + " (the source text)" : lang;
        for (std::size_t m = 0; m < all.size(); ++m) {
            const Session& session = all[m];
            const std::string& node_id = session.node().id;
            const App front = phoneView(session).front;
            std::map<std::optional<App>, ui::DrawLog> frames;  // by the app opened (none: the one in front)
            const auto frameFor = [&](std::optional<App> app) -> const ui::DrawLog& {
                const std::optional<App> open = app == front ? std::nullopt : app;
                auto it = frames.find(open);
                if (it == frames.end()) it = frames.emplace(open, stage.draw(session, words, open)).first;
                return it->second;
            };
            for (const Item& item : items[m]) {
                const std::string text = item.translated ? words.text(node_id, item.source, session.vars()) : item.source;
                if (item.scroll_region != nullptr) {
                    const ui::DrawLog& log = frameFor(item.app);
                    const auto region = std::find_if(log.regions.begin(), log.regions.end(),
                                                     [&](const auto& r) { return r.first == item.scroll_region; });
                    if (region == log.regions.end()) continue;
                    const float width = region->second.width() - 2 * item.inset_em * stage.em();
                    const int rows = stage.rows(text, width);
                    if (rows <= item.max_rows) continue;
                    Misfit& misfit = misfits[item.key];
                    misfit.item = &item;
                    misfit.langs.push_back(lang_name);
                    misfit.rows = std::max(misfit.rows, rows);
                    continue;
                }
                std::size_t shown = shownPrefix(text, readableLines(frameFor(item.app)));
                if (shown >= text.size()) continue;
                if (item.event != nullptr) {
                    // Cut in this moment: would it show with nothing else on the phone?
                    const Scenario alone = aloneWith(scenario, session, *item.event);
                    const Session lone(alone, nullptr);
                    const ScenarioText lone_words(alone, catalog, ui);
                    shown = shownPrefix(text, readableLines(stage.draw(lone, lone_words, std::nullopt)));
                    if (shown >= text.size()) {
                        // It fits its app: in the moment it must at least be reachable by
                        // scrolling (the apps scroll); if not, the game's layout is at fault.
                        if (shownPrefix(text, stage.reachable(session, words, item.app == front ? std::nullopt : item.app)) <
                            text.size())
                            crowded[item.key] = &item;
                        continue;
                    }
                }
                Misfit& misfit = misfits[item.key];
                misfit.item = &item;
                misfit.langs.push_back(lang_name);
                misfit.shown_percent =
                    std::min(misfit.shown_percent, static_cast<int>(100 * shown / std::max<std::size_t>(1, text.size())));
            }
        }
    }

    const auto joinLangs = [](const std::vector<std::string>& langs) {
        std::string out;
        for (std::size_t i = 0; i < langs.size(); ++i)
            out += (i == 0 ? "" : i + 1 == langs.size() ? " and " : ", ") + langs[i];
        return out;
    };
    const std::string at_xl =
        " at text size XL (" + std::to_string(options.width) + "x" + std::to_string(options.height) + " window) in ";
    for (const auto& [key, misfit] : misfits) {
        const Item& item = *misfit.item;
        const std::string how =
            item.scroll_region != nullptr
                ? "it takes " + std::to_string(misfit.rows) + " rows (at most " + std::to_string(item.max_rows) +
                      ", as the player pages through them)"
                : misfit.shown_percent == 0 ? std::string("none of it shows")
                                            : "only " + std::to_string(misfit.shown_percent) + "% shows";
        result.problems.push_back({scenario.file, item.line, codes::kTextTooLong, Severity::Warning,
                                   item.what + " is too long for " + item.place + at_xl + joinLangs(misfit.langs) +
                                       ": " + how + "; " + item.advice});
    }
    std::sort(result.problems.begin(), result.problems.end(), [](const Problem& a, const Problem& b) {
        return a.line != b.line ? a.line < b.line : a.message < b.message;
    });
    for (const auto& [key, misfit] : misfits) crowded.erase(key);  // too long somewhere: reported above
    if (!crowded.empty()) {
        std::set<int> lines;
        for (const auto& [key, item] : crowded) lines.insert(item->line);
        std::string list;
        for (int line : lines) list += (list.empty() ? "" : ", ") + std::to_string(line);
        result.crowded = scenario.file + ": at text size XL, " + std::to_string(crowded.size()) +
                         " text(s) fit their app but cannot be read whole in the moment they are in, even scrolled "
                         "(lines " + list + "); the game's layout, not the text, has to change";
    }

    return result;
}

}  // namespace saqbol
