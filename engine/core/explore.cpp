// SPDX-License-Identifier: MIT
// Sections: score spans · loops (strongly connected components) · paths and scores ·
// dead ends · the report.
#include "explore.h"

#include <algorithm>
#include <climits>
#include <map>
#include <set>
#include <string_view>

#include "tips.h"

namespace saqbol {
namespace {

// ------------------------------------------------------------------------------ score spans

// Points in halves, so every sum is a whole number: safe 2, risky 1, harmful 0.
int halfPoints(Verdict verdict) { return verdict == Verdict::Safe ? 2 : verdict == Verdict::Risky ? 1 : 0; }

// The lowest and highest sum of half-points over some paths; empty when lo > hi. The empty
// span is half-way to the limits so that shifting it (by at most two points a step, over a
// path of fewer than 10^8 states — `saqbol explore` allows 5 * 10^7) keeps it empty without
// overflow, and merging needs no branch.
struct Span {
    std::int32_t lo = INT32_MAX / 2;
    std::int32_t hi = INT32_MIN / 2;
    bool empty() const { return lo > hi; }
};

// Per tip, per number of decisions k that exercised it: the span of sums over the paths
// that arrived here. Only min and max of sum/k matter at the end, and for a fixed k those
// come from the lowest and highest sums — so this is exact, and small (k is at most the
// number of scored decisions on a path).
struct Prefix {
    std::vector<std::vector<Span>> tips;  // empty until some path arrives
};

// Adds `src` moved by `dk` decisions and `ds` half-points per tip into `dst`.
void mergeShifted(Prefix& dst, const Prefix& src, std::size_t tips, const int* dk, const int* ds) {
    if (src.tips.empty()) return;
    if (dst.tips.empty()) dst.tips.resize(tips);
    for (std::size_t t = 0; t < tips; ++t) {
        const std::vector<Span>& from = src.tips[t];
        std::vector<Span>& to = dst.tips[t];
        const auto shift = static_cast<std::size_t>(dk[t]);
        if (to.size() < from.size() + shift) to.resize(from.size() + shift);
        Span* target = to.data() + shift;
        const std::int32_t add = ds[t];
        for (std::size_t k = 0; k < from.size(); ++k) {
            target[k].lo = std::min(target[k].lo, from[k].lo + add);
            target[k].hi = std::max(target[k].hi, from[k].hi + add);
        }
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
        // The tips and rules some choice scores, in allTips() order.
        std::set<std::string_view> scored;
        for (const Node& node : scenario.nodes)
            for (const Choice& choice : node.choices)
                if (verdictScore(choice.verdict)) scored.insert(choice.tip);
        for (const TipInfo& tip : allTips()) {
            if (!scored.count(tip.id)) continue;
            tip_index_.emplace(std::string(tip.id), tip_ids_.size());
            tip_ids_.emplace_back(tip.id);
        }
        for (const Node& node : scenario.nodes) {
            std::vector<int> per_choice;
            for (const Choice& choice : node.choices) {
                auto it = tip_index_.find(choice.tip);
                per_choice.push_back(verdictScore(choice.verdict) && it != tip_index_.end()
                                         ? static_cast<int>(it->second)
                                         : -1);
            }
            choice_tip_.push_back(std::move(per_choice));
        }
    }

    void run();

    std::uint64_t paths = 0;
    bool saturated = false;
    bool out_of_budget = false;
    bool scores_dropped = false;              // the span budget ran out: no score ranges
    std::vector<std::uint64_t> ending_paths;  // per node index
    Prefix at_endings;                        // every path's scores, merged
    const std::vector<std::string>& tipIds() const { return tip_ids_; }

private:
    // The tip an edge's choice scores (-1: none) and its half-points.
    int tipOf(const StateGraph::Edge& e, std::uint32_t from) const {
        return choice_tip_[graph_.states[from].node][e.choice];
    }
    int pointsOf(const StateGraph::Edge& e, std::uint32_t from) const {
        return halfPoints(scenario_.nodes[graph_.states[from].node].choices[e.choice].verdict);
    }
    void flowInto(std::uint32_t to, std::uint64_t count, const Prefix& prefix, const int* dk, const int* ds) {
        counts_[to] = saturatingAdd(counts_[to], count, saturated);
        if (tip_ids_.empty() || scores_dropped) return;
        live_spans_ -= spansIn(prefixes_[to]);
        if (prefixes_[to].tips.empty() && !prefix.tips.empty()) {
            // Reuse the vectors of states already passed on: fewer allocations.
            prefixes_[to].tips.resize(tip_ids_.size());
            for (std::vector<Span>& spans : prefixes_[to].tips) {
                if (pool_.empty()) break;
                spans = std::move(pool_.back());
                pool_.pop_back();
            }
        }
        mergeShifted(prefixes_[to], prefix, tip_ids_.size(), dk, ds);
        live_spans_ += spansIn(prefixes_[to]);
        if (live_spans_ > max_live_spans_) dropScores();
    }
    void release(std::uint32_t state) {
        live_spans_ -= spansIn(prefixes_[state]);
        for (std::vector<Span>& spans : prefixes_[state].tips) {
            if (pool_.size() >= kPoolSize) break;
            spans.clear();
            pool_.push_back(std::move(spans));
        }
        prefixes_[state] = Prefix{};
    }
    static std::size_t spansIn(const Prefix& prefix) {
        std::size_t n = 0;
        for (const std::vector<Span>& spans : prefix.tips) n += spans.size();
        return n;
    }
    // A story too large to follow every score: give the memory back, keep counting paths.
    void dropScores() {
        scores_dropped = true;
        prefixes_ = std::vector<Prefix>(prefixes_.size());
        pool_ = {};
        at_endings = Prefix{};
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
    std::map<std::string, std::size_t> tip_index_;
    std::vector<std::string> tip_ids_;
    std::vector<std::vector<int>> choice_tip_;  // node -> choice -> tip index or -1
    std::vector<std::uint64_t> counts_;         // paths from the start to each state
    std::vector<Prefix> prefixes_;              // their score spans (freed once passed on)
    std::size_t live_spans_ = 0;                // spans held in `prefixes_` now
    static constexpr std::size_t kPoolSize = 4096;
    std::vector<std::vector<Span>> pool_;  // emptied span vectors, their memory kept
    std::vector<char> on_path_;
};

void PathCounter::run() {
    const std::size_t n = graph_.states.size();
    const std::size_t tips = tip_ids_.size();
    ending_paths.assign(scenario_.nodes.size(), 0);
    if (n == 0) return;
    counts_.assign(n, 0);
    prefixes_.resize(n);
    on_path_.assign(n, 0);
    counts_[0] = 1;
    prefixes_[0].tips.assign(tips, std::vector<Span>{Span{0, 0}});
    live_spans_ = tips;
    // Components in topological order, breadth first (Kahn): a component is taken once
    // every choice into it has been followed, and the spans held at once are about one
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
    if (!tip_ids_.empty() && !scores_dropped) {
        const std::vector<int> zero(tip_ids_.size(), 0);
        mergeShifted(at_endings, prefixes_[state], tip_ids_.size(), zero.data(), zero.data());
    }
}

// A state on no loop (a loop onto itself adds no path): its paths go on along each choice.
void PathCounter::throughSingle(std::uint32_t s) {
    if (counts_[s] != 0 && reaches_end_[s]) {
        if (scenario_.nodes[graph_.states[s].node].is_ending) {
            arrive(s);
        } else {
            std::vector<int> dk(tip_ids_.size(), 0), ds(tip_ids_.size(), 0);
            const StateGraph::Edge* edges = graph_.edgesOf(s);
            for (std::size_t i = 0; i < graph_.edgeCount(s); ++i) {
                const std::uint32_t w = edges[i].to;
                if (w == s || !reaches_end_[w]) continue;
                const int t = tipOf(edges[i], s);
                if (t >= 0) dk[t] = 1, ds[t] = pointsOf(edges[i], s);
                flowInto(w, counts_[s], prefixes_[s], dk.data(), ds.data());
                if (t >= 0) dk[t] = 0, ds[t] = 0;
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
            const std::size_t depth = stack.size() - 1;
            std::vector<int> next_dk(dk.begin() + static_cast<std::ptrdiff_t>(depth * tips), dk.end());
            std::vector<int> next_ds(ds.begin() + static_cast<std::ptrdiff_t>(depth * tips), ds.end());
            if (const int t = tipOf(edge, u); t >= 0) ++next_dk[t], next_ds[t] += pointsOf(edge, u);
            if (comps_.of[w] != c) {
                flowInto(w, counts_[entry], prefixes_[entry], next_dk.data(), next_ds.data());
            } else {
                on_path_[w] = 1;
                stack.push_back({w, graph_.first_edge[w]});
                dk.insert(dk.end(), next_dk.begin(), next_dk.end());
                ds.insert(ds.end(), next_ds.begin(), next_ds.end());
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
    auto isEnding = [&](std::uint32_t s) { return scenario.nodes[graph.states[s].node].is_ending; };

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
        if (it != ids.end() && !counter.at_endings.tips.empty()) {
            const std::vector<Span>& spans =
                counter.at_endings.tips[static_cast<std::size_t>(it - ids.begin())];
            range.on_every_path = spans.empty() || spans[0].empty();
            range.min = 1.0;
            for (std::size_t k = 1; k < spans.size(); ++k) {
                if (spans[k].empty()) continue;
                range.exercised = true;
                range.min = std::min(range.min, spans[k].lo / (2.0 * static_cast<double>(k)));
                range.max = std::max(range.max, spans[k].hi / (2.0 * static_cast<double>(k)));
            }
            if (!range.exercised) range.min = 0.0, range.on_every_path = false;
        }
        if (tip.kind == TipKind::Tip || range.exercised) report.scores.push_back(range);
    }
    return report;
}

}  // namespace saqbol
