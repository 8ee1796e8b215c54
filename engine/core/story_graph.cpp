// SPDX-License-Identifier: MIT
// Sections: kinds and colours · labels (wrapping, conditions) · DOT · Mermaid.
#include "story_graph.h"

#include <iterator>
#include <map>
#include <vector>

namespace saqbol {
namespace {

// ------------------------------------------------------------------------ kinds and colours

struct Look {
    std::string_view kind;
    const char* fill;
};

constexpr Look kKindLooks[] = {
    {"call", "#cfe8ff"}, {"sms", "#e8dcff"},    {"chat", "#d4f4f0"},
    {"web", "#fff4c2"},  {"ad", "#ffd9e8"},     {"game", "#ffe2c6"},
    {"bank", "#dff3d8"}, {"notify", "#e6e6e6"}, {"narrate", "#ffffff"},
};

const char* kindFill(std::string_view kind) {
    for (const Look& look : kKindLooks)
        if (look.kind == kind) return look.fill;
    return "#ffffff";
}

const char* outcomeFill(Outcome outcome) {
    switch (outcome) {
        case Outcome::Safe:
            return "#8fd694";
        case Outcome::Recovered:
            return "#ffd966";
        case Outcome::Loss:
            return "#f4978e";
        case Outcome::Legal:
            return "#c9a7eb";
    }
    return "#ffffff";
}

const char* verdictColour(Verdict verdict) {
    switch (verdict) {
        case Verdict::Safe:
            return "#1a7f37";  // green
        case Verdict::Risky:
            return "#d97706";  // orange
        case Verdict::Harmful:
            return "#cf222e";  // red
        case Verdict::Neutral:
            return "#6e7781";  // grey
    }
    return "#000000";
}

// ---------------------------------------------------------- labels (wrapping, conditions)

constexpr std::size_t kWrapColumns = 34;  // letters per line of an edge label

// Breaks `text` into lines of about kWrapColumns letters (UTF-8 code points) at spaces; a
// longer word stays whole. Existing line breaks are kept. Nothing is cut.
std::vector<std::string> wrap(const std::string& text) {
    std::vector<std::string> lines;
    std::string line, word;
    std::size_t line_letters = 0, word_letters = 0;
    auto flushWord = [&] {
        if (word.empty()) return;
        if (line_letters > 0 && line_letters + 1 + word_letters > kWrapColumns) {
            lines.push_back(line);
            line.clear();
            line_letters = 0;
        }
        if (line_letters > 0) line += ' ', ++line_letters;
        line += word;
        line_letters += word_letters;
        word.clear();
        word_letters = 0;
    };
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            flushWord();
            if (c == '\n') {
                lines.push_back(line);
                line.clear();
                line_letters = 0;
            }
            continue;
        }
        word += c;
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++word_letters;
    }
    flushWord();
    if (!line.empty() || lines.empty()) lines.push_back(line);
    return lines;
}

std::string literal(const Value& value) {
    if (const std::string* s = std::get_if<std::string>(&value)) return "\"" + *s + "\"";
    return valueToString(value);
}

// "when code_given = false, sent = 0" / "when function (line 106)"; empty without `when`.
std::string conditionText(const Condition& when) {
    if (when.empty()) return "";
    std::string out = "when ";
    for (std::size_t i = 0; i < when.equals.size(); ++i)
        out += (i ? ", " : "") + when.equals[i].first + " = " + literal(when.equals[i].second);
    if (when.script != 0)
        out += (when.equals.empty() ? "" : " and ") + std::string("function (line ") +
               std::to_string(when.script_line) + ")";
    return out;
}

// The lines of a node's label: its id, then its kind (or an ending's outcome and title).
std::vector<std::string> nodeLines(const Scenario& scenario, const Node& node, const GraphText& text) {
    std::vector<std::string> lines{node.id};
    if (node.is_ending) {
        lines.push_back(std::string("ending: ") + nameOf(node.outcome));
        for (const std::string& l : wrap(text(node.id, node.title))) lines.push_back(l);
    } else {
        lines.push_back("(" + std::string(graphKind(node)) + ")");
    }
    if (node.id == scenario.start) lines.back() += "  \xE2\x96\xB6 start";  // "▶ start"
    return lines;
}

std::vector<std::string> choiceLines(const Node& node, const Choice& choice, const GraphText& text) {
    std::vector<std::string> lines = wrap(text(node.id, choice.text));
    if (const std::string when = conditionText(choice.when); !when.empty()) lines.push_back("[" + when + "]");
    return lines;
}

constexpr const char* kLegend[] = {
    "boxes: the phone app of the moment's first event; thick border: the start",
    "octagons: endings (green safe, yellow recovered, red loss, purple legal)",
    "arrows: green safe, orange risky, red harmful, grey neutral; dashed: shown only when its condition "
    "holds",
};

// -------------------------------------------------------------------------------------- DOT

// A DOT double-quoted string: quotes and backslashes escaped (a backslash would start an
// escape such as \N), line breaks as \n, other control characters dropped.
std::string dotQuoted(const std::vector<std::string>& lines) {
    std::string out = "\"";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i) out += "\\n";
        for (char c : lines[i]) {
            if (c == '"' || c == '\\')
                out += '\\', out += c;
            else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f)
                out += c;
        }
    }
    return out + "\"";
}

std::string dotQuoted(const std::string& text) { return dotQuoted(std::vector<std::string>{text}); }

// ---------------------------------------------------------------------------------- Mermaid

