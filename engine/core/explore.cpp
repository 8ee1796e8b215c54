// SPDX-License-Identifier: MIT
// Sections: score spans · loops (strongly connected components) · paths and scores ·
// dead ends · the report.
#include "explore.h"

#include <algorithm>
#include <climits>
#include <deque>
#include <span>
#include <string_view>

#include "tips.h"

namespace saqbol {
namespace {

// ------------------------------------------------------------------------------ score spans

// Points in halves, so every sum is a whole number: safe 2, risky 1, harmful 0.
int halfPoints(Verdict verdict) { return verdict == Verdict::Safe ? 2 : verdict == Verdict::Risky ? 1 : 0; }

// The lowest and highest sum of half-points over some paths. The highest is kept negated
// so that merging two spans is a minimum of both halves: the same branch-free operation
// on every sum (minInto). Empty when lo > hi (kEmptySpan); the empty span is half-way to
// the limits so that shifting it (by at most two points a step, over a path of fewer
// than 10^8 states — `saqbol explore` allows 5 * 10^7) keeps it empty without overflow.
// A plain aggregate, no default member values: with them GCC filled buffers with
// kEmptySpan through a copy on the stack per span.
struct Span {
    std::int32_t lo;
    std::int32_t minus_hi;
    std::int32_t hi() const { return -minus_hi; }
    bool empty() const { return std::int64_t{lo} + minus_hi > 0; }
};
constexpr Span kEmptySpan{INT32_MAX / 2, INT32_MAX / 2};
static_assert(sizeof(Span) == 8);

// Per tip, per number of decisions k that exercised it: the span of sums over the paths
// that arrived at one state. Only min and max of sum/k matter at the end, and for a fixed
// k those come from the lowest and highest sums — so this is exact, and small (k is at
// most the number of scored decisions on a path). Flat: every tip's spans in one buffer,
// so a state holds one allocation, reused once the state is passed on.
struct Scores {
    struct Tip {
        std::uint32_t begin = 0;     // spans[begin + k]: k decisions exercised the tip
        std::uint32_t size = 0;      // k < size: up to the highest k some path has
        std::uint32_t capacity = 0;  // room, empty spans past `size`: a longer path fits in place
    };
    std::vector<Tip> tips;  // empty until some path arrives
    std::vector<Span> spans;
    // The tips' sizes summed: the spans ExploreOptions::max_live_spans counts (the spare
    // room, at most a quarter more, is left out so the budget gives up where it always did).
    std::size_t held = 0;

