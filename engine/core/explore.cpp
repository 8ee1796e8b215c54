// SPDX-License-Identifier: MIT
// Sections: score ranges · loops (strongly connected components) · paths and scores ·
// dead ends · the report.
#include "explore.h"

#include <algorithm>
#include <array>
#include <climits>
#include <span>
#include <stdexcept>
#include <string_view>

#include "tips.h"

namespace saqbol {
namespace {

// ------------------------------------------------------------------------------ score ranges
//
// A tip's mastery on a path is a mean: the points of the decisions that exercised it over
// their number k. The lowest mean over every path is a fractional shortest-path problem,
// solved exactly by Dinkelbach's method. For a trial mean λ = p / q, the path with the
// least q·sum − p·k is an ordinary shortest path: one best path per state, carried
// forward choice by choice. That least value is zero exactly when λ is the lowest mean;
// otherwise the path's own mean is the next trial, and from then on each trial is a real
// path's mean and each next one lower. The highest mean is found the same way, as the
// lowest mean of the points lost (2 per decision, less those scored). Each round is one
// pass over the states. The first trial is 0 for both: most stories have a path that
// loses every point of a tip and one that scores them all, and then one pass settles the
// tip; so does a path whose every decision scores the fewest points any choice on the tip
// scores (a rule whose choices are all safe). On the 10,000-node bench one pass settles
// every tip. Whole numbers throughout, so it is exact. (Before, each state held the lowest
// and highest sum per k: exact too, but about 25 of them per tip and state on the bench,
// docs/performance.md.)

// Points in halves, so every sum is a whole number: safe 2, risky 1, harmful 0.
int halfPoints(Verdict verdict) { return verdict == Verdict::Safe ? 2 : verdict == Verdict::Risky ? 1 : 0; }

// One question is one tip's lowest mean (question 2t) or highest (2t + 1, counted in
// half-points lost). The best path found for it at one state in a round: its value by the
// round's trial mean p / q, q·sum − p·k (the lower, the better), its sum and the number k
// of decisions that exercised the tip. Sums and counts stay below 2^31 (a path visits each
// of at most 5 * 10^7 states once) and values below 2^53 in size. No path yet: a value
// of kNoPath, far above any real one, and it stays far above however much a path adds to
// it, so a merge is one comparison with no test for "none".
struct Best {
    std::int64_t value;
    std::int32_t sum;
    std::int32_t k;
    bool found() const;
};
constexpr std::int64_t kNoPath = std::int64_t{1} << 62;
constexpr Best kNoBest{kNoPath, 0, 0};
bool Best::found() const { return value < kNoPath / 2; }

// The trial mean of a question, p / q with q > 0.
struct Trial {
    std::int64_t p;
    std::int64_t q;
    // What `sum` more half-points over `k` more decisions add to a path's value.
    std::int64_t value(std::int64_t sum, std::int64_t k) const { return q * sum - p * k; }
};

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

// Tips and rules a story can score, at most (a bit each in a 64-bit mask).
constexpr std::size_t kMaxTips = 64;

class PathCounter {
public:
    PathCounter(const Scenario& scenario, const StateGraph& graph, const Components& components,
                const std::vector<char>& reaches_end, const ExploreOptions& options)
        : scenario_(scenario),
          graph_(graph),
          comps_(components),
          reaches_end_(reaches_end),
          max_loop_steps_(options.max_loop_steps) {
        // Per choice (numbered as Scenario::firstChoice), the tip or rule it scores and its
        // half-points, so that following a choice reads 4 bytes.
        const std::span<const TipInfo> all = allTips();
        std::vector<char> scored(all.size(), 0);
        const std::uint32_t choice_count = scenario.firstChoice(scenario.nodes.size());
        choice_scores_.reserve(choice_count);
        node_is_ending_.reserve(scenario.nodes.size());
        for (const Node& node : scenario.nodes) node_is_ending_.push_back(node.is_ending);
        for (std::uint32_t number = 0; number < choice_count; ++number) {
            const Scenario::ChoiceRef& choice = scenario.choiceRef(number);
            const int tip = verdictScore(choice.verdict) ? choice.tip : -1;
            if (tip >= 0) scored[static_cast<std::size_t>(tip)] = 1;
            choice_scores_.push_back(
                {static_cast<std::int16_t>(tip), static_cast<std::int16_t>(halfPoints(choice.verdict))});
        }
        // The tips and rules some choice scores, in allTips() order; choices refer to them.
        std::vector<int> tip_of_all(all.size(), -1);
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (!scored[i]) continue;
            tip_of_all[i] = static_cast<int>(tip_ids_.size());
            tip_ids_.emplace_back(all[i].id);
        }
        if (tip_ids_.size() > kMaxTips) throw std::logic_error("explore: more than 64 tips scored");
        for (ChoiceScore& c : choice_scores_)
            if (c.tip >= 0) c.tip = static_cast<std::int16_t>(tip_of_all[static_cast<std::size_t>(c.tip)]);
    }

