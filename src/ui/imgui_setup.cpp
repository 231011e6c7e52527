// imgui_setup.cpp: the sheet's Dear ImGui settings (imgui_setup.h).
#include "ui/imgui_setup.h"

#include "imgui.h"
#include "imgui_internal.h"  // ImFontLoader

namespace factsheet::ui {

void configure_context(bool keyboard_nav) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the sheet stores nothing on the reader's device
    io.LogFilename = nullptr;
    if (keyboard_nav) io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTrickleEventQueue = true;  // a quick tap (down+up in one frame) still clicks
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;  // 1.92 dynamic font atlas
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.ItemSpacing = ImVec2(0, 0);
    style.FontSizeBase = 17.0f;
}

Fonts add_fonts(ImFontAtlas* atlas, std::vector<unsigned char>& regular, std::vector<unsigned char>& bold) {
    atlas->Clear();
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the caller's vectors own the bytes
    cfg.OversampleH = 1;               // 1.92 rasterises at the exact size and density needed
    cfg.OversampleV = 1;
    Fonts f;
    f.regular = regular.empty() ? nullptr
                                : atlas->AddFontFromMemoryTTF(regular.data(), static_cast<int>(regular.size()), 17.0f, &cfg);
    f.bold = bold.empty() ? nullptr : atlas->AddFontFromMemoryTTF(bold.data(), static_cast<int>(bold.size()), 17.0f, &cfg);
    if (!f.bold) f.bold = f.regular;
    if (!f.regular) f.bold = nullptr;
    return f;
}

Fonts add_loader_fonts(ImFontAtlas* atlas, const ImFontLoader* loader) {
    atlas->Clear();
    Fonts f;
    if (!loader) return f;
    auto face = [&](unsigned weight) {
        ImFontConfig cfg;
        cfg.FontLoader = loader;
        cfg.FontLoaderFlags = weight;
        cfg.SizePixels = 17.0f;
        return atlas->AddFont(&cfg);
    };
    f.regular = face(font_weight_regular);
    f.bold = face(font_weight_bold);
    return f;
}

void begin_display_window(const char* name, const Theme& th) {
    ImGuiStyle& style = ImGui::GetStyle();
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(to_imgui(th.background));
    style.Colors[ImGuiCol_NavCursor] = ImGui::ColorConvertU32ToFloat4(to_imgui(th.focus));
    style.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(to_imgui(th.text));
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBringToFrontOnFocus);
}

}  // namespace factsheet::ui
