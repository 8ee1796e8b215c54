// SPDX-License-Identifier: MIT
// `saqbol pack FOLDER --out FILE.zip` — a trainer's pack folder as one .zip for another
// school: the manifest and the folder are checked (packs/packs.h: no links, the size
// limits), every scenario is linted as `saqbol lint` does, each language the manifest lists
// must have its PO files, and only then is the zip written (packs/zip_pack.h: deflated,
// fixed dates, so the same folder gives the same zip) and read back with the checks the
// game applies when it opens a pack. Errors write nothing. Also what `saqbol lint` does with
// a pack (lintPackPath).
#include "pack_command.h"

#include <algorithm>
#include <iostream>
#include <system_error>

#include "commands.h"
#include "pack_codes.h"
#include "packs.h"
#include "paths.h"
#include "po_reader.h"
#include "scenario_lint.h"
#include "scenario_loader.h"

namespace saqbol {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPackHelp = R"(usage: saqbol pack FOLDER --out FILE.zip

Checks a pack folder and writes it as one .zip file to hand to another school (by USB
stick or chat). There, the zip goes into SaqBol's scenarios folder (or is given with
--scenarios FILE.zip) and its scenarios appear in the picker. The folder holds:

  pack.json                 name, author, version, licence, languages (docs/packs.md)
  scenarios/ID.lua          the scenarios
  locales/LANG/ID.po        their translations (saqbol i18n makes and updates them)
  README.md, *.txt, *.png   anything else to read or show (optional)

Only .lua, .po, .json, .md, .txt and .png files are packed; hidden files are not.
Every scenario is linted as `saqbol lint` does; an error in a scenario or in pack.json,
a link, a file over 4 MiB, or a language in "languages" without its PO files stops
the pack: nothing is written. The zip is then read back with the checks the game uses.

  --out FILE.zip   where to write the pack (required)

Exit codes: 0 written, 1 the folder has problems (nothing written), 2 usage.
)";

bool isError(const Problem& p) { return p.severity == Severity::Error; }

// The files to pack: every file of a pack type under `folder`, hidden ones left out, by
// name ('/'-separated, relative). Files of other types go to `left_out`.
std::vector<std::pair<std::string, fs::path>> packFiles(const fs::path& folder,
                                                        std::vector<std::string>* left_out) {
    std::vector<std::pair<std::string, fs::path>> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(folder, fs::directory_options::none, ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const fs::file_status st = it->symlink_status(ec);
        if (!name.empty() && name.front() == '.') {
            if (fs::is_directory(st)) it.disable_recursion_pending();
            continue;
        }
        if (!fs::is_regular_file(st)) continue;  // folders; links were refused by readFolderPack
        const std::string relative = it->path().lexically_relative(folder).generic_string();
        if (packs::isPackFileType(name))
            files.emplace_back(relative, it->path());
        else
            left_out->push_back(relative);
    }
    std::sort(files.begin(), files.end());
    std::sort(left_out->begin(), left_out->end());
    return files;
}

// Each scenario is in <id>.lua (how `play ID` finds it), and each language the manifest
// lists has locales/<lang>/<id>.po for every scenario not written in it.
void checkLanguages(const packs::Manifest& manifest, const fs::path& scenarios,
                    std::vector<Problem>& problems, std::vector<std::string>* ids) {
    for (const packs::ScenarioFile& file : packs::scenarioFiles(scenarios)) {
        if (file.refused) continue;
        const LoadResult loaded = loadScenario(file.file);
        if (!loaded.host || loaded.hasErrors()) continue;  // lint has said why
        const Scenario& s = loaded.host->scenario();
        ids->push_back(s.id);
        if (file.file.stem() != s.id)
            problems.push_back({file.file.string(), s.line, packs::codes::kContents, Severity::Error,
                                "scenario '" + s.id + "' is in " + file.file.filename().string() +
                                    "; name the file " + s.id +
                                    ".lua, so that saqbol play --scenarios PACK " + s.id + " finds it"});
        for (const std::string& lang : manifest.languages)
            if (lang != s.lang && !findScenarioPo(file.file, s.id, lang))
                problems.push_back({file.file.string(), s.line, packs::codes::kContents, Severity::Error,
                                    "pack.json lists \"" + lang + "\" in \"languages\", but scenario '" +
                                        s.id + "' (written in " + s.lang + ") has no locales/" + lang + "/" +
                                        s.id + ".po; translate it (saqbol i18n) or take \"" + lang +
                                        "\" out of the list"});
    }
}

}  // namespace

