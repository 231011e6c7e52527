# toolchain-emscripten.cmake: Debian's Emscripten toolchain plus what this packaging needs.
# The machine's node is not Debian's, so every emcc/em++ call needs NODE_PATH to find
# Debian's acorn module; the launchers put it in place for compile and link steps alike.
set(ENV{NODE_PATH} "/usr/share/nodejs")
include(/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake)
set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)
set(CMAKE_CXX_FLAGS_RELEASE_INIT "-Oz -flto -DNDEBUG")
set(CMAKE_EXE_LINKER_FLAGS_RELEASE_INIT "-Oz -flto")
