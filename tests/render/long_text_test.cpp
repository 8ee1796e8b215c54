// SPDX-License-Identifier: MIT
// Long text on the phone: no word is ever lost. A scenario written for this test, in kk, ru
// and en, puts a very long text in every app of the phone (lock-screen notification, SMS,
// messenger with a photo, a link and a second thread, browser page with long form labels,
// feed post, game chat, bank notice) beside banners and action buttons; code_1414 is walked
// to every moment and ending. At text size XL, in the default 1280x800 window and in a
// 1024x640 one, each moment is read through as a player would — the app in front and every
// app its banners open, paged to the top and then to the end with PageUp/PageDown (or with
// the mouse wheel alone) — and every text of the moment must have been drawn whole, line by
// line, inside its region; no frame draws a text outside its region or with a letter the
// font lacks, and (where the choices are short enough) every numbered choice stays on
// screen. Where they are not (1024x640), the keyboard focus brings each into view. Also: a
// number grouped with commas never breaks. Pictures of the long-text moments at 1280x800:
// build/tests/screens/long-*.png (the other runs are laid out, not rasterised: see Reader).
// Sections: the scenario · playing headless · the long texts · code_1414 · numbers and focus.
#include <doctest/doctest.h>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include <imgui.h>

#include "game_fixture.h"
#include "phone.h"
#include "platform/headless.h"
#include "platform/ui_context.h"

using namespace saqbol;
using namespace saqbol::test;