    bool empty() const { return tips.empty(); }
    const Span* of(std::size_t t) const { return spans.data() + tips[t].begin; }
    void clear() {
        tips.clear();
        spans.clear();
        held = 0;
    }
};

// to[i] = min(to[i], from[i] moved by `add` half-points), for n spans: the paths of
// `from`, one choice further, join those of `to`. With the highest sum stored negated, both
// halves of a span merge by a minimum, without a branch; these loops are most of the
// analysis.
void minInto(Span* to, const Span* from, std::size_t n, std::int32_t add) {
    for (std::size_t i = 0; i < n; ++i) {
        to[i].lo = std::min(to[i].lo, from[i].lo + add);
        to[i].minus_hi = std::min(to[i].minus_hi, from[i].minus_hi - add);
    }
}

// spans[i] moved by `add` half-points, for n spans.
void moveBy(Span* spans, std::size_t n, std::int32_t add) {
    for (std::size_t i = 0; i < n; ++i) {
        spans[i].lo += add;
        spans[i].minus_hi -= add;
    }
}

// The room a tip's spans get when (re)laid out: paths that arrive later are often a
// decision or two longer, and then merge in place. At most a quarter more than held.
std::uint32_t roomFor(std::uint32_t size) { return size + size / 4 + 2; }

// Adds `src`'s paths, moved by `dk` decisions and `ds` half-points per tip, into `dst`.
// The first paths to arrive are a moved copy; later ones merge in place when every tip
// of `dst` has room for them, and otherwise `dst` is laid out again, with room, in
// `scratch` and swapped with it. The buffers are reused (a state's come from one passed
// on), so once they have grown a merge allocates nothing.
void mergeShifted(Scores& dst, const Scores& src, std::size_t tips, const int* dk, const int* ds,
                  Scores& scratch) {
    if (src.empty()) return;
    if (dst.empty()) {
        for (std::size_t t = 0; t < tips; ++t) {
            const auto shift = static_cast<std::uint32_t>(dk[t]);
            const Scores::Tip& from = src.tips[t];
            const Scores::Tip tip{static_cast<std::uint32_t>(dst.spans.size()), from.size + shift,
                                  roomFor(from.size + shift)};
            // k < dk: every path here has just exercised the tip dk times.
            dst.spans.insert(dst.spans.end(), shift, kEmptySpan);
            dst.spans.insert(dst.spans.end(), src.of(t), src.of(t) + from.size);
            moveBy(dst.spans.data() + tip.begin + shift, from.size, ds[t]);
            dst.spans.insert(dst.spans.end(), tip.capacity - tip.size, kEmptySpan);
            dst.tips.push_back(tip);
            dst.held += tip.size;
        }
        return;
    }
    bool fits = true;
    for (std::size_t t = 0; t < tips && fits; ++t) fits = src.tips[t].size + dk[t] <= dst.tips[t].capacity;
    if (!fits) {
        scratch.clear();
        scratch.held = dst.held;
        for (std::size_t t = 0; t < tips; ++t) {
            const Scores::Tip& old = dst.tips[t];
            const std::uint32_t size =
                std::max(old.size, src.tips[t].size + static_cast<std::uint32_t>(dk[t]));
            const Scores::Tip tip{static_cast<std::uint32_t>(scratch.spans.size()), old.size, roomFor(size)};
            scratch.spans.insert(scratch.spans.end(), dst.of(t), dst.of(t) + old.size);
            scratch.spans.insert(scratch.spans.end(), tip.capacity - tip.size, kEmptySpan);
            scratch.tips.push_back(tip);
        }
        std::swap(dst, scratch);
    }
    for (std::size_t t = 0; t < tips; ++t) {
        Scores::Tip& tip = dst.tips[t];
        const std::uint32_t size = src.tips[t].size + static_cast<std::uint32_t>(dk[t]);
        if (size > tip.size) dst.held += size - tip.size, tip.size = size;
        minInto(dst.spans.data() + tip.begin + dk[t], src.of(t), src.tips[t].size, ds[t]);
    }
}

std::uint64_t saturatingAdd(std::uint64_t a, std::uint64_t b, bool& saturated) {
    if (a >= kPathCountCap - std::min(b, kPathCountCap)) {
        saturated = true;
        return kPathCountCap;
    }
    return a + b;
}

// ----------------------------------------------------- loops (strongly connected components)

// The state graph's strongly connected components (Tarjan, without recursion: a long story
// is a deep graph). Components come out sinks first, i.e. in reverse topological order.
struct Components {
    std::vector<std::uint32_t> of;     // state -> component
    std::vector<std::uint32_t> start;  // component c's states: members[start[c] .. start[c + 1])
    std::vector<std::uint32_t> members;
    std::size_t count() const { return start.size() - 1; }
};

Components findComponents(const StateGraph& graph) {
    const auto n = static_cast<std::uint32_t>(graph.states.size());
    constexpr std::uint32_t kUnseen = StateGraph::kNone;
    Components out;
    out.of.assign(n, kUnseen);
    out.start.push_back(0);
    std::vector<std::uint32_t> order(n, kUnseen), low(n, 0);
    std::vector<char> on_stack(n, 0);
    std::vector<std::uint32_t> stack;
    struct Frame {
        std::uint32_t state;
        std::uint32_t next_edge;
    };
    std::vector<Frame> calls;
    std::uint32_t counter = 0;
    for (std::uint32_t root = 0; root < n; ++root) {
        if (order[root] != kUnseen) continue;
        calls.push_back({root, graph.first_edge[root]});
        order[root] = low[root] = counter++;
        stack.push_back(root);
        on_stack[root] = 1;
        while (!calls.empty()) {
            Frame& frame = calls.back();
            const std::uint32_t v = frame.state;
            if (frame.next_edge < graph.first_edge[v + 1]) {
                const std::uint32_t w = graph.edges[frame.next_edge++].to;
                if (order[w] == kUnseen) {
                    order[w] = low[w] = counter++;
                    stack.push_back(w);
                    on_stack[w] = 1;
                    calls.push_back({w, graph.first_edge[w]});
                } else if (on_stack[w]) {
                    low[v] = std::min(low[v], order[w]);
                }
                continue;
            }
            if (low[v] == order[v]) {
                const auto component = static_cast<std::uint32_t>(out.count());
                std::uint32_t w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    on_stack[w] = 0;
                    out.of[w] = component;
                    out.members.push_back(w);
                } while (w != v);
                out.start.push_back(static_cast<std::uint32_t>(out.members.size()));
            }
            calls.pop_back();
            if (!calls.empty()) low[calls.back().state] = std::min(low[calls.back().state], low[v]);
        }
    }
    return out;
}

// --------------------------------------------------------------------------- paths and scores

class PathCounter {
public:
    PathCounter(const Scenario& scenario, const StateGraph& graph, const Components& components,
                const std::vector<char>& reaches_end, const ExploreOptions& options)
        : scenario_(scenario),
          graph_(graph),
          comps_(components),
          reaches_end_(reaches_end),
          budget_(options.max_loop_steps),
          max_live_spans_(options.max_live_spans) {
        // Per choice, the tip or rule it scores and its half-points, flat, so that following
        // a choice does not touch the scenario's nodes. Tips are found by a linear search of
        // allTips() (about a dozen; a set or map of strings cost more than the whole path
        // count), trying the last match first: a moment's choices usually share their tip.
        const std::span<const TipInfo> all = allTips();
        std::vector<char> scored(all.size(), 0);
        std::size_t last = 0;
        auto indexInAll = [&](std::string_view id) -> int {
            if (last < all.size() && all[last].id == id) return static_cast<int>(last);
            for (std::size_t i = 0; i < all.size(); ++i)
                if (all[i].id == id) return static_cast<int>(last = i);
            return -1;
        };
        first_choice_.reserve(scenario.nodes.size() + 1);
        for (const Node& node : scenario.nodes) {
            first_choice_.push_back(static_cast<std::uint32_t>(choice_scores_.size()));
            node_is_ending_.push_back(node.is_ending);
            for (const Choice& choice : node.choices) {
                const int tip = verdictScore(choice.verdict) ? indexInAll(choice.tip) : -1;
                if (tip >= 0) scored[static_cast<std::size_t>(tip)] = 1;
                choice_scores_.push_back({static_cast<std::int16_t>(tip), static_cast<std::int16_t>(halfPoints(choice.verdict))});
            }
        }
        first_choice_.push_back(static_cast<std::uint32_t>(choice_scores_.size()));
        // The tips and rules some choice scores, in allTips() order; choices refer to them.
        std::vector<int> tip_of_all(all.size(), -1);
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (!scored[i]) continue;
            tip_of_all[i] = static_cast<int>(tip_ids_.size());
            tip_ids_.emplace_back(all[i].id);
        }
        for (ChoiceScore& c : choice_scores_)
            if (c.tip >= 0) c.tip = static_cast<std::int16_t>(tip_of_all[static_cast<std::size_t>(c.tip)]);
    }

