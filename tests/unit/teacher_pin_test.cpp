// SPDX-License-Identifier: MIT
// The teacher's PIN file (engine/app/teacher_pin.h) in a temporary folder: a PIN set opens
// with itself and nothing else, the file never holds the PIN, a PIN of the wrong shape is
// refused and changes nothing, setting it again replaces it, and a damaged or missing file
// counts as "not set" (and is told apart, so the view can say so).
#include "teacher_pin.h"

#include <doctest/doctest.h>
#include <unistd.h>  // getpid: builds testing side by side use their own folders

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace saqbol;
namespace fs = std::filesystem;

namespace {

struct Folder {
    fs::path path;
    explicit Folder(const std::string& name)
        : path(fs::temp_directory_path() / ("saqbol-pin-" + name + "-" + std::to_string(getpid()))) {
        fs::remove_all(path);
    }
    ~Folder() { fs::remove_all(path); }
};

std::string readAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("teacher PIN: once set only that PIN opens and the file never holds it") {
    Folder folder("set");
    CHECK(pinStatus(folder.path) == PinStatus::NotSet);
    CHECK_FALSE(pinIsSet(folder.path));
    CHECK_FALSE(checkPin(folder.path, "4821"));  // nothing opens before a PIN is set

    std::string error;
    REQUIRE_MESSAGE(setPin(folder.path, "4821", &error), error);  // the folder is created too
    CHECK(pinIsSet(folder.path));
    CHECK(checkPin(folder.path, "4821"));
    CHECK_FALSE(checkPin(folder.path, "4820"));
    CHECK_FALSE(checkPin(folder.path, "48210"));
    CHECK_FALSE(checkPin(folder.path, ""));
    const std::string text = readAll(pinFile(folder.path));
    CHECK(text.find("4821") == std::string::npos);
    CHECK(text.rfind("saqbol-teacher-pin 1\nsalt ", 0) == 0);
    CHECK_FALSE(fs::exists(pinFile(folder.path).string() + ".tmp"));

    // The salt is random: the same PIN set again gives another file, and still opens.
    REQUIRE(setPin(folder.path, "4821", &error));
    CHECK(readAll(pinFile(folder.path)) != text);
    CHECK(checkPin(folder.path, "4821"));

    // A new PIN replaces the old one.
    REQUIRE(setPin(folder.path, "12345678", &error));
    CHECK(checkPin(folder.path, "12345678"));
    CHECK_FALSE(checkPin(folder.path, "4821"));
}

TEST_CASE("teacher PIN: only 4 to 8 digits and a refused PIN changes nothing") {
    CHECK(isValidPin("0000"));
    CHECK(isValidPin("12345678"));
    CHECK_FALSE(isValidPin("123"));
    CHECK_FALSE(isValidPin("123456789"));
    CHECK_FALSE(isValidPin("12a4"));
    CHECK_FALSE(isValidPin("１２３４"));  // full-width digits are not digits here
    CHECK_FALSE(isValidPin(" 1234"));

    Folder folder("refused");
    std::string error;
    REQUIRE(setPin(folder.path, "2468", &error));
    const std::string before = readAll(pinFile(folder.path));
    for (const char* bad : {"12", "123456789", "12-4", ""}) {
        error.clear();
        CHECK_FALSE(setPin(folder.path, bad, &error));
        CHECK(error.find("4 to 8 digits") != std::string::npos);
    }
    CHECK(readAll(pinFile(folder.path)) == before);
    CHECK(checkPin(folder.path, "2468"));
}

TEST_CASE("teacher PIN: a damaged file counts as not set and a new PIN can replace it") {
    Folder folder("damaged");
    std::string error;
    REQUIRE(setPin(folder.path, "1357", &error));
    const std::string good = readAll(pinFile(folder.path));

    const std::string damaged[] = {
        "",                                        // emptied
        good.substr(0, good.size() / 2),           // cut short
        "1357\n",                                  // someone wrote a PIN in it
        "saqbol-teacher-pin 2" + good.substr(20),  // a version this build does not know
        good.substr(0, good.size() - 3) + "zz\n",  // not hex
        good + "extra\n",                          // more than the three lines
    };
    for (const std::string& text : damaged) {
        {
            std::ofstream out(pinFile(folder.path), std::ios::binary | std::ios::trunc);
            out << text;
        }
        INFO("file: " << text);
        CHECK(pinStatus(folder.path) == PinStatus::Damaged);
        CHECK_FALSE(pinIsSet(folder.path));
        CHECK_FALSE(checkPin(folder.path, "1357"));
        CHECK_FALSE(checkPin(folder.path, "1234"));
    }
    REQUIRE(setPin(folder.path, "9753", &error));
    CHECK(pinStatus(folder.path) == PinStatus::Set);
    CHECK(checkPin(folder.path, "9753"));

    // Deleted: not set (the view asks for a new PIN and says none is set).
    fs::remove(pinFile(folder.path));
    CHECK(pinStatus(folder.path) == PinStatus::NotSet);
}

TEST_CASE("teacher PIN: a folder that cannot be written is an error naming the file") {
    Folder folder("unwritable");
    fs::create_directories(folder.path);
    // A file where the folder should be: nothing can be created under it.
    const fs::path blocked = folder.path / "blocked";
    { std::ofstream(blocked) << "x"; }
    std::string error;
    CHECK_FALSE(setPin(blocked, "1234", &error));
    CHECK(error.find("teacher-pin.txt") != std::string::npos);
    CHECK_FALSE(pinIsSet(blocked));
}
