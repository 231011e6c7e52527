# imgui.cmake: Dear ImGui's core, as the sheet builds it (the checked sources are not changed).
# Without imgui_tables.cpp: the sheet begins no table; src/imgui/without_tables.cpp answers Dear
# ImGui's own calls into that module (-21 kB wasm, -9.6 kB brotli: bench/README.md's size table).
#
# The web build compiles a copy of imgui.cpp made here, in which code the sheet never runs is
# behind macros that are 0 there (1.92.2b has no switch for either; the native build, which the
# tests run, keeps all of it):
# - FACTSHEET_IMGUI_ERROR_RECOVERY: the two calls of Dear ImGui's error recovery
#   (io.ConfigErrorRecovery: unwinding a frame that left a Begin/End or a Push/Pop unbalanced). The
#   release wasm has no use for it (-5 kB brotli); the native build keeps it and its asserts, so an
#   unbalanced frame still fails a test.
# - FACTSHEET_IMGUI_WINDOW_CHROME: what windows with a title bar, resize grips or scrollbars need
#   (manual resize, the title bar's contents, scrollbars, Ctrl+Tab's window list): every window
#   the sheet begins is ImGuiWindowFlags_NoDecoration and NoMove, and it scrolls itself.
# Configuring fails if a patched line moved.
set(FACTSHEET_IMGUI_CPP ${FACTSHEET_IMGUI_DIR}/imgui.cpp)
option(FACTSHEET_IMGUI_ERROR_RECOVERY "Keep Dear ImGui's error recovery in the web build (scripts/size-report.sh measures it)" OFF)
option(FACTSHEET_IMGUI_WINDOW_CHROME "Keep Dear ImGui's window title bars, resizing and scrollbars in the web build" OFF)
# Pairs: what imgui.cpp has, then what the web build compiles (neither holds a ";").
set(imgui_patches)
if(NOT FACTSHEET_IMGUI_ERROR_RECOVERY)
  foreach(call "ErrorRecoveryTryToRecoverState(&g.StackSizesInNewFrame)"
               "ErrorRecoveryTryToRecoverWindowState(&window_stack_data.StackSizesInBegin)")
    list(APPEND imgui_patches "if (g.IO.ConfigErrorRecovery)\n        ${call}"
                              "if (FACTSHEET_IMGUI_ERROR_RECOVERY && g.IO.ConfigErrorRecovery)\n        ${call}")
  endforeach()
endif()
if(NOT FACTSHEET_IMGUI_WINDOW_CHROME)
  foreach(guarded "handle_borders_and_resize_grips && !window->Collapsed)\n            if (int auto_fit_mask = UpdateWindowManualResize("
                  "window->ScrollbarX)\n            Scrollbar(ImGuiAxis_X)"
                  "window->ScrollbarY)\n            Scrollbar(ImGuiAxis_Y)"
                  "!(flags & ImGuiWindowFlags_NoTitleBar))\n            RenderWindowTitleBarContents("
                  "g.NavWindowingTarget != NULL)\n        NavUpdateWindowingOverlay()")
    list(APPEND imgui_patches "if (${guarded}" "if (FACTSHEET_IMGUI_WINDOW_CHROME && ${guarded}")
  endforeach()
  list(APPEND imgui_patches "features (hold Square to move/resize/etc.)\n    NavUpdateWindowing()"
                            "features (hold Square to move/resize/etc.)\n    if (FACTSHEET_IMGUI_WINDOW_CHROME) NavUpdateWindowing()")
endif()
if(EMSCRIPTEN AND imgui_patches)
  file(READ ${FACTSHEET_IMGUI_DIR}/imgui.cpp imgui_patched)
  list(LENGTH imgui_patches n)
  math(EXPR last "${n} - 1")
  foreach(i RANGE 0 ${last} 2)
    math(EXPR j "${i} + 1")
    list(GET imgui_patches ${i} before_text)
    list(GET imgui_patches ${j} after_text)
    set(before "${imgui_patched}")
    string(REPLACE "${before_text}" "${after_text}" imgui_patched "${imgui_patched}")
    if(imgui_patched STREQUAL before)
      message(FATAL_ERROR "cmake/imgui.cmake: \"${before_text}\" not found where expected in ${FACTSHEET_IMGUI_DIR}/imgui.cpp")
    endif()
  endforeach()
  set(FACTSHEET_IMGUI_CPP ${CMAKE_BINARY_DIR}/generated/imgui/imgui.cpp)
  file(CONFIGURE OUTPUT ${FACTSHEET_IMGUI_CPP} CONTENT "${imgui_patched}" @ONLY)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${FACTSHEET_IMGUI_DIR}/imgui.cpp)
endif()

add_library(imgui STATIC
  ${FACTSHEET_IMGUI_CPP}
  ${FACTSHEET_IMGUI_DIR}/imgui_draw.cpp
  ${FACTSHEET_IMGUI_DIR}/imgui_widgets.cpp
  ${CMAKE_SOURCE_DIR}/src/imgui/without_tables.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${FACTSHEET_IMGUI_DIR})
target_compile_definitions(imgui PUBLIC
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS
  IMGUI_DISABLE_DEFAULT_FONT IMGUI_DISABLE_FILE_FUNCTIONS
  # No default "open in shell" (fork + xdg-open, dead code in a browser; links open from the page).
  IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS)
target_compile_options(imgui PRIVATE -fno-exceptions -fno-rtti)
if(EMSCRIPTEN)
  target_compile_definitions(imgui PRIVATE FACTSHEET_IMGUI_ERROR_RECOVERY=$<BOOL:${FACTSHEET_IMGUI_ERROR_RECOVERY}>
                                           FACTSHEET_IMGUI_WINDOW_CHROME=$<BOOL:${FACTSHEET_IMGUI_WINDOW_CHROME}>)
endif()
if(EMSCRIPTEN)
  # The web build has no stb_truetype and no font files: the browser draws the letters
  # (src/platform/web/browser_fonts.cpp). IMGUI_ENABLE_FREETYPE is Dear ImGui's one switch that
  # leaves stb_truetype out; it makes ImGuiFreeType::GetFontLoader() the atlas's default loader,
  # which browser_fonts.cpp defines as the browser's (imgui_freetype.cpp is not built).
  target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_FREETYPE)
endif()