    void run();

    std::uint64_t paths = 0;
    bool saturated = false;
    bool out_of_budget = false;
    bool scores_dropped = false;              // the span budget ran out: no score ranges
    std::vector<std::uint64_t> ending_paths;  // per node index
    Scores at_endings;                        // every path's scores, merged
    const std::vector<std::string>& tipIds() const { return tip_ids_; }

private:
    static constexpr std::uint32_t kNoSlot = StateGraph::kNone;

    // What following a choice adds: the tip it scores (-1: none) and its half-points.
    struct ChoiceScore {  // small: one per choice of the story
        std::int16_t tip;     // index into tip_ids_, -1: none
        std::int16_t points;  // half-points
    };
    const ChoiceScore& scoreOf(const StateGraph::Edge& e, std::uint32_t from) const {
        return choice_scores_[first_choice_[graph_.states[from].node] + e.choice];
    }
    // The paths from `from` (and their scores, moved by dk and ds per tip) go on to `to`.
    void flowInto(std::uint32_t to, std::uint32_t from, std::uint64_t count, const int* dk, const int* ds) {
        counts_[to] = saturatingAdd(counts_[to], count, saturated);
        if (tip_ids_.empty() || scores_dropped || slot_of_[from] == kNoSlot) return;
        if (slot_of_[to] == kNoSlot) {
            if (free_slots_.empty()) {
                slot_of_[to] = static_cast<std::uint32_t>(slots_.size());
                slots_.emplace_back();
            } else {
                slot_of_[to] = free_slots_.back();
                free_slots_.pop_back();
            }
        }
        Scores& target = slots_[slot_of_[to]];
        live_spans_ -= target.held;
        mergeShifted(target, slots_[slot_of_[from]], tip_ids_.size(), dk, ds, scratch_);
        live_spans_ += target.held;
        if (live_spans_ > max_live_spans_) dropScores();
    }
    // A state passed on: its slot (and the slot's buffers) serve a later state.
    void release(std::uint32_t state) {
        if (scores_dropped || slot_of_[state] == kNoSlot) return;
        const std::uint32_t slot = slot_of_[state];
        live_spans_ -= slots_[slot].held;
        slots_[slot].clear();
        free_slots_.push_back(slot);
        slot_of_[state] = kNoSlot;
    }
    // A story too large to follow every score: give the memory back, keep counting paths.
    void dropScores() {
        scores_dropped = true;
        slot_of_ = {};
        slots_ = {};
        free_slots_ = {};
        scratch_ = {};
        at_endings = {};
        live_spans_ = 0;
    }
    void arrive(std::uint32_t state);
    void throughSingle(std::uint32_t state);
    void throughLoop(std::uint32_t component);

