// SPDX-License-Identifier: MIT
// The picker with scenario packs, headless through the real code (scenario_list.cpp and the
// picker screen): packs dropped into the user's scenarios folder (<data>/scenarios) appear
// after the shipped scenarios; a pack's scenario shows the pack's name and author on its
// card in kk, ru and en; a zip that was refused is a broken card naming the zip and the
// reason; the good cards still play. Whole and inside their cards at text sizes M and XL.
// Pictures are kept in build/tests/screens/ (picker-packs-*.png).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "packs.h"
#include "platform/headless.h"
#include "po_reader.h"
#include "scenario_list.h"
#include "shell_fixture.h"
#include "zip_pack.h"

using namespace saqbol;
using namespace saqbol::test;
namespace fs = std::filesystem;

namespace {

const fs::path kGoodPack = fs::path(SAQBOL_SOURCE_DIR) / "tests/packs/good_pack";

std::vector<std::pair<std::string, fs::path>> goodFiles() {
    return {{"pack.json", kGoodPack / "pack.json"},
            {"scenarios/pack_parcel.lua", kGoodPack / "scenarios/pack_parcel.lua"},
            {"locales/kk/pack_parcel.po", kGoodPack / "locales/kk/pack_parcel.po"},
            {"locales/ru/pack_parcel.po", kGoodPack / "locales/ru/pack_parcel.po"}};
}

}  // namespace

TEST_CASE("the picker shows a pack's name and author on its card, and a refused pack as a broken card") {
    TempDir dir("packs");
    const fs::path data = dir.path / "data";
    const fs::path user = data / "scenarios";
    fs::create_directories(user);
    std::string error;
    REQUIRE_MESSAGE(packs::writeZip(user / "shymkent.zip", goodFiles(), &error), error);
    std::vector<std::pair<std::string, fs::path>> evil = goodFiles();
    evil.emplace_back("../../evil.lua", kGoodPack / "scenarios/pack_parcel.lua");
    REQUIRE_MESSAGE(packs::writeZip(user / "evil.zip", evil, &error), error);

    // A small "shipped" folder (the real one has more cards than one page holds at M).
    const fs::path shipped = dir.path / "shipped";
    fs::create_directories(shipped);
    fs::copy_file(SAQBOL_SOURCE_DIR "/tests/data/good.lua", shipped / "good.lua");
    const std::vector<FoundScenario> found = findScenarios({shipped}, data);
    const auto card_of = [&](const std::vector<ui::ScenarioCard>& cards, const std::string& file_name) {
        return std::find_if(cards.begin(), cards.end(), [&](const ui::ScenarioCard& c) {
            return fs::path(c.file).filename() == file_name;
        });
    };
    struct Words {
        const char* lang;
        const char* pack_line;
    };
    for (const Words& w : {Words{"kk", "Жинақ: Шымкент оқиғалары 1.0 · авторы: School 12, Shymkent"},
                           Words{"ru", "Набор: Истории из Шымкента 1.0 · автор: School 12, Shymkent"},
                           Words{"en", "Pack: Shymkent stories 1.0 · by School 12, Shymkent"}}) {
        INFO(std::string(w.lang));
        const UiText words = loadUiText(w.lang, SAQBOL_SOURCE_DIR, nullptr);
        const std::vector<ui::ScenarioCard> cards = scenarioCards(found, words);
        // The shipped scenarios first, then the user's folder: evil.zip, shymkent.zip.
        REQUIRE(cards.size() == 3);
        const auto pack = card_of(cards, "pack_parcel.lua");
        const auto broken = card_of(cards, "evil.zip");
        REQUIRE(pack != cards.end());
        REQUIRE(broken != cards.end());
        CHECK(pack > broken);
        CHECK(fs::path(cards.front().file) == shipped / "good.lua");
        CHECK(pack->error.empty());
        CHECK(pack->author == "School 12, Shymkent");
        CHECK(broken->title == "evil.zip");
        CHECK_MESSAGE(broken->error.rfind("evil.zip: SB102 entry '../../evil.lua': '..' in its path", 0) == 0,
                      broken->error);

        ui::ShellModel model;
        model.ui = &words;
        model.cards = &cards;
        model.settings.lang = w.lang;
        for (const platform::TextSize size : {platform::TextSize::M, platform::TextSize::XL}) {
            ui::Shell shell;
            shell.show(ui::Screen::Picker);
            const std::string png =
                std::string("picker-packs-") + w.lang + "-" + platform::textSizeName(size);
            const ShellFrame frame = renderShell(shell, model, size, png + ".png");
            CHECK_MESSAGE(frame.problems.empty(), joined(frame.problems));
            CHECK(drew(frame.log, "evil.zip"));
            CHECK(drew(frame.log, "SB102"));
            if (size == platform::TextSize::M) {  // M shows every card
                CHECK(drew(frame.log, w.pack_line));
                continue;
            }
            // At XL the list pages: highlight the pack's card, and the page shows it whole.
            platform::HeadlessOptions options;
            options.textSize = size;
            options.texts = ui::shellTexts(words, cards);
            auto host = platform::Headless::create(options, &error);
            REQUIRE_MESSAGE(host != nullptr, error);
            for (auto at = cards.begin(); at != pack; ++at) press(*host, shell, model, down());
            const ShellFrame paged = renderShell(shell, model, size, png + "-paged.png");
            CHECK_MESSAGE(paged.problems.empty(), joined(paged.problems));
            CHECK(drew(paged.log, w.pack_line));
        }

        // The broken pack's number does nothing; the pack's scenario plays.
        if (std::string(w.lang) != "en") continue;
        platform::HeadlessOptions options;
        options.texts = ui::shellTexts(words, cards);
        auto host = platform::Headless::create(options, &error);
        REQUIRE_MESSAGE(host != nullptr, error);
        ui::Shell shell;
        shell.show(ui::Screen::Picker);
        const int broken_key = static_cast<int>(broken - cards.begin()) + 1;
        const int pack_key = static_cast<int>(pack - cards.begin()) + 1;
        CHECK_FALSE(press(*host, shell, model, key(broken_key)).play);
        CHECK(press(*host, shell, model, key(pack_key)).play == std::optional<std::size_t>(pack_key - 1));
    }
    // Only the good zip was unpacked, and only under the data folder.
    CHECK_FALSE(fs::exists(dir.path / "evil.lua"));
    CHECK_FALSE(fs::exists(data / "evil.lua"));
    std::size_t unpacked = 0;
    for (const auto& entry : fs::directory_iterator(data / "packs")) unpacked += entry.is_directory() ? 1 : 0;
    CHECK(unpacked == 1);
}