    void run();

    std::uint64_t paths = 0;
    bool saturated = false;
    bool out_of_budget = false;
    std::vector<std::uint64_t> ending_paths;  // per node index
    bool ending_reached = false;              // some path reaches an ending
    // Per tip: some path to an ending does not exercise it; the path with its lowest mean
    // and the one with its highest, in half-points lost (!found(): no path exercises it).
    std::vector<char> skipped_by_some_path;
    std::vector<Best> lowest, highest_lost;
    const std::vector<std::string>& tipIds() const { return tip_ids_; }

private:
    static constexpr std::uint32_t kNoSlot = StateGraph::kNone;

    // What following a choice adds: the tip it scores (-1: none) and its half-points.
    struct ChoiceScore {  // small: one per choice of the story
        std::int16_t tip;     // index into tip_ids_, -1: none
        std::int16_t points;  // half-points
    };
    const ChoiceScore& scoreOf(const StateGraph::Edge& e, std::uint32_t from) const {
        return choice_scores_[scenario_.firstChoice(graph_.states[from].node) + e.choice];
    }

    // One pass over the states in order, for the questions still open; the first pass
    // also counts the paths.
    void pass();
    void noteScore(const ChoiceScore& score) {
        const auto t = static_cast<std::size_t>(score.tip);
        fewest_points_[t] = std::min<std::int32_t>(fewest_points_[t], score.points);
        most_points_[t] = std::max<std::int32_t>(most_points_[t], score.points);
    }
    // The paths from `from` go on to `to`, one step further: a step that exercises tip t
    // (bit t of `exercised`) dk[t] times for ds[t] half-points (read for those tips only).
    void flowInto(std::uint32_t to, std::uint32_t from, std::uint64_t count, std::uint64_t exercised,
                  const int* dk, const int* ds);
    // The same for slots; `first`: `to_slot` is new, these are its first paths.
    void merge(std::uint32_t to_slot, std::uint32_t from_slot, bool first, std::uint64_t exercised,
               const int* dk, const int* ds);
    // A slot, its contents left as they are (`merge` with `first` fills it) or with no
    // path in it (`empty`).
    std::uint32_t newSlot(bool empty);
    // A state passed on: its slot serves a later state.
    void release(std::uint32_t state) {
        if (slot_of_[state] == kNoSlot) return;
        free_slots_.push_back(slot_of_[state]);
        slot_of_[state] = kNoSlot;
    }
    void arrive(std::uint32_t state);
    void throughSingle(std::uint32_t state);
    void throughLoop(std::uint32_t component);