namespace {

const std::string kCode1414 = SAQBOL_SOURCE_DIR "/scenarios/code_1414.lua";

// ---------------------------------------------------------------------------- the scenario

// The words of the long-text scenario in one language.
struct Words {
    const char* lang;
    const char* title;
    const char* long_text;  // the very long text every app gets
    const char* notify_from;
    const char* bank_name;
    const char* shop_name;
    const char* sms_short;
    const char* me_short;  // the player's message that opens the chat with the seller
    const char* photo;
    const char* page_title;
    const char* field_long;
    const char* field_short;
    const char* ad_from;
    const char* game_short;
    const char* bank_short;
    const char* choices[10];  // next, block, report, go on, tap, ask, type, close, pay, call
};

const Words kWords[] = {
    {"en", "Long texts",
     "Dear customer, we noticed an attempt to sign in to your online banking from a device we do not know. If it was "
     "not you, do not tell anyone the code from our messages, not even a person who says they work for the bank or the "
     "police. Our staff never ask for codes, passwords or the three digits on the back of your card, and they never "
     "ask you to move money to a safe account. Hang up, and call the number printed on the back of your card yourself. "
     "If you have already told someone a code, call us at once so we can block your card and check your recent "
     "payments together with you. Keep this message: it tells you what to do step by step.",
     "Post office parcel delivery service", "Senim Bank security service", "Seller Aigerim from the market",
     "Senim Bank: a sign-in from a new device.", "Hello! Is the phone still for sale?",
     "A photo of a boxed phone on a kitchen table next to a receipt with a stamp and a handwritten phone number",
     "Confirm your card to receive the payment from the buyer and keep your account open",
     "Card number, as printed on the front of your card, without spaces", "SMS code",
     "Invest Pro Kazakhstan official partner", "Hi all, who wants free skins?", "Card payment: 12 000 ₸",
     {"Next", "Block", "Report", "Go on", "Tap the link", "Ask to meet", "Type the number", "Close the page", "Pay",
      "Call the bank"}},
    {"ru", "Длинные тексты",
     "Уважаемый клиент, мы заметили попытку войти в ваш интернет-банк с незнакомого устройства. Если это были не вы, "
     "никому не сообщайте код из наших сообщений, даже тому, кто называет себя сотрудником банка или полиции. Наши "
     "сотрудники никогда не спрашивают коды, пароли или три цифры на обороте карты и никогда не просят перевести "
     "деньги на безопасный счёт. Положите трубку и сами позвоните по номеру, напечатанному на обороте вашей карты. "
     "Если вы уже сообщили кому-то код, сразу позвоните нам: мы заблокируем карту и вместе с вами проверим последние "
     "платежи. Сохраните это сообщение: в нём по шагам написано, что делать.",
     "Почтовая служба доставки посылок", "Служба безопасности Сенім Банка", "Продавец Айгерим с рынка",
     "Сенім Банк: вход с нового устройства.", "Здравствуйте! Телефон ещё продаётся?",
     "Фото телефона в коробке на кухонном столе рядом с чеком с печатью и номером телефона, написанным от руки",
     "Подтвердите карту, чтобы получить оплату от покупателя и сохранить счёт открытым",
     "Номер карты, как напечатан на её лицевой стороне, без пробелов", "Код из SMS",
     "Официальный партнёр Invest Pro Kazakhstan", "Всем привет, кому бесплатные скины?", "Оплата картой: 12 000 ₸",
     {"Дальше", "Заблокировать", "Пожаловаться", "Продолжить", "Открыть ссылку", "Попросить встречу", "Ввести номер",
      "Закрыть страницу", "Оплатить", "Позвонить в банк"}},
    {"kk", "Ұзын мәтіндер",
     "Құрметті клиент, интернет-банкіңізге бейтаныс құрылғыдан кіру әрекеті байқалды. Егер бұл сіз болмасаңыз, біздің "
     "хабарламалардағы кодты ешкімге айтпаңыз, тіпті өзін банк немесе полиция қызметкері деп таныстырған адамға да. "
     "Біздің қызметкерлер ешқашан кодты, құпия сөзді немесе картаның артындағы үш санды сұрамайды және ақшаны "
     "қауіпсіз шотқа аударуды өтінбейді. Тұтқаны қойып, картаңыздың артында жазылған нөмірге өзіңіз қоңырау шалыңыз. "
     "Егер кодты біреуге айтып қойсаңыз, бізге дереу хабарласыңыз: картаңызды бұғаттап, соңғы төлемдерді сізбен бірге "
     "тексереміз. Бұл хабарламаны сақтап қойыңыз: онда не істеу керектігі қадам-қадаммен жазылған.",
     "Сәлемдеме жеткізетін пошта қызметі", "Сенім Банктің қауіпсіздік қызметі", "Базардағы сатушы Әйгерім",
     "Сенім Банк: жаңа құрылғыдан кіру.", "Сәлеметсіз бе! Телефон әлі сатылып жатыр ма?",
     "Ас үй үстеліндегі қораптағы телефонның суреті, қасында мөрі бар чек пен қолмен жазылған телефон нөмірі",
     "Сатып алушыдан төлем алу және шотыңызды ашық қалдыру үшін картаңызды растаңыз",
     "Картаның алдыңғы жағында басылғандай нөмірі, бос орынсыз", "SMS-код", "Invest Pro Kazakhstan ресми серіктесі",
     "Сәлем, тегін скин кімге керек?", "Картамен төлем: 12 000 ₸",
     {"Әрі қарай", "Бұғаттау", "Шағымдану", "Жалғастыру", "Сілтемені ашу", "Кездесуді сұрау", "Нөмірді енгізу",
      "Бетті жабу", "Төлеу", "Банкке қоңырау шалу"}},
};

const Words& wordsFor(const std::string& lang) {
    for (const Words& w : kWords)
        if (lang == w.lang) return w;
    FAIL("no words for " << lang);
    return kWords[0];
}

// Writes the long-text scenario in `lang` (its source language: no translation involved).
std::string writeScenario(const std::string& lang) {
    const Words& w = wordsFor(lang);
    const std::string link = "https://olx-delivery.kz-safe-pay-confirm.top/order/8812/receive-payment?card=ask&step=1";
    const std::string url = "https://kaspi-bank.kz.secure-login-verification-center.top/confirm/card?from=olx";
    const auto q = [](const std::string& s) { return "\"" + s + "\""; };
    const auto choice = [&](const char* id, int text, const char* go, const char* action) {
        std::string out = "    choice " + q(id) + " { " + q(w.choices[text]) + ", go = " + q(go) + ", verdict = \"neutral\"";
        if (action != nullptr) out += ", action = " + q(action);
        return out + " },\n";
    };
    std::string lua = "return scenario {\n  format = 1, id = \"long_text_" + lang + "\", lang = " + q(lang) +
                      ", title = " + q(w.title) + ",\n  summary = " + q(w.title) +
                      ", audience = { \"adult\" }, minutes = 1, tips = { \"links\" }, facts = { \"test data\" },\n"
                      "  reviewed = \"2026-11-28\",\n  contacts = {\n"
                      "    bank = { name = " + q(w.bank_name) + ", number = \"+7 700 000 11 11\", official = true },\n"
                      "    shop = { name = " + q(w.shop_name) + ", number = \"+7 701 000 00 01\" },\n  },\n"
                      "  vars = { balance = 250000, loans = 0 },\n  start = \"lock\",\n";
    lua += "  node \"lock\" {\n    notify { from = " + q(w.notify_from) + ", text = " + q(w.long_text) + " },\n" +
           choice("next", 0, "sms", nullptr) + "  },\n";
    lua += "  node \"sms\" {\n    bank { text = " + q(w.bank_short) + " },\n    sms { from = \"bank\", text = " + q(w.sms_short) +
           " },\n    sms { from = \"bank\", text = " + q(w.long_text) + " },\n" + choice("block", 1, "chat", "block") +
           choice("report", 2, "chat", "report") + choice("next", 3, "chat", nullptr) + "  },\n";
    // The player opens the conversation with the seller; the bank writes in another thread.
    lua += "  node \"chat\" {\n    chat { from = \"me\", text = " + q(w.me_short) + " },\n    chat { from = \"shop\", text = " +
           q(w.long_text) + ", photo = " + q(w.photo) + ", link = " + q(link) + " },\n    chat { from = \"bank\", text = " +
           q(w.sms_short) + " },\n" + choice("tap", 4, "web", "tap_link") + choice("ask", 5, "web", nullptr) + "  },\n";
    lua += "  node \"web\" {\n    web { url = " + q(url) + ", title = " + q(w.page_title) + ", text = " + q(w.long_text) +
           ", fields = { " + q(w.field_long) + ", " + q(w.field_short) + " } },\n" + choice("type", 6, "feed", "type_code") +
           choice("close", 7, "feed", nullptr) + "  },\n";
    lua += "  node \"feed\" {\n    ad { from = " + q(w.ad_from) + ", text = " + q(w.long_text) + ", photo = " + q(w.photo) +
           ", link = " + q(link) + " },\n" + choice("tap", 4, "game", "tap_link") + choice("next", 3, "game", nullptr) +
           "  },\n";
    lua += "  node \"game\" {\n    game { from = \"NightWolf\", text = " + q(w.game_short) +
           " },\n    game { from = \"Aru_07\", text = " + q(w.long_text) + " },\n" + choice("report", 2, "bank", "report") +
           choice("next", 3, "bank", nullptr) + "  },\n";
    lua += "  node \"bank\" {\n    bank { text = " + q(w.bank_short) + " },\n    bank { text = " + q(w.long_text) + " },\n" +
           choice("pay", 8, "done", "pay") + choice("block", 1, "done", "block") +
           choice("call", 9, "done", "dial:+7 700 000 11 11") + choice("next", 3, "done", nullptr) + "  },\n";
    lua += "  ending \"done\" { outcome = \"safe\", title = " + q(w.title) + ", debrief = " + q(w.title) + " },\n}\n";
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "saqbol-long-text";
    std::filesystem::create_directories(dir);
    // Written aside and renamed: tests running side by side write the same file.
    const std::filesystem::path file = dir / ("long_text_" + lang + ".lua");
    const std::filesystem::path part = dir / ("long_text_" + lang + ".lua." + std::to_string(std::random_device{}()));
    std::ofstream(part) << lua;
    std::filesystem::rename(part, file);
    return file.string();
}

// ---------------------------------------------------------------------------- playing headless

// The real screens in a window of a given size at text size XL, driven by keys and the mouse
// one frame at a time (then one more frame, as the window's loop draws after any input).
// Rasterised headless (with pictures), or — for the long walk through code_1414 — laid
// out exactly the same by Dear ImGui with the same fonts but not rasterised (as `lint`
// measures): the DrawLog, which is what is checked, is the same either way.
class Reader {
public:
    Reader(const Game& game, int width, int height, bool raster = true) : game_(game), width_(width), height_(height) {
        if (raster) {
            platform::HeadlessOptions options;
            options.width = width;
            options.height = height;
            options.textSize = platform::TextSize::XL;
            options.texts = ui::screenTexts(*game.words);
            std::string error;
            host_ = platform::Headless::create(options, &error);
            REQUIRE_MESSAGE(host_ != nullptr, error);
        } else {
            previous_ = ImGui::GetCurrentContext();
            context_ = ImGui::CreateContext();
            ImGui::SetCurrentContext(context_);
            ImGuiIO& io = ImGui::GetIO();
            io.IniFilename = nullptr;
            io.LogFilename = nullptr;
            io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
            io.DeltaTime = 1.0f / 60.0f;
            const platform::FontReport fonts = platform::buildFontAtlas(
                *io.Fonts, ui::screenTexts(*game.words), platform::textPixelSize(platform::TextSize::XL, 1.0f),
                platform::findFontFiles());
            REQUIRE_MESSAGE(!fonts.builtinFallback, fonts.message);
        }
        start(game.start());
    }
    ~Reader() {
        if (context_ == nullptr) return;
        ImGui::DestroyContext(context_);
        ImGui::SetCurrentContext(previous_);
    }
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;
    // Shows `session` afresh, as the window does when a moment is reached.
    void start(const Session& session) {
        session_.emplace(session);
        view_ = ui::GameView();
        frame({});
    }