bool lintPackPath(const fs::path& path, const fs::path& data, std::vector<fs::path>* files,
                  std::vector<Problem>* problems) {
    std::error_code ec;
    const bool zip = fs::is_regular_file(path, ec) && path.extension() == ".zip";
    const bool folder = fs::is_directory(path, ec) && fs::exists(fs::symlink_status(path / "pack.json", ec));
    if (!zip && !folder) return false;
    const packs::ScenarioFolder pack = zip ? packs::openZipPack(path, data) : packs::readFolderPack(path);
    problems->insert(problems->end(), pack.problems.begin(), pack.problems.end());
    if (pack.folder.empty()) return true;
    std::vector<fs::path> found;
    for (fs::directory_iterator it(pack.folder, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".lua" && fs::is_regular_file(it->symlink_status(ec)))
            found.push_back(it->path());
    std::sort(found.begin(), found.end());
    files->insert(files->end(), found.begin(), found.end());
    return true;
}

int runPack(const Args& args) {
    fs::path folder, out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--help" || a == "-h") {
            std::cout << kPackHelp;
            return 0;
        } else if (a == "--out") {
            if (i + 1 >= args.size())
                return usageError("pack", "--out takes the .zip file to write, e.g. --out my-pack.zip");
            out = args[++i];
        } else if (a.rfind("-", 0) == 0) {
            return usageError("pack", "unknown option '" + a + "'");
        } else if (folder.empty()) {
            folder = a;
        } else {
            return usageError("pack", "one folder at a time ('" + a + "' is extra)");
        }
    }
    if (folder.empty()) return usageError("pack", "which folder? e.g. saqbol pack my-pack --out my-pack.zip");
    if (out.empty()) return usageError("pack", "where to? add --out FILE.zip");
    if (out.extension() != ".zip")
        return usageError("pack", "--out names a .zip file, e.g. --out my-pack.zip");
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) return usageError("pack", "no such folder '" + folder.string() + "'");

    // The folder as a pack: manifest, links, limits, scenarios/.
    const packs::ScenarioFolder pack = packs::readFolderPack(folder);
    std::vector<Problem> problems = pack.problems;
    std::vector<std::string> ids;
    if (pack.manifest && !pack.folder.empty()) checkLanguages(*pack.manifest, pack.folder, problems, &ids);
    for (const Problem& p : problems) std::cout << formatProblem(p) << "\n";

    // Every scenario, as saqbol lint checks it.
    int lint = 0;
    if (!pack.folder.empty()) {
        std::cout << "Linting " << pack.folder.string() << ":\n";
        lint = runLint({pack.folder.string()});
    }
    const std::size_t errors =
        static_cast<std::size_t>(std::count_if(problems.begin(), problems.end(), isError));
    if (errors > 0 || lint != 0 || pack.folder.empty()) {
        std::cout << "saqbol pack: " << folder.string() << " has problems (above); nothing was written\n";
        return 1;
    }
    if (ids.empty()) {
        std::cout << formatProblem({pack.folder.string(), 0, packs::codes::kContents, Severity::Error,
                                    "no scenario here: a pack keeps its scenarios in scenarios/ID.lua"})
                  << "\nsaqbol pack: nothing was written\n";
        return 1;
    }

    std::vector<std::string> left_out;
    const auto files = packFiles(folder, &left_out);
    for (const std::string& name : left_out)
        std::cout << formatProblem(
                         {(folder / name).string(), 0, packs::codes::kSkipped, Severity::Warning,
                          "not packed: a pack carries only .lua, .po, .json, .md, .txt and .png files"})
                  << "\n";
    std::string error;
    if (!packs::writeZip(out, files, &error)) {
        std::cerr << "saqbol pack: " << error << "\n";
        return 1;
    }
    // Read back as the game will: a zip that the game would refuse is not left behind.
    const std::vector<Problem> check = packs::checkZipPack(out);
    if (std::any_of(check.begin(), check.end(), isError)) {
        for (const Problem& p : check) std::cout << formatProblem(p) << "\n";
        fs::remove(out, ec);
        std::cout << "saqbol pack: the written zip did not pass the game's checks; it was removed\n";
        return 1;
    }

    const packs::Manifest& m = *pack.manifest;
    std::uintmax_t bytes = fs::file_size(out, ec);
    std::string id_list, lang_list;
    for (const std::string& id : ids) id_list += (id_list.empty() ? "" : ", ") + id;
    for (const std::string& lang : m.languages) lang_list += (lang_list.empty() ? "" : ", ") + lang;
    std::cout << "wrote " << out.string() << " (" << files.size() << " files, " << (bytes + 1023) / 1024
              << " KiB): \"" << m.nameIn("en") << "\" " << m.version << " by " << m.author << ", licence "
              << m.licence << "\n"
              << "  scenarios: " << id_list << "\n"
              << "  languages: " << lang_list << "\n"
              << "Hand it over as it is. At the other school, put it in SaqBol's scenarios folder (see\n"
              << "docs/packs.md) or try it first with: saqbol play --scenarios " << out.filename().string()
              << " " << ids.front() << "\n";
    return 0;
}

}  // namespace saqbol
