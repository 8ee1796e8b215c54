// SPDX-License-Identifier: MIT
// Scenario packs (engine/packs, `saqbol pack`, --scenarios PACK.zip). Hostile zips are built
// here with libzip — `..`, absolute paths, backslashes, links, huge entries, zip bombs, too
// many entries, duplicates, encryption, damaged bytes, bad manifests — and each must be
// refused with a clear message while NOTHING is written: a sentinel folder beside the data
// folder stays empty and the data folder is not even created. A good pack unpacks once
// (a second run reuses it, a changed zip gets a new folder), a broken pack beside good ones
// does not stop them, links in folder packs are refused, and a pack made by the real
// `saqbol pack` plays to its endings through `saqbol play --scenarios PACK.zip`. With the
// game window built, the user's data folder found without SDL is SDL_GetPrefPath's.
//
// Sections: helpers · the manifest · hostile zips · good zips · folders and places · the
// command line · the data folder.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zip.h>

#include "data_folder.h"
#include "manifest.h"
#include "pack_codes.h"
#include "packs.h"
#include "zip_pack.h"
#ifdef SAQBOL_GUI
#include "platform/data_dir.h"
#endif

using namespace saqbol;
using namespace saqbol::packs;
namespace fs = std::filesystem;

// ---- helpers ----------------------------------------------------------------------------

namespace {

const fs::path kGoodPack = fs::path(SAQBOL_SOURCE_DIR) / "tests/packs/good_pack";

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void spit(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

// A fresh folder per test case and process (ctest runs cases as processes at once).
struct Temp {
    fs::path root;
    explicit Temp(const std::string& name)
        : root(fs::temp_directory_path() / ("saqbol-packs-" + name + "-" + std::to_string(getpid()))) {
        fs::remove_all(root);
        fs::create_directories(root);
    }
    ~Temp() { fs::remove_all(root); }
};

struct Entry {
    std::string name;
    std::string bytes;
    unsigned mode = S_IFREG | 0644;
    bool store = false;  // no compression (so a test can find and damage the bytes)
    bool encrypt = false;
};

// Writes `entries` to `file` with libzip, as a hostile sender could.
void makeZip(const fs::path& file, const std::vector<Entry>& entries) {
    fs::create_directories(file.parent_path());
    int code = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    REQUIRE(archive != nullptr);
    for (const Entry& e : entries) {
        zip_source_t* source = zip_source_buffer(archive, e.bytes.data(), e.bytes.size(), 0);
        REQUIRE(source != nullptr);
        const zip_int64_t index = zip_file_add(archive, e.name.c_str(), source, ZIP_FL_ENC_RAW);
        REQUIRE_MESSAGE(index >= 0, e.name << ": " << zip_strerror(archive));
        const auto at = static_cast<zip_uint64_t>(index);
        zip_set_file_compression(archive, at, e.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
        zip_file_set_external_attributes(archive, at, 0, ZIP_OPSYS_UNIX,
                                         static_cast<zip_uint32_t>(e.mode) << 16);
        if (e.encrypt && zip_file_set_encryption(archive, at, ZIP_EM_AES_256, "secret") != 0)
            REQUIRE(zip_file_set_encryption(archive, at, ZIP_EM_TRAD_PKWARE, "secret") == 0);
    }
    REQUIRE_MESSAGE(zip_close(archive) == 0, zip_strerror(archive));
}

std::string goodManifest() { return slurp(kGoodPack / "pack.json"); }

// The good pack's files, as zip entries.
std::vector<Entry> goodEntries() {
    return {{"pack.json", goodManifest()},
            {"scenarios/pack_parcel.lua", slurp(kGoodPack / "scenarios/pack_parcel.lua")},
            {"locales/kk/pack_parcel.po", slurp(kGoodPack / "locales/kk/pack_parcel.po")},
            {"locales/ru/pack_parcel.po", slurp(kGoodPack / "locales/ru/pack_parcel.po")}};
}

std::vector<Entry> withGood(std::vector<Entry> more) {
    std::vector<Entry> all = goodEntries();
    all.insert(all.end(), more.begin(), more.end());
    return all;
}

// Bytes no compressor can shrink (a fixed sequence, so the test is the same every run).
std::string noise(std::size_t size) {
    std::string out(size, '\0');
    std::uint64_t x = 88172645463325252ull;
    for (char& c : out) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        c = static_cast<char>(x & 0xFF);
    }
    return out;
}

// Everything under `dir`, relative ("a/b.lua"; a link as "a -> target").
std::set<std::string> tree(const fs::path& dir) {
    std::set<std::string> out;
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(dir, ec))) return out;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().lexically_relative(dir).generic_string();
        if (it->is_symlink(ec)) name += " -> " + fs::read_symlink(it->path(), ec).string();
        out.insert(name);
    }
    return out;
}