    // One frame with `input`; with `settle`, one more (a choice or a click shows its effect
    // there; a page moves in the frame of the key).
    void frame(const ui::ScreenInput& input, bool settle = true) {
        for (int k = 0; k < (settle ? 2 : 1); ++k) {
            ui::GameView::Action action;
            const auto draw = [&] {
                log_ = {};
                action = view_.draw(*session_, *game_.words, k == 0 ? input : ui::ScreenInput{}, &log_);
            };
            if (host_) {
                host_->renderFrames(1, draw);
            } else {
                ImGui::SetCurrentContext(context_);
                ImGui::NewFrame();
                draw();
                ImGui::Render();
            }
            if (action.choice) REQUIRE(session_->choose(*action.choice) == Session::Result::Ok);
        }
    }
    void page(bool down) {
        ui::ScreenInput in;
        (down ? in.page_down : in.page_up) = true;
        frame(in, false);
    }
    void escape() {
        ui::ScreenInput in;
        in.back = true;
        frame(in);
    }
    // The mouse at `at`, pressing or turning the wheel for one frame, then away.
    void mouse(ImVec2 at, bool press, float wheel) {
        if (host_) host_->ui().makeCurrent();
        else ImGui::SetCurrentContext(context_);
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = at;
        io.MouseDown[0] = press;
        io.MouseWheel = wheel;
        frame({}, false);
        io.MouseWheel = 0.0f;
        if (press) {
            io.MouseDown[0] = false;
            frame({});
        }
        io.MousePos = ImVec2(-1.0f, -1.0f);
    }
    bool click(const std::string& control) {
        for (const auto& [name, rect] : log_.controls)
            if (name == control) {
                mouse(rect.center(), true, 0.0f);
                return true;
            }
        return false;
    }
    // One notch of the wheel (down, or up) over every region that scrolls.
    void wheel(bool down) {
        static const std::set<std::string> kScrolling = {"messages", "messenger", "browser", "feed", "game", "bank",
                                                         "lock", "subtitles", "story", "choices"};
        std::vector<ImVec2> over;
        for (const auto& [name, rect] : log_.regions)
            if (kScrolling.count(name)) over.push_back(rect.center());
        for (ImVec2 at : over) mouse(at, false, down ? -1.0f : 1.0f);
    }

