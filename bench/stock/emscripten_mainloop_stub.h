// emscripten_mainloop_stub.h: Dear ImGui's examples/libs/emscripten/emscripten_mainloop_stub.h,
// which Debian's source package leaves out: the example's loop body as Emscripten's main loop.
#pragma once
#include <emscripten.h>
#include <functional>
static std::function<void()> MainLoopForEmscriptenP;
static void MainLoopForEmscripten() { MainLoopForEmscriptenP(); }
// do { } while (0): the loop body's `continue` ends this frame.
#define EMSCRIPTEN_MAINLOOP_BEGIN MainLoopForEmscriptenP = [&]() { do
#define EMSCRIPTEN_MAINLOOP_END while (0); }; emscripten_set_main_loop(MainLoopForEmscripten, 0, true)