    const Scenario& scenario_;
    const StateGraph& graph_;
    const Components& comps_;
    const std::vector<char>& reaches_end_;
    std::uint64_t budget_;
    std::size_t max_live_spans_;
    std::vector<std::string> tip_ids_;
    std::vector<std::uint32_t> first_choice_;  // node -> its choices' index in choice_scores_
    std::vector<ChoiceScore> choice_scores_;
    std::vector<char> node_is_ending_;
    std::vector<std::uint64_t> counts_;  // paths from the start to each state
    // The scores of the paths to each state, held only from the first path that arrives
    // until the state is passed on: a slot per state held (about one layer of the story),
    // not a vector per state. A deque, so that a Scores stays put while slots are added.
    std::vector<std::uint32_t> slot_of_;  // state -> index into slots_, or kNoSlot
    std::deque<Scores> slots_;
    std::vector<std::uint32_t> free_slots_;
    Scores scratch_;              // where a merge is built (mergeShifted)
    std::size_t live_spans_ = 0;  // spans held in `slots_` now
    std::vector<int> dk_, ds_;    // per tip: what the choice being followed adds
    std::vector<char> on_path_;
};

void PathCounter::run() {
    const std::size_t n = graph_.states.size();
    const std::size_t tips = tip_ids_.size();
    ending_paths.assign(scenario_.nodes.size(), 0);
    if (n == 0) return;
    counts_.assign(n, 0);
    slot_of_.assign(n, kNoSlot);
    on_path_.assign(n, 0);
    dk_.assign(tips, 0);
    ds_.assign(tips, 0);
    counts_[0] = 1;
    if (tips > 0) {
        slot_of_[0] = 0;
        Scores& start = slots_.emplace_back();
        start.spans.assign(tips, Span{0, 0});  // k = 0 for every tip, no points yet
        for (std::uint32_t t = 0; t < tips; ++t) start.tips.push_back({t, 1, 1});
        start.held = tips;
        live_spans_ = tips;
    }
    // Components in topological order, breadth first (Kahn): a component is taken once
    // every choice into it has been followed, and the scores held at once are about one
    // "layer" of the story, not the whole of it.
    std::vector<std::uint32_t> waiting(comps_.count(), 0);  // choices into it not yet followed
    for (std::uint32_t s = 0; s < n; ++s)
        for (std::size_t e = 0; e < graph_.edgeCount(s); ++e)
            if (const std::uint32_t w = graph_.edgesOf(s)[e].to; comps_.of[w] != comps_.of[s])
                ++waiting[comps_.of[w]];
    std::vector<std::uint32_t> queue{comps_.of[0]};
    for (std::size_t next = 0; next < queue.size(); ++next) {
        const std::uint32_t c = queue[next];
        if (comps_.start[c + 1] - comps_.start[c] == 1)
            throughSingle(comps_.members[comps_.start[c]]);
        else
            throughLoop(c);
        for (std::uint32_t i = comps_.start[c]; i < comps_.start[c + 1]; ++i) {
            const std::uint32_t s = comps_.members[i];
            for (std::size_t e = 0; e < graph_.edgeCount(s); ++e)
                if (const std::uint32_t d = comps_.of[graph_.edgesOf(s)[e].to]; d != c && --waiting[d] == 0)
                    queue.push_back(d);
        }
    }
}

