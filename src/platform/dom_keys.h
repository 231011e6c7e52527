// dom_keys.h: a DOM KeyboardEvent's `code` (and `key`) as a Dear ImGui key, for the keys the
// sheet uses; ImGuiKey_None for others. Shared by the app (src/platform/web) and the picture
// runtime (src/platform/pictures).
#pragma once

#include <cstring>

#include "imgui.h"

namespace factsheet::platform {

inline ImGuiKey to_imgui_key(const char* code, const char* key) {
    struct Map { const char* code; ImGuiKey key; };
    static const Map map[] = {
        {"Tab", ImGuiKey_Tab},           {"Enter", ImGuiKey_Enter},       {"NumpadEnter", ImGuiKey_KeypadEnter},
        {"Space", ImGuiKey_Space},       {"Escape", ImGuiKey_Escape},     {"ArrowUp", ImGuiKey_UpArrow},
        {"ArrowDown", ImGuiKey_DownArrow}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
        {"PageUp", ImGuiKey_PageUp},     {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home},
        {"End", ImGuiKey_End},
    };
    if (!code || !key) return ImGuiKey_None;
    for (const Map& m : map)
        if (std::strcmp(code, m.code) == 0) return m.key;
    if (std::strcmp(key, " ") == 0) return ImGuiKey_Space;
    return ImGuiKey_None;
}

}  // namespace factsheet::platform
