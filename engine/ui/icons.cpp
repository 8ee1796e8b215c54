// SPDX-License-Identifier: MIT
// Icon geometry: everything is in fractions of `size` around the centre, so icons stay
// crisp at every text size. Angles are in radians, y grows downwards (screen space).
#include "icons.h"

#include <cmath>
#include <string>

namespace saqbol::ui::icons {
namespace {

constexpr float kPi = 3.14159265f;

ImVec2 at(ImVec2 c, float size, float fx, float fy) { return ImVec2(c.x + fx * size, c.y + fy * size); }

ImVec2 rotate(ImVec2 c, ImVec2 p, float angle) {
    const float s = std::sin(angle), k = std::cos(angle);
    const float x = p.x - c.x, y = p.y - c.y;
    return ImVec2(c.x + x * k - y * s, c.y + x * s + y * k);
}

}  // namespace

void handset(ImDrawList* list, ImVec2 c, float size, ImU32 color, bool hang_up) {
    // A curved bar from the earpiece (upper left) to the mouthpiece (lower right), bulging
    // towards the lower left; turned 135 degrees it lies flat with both ends down.
    const float turn = hang_up ? kPi * 0.75f : 0.0f;
    const ImVec2 centre = rotate(c, at(c, size, 0.22f, -0.22f), turn);
    const float radius = size * 0.42f;
    list->PathArcTo(centre, radius, kPi * 0.42f + turn, kPi * 1.08f + turn, 16);
    list->PathStroke(color, 0, size * 0.16f);
    for (float angle : {kPi * 0.42f, kPi * 1.08f}) {
        const ImVec2 end(centre.x + std::cos(angle + turn) * radius, centre.y + std::sin(angle + turn) * radius);
        list->AddCircleFilled(end, size * 0.13f, color, 12);
    }
}

void video(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    list->AddRectFilled(at(c, size, -0.45f, -0.25f), at(c, size, 0.15f, 0.25f), color, size * 0.08f);
    list->AddTriangleFilled(at(c, size, 0.18f, 0.0f), at(c, size, 0.45f, -0.22f), at(c, size, 0.45f, 0.22f), color);
}

void padlock(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    list->AddRectFilled(at(c, size, -0.32f, -0.05f), at(c, size, 0.32f, 0.42f), color, size * 0.08f);
    list->PathArcTo(at(c, size, 0.0f, -0.12f), size * 0.2f, kPi, 2 * kPi, 12);
    list->PathStroke(color, 0, size * 0.09f);
    list->AddLine(at(c, size, -0.2f, -0.12f), at(c, size, -0.2f, -0.02f), color, size * 0.09f);
    list->AddLine(at(c, size, 0.2f, -0.12f), at(c, size, 0.2f, -0.02f), color, size * 0.09f);
}

void bank(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    list->AddTriangleFilled(at(c, size, 0.0f, -0.45f), at(c, size, 0.45f, -0.2f), at(c, size, -0.45f, -0.2f), color);
    for (float x : {-0.32f, -0.11f, 0.11f, 0.32f})
        list->AddRectFilled(at(c, size, x - 0.06f, -0.14f), at(c, size, x + 0.06f, 0.28f), color);
    list->AddRectFilled(at(c, size, -0.45f, 0.32f), at(c, size, 0.45f, 0.42f), color);
}

void globe(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    const float t = size * 0.07f;
    list->AddCircle(c, size * 0.42f, color, 24, t);
    list->AddLine(at(c, size, -0.42f, 0.0f), at(c, size, 0.42f, 0.0f), color, t);
    list->AddLine(at(c, size, 0.0f, -0.42f), at(c, size, 0.0f, 0.42f), color, t);
    for (float sign : {-1.0f, 1.0f}) {
        list->AddBezierCubic(at(c, size, 0.0f, -0.42f), at(c, size, sign * 0.3f, -0.3f), at(c, size, sign * 0.3f, 0.3f),
                             at(c, size, 0.0f, 0.42f), color, t, 12);
    }
}

void bubble(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    list->AddRectFilled(at(c, size, -0.44f, -0.36f), at(c, size, 0.44f, 0.22f), color, size * 0.2f);
    list->AddTriangleFilled(at(c, size, -0.25f, 0.15f), at(c, size, -0.05f, 0.15f), at(c, size, -0.32f, 0.42f), color);
}

void envelope(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    const float t = size * 0.08f;
    list->AddRect(at(c, size, -0.44f, -0.3f), at(c, size, 0.44f, 0.3f), color, size * 0.06f, 0, t);
    list->AddLine(at(c, size, -0.42f, -0.27f), at(c, size, 0.0f, 0.05f), color, t);
    list->AddLine(at(c, size, 0.42f, -0.27f), at(c, size, 0.0f, 0.05f), color, t);
}

void gamepad(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    list->AddRectFilled(at(c, size, -0.46f, -0.24f), at(c, size, 0.46f, 0.26f), color, size * 0.22f);
    const ImU32 hole = IM_COL32(0, 0, 0, 110);
    list->AddRectFilled(at(c, size, -0.3f, -0.03f), at(c, size, -0.1f, 0.05f), hole);
    list->AddRectFilled(at(c, size, -0.24f, -0.1f), at(c, size, -0.16f, 0.12f), hole);
    list->AddCircleFilled(at(c, size, 0.18f, -0.04f), size * 0.05f, hole);
    list->AddCircleFilled(at(c, size, 0.3f, 0.07f), size * 0.05f, hole);
}

void feed(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    const float t = size * 0.08f;
    list->AddRect(at(c, size, -0.4f, -0.42f), at(c, size, 0.4f, 0.42f), color, size * 0.08f, 0, t);
    list->AddRectFilled(at(c, size, -0.26f, -0.28f), at(c, size, 0.26f, 0.0f), color);
    list->AddLine(at(c, size, -0.26f, 0.14f), at(c, size, 0.26f, 0.14f), color, t);
    list->AddLine(at(c, size, -0.26f, 0.27f), at(c, size, 0.1f, 0.27f), color, t);
}

void bell(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    list->PathArcTo(at(c, size, 0.0f, -0.1f), size * 0.26f, kPi, 2 * kPi, 12);
    list->PathLineTo(at(c, size, 0.32f, 0.25f));
    list->PathLineTo(at(c, size, -0.32f, 0.25f));
    list->PathFillConvex(color);
    list->AddCircleFilled(at(c, size, 0.0f, 0.34f), size * 0.08f, color);
}

void photo(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    const float t = size * 0.07f;
    list->AddRect(at(c, size, -0.44f, -0.34f), at(c, size, 0.44f, 0.34f), color, size * 0.05f, 0, t);
    list->AddTriangleFilled(at(c, size, -0.36f, 0.26f), at(c, size, -0.08f, -0.08f), at(c, size, 0.2f, 0.26f), color);
    list->AddTriangleFilled(at(c, size, 0.04f, 0.26f), at(c, size, 0.2f, 0.06f), at(c, size, 0.36f, 0.26f), color);
    list->AddCircleFilled(at(c, size, 0.22f, -0.16f), size * 0.08f, color);
}

void person(ImDrawList* list, ImVec2 c, float size, ImU32 background, ImU32 color) {
    const float r = size * 0.5f;
    list->AddCircleFilled(c, r, background, 32);
    list->AddCircleFilled(at(c, size, 0.0f, -0.12f), size * 0.17f, color, 24);
    list->PathArcTo(at(c, size, 0.0f, 0.34f), size * 0.3f, kPi, 2 * kPi, 20);
    list->PathFillConvex(color);
}

void signal(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    for (int i = 0; i < 4; ++i) {
        const float x = -0.4f + 0.22f * static_cast<float>(i);
        const float top = 0.3f - 0.18f * static_cast<float>(i + 1);
        list->AddRectFilled(at(c, size, x, top), at(c, size, x + 0.14f, 0.3f), color, size * 0.03f);
    }
}

void battery(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    list->AddRect(at(c, size, -0.42f, -0.2f), at(c, size, 0.34f, 0.2f), color, size * 0.06f, 0, size * 0.06f);
    list->AddRectFilled(at(c, size, 0.36f, -0.08f), at(c, size, 0.44f, 0.08f), color);
    list->AddRectFilled(at(c, size, -0.34f, -0.12f), at(c, size, 0.14f, 0.12f), color);
}

void shield(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    const ImVec2 points[] = {at(c, size, 0.0f, -0.44f), at(c, size, 0.38f, -0.28f), at(c, size, 0.32f, 0.14f),
                             at(c, size, 0.0f, 0.44f),  at(c, size, -0.32f, 0.14f), at(c, size, -0.38f, -0.28f)};
    list->AddConvexPolyFilled(points, 6, color);
    const ImVec2 tick[] = {at(c, size, -0.17f, 0.0f), at(c, size, -0.04f, 0.14f), at(c, size, 0.2f, -0.14f)};
    list->AddPolyline(tick, 3, IM_COL32(255, 255, 255, 255), 0, size * 0.09f);
}

void link(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    const float t = size * 0.09f;
    list->AddRect(at(c, size, -0.46f, -0.16f), at(c, size, 0.06f, 0.16f), color, size * 0.16f, 0, t);
    list->AddRect(at(c, size, -0.06f, -0.16f), at(c, size, 0.46f, 0.16f), color, size * 0.16f, 0, t);
}

void code(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    for (int row = 0; row < 3; ++row)
        for (int col = 0; col < 3; ++col)
            list->AddCircleFilled(at(c, size, -0.3f + 0.3f * static_cast<float>(col), -0.3f + 0.3f * static_cast<float>(row)),
                                  size * 0.09f, color, 10);
}

void pay(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    list->AddRectFilled(at(c, size, -0.44f, -0.3f), at(c, size, 0.44f, 0.3f), color, size * 0.07f);
    list->AddRectFilled(at(c, size, -0.44f, -0.16f), at(c, size, 0.44f, -0.04f), IM_COL32(0, 0, 0, 120));
    list->AddRectFilled(at(c, size, 0.06f, 0.08f), at(c, size, 0.32f, 0.18f), IM_COL32(255, 255, 255, 200));
}

void block(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    list->AddCircle(c, size * 0.38f, color, 24, size * 0.1f);
    list->AddLine(at(c, size, -0.26f, -0.26f), at(c, size, 0.26f, 0.26f), color, size * 0.1f);
}

void flag(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    list->AddLine(at(c, size, -0.3f, -0.42f), at(c, size, -0.3f, 0.44f), color, size * 0.09f);
    list->AddRectFilled(at(c, size, -0.3f, -0.4f), at(c, size, 0.38f, 0.06f), color);
}

void download(ImDrawList* list, ImVec2 c, float size, ImU32 color) {
    const float t = size * 0.1f;
    list->AddLine(at(c, size, 0.0f, -0.42f), at(c, size, 0.0f, 0.12f), color, t);
    list->AddTriangleFilled(at(c, size, -0.24f, 0.02f), at(c, size, 0.24f, 0.02f), at(c, size, 0.0f, 0.28f), color);
    list->AddLine(at(c, size, -0.4f, 0.4f), at(c, size, 0.4f, 0.4f), color, t);
}

void app(ImDrawList* list, App which, ImVec2 c, float size, ImU32 color) {
    switch (which) {
        case App::Lock: bell(list, c, size, color); break;
        case App::Call: handset(list, c, size, color); break;
        case App::Messages: envelope(list, c, size, color); break;
        case App::Messenger: bubble(list, c, size, color); break;
        case App::Browser: globe(list, c, size, color); break;
        case App::Feed: feed(list, c, size, color); break;
        case App::Game: gamepad(list, c, size, color); break;
        case App::Bank: bank(list, c, size, color); break;
    }
}

bool action(ImDrawList* list, const std::string& name, ImVec2 c, float size, ImU32 color) {
    if (name == "answer" || name.rfind("dial:", 0) == 0) handset(list, c, size, color);
    else if (name == "decline" || name == "hang_up") handset(list, c, size, color, true);
    else if (name == "tap_link") link(list, c, size, color);
    else if (name == "pay") pay(list, c, size, color);
    else if (name == "type_code") code(list, c, size, color);
    else if (name == "block") block(list, c, size, color);
    else if (name == "report") flag(list, c, size, color);
    else if (name == "install") download(list, c, size, color);
    else return false;
    return true;
}

}  // namespace saqbol::ui::icons