    // What the frame drew, as (text, top) pairs: equal when nothing moved.
    std::vector<std::pair<std::string, int>> drawn() const {
        std::vector<std::pair<std::string, int>> out;
        for (const ui::DrawnText& t : log_.texts) out.emplace_back(t.text, static_cast<int>(t.rect.min.y));
        return out;
    }
    // Checks the frame as a player's eye would; keeps every line drawn inside its region.
    void look(std::set<std::string>& lines, bool every_choice) {
        for (const ui::DrawnText& t : log_.texts) {
            CHECK_MESSAGE(t.region.contains(t.rect), "\"" << t.text << "\" runs outside the " << t.region_name);
            CHECK_MESSAGE(missingGlyphs(t.text).empty(), "a letter the font lacks in \"" << t.text << "\"");
            if (t.region.contains(t.rect)) lines.insert(t.text);
        }
        if (every_choice && !session_->ended())
            for (std::size_t i = 1; i <= session_->shownChoices().size(); ++i)
                CHECK_MESSAGE(hasControl("choice:" + std::to_string(i)), "choice " << i << " is not on screen");
    }
    bool hasControl(const std::string& name) const {
        return std::any_of(log_.controls.begin(), log_.controls.end(), [&](const auto& c) { return c.first == name; });
    }
    std::vector<char32_t> missingGlyphs(const std::string& text) {
        if (host_) return host_->ui().missingGlyphs(text);
        ImGui::SetCurrentContext(context_);
        return platform::missingGlyphs(*ImGui::GetIO().Fonts->Fonts[0], text);
    }
    void save(const std::string& png) {
        if (!host_) return;  // laid out only: no picture
        std::string error;
        CHECK_MESSAGE(host_->savePng(outputDir() + "/" + png, &error), error);
    }

