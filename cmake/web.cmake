# web.cmake: the Emscripten build: the app (factsheet.js/.wasm: src/platform/web) and the picture
# runtime of the embedded sheet (factsheet-pictures.js/.wasm: src/platform/pictures), both on Dear
# ImGui's OpenGL3 backend. Linked to .js (not .html): this Emscripten's HTML minifier fails at
# -Oz, and web/ has our own pages.

# What both modules are built with.
set(FACTSHEET_WASM_LINK_OPTIONS
  -sENVIRONMENT=web
  -sMODULARIZE=1
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=16MB
  -sMALLOC=emmalloc
  -sNO_FILESYSTEM=1
  -sDYNAMIC_EXECUTION=0                # no eval / new Function: the page's CSP forbids them
  -sDISABLE_EXCEPTION_CATCHING=1
  # The exports: each module's list, from src/platform/bridge.json (below), with malloc and free,
  # which the page's side of the bridge moves strings and bytes into the heap with.
  -sEXPORTED_RUNTIME_METHODS=[UTF8ToString,HEAPU8]
  -sTEXTDECODER=2
  # Size (scripts/size-report.sh): WebGL2 needs no extensions enabled up front, no GL_-prefixed
  # extension names and no JS-side GL error tracking (-2.2 KB js); one more binaryen round (-0.6 KB wasm).
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_EXTENSIONS_IN_PREFIXED_FORMAT=0 -sGL_TRACK_ERRORS=0
  -sBINARYEN_EXTRA_PASSES=--converge
  # No emulation the sheet does not use: Emscripten's deferral of fullscreen and pointer-lock
  # requests to a user gesture (the page opens links itself), Safari's old getContext bug (Safari
  # 15+ has WebGL2 fixed), polyfills for browsers without WebGL2 anyway.
  -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0 -sGL_WORKAROUND_SAFARI_GETCONTEXT_BUG=0 -sPOLYFILL=0
  -sASSERTIONS=0
  # The module's script through the Closure Compiler (toolchain-emscripten.cmake says which): its
  # advanced mode drops and renames what terser must keep (-1.2 KB brotli off the app's script,
  # -1.1 KB off the picture runtime's).
  --closure 1)

# The calls between each module and its page, declared once (src/platform/bridge.json):
# tools/bridge.py writes <module>_bridge.h (the host calls, the exports' prototypes) and
# <module>_exports.txt; a call the entry file does not define fails the link.
set(FACTSHEET_BRIDGE_DIR ${CMAKE_BINARY_DIR}/generated/bridge)
function(factsheet_bridge module)
  add_custom_command(OUTPUT ${FACTSHEET_BRIDGE_DIR}/${module}_bridge.h ${FACTSHEET_BRIDGE_DIR}/${module}_exports.txt
    COMMAND Python3::Interpreter ${CMAKE_SOURCE_DIR}/tools/bridge.py cpp ${module} ${FACTSHEET_BRIDGE_DIR}
    DEPENDS ${CMAKE_SOURCE_DIR}/src/platform/bridge.json ${CMAKE_SOURCE_DIR}/tools/bridge.py
    COMMENT "Writing the ${module}'s bridge" VERBATIM)
endfunction()

factsheet_bridge(glyphs)

# The small number readers and writer in place of musl's (src/platform/libc); OFF only to measure them.
option(FACTSHEET_SMALL_LIBC "Link src/platform/libc's strtod/sscanf/snprintf instead of musl's" ON)
set(FACTSHEET_LIBC_SOURCES)
if(FACTSHEET_SMALL_LIBC)
  set(FACTSHEET_LIBC_SOURCES ${CMAKE_SOURCE_DIR}/src/platform/libc/small_libc.cpp ${CMAKE_SOURCE_DIR}/src/platform/libc/small_format.cpp
    ${CMAKE_SOURCE_DIR}/src/platform/libc/libc_overrides.cpp)
endif()
# A throw traps where it stands (src/platform/libc/no_exceptions.cpp says why).
list(APPEND FACTSHEET_LIBC_SOURCES ${CMAKE_SOURCE_DIR}/src/platform/libc/no_exceptions.cpp)

function(factsheet_wasm target module entry)
  factsheet_bridge(${module})
  # src/platform/web/webgl.cpp: WebGL2 and Dear ImGui's renderer; browser_fonts.cpp: the letters,
  # drawn by the browser; platform/libc: small number readers in place of musl's. The same for both.
  add_executable(${target} ${entry} ${ARGN} ${CMAKE_SOURCE_DIR}/src/platform/web/webgl.cpp
    ${CMAKE_SOURCE_DIR}/src/platform/web/browser_fonts.cpp ${FACTSHEET_BRIDGE_DIR}/glyphs_bridge.h
    ${FACTSHEET_LIBC_SOURCES}
    ${FACTSHEET_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp ${FACTSHEET_BRIDGE_DIR}/${module}_bridge.h)
  target_include_directories(${target} PRIVATE ${CMAKE_SOURCE_DIR}/src ${FACTSHEET_IMGUI_DIR}/backends)
  target_link_libraries(${target} PRIVATE factsheet_ui)
  target_compile_options(${target} PRIVATE ${FACTSHEET_CXX_FLAGS})
  target_include_directories(${target} PRIVATE ${FACTSHEET_BRIDGE_DIR})
  target_link_options(${target} PRIVATE ${FACTSHEET_WASM_LINK_OPTIONS}
    "-sEXPORTED_FUNCTIONS=@${FACTSHEET_BRIDGE_DIR}/${module}_exports.txt")
  set_target_properties(${target} PROPERTIES SUFFIX ".js" LINK_DEPENDS ${FACTSHEET_BRIDGE_DIR}/${module}_exports.txt)
endfunction()

# The app: web/app/start.js loads it.
factsheet_wasm(factsheet app src/platform/web/main_web.cpp)
target_link_options(factsheet PRIVATE -sEXPORT_NAME=createFactsheet
  -sINCOMING_MODULE_JS_API=[host,locateFile,wasmBinary,print,printErr,onAbort,instantiateWasm])

# The picture runtime (README, "Pictures in the embedded sheet"): the same picture code, alone,
# for the charts and diagrams of en.html / es.html, fetched only when a picture comes near the
# screen. Its page side, web/pictures/pictures.js, is appended after the module by tools/site.py:
# one file to fetch.
factsheet_wasm(factsheet-pictures pictures src/platform/pictures/main_pictures.cpp)
target_link_options(factsheet-pictures PRIVATE -sEXPORT_NAME=createFactsheetPictures
  -sINCOMING_MODULE_JS_API=[host,locateFile,print,printErr,onAbort])