const Problem* firstError(const std::vector<Problem>& problems) {
    for (const Problem& p : problems)
        if (p.severity == Severity::Error) return &p;
    return nullptr;
}

std::string all(const std::vector<Problem>& problems) {
    std::string out;
    for (const Problem& p : problems) out += formatProblem(p) + "\n";
    return out;
}

}  // namespace

// ---- the manifest -----------------------------------------------------------------------

TEST_CASE("a good manifest is read, with a name per language") {
    std::vector<Problem> problems;
    const auto m = parseManifest(goodManifest(), "pack.json", problems);
    REQUIRE_MESSAGE(m, all(problems));
    CHECK(problems.empty());
    CHECK(m->nameIn("kk") == "Шымкент оқиғалары");
    CHECK(m->nameIn("ru") == "Истории из Шымкента");
    CHECK(m->nameIn("en") == "Shymkent stories");
    CHECK(m->nameIn("xx") == "Шымкент оқиғалары");  // no text for it: the first listed language's
    CHECK(m->author == "School 12, Shymkent");
    CHECK(m->version == "1.0");
    CHECK(m->licence == "CC-BY-4.0");
    CHECK(m->languages == std::vector<std::string>{"kk", "ru", "en"});
    CHECK(m->min_format == 1);
}

TEST_CASE("manifest problems name pack.json and the line of the field") {
    struct Case {
        const char* text;
        int line;
        const char* code;
        const char* says;
    };
    const Case cases[] = {
        {"{\n  \"name\": \"x\",\n  \"author\": \"y\"\n  \"version\": \"1\"\n}", 4, codes::kManifest,
         "not valid JSON: syntax error while parsing object - unexpected string literal; expected '}' "
         "(is a comma missing at the end of line 3?)"},
        {"{\"name\": \"x\",\n\n  ]", 3, codes::kManifest, "not valid JSON"},
        {"{\"name\": \"x\", \"author\": \"y\", \"version\": \"1\", \"licence\": \"MIT\"}", 1,
         codes::kManifest, "missing field \"languages\""},
        {"{\"name\": \"x\",\n\"author\": 12,\n\"version\": \"1\", \"licence\": \"MIT\", \"languages\": "
         "[\"kk\"]}",
         2, codes::kManifest, "\"author\" must be a text"},
        {"{\"name\": \"x\", \"author\": \"y\", \"version\": \"1\", \"licence\": \"MIT\",\n\"languages\": "
         "[\"de\"]}",
         2, codes::kManifest, "expected one of: \"kk\", \"ru\", \"en\""},
        {"{\"name\": \"x\", \"author\": \"y\", \"version\": \"1\", \"licence\": \"MIT\", \"languages\": "
         "[\"kk\"],\n\n"
         "\"min_format\": 7}",
         3, codes::kNewer, "install a newer SaqBol"},
        {"{\"name\": {\"de\": \"x\"}, \"author\": \"y\", \"version\": \"1\", \"licence\": \"MIT\", "
         "\"languages\": [\"kk\"]}",
         1, codes::kManifest, "a text for 'de'"},
        {"{\"name\": \"\", \"author\": \"y\", \"version\": \"1 0\", \"licence\": \"MIT\", \"languages\": "
         "[\"kk\"]}",
         1, codes::kManifest, "\"name\" is empty"},
        {"[1, 2]", 1, codes::kManifest, "must be one object"},
    };
    for (const Case& c : cases) {
        INFO(std::string(c.text));
        std::vector<Problem> problems;
        CHECK_FALSE(parseManifest(c.text, "packs/x/pack.json", problems));
        const Problem* p = firstError(problems);
        REQUIRE(p != nullptr);
        CHECK(p->file == "packs/x/pack.json");
        CHECK(p->line == c.line);
        CHECK(p->code == std::string(c.code));
        CHECK_MESSAGE(p->message.find(c.says) != std::string::npos, p->message);
    }
}

TEST_CASE("every missing field is named, and 'license' gets a hint") {
    std::vector<Problem> problems;
    CHECK_FALSE(parseManifest("{\"name\": \"x\",\n\"license\": \"MIT\"}", "pack.json", problems));
    const std::string text = all(problems);
    for (const char* field : {"author", "version", "licence", "languages"})
        CHECK_MESSAGE(text.find(std::string("missing field \"") + field + "\"") != std::string::npos, text);
    CHECK(text.find(
              "pack.json:2: SB101 warning: unknown field \"license\" (ignored); did you mean \"licence\"?") !=
          std::string::npos);
}

TEST_CASE("every pack code is explained in docs/packs.md") {
    const std::string codes_h = slurp(fs::path(SAQBOL_SOURCE_DIR) / "engine/packs/pack_codes.h");
    const std::string doc = slurp(fs::path(SAQBOL_SOURCE_DIR) / "docs/packs.md");
    int found = 0;
    for (std::size_t at = codes_h.find("\"SB1"); at != std::string::npos;
         at = codes_h.find("\"SB1", at + 1)) {
        const std::string code = codes_h.substr(at + 1, 5);
        INFO(code);
        CHECK(doc.find("### " + code) != std::string::npos);
        ++found;
    }
    CHECK(found == 8);
}