    Session& session() { return *session_; }
    const ui::DrawLog& log() const { return log_; }
    std::string size() const { return std::to_string(width_) + "x" + std::to_string(height_); }

private:
    const Game& game_;
    int width_, height_;
    std::unique_ptr<platform::Headless> host_;
    ImGuiContext* context_ = nullptr;   // without host_: our own context, laid out only
    ImGuiContext* previous_ = nullptr;
    std::optional<Session> session_;
    ui::GameView view_;
    ui::DrawLog log_;
};

// Reads what shows now to its top and then to its end, with PageUp/PageDown or with the
// wheel alone, collecting every line drawn whole inside its region; the controls seen too.
void readThrough(Reader& r, std::set<std::string>& lines, std::set<std::string>& controls, bool wheel, bool every_choice,
                 const std::string& png) {
    const auto seen = [&] {
        r.look(lines, every_choice);
        for (const auto& c : r.log().controls) controls.insert(c.first);
    };
    seen();
    if (!png.empty()) r.save(png + ".png");
    for (int k = 0; k < 40; ++k) {  // to the top (a chat starts at its newest message)
        const auto before = r.drawn();
        if (wheel) r.wheel(false);
        else r.page(false);
        seen();
        if (r.drawn() == before) break;
    }
    for (int k = 0; k < 80; ++k) {  // then to the end
        const auto before = r.drawn();
        if (wheel) r.wheel(true);
        else r.page(true);
        seen();
        if (r.drawn() == before) break;
    }
}

// Whether `text` is drawn whole: it is drawn lines (as wrapping cut it) one after another.
bool drawnWhole(const std::string& text, const std::set<std::string>& lines) {
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\n')) ++at;
        if (at == text.size()) break;
        std::size_t best = 0;
        for (const std::string& line : lines)
            if (line.size() > best && text.compare(at, line.size(), line) == 0) best = line.size();
        if (best == 0) return false;
        at += best;
    }
    return true;
}

