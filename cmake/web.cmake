# web.cmake: the Emscripten build: src/platform/web + Dear ImGui's OpenGL3 backend -> factsheet.js/.wasm.
# Linked to .js (not .html): this Emscripten's HTML minifier fails at -Oz, and web/ has our own shell.
add_executable(factsheet
  src/platform/web/main_web.cpp
  src/platform/web/gl_web.cpp
  src/platform/web/input_web.cpp
  ${FACTSHEET_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(factsheet PRIVATE ${CMAKE_SOURCE_DIR}/src ${FACTSHEET_IMGUI_DIR}/backends)
target_link_libraries(factsheet PRIVATE factsheet_ui)
target_compile_options(factsheet PRIVATE ${FACTSHEET_CXX_FLAGS})

target_link_options(factsheet PRIVATE
  -sENVIRONMENT=web
  -sMODULARIZE=1 -sEXPORT_NAME=createFactsheet
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16MB
  -sMALLOC=emmalloc
  -sNO_FILESYSTEM=1
  -sDYNAMIC_EXECUTION=0                # no eval / new Function: the page's CSP forbids them
  -sDISABLE_EXCEPTION_CATCHING=1
  # The exports are the EMSCRIPTEN_KEEPALIVE functions of main_web.cpp (one list: the code);
  # boot.js copies content into the heap with these two.
  -sEXPORTED_FUNCTIONS=[_malloc,_free]
  -sEXPORTED_RUNTIME_METHODS=[UTF8ToString,HEAPU8]
  -sINCOMING_MODULE_JS_API=[host,locateFile,wasmBinary,print,printErr,onAbort,instantiateWasm]
  -sTEXTDECODER=2
  # Size (scripts/size-report.sh): WebGL2 needs no extensions enabled up front, no GL_-prefixed
  # extension names and no JS-side GL error tracking (-2.2 KB js); one more binaryen round (-0.6 KB wasm).
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_EXTENSIONS_IN_PREFIXED_FORMAT=0 -sGL_TRACK_ERRORS=0
  -sBINARYEN_EXTRA_PASSES=--converge
  -sASSERTIONS=0)
set_target_properties(factsheet PROPERTIES SUFFIX ".js")
