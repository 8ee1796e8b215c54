// SPDX-License-Identifier: MIT
// What the simulated phone shows at this moment of a session: every event of the nodes
// visited so far, in order, sorted into the phone's apps (SMS threads by sender, messenger
// chats, the call in progress, browser, feed, game chat, bank app, lock-screen
// notifications), and which app is in front now. Pure data derived from the session;
// the UI draws it and decides nothing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "session.h"

namespace saqbol {

enum class App { Lock, Call, Messages, Messenger, Browser, Feed, Game, Bank };

const char* nameOf(App app);

// The app an event is shown in (Narrate: none — it is story context beside the phone).
std::optional<App> appOf(EventKind kind);

// One event as it happened, with the node it belongs to (its text's translation context).
// Pointers stay valid while the session is not changed; rebuild the view after a choice.
struct PhoneEntry {
    const Event* event = nullptr;
    const Node* node = nullptr;
    bool is_new = false;      // happened at the current node
    const Variables* vars = nullptr;  // the variables its {var} placeholders showed then
};

// The call on screen, if one is in progress.
struct CallView {
    std::string contact;      // contact id
    bool video = false;
    bool outgoing = false;
    bool answered = false;    // a line was spoken, or the player made the call
    std::vector<PhoneEntry> lines;  // `say` lines since the call started
};

struct PhoneView {
    App front = App::Lock;                   // the app the newest event belongs to
    std::vector<PhoneEntry> timeline;        // every event so far, oldest first
    std::vector<PhoneEntry> narration;       // the current node's story context
    std::optional<CallView> call;            // the call still on the line
    std::vector<PhoneEntry> notifications;   // the current node's events, as the lock screen lists them

    // The entries of one app (all SMS, all messenger messages, …), oldest first.
    std::vector<PhoneEntry> app(App app) const;
    // The entries of an SMS or messenger thread with `contact`, oldest first.
    std::vector<PhoneEntry> thread(App app, const std::string& contact) const;
};

// Builds the view for `session`: the nodes of its history, then the current node.
PhoneView phoneView(const Session& session);

}  // namespace saqbol