    const Scenario& scenario_;
    const StateGraph& graph_;
    const Components& comps_;
    const std::vector<char>& reaches_end_;
    const std::uint64_t max_loop_steps_;
    std::uint64_t budget_ = 0;  // loop steps left in this pass
    bool counting_ = true;      // the first pass: paths are counted
    std::vector<std::string> tip_ids_;
    std::vector<ChoiceScore> choice_scores_;
    std::vector<char> node_is_ending_;
    std::vector<std::uint32_t> order_;   // the components, in the order they are taken
    std::vector<std::uint64_t> counts_;  // paths from the start to each state
    // The questions, 2 per tip, and this round's trial mean of each.
    std::vector<Trial> trials_;
    // The questions open in this pass (a settled one is not asked again), and per tip
    // where its two are among them (-1: settled).
    std::vector<std::uint32_t> open_;
    std::vector<int> low_at_, high_at_;
    std::vector<int> dk_, ds_;  // per tip: what the choice being followed adds (single states)
    // Per tip, the fewest and most half-points of a choice followed in the first pass:
    // bounds on every path's mean.
    std::vector<std::int32_t> fewest_points_, most_points_;
    // What the paths to a state hold, from the first path that arrives until the state is
    // passed on: a slot per state held (about one layer of the story), not one per state.
    // Slot i: the best path per open question at best_[i * open_.size() ...], and per tip
    // whether some path arrived without exercising it (bit t of unexercised_[i]).
    std::vector<std::uint32_t> slot_of_;  // state -> slot, or kNoSlot
    std::vector<Best> best_;
    std::vector<std::uint64_t> unexercised_;
    std::vector<std::uint32_t> free_slots_;
    std::uint32_t ending_slot_ = kNoSlot;  // every path to an ending, merged
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
    // Components in topological order, breadth first (Kahn): a component is taken once
    // every choice into it has been followed, and the states held at once are about one
    // "layer" of the story, not the whole of it.
    std::vector<std::uint32_t> waiting(comps_.count(), 0);  // choices into it not yet followed
    for (std::uint32_t s = 0; s < n; ++s)
        for (std::size_t e = 0; e < graph_.edgeCount(s); ++e)
            if (const std::uint32_t w = graph_.edgesOf(s)[e].to; comps_.of[w] != comps_.of[s])
                ++waiting[comps_.of[w]];
    order_.assign(1, comps_.of[0]);
    for (std::size_t next = 0; next < order_.size(); ++next) {
        const std::uint32_t c = order_[next];
        for (std::uint32_t i = comps_.start[c]; i < comps_.start[c + 1]; ++i) {
            const std::uint32_t s = comps_.members[i];
            for (std::size_t e = 0; e < graph_.edgeCount(s); ++e)
                if (const std::uint32_t d = comps_.of[graph_.edgesOf(s)[e].to]; d != c && --waiting[d] == 0)
                    order_.push_back(d);
        }
    }
    // The first trial mean of every question is 0 (above).
    trials_.assign(2 * tips, Trial{0, 1});
    for (std::uint32_t question = 0; question < 2 * tips; ++question) open_.push_back(question);
    skipped_by_some_path.assign(tips, 0);
    fewest_points_.assign(tips, 2);
    most_points_.assign(tips, 0);
    lowest.assign(tips, kNoBest);
    highest_lost.assign(tips, kNoBest);
    counting_ = true;
    pass();
    counting_ = false;
    while (ending_slot_ != kNoSlot) {
        const Best* found = best_.data() + std::size_t{ending_slot_} * open_.size();
        std::vector<std::uint32_t> still_open;
        for (std::size_t j = 0; j < open_.size(); ++j) {
            const std::uint32_t question = open_[j];
            const Best b = found[j];
            // No decision on the tip scores fewer half-points than the fewest any choice
            // followed scores (or loses fewer than the fewest any loses): a path at that
            // bound needs no further round. A story whose choices on a rule are all safe
            // is settled so in one pass.
            const std::int32_t fewest =
                question % 2 == 0 ? fewest_points_[question / 2] : 2 - most_points_[question / 2];
            const bool at_bound = b.found() && b.sum == fewest * b.k;
            // Not the trial mean: the path's own mean is the next trial (a fraction of
            // whole numbers, so nothing is rounded). Equal, at the bound, or no path: the
            // answer.
            if (b.found() && b.value != 0 && !at_bound) {
                trials_[question] = {b.sum, b.k};
                still_open.push_back(question);
            } else {
                (question % 2 == 0 ? lowest : highest_lost)[question / 2] = b;
            }
        }
        for (std::size_t t = 0; t < tips; ++t) skipped_by_some_path[t] = unexercised_[ending_slot_] >> t & 1;
        if (still_open.empty()) break;
        open_ = std::move(still_open);
        pass();
    }
}

void PathCounter::pass() {
    budget_ = max_loop_steps_;
    free_slots_.clear();
    best_.clear();
    unexercised_.clear();
    ending_slot_ = kNoSlot;
    const std::size_t tips = tip_ids_.size();
    low_at_.assign(tips, -1);
    high_at_.assign(tips, -1);
    for (std::size_t j = 0; j < open_.size(); ++j)
        (open_[j] % 2 == 0 ? low_at_ : high_at_)[open_[j] / 2] = static_cast<int>(j);
    dk_.assign(tips, 0);
    ds_.assign(tips, 0);
    if (tips > 0) {
        slot_of_[0] = newSlot(true);
        // The start: one path, no tip exercised yet.
        unexercised_[slot_of_[0]] = tips == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << tips) - 1;
    }
    if (counting_) counts_[0] = 1;
    for (const std::uint32_t c : order_) {
        if (comps_.start[c + 1] - comps_.start[c] == 1)
            throughSingle(comps_.members[comps_.start[c]]);
        else
            throughLoop(c);
    }
}