// ---- hostile zips -----------------------------------------------------------------------

TEST_CASE("each hostile zip is refused with a clear message and nothing is written outside the data folder") {
    Temp t("hostile");
    const fs::path sentinel = t.root / "sentinel";
    const fs::path data = t.root / "data";
    fs::create_directories(sentinel);

    std::vector<Entry> many = goodEntries();
    for (int i = 0; i < 500; ++i) many.push_back({"notes/" + std::to_string(i) + ".txt", "x"});
    std::vector<Entry> encrypted = goodEntries();
    encrypted[1].encrypt = true;
    std::string no_author = goodManifest();
    no_author.replace(no_author.find("\"author\""), 8, "\"autor\"");

    struct Case {
        const char* what;
        std::vector<Entry> entries;
        const char* code;
        std::string says;
    };
    const std::vector<Case> cases = {
        {"parent", withGood({{"../x.lua", "return 1"}}), codes::kUnsafe,
         "entry '../x.lua': '..' in its path"},
        {"deep-parent", withGood({{"scenarios/../../../sentinel/evil.lua", "return 1"}}), codes::kUnsafe,
         "would leave the pack's folder"},
        {"absolute", withGood({{(sentinel / "abs.lua").string(), "return 1"}}), codes::kUnsafe,
         "an absolute path"},
        {"backslash", withGood({{"scenarios\\..\\..\\evil.lua", "return 1"}}), codes::kUnsafe, "a backslash"},
        {"drive", withGood({{"C:/Windows/evil.lua", "return 1"}}), codes::kUnsafe, "a drive letter"},
        {"link", withGood({{"scenarios/link.lua", sentinel.string(), S_IFLNK | 0777}}), codes::kUnsafe,
         "entry 'scenarios/link.lua': a link"},
        {"link-folder", withGood({{"locales/", sentinel.string(), S_IFLNK | 0777}}), codes::kUnsafe,
         "a link"},
        {"device", withGood({{"scenarios/dev.lua", "", S_IFCHR | 0644}}), codes::kUnsafe, "a device"},
        {"huge", withGood({{"scenarios/huge.lua", noise(5u << 20), S_IFREG | 0644, true}}), codes::kTooBig,
         "is 5.0 MiB; one file in a pack may be at most 4.0 MiB"},
        {"bomb", withGood({{"scenarios/bomb.lua", std::string(3u << 20, ' ')}}), codes::kTooBig, "zip bomb"},
        {"many", many, codes::kTooBig, "has 504 entries; a pack may have at most 500"},
        {"case", withGood({{"scenarios/PACK_PARCEL.lua", "return 1"}}), codes::kUnsafe, "letter case"},
        {"file-as-folder", withGood({{"scenarios/pack_parcel.lua/x.lua", "return 1"}}), codes::kUnsafe,
         "other entries use it as a folder"},
        {"encrypted", encrypted, codes::kUnsafe, "locked with a password"},
        {"not-utf8", withGood({{"scenarios/\xff\xfe.lua", "return 1"}}), codes::kUnsafe,
         "entry 'scenarios/\\xFF\\xFE.lua': its name is not UTF-8"},
        {"control", withGood({{"scenarios/a\nb.lua", "return 1"}}), codes::kUnsafe, "control character"},
        {"no-manifest", {goodEntries()[1]}, codes::kManifest, "no pack.json at the top of the zip"},
        {"bad-json",
         {{"pack.json", "{\n  \"name\": \"x\",\n  \"author\": \"y\"\n  \"version\": \"1\"\n}"},
          goodEntries()[1]},
         codes::kManifest,
         "not valid JSON"},
        {"missing-field",
         {{"pack.json", no_author}, goodEntries()[1]},
         codes::kManifest,
         "missing field \"author\""},
        {"no-scenario",
         {goodEntries()[0], {"README.md", "hello"}},
         codes::kContents,
         "no scenario in the zip"},
    };
    for (const Case& c : cases) {
        INFO(std::string(c.what));
        const fs::path zip = t.root / "drop" / (std::string(c.what) + ".zip");
        makeZip(zip, c.entries);
        const ScenarioFolder pack = openZipPack(zip, data);
        CHECK(pack.broken());
        CHECK(pack.folder.empty());
        const Problem* p = firstError(pack.problems);
        REQUIRE(p != nullptr);
        CHECK(p->code == std::string(c.code));
        CHECK_MESSAGE(formatProblem(*p).find(c.says) != std::string::npos, formatProblem(*p));
        CHECK(formatProblem(*p).rfind(zip.string(), 0) == 0);  // names the zip
        // Nothing written anywhere: not in the sentinel, not even a data folder.
        CHECK(tree(sentinel).empty());
        CHECK_FALSE(fs::exists(data));
        const std::set<std::string> left = tree(t.root);
        std::string listed;
        for (const std::string& s : left) listed += s + " ";
        const std::set<std::string> only_the_zip = {"drop", "drop/" + zip.filename().string(), "sentinel"};
        CHECK_MESSAGE(left == only_the_zip, listed);
        fs::remove(zip);
    }
}

