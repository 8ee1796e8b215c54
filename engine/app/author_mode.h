// SPDX-License-Identifier: MIT
// Author mode in the game window (`saqbol --author SCENARIO`): an AuthorSession and the
// author's screens around the shell — F12 opens the author panel (which then takes the whole
// window), the "AUTHOR" badge with what the last save did, and the overlay with the errors of
// a save that did not load (Esc hides it; the next good save removes it). Applies what the
// panel and the play screens return to the AuthorSession. No SDL: the window and the
// rendering tests drive it the same way, frame by frame.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "author_panel.h"
#include "author_session.h"
#include "shell.h"

namespace saqbol {

class AuthorMode {
public:
    // Loads `file` in `lang`; `root` holds locales/ (the UI's words).
    AuthorMode(std::filesystem::path file, const std::string& lang, std::filesystem::path root);

    AuthorSession& session() { return session_; }
    const AuthorSession& session() const { return session_; }
    bool panelOpen() const { return open_; }
    // Whether a text field of the panel has the keyboard (digits and Backspace type then).
    bool typing() const { return open_ && panel_.typing; }
    // Whether the errors overlay shows now.
    bool errorsShown() const { return !session_.errors().empty() && !errors_hidden_; }

    // Checks the watched files (call about every 250 ms); true when a save was loaded (or
    // failed to load) and the window must draw it. Sets the note the badge shows.
    bool poll();
    // Loads the file again now (what poll() does when a file changed).
    void reload();
    // One frame: with `f12` the panel opens or closes. Draws the panel, or `shell` on the
    // author session with the badge and the errors over it, and applies what the author did.
    // The action returned has its choice and play-again already applied (the window only
    // plays their sounds).
    ui::Shell::Action frame(ui::Shell& shell, ui::ShellModel model, const ui::ScreenInput& input, bool f12,
                            ui::DrawLog* log = nullptr);
    // Switches the scenario's words to `lang`.
    void setLanguage(const std::string& lang);
    // What the last reload, jump or go-back did, in `ui`'s words ("" when nothing to say).
    std::string note(const UiText& ui) const;
    // Every string author mode can draw now (the play's screens and the author's), for the fonts.
    std::vector<std::string> texts(const UiText& ui) const;
    // What the panel shows.
    ui::AuthorModel model(const UiText& ui) const;

private:
    enum class Note { None, Reload, Jumped, WentBack, Restarted };
    AuthorSession session_;
    ui::AuthorPanelState panel_;
    bool open_ = false;
    bool errors_hidden_ = false;
    Note note_ = Note::None;
    std::string note_node_;  // the node jumped to or gone back to
};

}  // namespace saqbol