void PathCounter::arrive(std::uint32_t state) {
    const std::uint32_t node = graph_.states[state].node;
    ending_paths[node] = saturatingAdd(ending_paths[node], counts_[state], saturated);
    paths = saturatingAdd(paths, counts_[state], saturated);
    if (!tip_ids_.empty() && !scores_dropped && slot_of_[state] != kNoSlot) {
        // dk_ and ds_ are all zero between choices (throughSingle puts them back).
        mergeShifted(at_endings, slots_[slot_of_[state]], tip_ids_.size(), dk_.data(), ds_.data(), scratch_);
    }
}

// A state on no loop (a loop onto itself adds no path): its paths go on along each choice.
void PathCounter::throughSingle(std::uint32_t s) {
    if (counts_[s] != 0 && reaches_end_[s]) {
        if (node_is_ending_[graph_.states[s].node]) {
            arrive(s);
        } else {
            const StateGraph::Edge* edges = graph_.edgesOf(s);
            for (std::size_t i = 0; i < graph_.edgeCount(s); ++i) {
                const std::uint32_t w = edges[i].to;
                if (w == s || !reaches_end_[w]) continue;
                const ChoiceScore& score = scoreOf(edges[i], s);
                const int t = score.tip;
                if (t >= 0) dk_[t] = 1, ds_[t] = score.points;
                flowInto(w, s, counts_[s], dk_.data(), ds_.data());
                if (t >= 0) dk_[t] = 0, ds_[t] = 0;
            }
        }
    }
    release(s);
}