TEST_CASE("a bad manifest inside a zip is named ZIP/pack.json with its line") {
    Temp t("zip-manifest");
    const fs::path zip = t.root / "bad.zip";
    makeZip(zip, {{"pack.json", "{\n  \"name\": \"x\",\n  \"author\": \"y\"\n  \"version\": \"1\"\n}"},
                  goodEntries()[1]});
    const ScenarioFolder pack = openZipPack(zip, t.root / "data");
    const Problem* p = firstError(pack.problems);
    REQUIRE(p != nullptr);
    CHECK(p->file == zip.string() + "/pack.json");
    CHECK(p->line == 4);
}

TEST_CASE("two entries with the very same name are refused") {
    Temp t("duplicate");
    // libzip will not write a duplicate name, so write two names of one length and make
    // the second the same as the first in the bytes (local header and central directory).
    const fs::path zip = t.root / "dup.zip";
    makeZip(zip, withGood({{"scenarios/aa.lua", "return 1"}, {"scenarios/ab.lua", "return 2"}}));
    std::string bytes = slurp(zip);
    for (std::size_t at = bytes.find("scenarios/ab.lua"); at != std::string::npos;
         at = bytes.find("scenarios/ab.lua"))
        bytes[at + 11] = 'a';
    spit(zip, bytes);
    const ScenarioFolder pack = openZipPack(zip, t.root / "data");
    const Problem* p = firstError(pack.problems);
    REQUIRE(p != nullptr);
    CHECK(p->code == std::string(codes::kUnsafe));
    const bool named = p->message.find("same name") != std::string::npos ||
                       p->message.find("a second entry named 'scenarios/aa.lua'") != std::string::npos;
    CHECK_MESSAGE(named, p->message);
    CHECK_FALSE(fs::exists(t.root / "data"));
}

TEST_CASE("damaged, truncated and non-zip files are refused and leave nothing behind") {
    Temp t("damaged");
    const fs::path data = t.root / "data";
    const fs::path good = t.root / "good.zip";
    std::vector<Entry> stored = goodEntries();
    for (Entry& e : stored) e.store = true;
    makeZip(good, stored);
    const std::string bytes = slurp(good);

    std::string flipped = bytes;  // one letter of the stored scenario changed: its checksum fails
    const auto at = flipped.find("A parcel that never was");
    REQUIRE(at != std::string::npos);
    flipped[at] = 'B';
    spit(t.root / "flipped.zip", flipped);
    spit(t.root / "half.zip", bytes.substr(0, bytes.size() / 2));
    spit(t.root / "text.zip", "this is not a zip file\n");

    for (const char* name : {"flipped.zip", "half.zip", "text.zip"}) {
        INFO(name);
        const ScenarioFolder pack = openZipPack(t.root / name, data);
        const Problem* p = firstError(pack.problems);
        REQUIRE(p != nullptr);
        CHECK(p->code == std::string(codes::kDamaged));
        const bool said = p->message.find("nothing was unpacked") != std::string::npos ||
                          p->message.find("Nothing was unpacked") != std::string::npos;
        CHECK_MESSAGE(said, p->message);
        CHECK_FALSE(fs::exists(data));
    }
    CHECK(firstError(openZipPack(t.root / "flipped.zip", data).problems)->message.find("damaged") !=
          std::string::npos);
    CHECK(firstError(openZipPack(t.root / "text.zip", data).problems)->message.find("not a zip file") !=
          std::string::npos);
}

TEST_CASE("the total size limit counts every unpacked file") {
    Temp t("total");
    const fs::path zip = t.root / "big.zip";
    makeZip(zip, withGood({{"a.png", noise(700u << 10), S_IFREG | 0644, true},
                           {"b.png", noise(700u << 10), S_IFREG | 0644, true}}));
    PackLimits limits;
    limits.max_total_bytes = 1u << 20;  // the default is 32 MiB; the rule is the same
    const ScenarioFolder pack = openZipPack(zip, t.root / "data", limits);
    const Problem* p = firstError(pack.problems);
    REQUIRE(p != nullptr);
    CHECK(p->code == std::string(codes::kTooBig));
    CHECK(p->message.find("a pack may hold at most 1.0 MiB") != std::string::npos);
    CHECK_FALSE(fs::exists(t.root / "data"));
}

