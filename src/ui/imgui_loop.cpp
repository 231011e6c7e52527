// imgui_loop.cpp: one Dear ImGui context run on demand, for the app and the picture views.
#include "ui/imgui_loop.h"

#include <algorithm>
#include <cfloat>

#include "imgui.h"
#include "imgui_internal.h"  // InputEventsQueue: frames continue until queued input is consumed
#include "ui/imgui_setup.h"

namespace factsheet::ui {

ImguiLoop::ImguiLoop(ImFontAtlas* shared_atlas, bool keyboard_nav) {
    IMGUI_CHECKVERSION();
    ImGuiContext* prev = ImGui::GetCurrentContext();
    ctx_ = ImGui::CreateContext(shared_atlas);
    // CreateContext leaves the previous context current: configure the new one, not that one
    // (a context without RendererHasTextures locks the shared atlas in its frames).
    ImGui::SetCurrentContext(ctx_);
    configure_context(keyboard_nav);
    ImGui::SetCurrentContext(prev ? prev : ctx_);
}

ImguiLoop::~ImguiLoop() {
    ImGuiContext* prev = ImGui::GetCurrentContext();
    ImGui::DestroyContext(ctx_);
    ImGui::SetCurrentContext(prev != ctx_ ? prev : nullptr);
}

void ImguiLoop::make_current() const { ImGui::SetCurrentContext(ctx_); }

void ImguiLoop::pointer_at(float x, float y, bool touch) {
    make_current();
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(touch ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(x, y);
    wake();
}

void ImguiLoop::pointer_gone() {
    make_current();
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    wake();
}

void ImguiLoop::button(bool down, bool touch) {
    make_current();
    ImGui::GetIO().AddMouseButtonEvent(0, down);
    if (!down && touch) ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // a finger has no hover
    wake();
}

void ImguiLoop::wake(int frames) { settle_ = std::max(settle_, frames); }

bool ImguiLoop::wants_frame() const { return settle_ > 0 || (ctx_ && ctx_->InputEventsQueue.Size > 0); }

void ImguiLoop::begin_frame(float w, float h, float dpr, double t) {
    make_current();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(std::max(1.0f, w), std::max(1.0f, h));
    io.DisplayFramebufferScale = ImVec2(dpr, dpr);  // fonts are rasterised at this density
    io.DeltaTime = last_time_ < 0 ? 1.0f / 60.0f : static_cast<float>(std::clamp(t - last_time_, 1e-4, 0.25));
    last_time_ = t;
    ImGui::NewFrame();
}

void ImguiLoop::end_frame() {
    ImGui::Render();
    ++frames_;
    if (settle_ > 0) --settle_;
    // Hover and press states need a frame or two to settle after the last event.
    if (ImGui::GetIO().MouseDown[0]) settle_ = std::max(settle_, 1);
}

ImDrawData* ImguiLoop::draw_data() const {
    make_current();
    return ImGui::GetDrawData();
}

}  // namespace factsheet::ui