// A loop: from each state where paths enter it, every path inside that never repeats a
// state, to every choice that leaves it. Paths cannot come back to a loop they left (the
// components are in topological order), so these are exactly the simple paths.
void PathCounter::throughLoop(std::uint32_t c) {
    const std::size_t tips = tip_ids_.size();
    struct Frame {
        std::uint32_t state;
        std::uint32_t next_edge;
    };
    std::vector<Frame> stack;
    std::vector<int> dk, ds;  // per depth, per tip: what the path inside the loop added so far
    std::vector<int> step_dk(tips), step_ds(tips);  // the same, one choice further
    for (std::uint32_t i = comps_.start[c]; i < comps_.start[c + 1]; ++i) {
        const std::uint32_t entry = comps_.members[i];
        if (counts_[entry] == 0 || !reaches_end_[entry] || out_of_budget) continue;
        stack.assign(1, {entry, graph_.first_edge[entry]});
        dk.assign(tips, 0);
        ds.assign(tips, 0);
        on_path_[entry] = 1;
        while (!stack.empty()) {
            Frame& frame = stack.back();
            const std::uint32_t u = frame.state;
            if (frame.next_edge == graph_.first_edge[u + 1] || out_of_budget) {
                on_path_[u] = 0;
                stack.pop_back();
                dk.resize(stack.size() * tips);
                ds.resize(stack.size() * tips);
                continue;
            }
            const StateGraph::Edge& edge = graph_.edges[frame.next_edge++];
            if (budget_ == 0) {
                out_of_budget = true;
                continue;
            }
            --budget_;
            const std::uint32_t w = edge.to;
            if (!reaches_end_[w] || on_path_[w]) continue;
            const auto depth = static_cast<std::ptrdiff_t>((stack.size() - 1) * tips);
            std::copy(dk.begin() + depth, dk.end(), step_dk.begin());
            std::copy(ds.begin() + depth, ds.end(), step_ds.begin());
            if (const ChoiceScore& score = scoreOf(edge, u); score.tip >= 0)
                ++step_dk[score.tip], step_ds[score.tip] += score.points;
            if (comps_.of[w] != c) {
                flowInto(w, entry, counts_[entry], step_dk.data(), step_ds.data());
            } else {
                on_path_[w] = 1;
                stack.push_back({w, graph_.first_edge[w]});
                dk.insert(dk.end(), step_dk.begin(), step_dk.end());
                ds.insert(ds.end(), step_ds.begin(), step_ds.end());
            }
        }
    }
    for (std::uint32_t i = comps_.start[c]; i < comps_.start[c + 1]; ++i) release(comps_.members[i]);
}

}  // namespace

bool ExploreReport::allEndingsReached() const {
    return std::all_of(endings.begin(), endings.end(), [](const EndingReach& e) { return e.reached; });
}

ExploreReport exploreScenario(const Scenario& scenario, ScriptHooks* hooks, const ExploreOptions& options) {
    return exploreStateGraph(scenario, buildStateGraph(scenario, hooks, options.max_states), options);
}