std::uint32_t PathCounter::newSlot(bool empty) {
    std::uint32_t slot;
    if (free_slots_.empty()) {
        slot = static_cast<std::uint32_t>(unexercised_.size());
        unexercised_.push_back(0);
        best_.resize(best_.size() + open_.size());
    } else {
        slot = free_slots_.back();
        free_slots_.pop_back();
    }
    if (empty) {
        unexercised_[slot] = 0;
        std::fill_n(best_.begin() + static_cast<std::ptrdiff_t>(std::size_t{slot} * open_.size()),
                    open_.size(), kNoBest);
    }
    return slot;
}

void PathCounter::flowInto(std::uint32_t to, std::uint32_t from, std::uint64_t count, std::uint64_t exercised,
                           const int* dk, const int* ds) {
    if (counting_) counts_[to] = saturatingAdd(counts_[to], count, saturated);
    if (slot_of_[from] == kNoSlot) return;  // no tip is scored
    const bool first = slot_of_[to] == kNoSlot;
    if (first) slot_of_[to] = newSlot(false);
    merge(slot_of_[to], slot_of_[from], first, exercised, dk, ds);
}

void PathCounter::merge(std::uint32_t to_slot, std::uint32_t from_slot, bool first, std::uint64_t exercised,
                        const int* dk, const int* ds) {
    const std::size_t open = open_.size();
    Best* to = best_.data() + std::size_t{to_slot} * open;
    const Best* from = best_.data() + std::size_t{from_slot} * open;
    const std::uint64_t skipped = unexercised_[from_slot];
    // The questions of the tips this step exercises (two per tip), and what `to` held for
    // them: they are done last, by what the step adds.
    struct Aside {
        std::int32_t at;  // place among the open questions, -1: settled
        std::uint32_t tip;
        Best held;
    };
    std::array<Aside, 2 * kMaxTips> aside;
    std::size_t asides = 0;
    for (std::uint64_t bits = exercised; bits != 0; bits &= bits - 1) {
        const auto t = static_cast<std::uint32_t>(__builtin_ctzll(bits));
        for (const int j : {low_at_[t], high_at_[t]})
            if (j >= 0) aside[asides++] = {j, t, first ? kNoBest : to[j]};
    }
    // Every other question's paths go on unchanged: the better of the two kept, without
    // a branch (which would be a coin toss).
    if (first) {
        std::copy(from, from + open, to);
        unexercised_[to_slot] = skipped & ~exercised;
    } else {
        for (std::size_t j = 0; j < open; ++j) {
            const Best f = from[j], held = to[j];
            const bool take = f.value < held.value;
            to[j] = {take ? f.value : held.value, take ? f.sum : held.sum, take ? f.k : held.k};
        }
        unexercised_[to_slot] |= skipped & ~exercised;
    }
    for (std::size_t i = 0; i < asides; ++i) {
        const Aside& a = aside[i];
        const auto j = static_cast<std::size_t>(a.at);
        // Question 2t counts half-points scored, 2t + 1 half-points lost.
        const std::int32_t k = dk[a.tip];
        const std::int32_t sum = open_[j] % 2 == 0 ? ds[a.tip] : 2 * k - ds[a.tip];
        const Best step{trials_[open_[j]].value(sum, k), sum, k};
        Best best = a.held;
        if (const Best on{from[j].value + step.value, from[j].sum + sum, from[j].k + k};
            on.value < best.value)
            best = on;
        // The paths that had not exercised the tip start their mean here.
        if ((skipped >> a.tip & 1) && step.value < best.value) best = step;
        to[j] = best;
    }
}