// Every text the player must be able to read at this moment: what this moment's events say
// (with who says it), the story, the choices, an ending's title.
std::vector<std::string> momentTexts(const Game& game, const Session& session) {
    std::vector<std::string> out;
    const Node& node = session.node();
    const ScenarioText& words = *game.words;
    const auto say = [&](const std::string& source) {
        if (!source.empty()) out.push_back(words.text(node.id, source, session.vars()));
    };
    for (const Event& e : node.events) {
        switch (e.kind) {
            case EventKind::Sms:
            case EventKind::Chat:
            case EventKind::Call:
                if (e.who != "me") out.push_back(words.contactName(e.who));
                if (e.kind == EventKind::Call && !words.contactNumber(e.who).empty()) out.push_back(words.contactNumber(e.who));
                break;
            case EventKind::Web:
                out.push_back(e.url);
                say(e.title);
                break;
            case EventKind::Ad:
            case EventKind::Game:
            case EventKind::Notify: say(e.title); break;
            default: break;
        }
        say(e.text);
        say(e.photo);
        if (!e.link.empty()) out.push_back(e.link);
        for (const std::string& field : e.fields) say(field);
    }
    if (node.is_ending) say(node.title);
    for (const Choice* c : session.shownChoices()) say(c->text);
    return out;
}

// Reads the moment in front and in every app its banners open; returns the texts not read.
std::vector<std::string> readMoment(Reader& r, const Game& game, bool wheel, bool every_choice, std::set<std::string>* controls,
                                    const std::string& png) {
    std::set<std::string> lines;
    std::set<std::string> seen_controls;
    readThrough(r, lines, seen_controls, wheel, every_choice, png);
    std::vector<std::string> banners;
    for (const auto& [name, rect] : r.log().controls)
        if (name.rfind("banner:", 0) == 0) banners.push_back(name);
    for (const std::string& banner : banners) {
        CAPTURE(banner);
        REQUIRE(r.click(banner));
        readThrough(r, lines, seen_controls, wheel, every_choice, png.empty() ? "" : png + "-" + banner.substr(7));
        r.escape();
    }
    if (controls != nullptr) *controls = seen_controls;
    std::vector<std::string> missing;
    for (const std::string& text : momentTexts(game, r.session()))
        if (!drawnWhole(text, lines)) missing.push_back(text);
    return missing;
}

// ---------------------------------------------------------------------------- the long texts

// Reads every moment of the long-text scenario; `raster`: rendered, with pictures.
void readLongTexts(const std::string& lang, int width, int height, bool wheel, bool raster) {
    const Game game(writeScenario(lang), lang);
    REQUIRE_MESSAGE(game.words != nullptr, "the long-text scenario did not load");
    Reader r(game, width, height, raster);
    const std::string size = r.size();
    CAPTURE(lang);
    CAPTURE(size);
    CAPTURE(wheel);
    const std::string long_text = wordsFor(lang).long_text;
    // Each moment, the choice that goes on, and a control that must show at some point.
    const struct {
        const char* node;
        int next;
        std::vector<std::string> controls;
    } moments[] = {
        {"lock", 1, {}},
        {"sms", 3, {"block:1", "report:2", "banner:bank"}},
        {"chat", 2, {"tap_link:1"}},
        {"web", 2, {"type_code:1"}},
        {"feed", 2, {"tap_link:1"}},
        {"game", 2, {"report:1"}},
        {"bank", 4, {"pay:1", "block:2", "keypad-open:3"}},
    };
    for (const auto& m : moments) {
        const std::string node = m.node;
        CAPTURE(node);
        REQUIRE(r.session().node().id == m.node);
        std::set<std::string> controls;
        const std::string png = raster ? "long-" + std::string(m.node) + "-" + lang + "-" + r.size() : "";
        const std::vector<std::string> missing = readMoment(r, game, wheel, true, &controls, png);
        for (const std::string& text : missing) FAIL_CHECK("not drawn whole: " << text);
        const std::vector<std::string> texts = momentTexts(game, r.session());
        CHECK(std::find(texts.begin(), texts.end(), long_text) != texts.end());  // the moment does have the long text
        for (const std::string& control : m.controls) CHECK_MESSAGE(controls.count(control), control << " never showed");
        r.frame([&] {
            ui::ScreenInput in;
            in.digit = m.next;
            return in;
        }());
    }
    CHECK(r.session().ended());
}

}  // namespace