// A Mermaid quoted label: characters that Mermaid or its HTML labels would read are entity
// codes (#quot; …), line breaks are <br/>.
std::string mermaidQuoted(const std::vector<std::string>& lines) {
    std::string out = "\"";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i) out += "<br/>";
        for (char c : lines[i]) {
            switch (c) {
                case '"':
                    out += "#quot;";
                    break;
                case '#':
                    out += "#35;";
                    break;
                case '&':
                    out += "#amp;";
                    break;
                case '<':
                    out += "#lt;";
                    break;
                case '>':
                    out += "#gt;";
                    break;
                case '|':
                    out += "#124;";
                    break;
                case '`':
                    out += "#96;";
                    break;
                default:
                    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
            }
        }
    }
    return out + "\"";
}

std::string mermaidId(const std::string& node_id) { return "n_" + node_id; }

}  // namespace

std::string_view graphKind(const Node& node) {
    if (node.is_ending) return "ending";
    for (const Event& e : node.events) {
        switch (e.kind) {
            case EventKind::Narrate:
                continue;
            case EventKind::Call:
            case EventKind::Say:
                return "call";
            default:
                return nameOf(e.kind);  // sms, chat, web, ad, game, bank, notify
        }
    }
    return "narrate";
}

std::string dotGraph(const Scenario& scenario, const GraphText& text) {
    std::string out = "digraph " + dotQuoted(scenario.id) + " {\n";
    std::vector<std::string> title{scenario.id + ": " + text("@meta", scenario.title)};
    title.insert(title.end(), std::begin(kLegend), std::end(kLegend));
    out += "  graph [label=" + dotQuoted(title) +
           ", labelloc=t, fontname=\"DejaVu Sans\", fontsize=12, rankdir=TB, nodesep=0.4];\n";
    out += "  node [fontname=\"DejaVu Sans\", fontsize=11, shape=box, style=\"rounded,filled\"];\n";
    out += "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n";
    for (const Node& node : scenario.nodes) {
        out += "  " + dotQuoted(node.id) + " [label=" + dotQuoted(nodeLines(scenario, node, text));
        if (node.is_ending)
            out +=
                ", shape=octagon, style=filled, fillcolor=\"" + std::string(outcomeFill(node.outcome)) + "\"";
        else
            out += ", fillcolor=\"" + std::string(kindFill(graphKind(node))) + "\"";
        if (node.id == scenario.start) out += ", penwidth=2.5";
        out += "];\n";
    }
    for (const Node& node : scenario.nodes)
        for (const Choice& choice : node.choices) {
            const std::string colour = verdictColour(choice.verdict);
            out += "  " + dotQuoted(node.id) + " -> " + dotQuoted(choice.go) +
                   " [label=" + dotQuoted(choiceLines(node, choice, text)) + ", color=\"" + colour +
                   "\", fontcolor=\"" + colour + "\", tooltip=" +
                   dotQuoted(node.id + "/" + choice.id + " (" + nameOf(choice.verdict) + ")");
            if (!choice.when.empty()) out += ", style=dashed";
            out += "];\n";
        }
    return out + "}\n";
}

std::string mermaidGraph(const Scenario& scenario, const GraphText& text) {
    // The title as a comment: front matter needs a newer Mermaid than many viewers have.
    std::string title = scenario.id + ": " + text("@meta", scenario.title);
    for (char& c : title)
        if (c == '\n' || c == '\r') c = ' ';
    std::string out = "%% " + title + "\nflowchart TD\n";
    std::map<std::string, std::vector<std::string>> classes;  // class -> node ids
    for (const Node& node : scenario.nodes) {
        const std::string id = mermaidId(node.id);
        const std::string label = mermaidQuoted(nodeLines(scenario, node, text));
        if (node.is_ending) {
            out += "  " + id + "{{" + label + "}}\n";
            classes[std::string("o_") + nameOf(node.outcome)].push_back(id);
        } else {
            out += "  " + id + "[" + label + "]\n";
            classes["k_" + std::string(graphKind(node))].push_back(id);
        }
        if (node.id == scenario.start) classes["is_start"].push_back(id);
    }
    std::map<Verdict, std::vector<std::size_t>> links;  // verdict -> link numbers
    std::size_t link = 0;
    for (const Node& node : scenario.nodes)
        for (const Choice& choice : node.choices) {
            out += "  " + mermaidId(node.id) + (choice.when.empty() ? " -->|" : " -.->|") +
                   mermaidQuoted(choiceLines(node, choice, text)) + "| " + mermaidId(choice.go) + "\n";
            links[choice.verdict].push_back(link++);
        }
    for (const Look& look : kKindLooks)
        out += "  classDef k_" + std::string(look.kind) + " fill:" + look.fill +
               ",stroke:#555555,color:#111111\n";
    for (Outcome o : {Outcome::Safe, Outcome::Recovered, Outcome::Loss, Outcome::Legal})
        out += std::string("  classDef o_") + nameOf(o) + " fill:" + outcomeFill(o) +
               ",stroke:#333333,color:#111111\n";
    out += "  classDef is_start stroke-width:3px\n";
    for (const auto& [name, ids] : classes) {
        out += "  class ";
        for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? "," : "") + ids[i];
        out += " " + name + "\n";
    }
    for (const auto& [verdict, numbers] : links) {
        out += "  linkStyle ";
        for (std::size_t i = 0; i < numbers.size(); ++i) out += (i ? "," : "") + std::to_string(numbers[i]);
        const std::string colour = verdictColour(verdict);
        out += " stroke:" + colour + ",color:" + colour + "\n";
    }
    return out;
}

}  // namespace saqbol
