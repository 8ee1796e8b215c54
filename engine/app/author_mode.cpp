// SPDX-License-Identifier: MIT
#include "author_mode.h"

#include "screens.h"

namespace saqbol {
namespace {

// Replaces `{name}` in a translated sentence (translations may move it where their grammar wants).
std::string fill(std::string text, const std::string& name, const std::string& value) {
    const std::string key = "{" + name + "}";
    for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
        text.replace(at, key.size(), value);
    return text;
}

}  // namespace

AuthorMode::AuthorMode(std::filesystem::path file, const std::string& lang, std::filesystem::path root)
    : session_(std::move(file), lang, std::move(root)) {}

bool AuthorMode::poll() {
    if (!session_.poll()) return false;
    note_ = Note::Reload;
    if (!session_.lastReload().ok) errors_hidden_ = false;  // a new broken save shows again
    return true;
}

void AuthorMode::reload() {
    session_.reload();
    note_ = Note::Reload;
    if (!session_.lastReload().ok) errors_hidden_ = false;
}

void AuthorMode::setLanguage(const std::string& lang) { session_.setLanguage(lang); }

std::string AuthorMode::note(const UiText& ui) const {
    switch (note_) {
        case Note::None:
            return "";
        case Note::Jumped:
            return fill(ui.tr("Playing from {node}."), "node", note_node_);
        case Note::WentBack:
            return fill(ui.tr("Back at {node}, before that choice."), "node", note_node_);
        case Note::Restarted:
            return ui.tr("Playing again from the start.");
        case Note::Reload:
            break;
    }
    const ReloadReport& r = session_.lastReload();
    if (!r.ok) return ui.tr("The last save has errors: the last good version keeps running.");
    switch (r.stop) {
        case ReplayStop::None:
            return ui.tr("Reloaded; choices replayed: %s.", std::to_string(r.replayed));
        case ReplayStop::ChoiceGone:
            return fill(
                fill(
                    ui.tr("Reloaded, but {node} no longer offers choice {choice}: the replay stopped there."),
                    "node", r.node),
                "choice", r.choice);
        case ReplayStop::NodeChanged:
            return fill(fill(ui.tr("Reloaded, but the story now reaches {node} before choice {choice}: the "
                                   "replay stopped there."),
                             "node", r.node),
                        "choice", r.choice);
        case ReplayStop::StartGone:
            return ui.tr("Reloaded, but the node you jumped to is gone: playing from the start.");
    }
    return "";
}

ui::AuthorModel AuthorMode::model(const UiText& ui) const {
    ui::AuthorModel m;
    m.ui = &ui;
    m.file = session_.file().string();
    if (session_.ready()) {
        m.session = &session_.session();
        m.words = &session_.words();
        m.start_node = session_.start().node;
    }
    m.problems = session_.problems();
    m.errors = session_.errors();
    m.note = note(ui);
    return m;
}

std::vector<std::string> AuthorMode::texts(const UiText& ui) const {
    std::vector<std::string> texts = ui::authorTexts(model(ui));
    if (session_.ready()) {
        const std::vector<std::string> play = ui::screenTexts(session_.words());
        texts.insert(texts.end(), play.begin(), play.end());
    }
    return texts;
}

ui::Shell::Action AuthorMode::frame(ui::Shell& shell, ui::ShellModel model, const ui::ScreenInput& input,
                                    bool f12, ui::DrawLog* log) {
    const UiText& ui = *model.ui;
    ui::Shell::Action action;
    const bool on_play = shell.screen() == ui::Screen::Phone || shell.screen() == ui::Screen::Debrief;
    if (f12 && session_.ready() && on_play) {
        open_ = !open_;
        if (open_) panel_ = ui::openAuthorPanel(session_.session());
        action.changed = true;
    }
    if (!session_.ready()) open_ = false;

    if (open_) {
        const ui::AuthorPanelAction done = ui::drawAuthorPanel(this->model(ui), input, panel_, log);
        bool moved = false;
        if (done.jump && session_.jump(*done.jump, session_.session().vars())) {
            note_ = Note::Jumped;
            note_node_ = *done.jump;
            moved = true;
        } else if (done.play_from && session_.jump(done.play_from->first, done.play_from->second)) {
            note_ = Note::Jumped;
            note_node_ = done.play_from->first;
            moved = true;
        } else if (done.go_back && session_.goBack(*done.go_back)) {
            note_ = Note::WentBack;
            note_node_ = session_.session().node().id;
            moved = true;
        }
        if (moved) shell.show(ui::Screen::Phone);  // the moment reached shows at once
        if (moved || done.close) open_ = false;
        action.changed = action.changed || done.changed || moved;
        return action;
    }

    if (!session_.ready()) {  // nothing loads yet: the errors alone, until a good save
        ui::drawAuthorErrors(ui, session_.errors(), true, input, log);
        ui::drawAuthorBadge(ui, note(ui), log);
        return action;
    }

    // The screens play the author session. Esc hides the errors before it reaches the phone.
    const bool errors = errorsShown() && on_play;
    ui::ScreenInput play_input = input;
    if (errors && input.back && !input.erase) play_input.back = false;
    if (shell.screen() == ui::Screen::Debrief && !session_.session().ended()) shell.show(ui::Screen::Phone);
    model.session = &session_.session();
    model.words = &session_.words();
    const std::uint64_t generation = session_.generation();
    action = shell.draw(model, play_input, log);
    if (action.choice) {
        if (session_.choose(*action.choice) == Session::Result::Ok) note_ = Note::None;
    }
    if (action.play_again) {
        session_.restart();
        note_ = Note::Restarted;
    }
    if (errors && (shell.screen() == ui::Screen::Phone || shell.screen() == ui::Screen::Debrief) &&
        ui::drawAuthorErrors(ui, session_.errors(), false, input, log)) {
        errors_hidden_ = true;
        action.changed = true;
    }
    ui::drawAuthorBadge(ui, note(ui), log);
    if (f12 || session_.generation() != generation) action.changed = true;
    return action;
}

}  // namespace saqbol
