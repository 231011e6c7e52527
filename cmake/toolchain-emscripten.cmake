# toolchain-emscripten.cmake: Debian's Emscripten toolchain plus what this packaging needs.
# The machine's node is not Debian's, so every emcc/em++ call needs NODE_PATH to find
# Debian's acorn module; the launchers put it in place for compile and link steps alike.
set(ENV{NODE_PATH} "/usr/share/nodejs")
include(/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake)
set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
# The link also runs the Closure Compiler over the module's script (web.cmake: --closure 1): npm's,
# pinned in package.json at the release this Emscripten was made with (newer ones refuse its
# externs); Debian's Emscripten has none.
get_filename_component(FACTSHEET_CLOSURE "${CMAKE_CURRENT_LIST_DIR}/../node_modules/.bin/google-closure-compiler" ABSOLUTE)
set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs EM_CLOSURE_COMPILER=${FACTSHEET_CLOSURE})
# The release flags themselves, not only their _INIT: CMake appends its clang default " -O3 -DNDEBUG"
# to CMAKE_CXX_FLAGS_RELEASE_INIT and the last -O wins, so every object was compiled at -O3
# (loops unrolled, no minsize): at -Oz the app's wasm is 20 kB smaller (3.5 kB brotli).
# FORCE: existing build folders too. CMake passes these to every compile (our libraries, Dear
# ImGui, the QR encoder, the entry files) and to the link, where the LTO code is generated.
# The wasm features below are in every browser with WebGL2 (Chrome 75, Firefox 79, Safari 15);
# what each saves: README, the size-options table.
set(FACTSHEET_WASM_FEATURES
  -mnontrapping-fptoint   # float->int without the range checks around each conversion
  -msign-ext              # sign-extension instructions instead of shift pairs
  -mbulk-memory)          # memory.copy/fill for inline copies
list(JOIN FACTSHEET_WASM_FEATURES " " FACTSHEET_WASM_FEATURES)
set(CMAKE_CXX_FLAGS_RELEASE "-Oz -flto -DNDEBUG ${FACTSHEET_WASM_FEATURES}" CACHE STRING
    "Release flags (cmake/toolchain-emscripten.cmake)" FORCE)
set(CMAKE_EXE_LINKER_FLAGS_RELEASE_INIT "-Oz -flto")
