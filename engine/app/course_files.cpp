// SPDX-License-Identifier: MIT
#include "course_files.h"

#include <algorithm>

#include "paths.h"
#include "po_reader.h"

namespace saqbol {

std::filesystem::path shippedQuizFile() { return dataRoot() / "scenarios" / "quiz" / "quiz.lua"; }

std::vector<std::filesystem::path> shippedLessonFiles() {
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dataRoot() / "scenarios" / "lessons", ec))
        if (entry.is_regular_file() && entry.path().extension() == ".lua") out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

Catalog loadCourseCatalog(const std::filesystem::path& file, const std::string& id, const std::string& source_lang,
                          const std::vector<SourceString>& strings, const std::string& lang, const ProblemSink& sink) {
    Catalog catalog;
    const std::string from = lang == "xx" ? "en" : lang;
    // A course file sits one folder deeper than a scenario (scenarios/quiz/, scenarios/lessons/):
    // look its PO file up as if it were a scenario in scenarios/.
    if (from != source_lang)
        if (auto po = findScenarioPo(file.parent_path(), id, from)) readPoFile(*po, catalog, sink);
    if (lang != "xx") return catalog;
    Catalog pseudo;
    for (const SourceString& s : strings) pseudo.add(s.context, s.text, pseudoTranslate(catalog.lookup(s.context, s.text)));
    return pseudo;
}

}  // namespace saqbol