void PathCounter::arrive(std::uint32_t state) {
    if (counting_) {
        const std::uint32_t node = graph_.states[state].node;
        ending_paths[node] = saturatingAdd(ending_paths[node], counts_[state], saturated);
        paths = saturatingAdd(paths, counts_[state], saturated);
        ending_reached = true;
    }
    if (slot_of_[state] == kNoSlot) return;
    // Every ending's paths merged in one slot, kept to the end of the pass (step_ is all
    // zero between choices).
    const bool first = ending_slot_ == kNoSlot;
    if (first) ending_slot_ = newSlot(false);
    merge(ending_slot_, slot_of_[state], first, 0, dk_.data(), ds_.data());
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
                if (t < 0) {
                    flowInto(w, s, counts_[s], 0, dk_.data(), ds_.data());
                    continue;
                }
                dk_[t] = 1, ds_[t] = score.points;
                if (counting_) noteScore(score);
                flowInto(w, s, counts_[s], std::uint64_t{1} << t, dk_.data(), ds_.data());
            }
        }
    }
    release(s);
}

// A loop: from each state where paths enter it, every path inside that never repeats a
// state, to every choice that leaves it. Paths cannot come back to a loop they left (the
// components are in topological order), so these are exactly the simple paths. Each pass
// takes the same steps, so a budget that runs out stops every pass at the same place.
void PathCounter::throughLoop(std::uint32_t c) {
    const std::size_t tips = tip_ids_.size();
    struct Frame {
        std::uint32_t state;
        std::uint32_t next_edge;
    };
    std::vector<Frame> stack;
    std::vector<int> dk, ds;  // per depth, per tip: what the path inside the loop added so far
    std::vector<int> step_dk(tips), step_ds(tips);  // the same, one choice further
    bool stopped = false;                           // the budget ran out in this pass
    for (std::uint32_t i = comps_.start[c]; i < comps_.start[c + 1]; ++i) {
        const std::uint32_t entry = comps_.members[i];
        if (counts_[entry] == 0 || !reaches_end_[entry] || stopped || budget_ == 0) continue;
        stack.assign(1, {entry, graph_.first_edge[entry]});
        dk.assign(tips, 0);
        ds.assign(tips, 0);
        on_path_[entry] = 1;
        while (!stack.empty()) {
            Frame& frame = stack.back();
            const std::uint32_t u = frame.state;
            if (frame.next_edge == graph_.first_edge[u + 1] || stopped) {
                on_path_[u] = 0;
                stack.pop_back();
                dk.resize(stack.size() * tips);
                ds.resize(stack.size() * tips);
                continue;
            }
            const StateGraph::Edge& edge = graph_.edges[frame.next_edge++];
            if (budget_ == 0) {
                stopped = true;
                if (counting_) out_of_budget = true;
                continue;
            }
            --budget_;
            const std::uint32_t w = edge.to;
            if (!reaches_end_[w] || on_path_[w]) continue;
            const auto depth = static_cast<std::ptrdiff_t>((stack.size() - 1) * tips);
            std::copy(dk.begin() + depth, dk.end(), step_dk.begin());
            std::copy(ds.begin() + depth, ds.end(), step_ds.begin());
            if (const ChoiceScore& score = scoreOf(edge, u); score.tip >= 0) {
                ++step_dk[score.tip], step_ds[score.tip] += score.points;
                if (counting_) noteScore(score);
            }
            if (comps_.of[w] != c) {
                std::uint64_t exercised = 0;
                for (std::size_t t = 0; t < tips; ++t)
                    if (step_dk[t] != 0) exercised |= std::uint64_t{1} << t;
                flowInto(w, entry, counts_[entry], exercised, step_dk.data(), step_ds.data());
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

    const std::vector<std::string>& ids = counter.tipIds();
    for (const TipInfo& tip : allTips()) {
        TipRange range{std::string(tip.id)};
        const auto it = std::find(ids.begin(), ids.end(), tip.id);
        if (it != ids.end() && counter.ending_reached) {
            const auto t = static_cast<std::size_t>(it - ids.begin());
            const Best low = counter.lowest[t], high_lost = counter.highest_lost[t];
            range.exercised = low.found();
            range.on_every_path = range.exercised && !counter.skipped_by_some_path[t];
            if (range.exercised) {
                range.min = low.sum / (2.0 * low.k);
                range.max = (2 * high_lost.k - high_lost.sum) / (2.0 * high_lost.k);
            }
        }
        if (tip.kind == TipKind::Tip || range.exercised) report.scores.push_back(range);
    }
    return report;
}

}  // namespace saqbol