ExploreReport exploreStateGraph(const Scenario& scenario, const StateGraph& graph,
                                const ExploreOptions& options) {
    ExploreReport report;
    report.states = graph.states.size();
    report.states_capped = graph.capped;
    const auto n = static_cast<std::uint32_t>(graph.states.size());
    std::vector<char> ending_node(scenario.nodes.size());  // flat: these loops visit every state
    for (std::size_t i = 0; i < scenario.nodes.size(); ++i) ending_node[i] = scenario.nodes[i].is_ending;
    auto isEnding = [&](std::uint32_t s) { return ending_node[graph.states[s].node] != 0; };

    // Which states can still reach an ending: components sinks first, so every successor's
    // component is settled before its predecessors'.
    const Components comps = findComponents(graph);
    std::vector<char> comp_reaches(comps.count(), 0), reaches_end(n, 0);
    for (std::uint32_t c = 0; c < comps.count(); ++c) {
        for (std::uint32_t i = comps.start[c]; i < comps.start[c + 1] && !comp_reaches[c]; ++i) {
            const std::uint32_t s = comps.members[i];
            if (isEnding(s)) comp_reaches[c] = 1;
            for (std::size_t e = 0; e < graph.edgeCount(s) && !comp_reaches[c]; ++e)
                if (const std::uint32_t w = graph.edgesOf(s)[e].to;
                    comps.of[w] != c && comp_reaches[comps.of[w]])
                    comp_reaches[c] = 1;
        }
        for (std::uint32_t i = comps.start[c]; i < comps.start[c + 1]; ++i)
            reaches_end[comps.members[i]] = comp_reaches[c];
    }

    PathCounter counter(scenario, graph, comps, reaches_end, options);
    counter.run();
    report.paths = counter.paths;
    report.paths_capped = counter.saturated || counter.out_of_budget;
    report.scores_complete = !counter.scores_dropped;

    // ---------------------------------------------------------------------------- dead ends
    // Per node, the first state (breadth first: the shortest way there) where it is stuck.
    std::vector<std::uint32_t> first_state(scenario.nodes.size(), StateGraph::kNone);
    std::vector<std::pair<std::uint32_t, DeadEnd::Kind>> stuck(scenario.nodes.size(),
                                                               {StateGraph::kNone, {}});
    auto markStuck = [&](std::uint32_t s, DeadEnd::Kind kind) {
        auto& slot = stuck[graph.states[s].node];
        if (s < slot.first) slot = {s, kind};
    };
    for (std::uint32_t s = 0; s < n; ++s) {
        const std::uint32_t node = graph.states[s].node;
        first_state[node] = std::min(first_state[node], s);
        if (!isEnding(s) && graph.edgeCount(s) == 0 && !graph.states[s].truncated)
            markStuck(s, DeadEnd::Kind::NoChoice);
    }
    // A loop no choice leaves, with no ending in it: whoever enters it never finishes.
    // Only when all its states' choices are known (none led past the state cap).
    for (std::uint32_t c = 0; c < comps.count(); ++c) {
        if (comp_reaches[c]) continue;
        bool closed = true, loops = comps.start[c + 1] - comps.start[c] > 1;
        for (std::uint32_t i = comps.start[c]; i < comps.start[c + 1]; ++i) {
            const std::uint32_t s = comps.members[i];
            closed &= !graph.states[s].truncated;
            for (std::size_t e = 0; e < graph.edgeCount(s); ++e) {
                const std::uint32_t w = graph.edgesOf(s)[e].to;
                closed &= comps.of[w] == c;
                loops |= w == s;
            }
        }
        if (closed && loops)
            for (std::uint32_t i = comps.start[c]; i < comps.start[c + 1]; ++i)
                markStuck(comps.members[i], DeadEnd::Kind::NoWayOut);
    }

    // ------------------------------------------------------------------------------ report
    for (std::size_t i = 0; i < scenario.nodes.size(); ++i) {
        const Node& node = scenario.nodes[i];
        const std::uint32_t first = first_state[i];
        if (node.is_ending) {
            EndingReach reach{&node, first != StateGraph::kNone, {}, counter.ending_paths[i]};
            if (reach.reached) reach.choices = graph.choicesTo(first);
            report.endings.push_back(std::move(reach));
        } else if (first == StateGraph::kNone) {
            report.unreachable.push_back(&node);
        }
        if (stuck[i].first != StateGraph::kNone) {
            const std::uint32_t s = stuck[i].first;
            report.dead_ends.push_back(
                {&node, stuck[i].second, graph.choicesTo(s), graph.vars[graph.states[s].vars]});
        }
    }

    if (!report.scores_complete) return report;
    const std::vector<std::string>& ids = counter.tipIds();
    for (const TipInfo& tip : allTips()) {
        TipRange range{std::string(tip.id)};
        const auto it = std::find(ids.begin(), ids.end(), tip.id);
        if (it != ids.end() && !counter.at_endings.empty()) {
            const Scores& scores = counter.at_endings;
            const auto t = static_cast<std::size_t>(it - ids.begin());
            const Span* spans = scores.of(t);
            range.on_every_path = scores.tips[t].size == 0 || spans[0].empty();
            range.min = 1.0;
            for (std::size_t k = 1; k < scores.tips[t].size; ++k) {
                if (spans[k].empty()) continue;
                range.exercised = true;
                range.min = std::min(range.min, spans[k].lo / (2.0 * static_cast<double>(k)));
                range.max = std::max(range.max, spans[k].hi() / (2.0 * static_cast<double>(k)));
            }
            if (!range.exercised) range.min = 0.0, range.on_every_path = false;
        }
        if (tip.kind == TipKind::Tip || range.exercised) report.scores.push_back(range);
    }
    return report;
}

}  // namespace saqbol