TEST_CASE("entry names: what is unsafe and what is fine") {
    for (const char* bad : {"", "/etc/passwd", "../a.lua", "a/../../b", "a//b.lua", "./a.lua", "a\\b.lua",
                            "c:x.lua", "a/\x01.lua"})
        CHECK_MESSAGE(!unsafeEntryName(bad).empty(), bad);
    for (const char* fine : {"pack.json", "scenarios/a.lua", "locales/kk/a.po", "scenarios/", "README.md",
                             "суреттер/телефон.png", "a..b.lua"})
        CHECK_MESSAGE(unsafeEntryName(fine).empty(), fine);
}

// ---- good zips --------------------------------------------------------------------------

TEST_CASE(
    "a good zip unpacks once into the data folder; a second run reuses it; a changed zip gets a new folder") {
    Temp t("good");
    const fs::path data = t.root / "data";
    const fs::path zip = t.root / "drop" / "Shymkent Stories!.zip";
    makeZip(zip, withGood({{"README.md", "# Shymkent stories"},
                           {"tools/run.exe", "MZ"},
                           {"notes.docx", "x"},
                           {"__MACOSX/._pack.json", "junk"},
                           {".DS_Store", "junk"}}));

    const ScenarioFolder pack = openZipPack(zip, data);
    REQUIRE_MESSAGE(!pack.broken(), all(pack.problems));
    REQUIRE(pack.manifest);
    CHECK(pack.manifest->nameIn("en") == "Shymkent stories");
    CHECK(pack.origin == zip);
    CHECK(pack.unpacked.parent_path() == data / "packs");
    CHECK(pack.unpacked.filename().string().rfind("shymkent-stories-", 0) == 0);  // a safe folder name
    CHECK(pack.folder == pack.unpacked / "scenarios");
    const std::set<std::string> expected = {"locales",
                                            "locales/kk",
                                            "locales/kk/pack_parcel.po",
                                            "locales/ru",
                                            "locales/ru/pack_parcel.po",
                                            "pack.json",
                                            "README.md",
                                            "scenarios",
                                            "scenarios/pack_parcel.lua"};
    CHECK(tree(pack.unpacked) == expected);
    CHECK(tree(data / "packs").size() == expected.size() + 1);  // nothing beside it: no temporary folder left
    CHECK(slurp(pack.unpacked / "scenarios/pack_parcel.lua") ==
          slurp(kGoodPack / "scenarios/pack_parcel.lua"));
    // The files of other types are named in one warning; junk is skipped silently.
    const std::string said = all(pack.problems);
    CHECK(said.find("SB106 warning: 2 file(s) not unpacked") != std::string::npos);
    CHECK(said.find("tools/run.exe") != std::string::npos);
    CHECK(said.find("DS_Store") == std::string::npos);

    // Again: the same folder, untouched.
    const auto written = fs::last_write_time(pack.unpacked / "pack.json");
    const UnpackResult again = unpackZipPack(zip, data);
    CHECK(again.reused);
    CHECK(again.folder == pack.unpacked);
    CHECK(fs::last_write_time(pack.unpacked / "pack.json") == written);
    CHECK(tree(data / "packs").size() == expected.size() + 1);

    // A new version of the zip: a new folder; the old one is not touched.
    std::string manifest = goodManifest();
    manifest.replace(manifest.find("\"1.0\""), 5, "\"1.1\"");
    std::vector<Entry> changed = goodEntries();
    changed[0].bytes = manifest;
    makeZip(zip, changed);
    const ScenarioFolder newer = openZipPack(zip, data);
    REQUIRE_MESSAGE(!newer.broken(), all(newer.problems));
    CHECK(newer.unpacked != pack.unpacked);
    CHECK(newer.manifest->version == "1.1");
    CHECK(fs::exists(pack.unpacked / "pack.json"));
}

TEST_CASE("a zip of a whole pack folder (what 'compress this folder' makes) unpacks from that folder") {
    Temp t("root-folder");
    std::vector<Entry> entries;
    for (Entry e : goodEntries()) {
        e.name = "Shymkent/" + e.name;
        entries.push_back(e);
    }
    entries.push_back({"Shymkent/", "", S_IFDIR | 0755});
    makeZip(t.root / "Shymkent.zip", entries);
    const ScenarioFolder pack = openZipPack(t.root / "Shymkent.zip", t.root / "data");
    REQUIRE_MESSAGE(!pack.broken(), all(pack.problems));
    CHECK(fs::is_regular_file(pack.unpacked / "pack.json"));
    CHECK(fs::is_regular_file(pack.folder / "pack_parcel.lua"));
}

TEST_CASE("without a data folder a zip is listed as broken, and nothing is written") {
    Temp t("no-data");
    makeZip(t.root / "good.zip", goodEntries());
    const ScenarioFolder pack = openZipPack(t.root / "good.zip", {});
    const Problem* p = firstError(pack.problems);
    REQUIRE(p != nullptr);
    CHECK(p->code == std::string(codes::kUnpack));
    CHECK(p->message.find("--data DIR") != std::string::npos);
    CHECK(tree(t.root) == std::set<std::string>{"good.zip"});
}

