# imgui.cmake: Dear ImGui's core, as the sheet builds it (the checked sources are not changed).
# Without imgui_tables.cpp: the sheet begins no table; src/imgui/without_tables.cpp answers Dear
# ImGui's own calls into that module (-21 kB wasm, -9.6 kB brotli: bench/README.md's size table).
#
# The web build compiles a copy of imgui.cpp made here, in which the two calls of Dear ImGui's
# error recovery (io.ConfigErrorRecovery: unwinding a frame that left a Begin/End or a Push/Pop
# unbalanced) are behind FACTSHEET_IMGUI_ERROR_RECOVERY; 1.92.2b has no macro for it. The release
# wasm has no use for it (-5 kB brotli); the native build, which the tests run, keeps it and its
# asserts, so an unbalanced frame still fails a test. Configuring fails if either call moved.
set(FACTSHEET_IMGUI_CPP ${FACTSHEET_IMGUI_DIR}/imgui.cpp)
option(FACTSHEET_IMGUI_ERROR_RECOVERY "Keep Dear ImGui's error recovery in the web build (scripts/size-report.sh measures it)" OFF)
if(EMSCRIPTEN AND NOT FACTSHEET_IMGUI_ERROR_RECOVERY)
  file(READ ${FACTSHEET_IMGUI_DIR}/imgui.cpp imgui_source)
  set(imgui_patched "${imgui_source}")
  foreach(call "ErrorRecoveryTryToRecoverState(&g.StackSizesInNewFrame)"
               "ErrorRecoveryTryToRecoverWindowState(&window_stack_data.StackSizesInBegin)")
    set(before "${imgui_patched}")
    string(REPLACE "if (g.IO.ConfigErrorRecovery)\n        ${call}"
                   "if (FACTSHEET_IMGUI_ERROR_RECOVERY && g.IO.ConfigErrorRecovery)\n        ${call}"
                   imgui_patched "${imgui_patched}")
    if(imgui_patched STREQUAL before)
      message(FATAL_ERROR "cmake/imgui.cmake: ${call} not found where expected in ${FACTSHEET_IMGUI_DIR}/imgui.cpp")
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
if(EMSCRIPTEN AND NOT FACTSHEET_IMGUI_ERROR_RECOVERY)
  target_compile_definitions(imgui PRIVATE FACTSHEET_IMGUI_ERROR_RECOVERY=0)
endif()
if(EMSCRIPTEN)
  # The web build has no stb_truetype and no font files: the browser draws the letters
  # (src/platform/web/browser_fonts.cpp). IMGUI_ENABLE_FREETYPE is Dear ImGui's one switch that
  # leaves stb_truetype out; it makes ImGuiFreeType::GetFontLoader() the atlas's default loader,
  # which browser_fonts.cpp defines as the browser's (imgui_freetype.cpp is not built).
  target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_FREETYPE)
endif()