TEST_CASE("at XL a very long text in every phone app can be read whole with PageDown, in kk") {
    readLongTexts("kk", 1280, 800, false, true);
    readLongTexts("kk", 1024, 640, false, false);
}

TEST_CASE("at XL a very long text in every phone app can be read whole with PageDown, in ru") {
    readLongTexts("ru", 1280, 800, false, true);
    readLongTexts("ru", 1024, 640, false, false);
}

TEST_CASE("at XL a very long text in every phone app can be read whole with PageDown, in en") {
    readLongTexts("en", 1280, 800, false, true);
    readLongTexts("en", 1024, 640, false, false);
}

TEST_CASE("at XL a very long text in every phone app can be read whole with the mouse wheel alone, in kk") {
    readLongTexts("kk", 1280, 800, true, false);
    readLongTexts("kk", 1024, 640, true, false);
}

TEST_CASE("at XL a very long text in every phone app can be read whole with the mouse wheel alone, in ru") {
    readLongTexts("ru", 1280, 800, true, false);
    readLongTexts("ru", 1024, 640, true, false);
}

TEST_CASE("at XL a very long text in every phone app can be read whole with the mouse wheel alone, in en") {
    readLongTexts("en", 1280, 800, true, false);
    readLongTexts("en", 1024, 640, true, false);
}

// ---------------------------------------------------------------------------- code_1414

namespace {

// Every moment of code_1414 — each node with each set of choices it can offer (the bank's
// hotline offers a different one after each story) — reached by the fewest choices (played
// through the real Session, with the choice numbers that lead there).
std::vector<std::pair<Session, std::vector<int>>> everyMoment(const Game& game) {
    std::vector<std::pair<Session, std::vector<int>>> out;
    std::set<std::string> seen;
    const auto key = [](const Session& session) {
        std::string k = session.node().id;
        for (const Choice* c : session.shownChoices()) k += " " + c->id;
        return k;
    };
    std::deque<std::pair<Session, std::vector<int>>> todo;
    todo.emplace_back(game.start(), std::vector<int>{});
    while (!todo.empty()) {
        auto [session, path] = std::move(todo.front());
        todo.pop_front();
        if (!seen.insert(key(session)).second) continue;
        out.emplace_back(session, path);
        const auto shown = session.shownChoices();
        for (std::size_t i = 0; i < shown.size(); ++i) {
            Session next = session;
            if (next.choose(shown[i]->id) != Session::Result::Ok) continue;
            std::vector<int> longer = path;
            longer.push_back(static_cast<int>(i + 1));
            todo.emplace_back(std::move(next), std::move(longer));
        }
    }
    return out;
}

void readCode1414(const std::string& lang, int width, int height) {
    const Game game(kCode1414, lang);
    REQUIRE(game.words != nullptr);
    const auto all = everyMoment(game);
    CHECK(all.size() >= 18);
    std::set<std::string> endings;
    Reader r(game, width, height, false);
    for (const auto& [session, path] : all) {
        r.start(session);
        const std::string size = r.size();
        const std::string node = r.session().node().id;
        CAPTURE(lang);
        CAPTURE(size);
        CAPTURE(node);
        if (r.session().ended()) endings.insert(r.session().node().id);
        // Choices may scroll beside the phone in a small window; they must still be read.
        const bool every_choice = width >= 1280;
        std::string choices;
        for (int n : path) choices += (choices.empty() ? "" : ",") + std::to_string(n);
        CAPTURE(choices);
        for (const std::string& text : readMoment(r, game, false, every_choice, nullptr, ""))
            FAIL_CHECK("not drawn whole: " << text);
    }
    CHECK(endings.size() == 6);
}

}  // namespace