// ---- folders and places -----------------------------------------------------------------

TEST_CASE("a folder pack with a link in it is refused; links are never followed") {
    Temp t("links");
    const fs::path pack = t.root / "pack";
    fs::copy(kGoodPack, pack, fs::copy_options::recursive);
    fs::create_directories(t.root / "elsewhere");
    spit(t.root / "elsewhere/secret.lua", "return scenario {}");
    fs::create_symlink(t.root / "elsewhere/secret.lua", pack / "scenarios/linked.lua");
    const ScenarioFolder read = readFolderPack(pack);
    CHECK(read.broken());
    const Problem* p = firstError(read.problems);
    REQUIRE(p != nullptr);
    CHECK(p->code == std::string(codes::kUnsafe));
    CHECK(p->file == (pack / "scenarios/linked.lua").string());
    CHECK(p->message.find("is a link") != std::string::npos);

    // A plain scenarios folder: the linked file is listed with the reason, the others read.
    fs::remove(pack / "pack.json");
    const std::vector<ScenarioFile> files = scenarioFiles(pack / "scenarios");
    REQUIRE(files.size() == 2);
    CHECK(files[0].file.filename() == "linked.lua");
    CHECK(files[0].refused);
    CHECK(files[1].file.filename() == "pack_parcel.lua");
    CHECK_FALSE(files[1].refused);
}

TEST_CASE("a broken pack does not stop the others: every pack in a scenarios folder is listed") {
    Temp t("places");
    const fs::path place = t.root / "scenarios";
    const fs::path data = t.root / "data";
    fs::create_directories(place);
    fs::copy(kGoodPack, place / "b_folder_pack", fs::copy_options::recursive);
    fs::copy(kGoodPack, place / "c_broken_folder", fs::copy_options::recursive);
    spit(place / "c_broken_folder/pack.json", "{ \"name\": \"x\", }");
    makeZip(place / "a_evil.zip", withGood({{"../../evil.lua", "return 1"}}));
    makeZip(place / "d_good.zip", goodEntries());
    fs::create_directories(place / "e_plain/scenarios");
    spit(place / "e_plain/scenarios/story.lua", "return 1");
    spit(place / "notes.txt", "not a scenario");
    fs::create_directories(t.root / "elsewhere");
    fs::create_directory_symlink(t.root / "elsewhere", place / "f_linked");

    const std::vector<ScenarioFolder> found = expandPlace(place, data);
    REQUIRE(found.size() == 7);
    CHECK(found[0].folder == place);  // its own .lua files first
    CHECK(found[1].origin == place / "a_evil.zip");
    CHECK(found[1].broken());
    CHECK(firstError(found[1].problems)->code == std::string(codes::kUnsafe));
    CHECK(found[2].origin == place / "b_folder_pack");
    CHECK_FALSE(found[2].broken());
    CHECK(found[2].folder == place / "b_folder_pack/scenarios");
    CHECK(found[3].broken());
    CHECK(formatProblem(*firstError(found[3].problems))
              .rfind((place / "c_broken_folder/pack.json").string() + ":1: SB101", 0) == 0);
    CHECK_FALSE(found[4].broken());
    CHECK(found[4].folder == found[4].unpacked / "scenarios");
    CHECK(found[5].folder ==
          place / "e_plain/scenarios");  // a folder without a manifest: plain scenario files
    CHECK_FALSE(found[5].isPack());
    CHECK(found[6].broken());
    CHECK(firstError(found[6].problems)->message.find("is a link") != std::string::npos);
    CHECK(tree(t.root / "elsewhere").empty());
    // Only the good zip was unpacked.
    CHECK(tree(data / "packs").size() == 1 + tree(found[4].unpacked).size());
}

TEST_CASE("a broken scenario in a good zip pack is shown as ZIP/scenarios/FILE:LINE") {
    Temp t("shown");
    makeZip(t.root / "shymkent.zip", goodEntries());
    const ScenarioFolder pack = openZipPack(t.root / "shymkent.zip", t.root / "data");
    REQUIRE(!pack.broken());
    const std::string text = (pack.folder / "pack_parcel.lua").string() + ":3: SB001 something";
    CHECK(shownAsZip(text, pack) == "shymkent.zip/scenarios/pack_parcel.lua:3: SB001 something");
}

// ---- the command line -------------------------------------------------------------------