TEST_CASE("at XL on 1280x800 every text of every moment of code_1414 can be read whole, in kk") { readCode1414("kk", 1280, 800); }
TEST_CASE("at XL on 1280x800 every text of every moment of code_1414 can be read whole, in ru") { readCode1414("ru", 1280, 800); }
TEST_CASE("at XL on 1280x800 every text of every moment of code_1414 can be read whole, in en") { readCode1414("en", 1280, 800); }
TEST_CASE("at XL on 1024x640 every text of every moment of code_1414 can be read whole, in kk") { readCode1414("kk", 1024, 640); }
TEST_CASE("at XL on 1024x640 every text of every moment of code_1414 can be read whole, in ru") { readCode1414("ru", 1024, 640); }
TEST_CASE("at XL on 1024x640 every text of every moment of code_1414 can be read whole, in en") { readCode1414("en", 1024, 640); }

// ---------------------------------------------------------------------------- numbers and focus

TEST_CASE("a number grouped with commas or points never breaks between its groups") {
    platform::HeadlessOptions options;
    options.width = 320;
    options.height = 240;
    options.textSize = platform::TextSize::XL;
    const std::string text = "The 24,990 ₸ on hold will return to your card, and 1.500.000 ₸ stays in 2024, 10 days.";
    options.texts = {text};
    std::string error;
    auto host = platform::Headless::create(options, &error);
    REQUIRE_MESSAGE(host != nullptr, error);
    bool wrapped = false;
    host->renderFrames(1, [&] {
        ImGui::Begin("probe");
        const ui::Painter p(ImGui::GetWindowDrawList(), nullptr);
        const auto ends = [](const std::string& line, const std::string& tail) {
            return line.size() >= tail.size() && line.compare(line.size() - tail.size(), tail.size(), tail) == 0;
        };
        for (float width = p.em() * 6; width < p.em() * 30; width += p.em() * 0.25f) {
            const std::vector<std::string> lines = p.wrap(text, width);
            wrapped |= lines.size() > 1;
            for (const std::string& line : lines) {
                const bool split = ends(line, "24,") || ends(line, "1.") || ends(line, "1.500.") || line.rfind("990", 0) == 0 ||
                                   line.rfind("500.000", 0) == 0 || line.rfind("000 ₸", 0) == 0;
                CHECK_MESSAGE(!split, "split at width " << width << ": " << line);
            }
        }
        ImGui::End();
    });
    CHECK(wrapped);
}

TEST_CASE("at XL on 1024x640 choices that do not all fit scroll into view with the keyboard focus and keep their numbers") {
    for (const std::string lang : {"kk", "ru", "en"}) {
        CAPTURE(lang);
        const Game game(kCode1414, lang);
        REQUIRE(game.words != nullptr);
        Session session = game.start();
        REQUIRE(play(session, {1, 3}));  // the video call: four choices, "it's a lie" among them
        Reader r(game, 1024, 640, false);
        r.start(session);
        const std::size_t count = r.session().shownChoices().size();
        REQUIRE(count == 4);
        std::size_t drawn = 0;
        for (std::size_t i = 1; i <= count; ++i) drawn += r.hasControl("choice:" + std::to_string(i)) ? 1 : 0;
        CHECK(drawn < count);  // they do not all fit: the list scrolls (else this test proves nothing)
        // Tab walks every control; each choice it reaches is on screen, focused, whole.
        std::set<std::string> focused;
        for (int k = 0; k < 30 && focused.size() < count; ++k) {
            ui::ScreenInput tab;
            tab.next = true;
            r.frame(tab);
            const ui::DrawLog& log = r.log();
            REQUIRE(log.focused >= 0);
            const std::string name = log.controls[static_cast<std::size_t>(log.focused)].first;
            if (name.rfind("choice:", 0) == 0) focused.insert(name);
            std::set<std::string> lines;
            r.look(lines, false);
        }
        CHECK(focused.size() == count);
        // The last choice is picked by its number though it may not show.
        ui::ScreenInput four;
        four.digit = 4;
        r.frame(four);
        CHECK(r.session().node().id == "safe_calm");
    }
}