namespace {

struct Output {
    int code;
    std::string out, err;
};

// Runs saqbol with `args` (shell words) from the source folder, with XDG_DATA_HOME in `home`
// (so nothing reaches the real user's data folder).
Output runSaqbol(const Temp& t, const std::string& args) {
    const fs::path out = t.root / "stdout", err = t.root / "stderr";
    const std::string command = "cd '" SAQBOL_SOURCE_DIR "' && XDG_DATA_HOME='" + (t.root / "xdg").string() +
                                "' '" + SAQBOL_BINARY "' " + args + " </dev/null >'" + out.string() +
                                "' 2>'" + err.string() + "'";
    const int status = std::system(command.c_str());
    Output o{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
    fs::remove(out);
    fs::remove(err);
    return o;
}

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

}  // namespace

TEST_CASE("saqbol pack writes a zip that saqbol play plays to its endings from --scenarios PACK.zip") {
    Temp t("cli-good");
    const fs::path zip = t.root / "shymkent.zip";
    const fs::path data = t.root / "data";
    const Output packed = runSaqbol(t, "pack tests/packs/good_pack --out " + quoted(zip));
    CHECK_MESSAGE(packed.code == 0, packed.out << packed.err);
    CHECK(packed.out.find("wrote " + zip.string() + " (4 files") != std::string::npos);
    CHECK(packed.out.find("\"Shymkent stories\" 1.0 by School 12, Shymkent, licence CC-BY-4.0") !=
          std::string::npos);
    REQUIRE(fs::is_regular_file(zip));
    CHECK(checkZipPack(zip).empty());

    // The same folder gives the same bytes.
    const Output twice = runSaqbol(t, "pack tests/packs/good_pack --out " + quoted(t.root / "again.zip"));
    CHECK(twice.code == 0);
    CHECK(slurp(zip) == slurp(t.root / "again.zip"));

    struct Play {
        const char* choices;
        const char* ending;
    };
    for (const Play& play : {Play{"1", "card_gone"}, Play{"2", "no_parcel"}}) {
        const Output o = runSaqbol(t, "play --scenarios " + quoted(zip) + " pack_parcel --data " +
                                          quoted(data) + " --lang ru --json --choices " + play.choices);
        CHECK_MESSAGE(o.code == 0, o.err);
        const auto json = nlohmann::json::parse(o.out);
        CHECK(json["scenario"] == "pack_parcel");
        CHECK(json["ending"] == play.ending);
    }
    // Unpacked once, only into the data folder; the second play reused it.
    const std::set<std::string> unpacked = tree(data / "packs");
    REQUIRE(unpacked.size() == 9);  // the folder, pack.json, scenarios/ + 1, locales/ + 2 + 2
    CHECK(std::count_if(unpacked.begin(), unpacked.end(),
                        [](const std::string& s) { return s.find('/') == std::string::npos; }) == 1);
    CHECK_FALSE(fs::exists(t.root / "xdg"));  // --data was used, not the user's folder

    // The translation in the pack is used.
    const Output kk = runSaqbol(t, "play --scenarios " + quoted(zip) + " pack_parcel --data " + quoted(data) +
                                       " --lang kk --choices 2");
    CHECK(kk.out.find("Болмаған сәлемдеме") != std::string::npos);
    CHECK(tree(data / "packs") == unpacked);

    // lint takes the zip too.
    const Output lint = runSaqbol(t, "lint " + quoted(zip));
    CHECK_MESSAGE(lint.code == 0, lint.out);
    CHECK(lint.out.find("1 file(s) checked: 0 error(s)") != std::string::npos);
}

TEST_CASE("a hostile zip given to play or lint is refused with its reason; nothing is unpacked") {
    Temp t("cli-evil");
    const fs::path zip = t.root / "evil.zip";
    makeZip(zip, withGood({{"../../evil.lua", "return 1"}}));
    const Output play = runSaqbol(t, "play --scenarios " + quoted(zip) + " pack_parcel --data " +
                                         quoted(t.root / "data") + " --choices 1");
    CHECK(play.code == 2);
    CHECK_MESSAGE(
        play.err.find(zip.string() + ": SB102 entry '../../evil.lua': '..' in its path") != std::string::npos,
        play.err);
    const Output lint = runSaqbol(t, "lint " + quoted(zip));
    CHECK(lint.code == 1);
    CHECK(lint.out.find("SB102") != std::string::npos);
    CHECK_FALSE(fs::exists(t.root / "data"));
    CHECK_FALSE(fs::exists(t.root / "xdg"));
    CHECK_FALSE(fs::exists(t.root / "evil.lua"));
}

TEST_CASE("saqbol pack refuses a folder with problems and writes nothing") {
    Temp t("cli-refuse");
    const fs::path zip = t.root / "out.zip";
    struct Case {
        const char* what;
        void (*spoil)(const fs::path&);
        const char* says;
    };
    const Case cases[] = {
        {"lint error",
         [](const fs::path& p) {
             spit(p / "scenarios/pack_parcel.lua", "return scenario {\n  format = 1,\n  id = \n");
         },
         "pack_parcel.lua:"},
        {"bad manifest",
         [](const fs::path& p) { spit(p / "pack.json", "{\n\"name\": \"x\",\n\"author\" \"y\"\n}"); },
         "pack.json:3: SB101"},
        {"no manifest", [](const fs::path& p) { fs::remove(p / "pack.json"); },
         "pack.json: SB101 is missing"},
        {"language without PO", [](const fs::path& p) { fs::remove_all(p / "locales/kk"); },
         "SB108 pack.json lists \"kk\" in \"languages\", but scenario 'pack_parcel'"},
        {"file not named by its id",
         [](const fs::path& p) { fs::rename(p / "scenarios/pack_parcel.lua", p / "scenarios/parcel.lua"); },
         "name the file pack_parcel.lua"},
        {"link", [](const fs::path& p) { fs::create_symlink("/etc/hostname", p / "README.md"); },
         "is a link"},
    };
    for (const Case& c : cases) {
        INFO(std::string(c.what));
        const fs::path folder = t.root / "pack";
        fs::remove_all(folder);
        fs::copy(kGoodPack, folder, fs::copy_options::recursive);
        c.spoil(folder);
        const Output o = runSaqbol(t, "pack " + quoted(folder) + " --out " + quoted(zip));
        CHECK(o.code == 1);
        CHECK_MESSAGE(o.out.find(c.says) != std::string::npos, o.out << o.err);
        CHECK(o.out.find("nothing was written") != std::string::npos);
        CHECK_FALSE(fs::exists(zip));
    }
}

TEST_CASE("saqbol pack: --help, and usage errors exit 2 in one line") {
    Temp t("cli-usage");
    const Output help = runSaqbol(t, "pack --help");
    CHECK(help.code == 0);
    CHECK(help.out.rfind("usage: saqbol pack FOLDER --out FILE.zip", 0) == 0);
    for (const char* args : {"pack", "pack tests/packs/good_pack", "pack tests/packs/good_pack --out x.txt",
                             "pack /no/such/folder --out x.zip", "pack a b --out x.zip", "pack --bogus"}) {
        INFO(args);
        const Output o = runSaqbol(t, args);
        CHECK(o.code == 2);
        CHECK(std::count(o.err.begin(), o.err.end(), '\n') == 1);
        CHECK(o.err.rfind("saqbol pack: ", 0) == 0);
    }
}

// ---- the data folder --------------------------------------------------------------------

namespace {

// Sets an environment variable for one scope, and puts it back.
struct Env {
    std::string name;
    std::optional<std::string> before;
    Env(const char* n, const char* value) : name(n) {
        if (const char* v = std::getenv(n)) before = v;
        if (value != nullptr)
            setenv(n, value, 1);
        else
            unsetenv(n);
    }
    ~Env() {
        if (before)
            setenv(name.c_str(), before->c_str(), 1);
        else
            unsetenv(name.c_str());
    }
};

}  // namespace

TEST_CASE("the user's data folder without SDL: XDG_DATA_HOME, else HOME/.local/share, then saqbol/saqbol") {
    {
        Env xdg("XDG_DATA_HOME", "/srv/x");
        CHECK(userDataFolder(nullptr) == fs::path("/srv/x/saqbol/saqbol"));
    }
    {
        Env xdg("XDG_DATA_HOME", nullptr);
        Env home("HOME", "/home/teacher");
        CHECK(userDataFolder(nullptr) == fs::path("/home/teacher/.local/share/saqbol/saqbol"));
    }
    {
        Env xdg("XDG_DATA_HOME", nullptr);
        Env home("HOME", nullptr);
        std::string error;
        CHECK(userDataFolder(&error).empty());
        CHECK(error.find("HOME") != std::string::npos);
    }
    CHECK(userScenariosFolder("/d") == fs::path("/d/scenarios"));
    CHECK(unpackedPacksFolder("/d") == fs::path("/d/packs"));
}

#ifdef SAQBOL_GUI
namespace {
// SDL's answer ends with '/'.
fs::path withoutTrailingSlash(fs::path p) {
    p = p.lexically_normal();
    return p.has_filename() ? p : p.parent_path();
}
}  // namespace

TEST_CASE("the data folder found without SDL is the one SDL_GetPrefPath gives the game window") {
    Temp t("prefpath");
    {
        Env xdg("XDG_DATA_HOME", (t.root / "xdg").c_str());
        std::string error;
        const fs::path sdl = platform::userDataDir(&error);
        REQUIRE_MESSAGE(!sdl.empty(), error);
        CHECK(withoutTrailingSlash(sdl) == userDataFolder(nullptr));
    }
    {
        Env xdg("XDG_DATA_HOME", nullptr);
        Env home("HOME", (t.root / "home").c_str());
        std::string error;
        const fs::path sdl = platform::userDataDir(&error);
        REQUIRE_MESSAGE(!sdl.empty(), error);
        CHECK(withoutTrailingSlash(sdl) == userDataFolder(nullptr));
        CHECK(withoutTrailingSlash(sdl) == t.root / "home/.local/share/saqbol/saqbol");
    }
}
#endif
