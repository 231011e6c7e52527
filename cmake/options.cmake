# options.cmake (native only): the C++ reference of the address and embed option parsers that
# ship as JavaScript (web/embedded.js, web/embed.js, web/boot.js), the tool that prints what it
# makes of inputs (tests/browser/options.test.mjs compares the JavaScript with it), and
# (FACTSHEET_FUZZ, clang) their libFuzzer targets. Nothing here goes into the wasm.
file(GLOB FACTSHEET_OPTIONS_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/options/*.cpp)
add_library(factsheet_options STATIC ${FACTSHEET_OPTIONS_SOURCES})
target_include_directories(factsheet_options PUBLIC ${CMAKE_SOURCE_DIR}/src)
target_compile_options(factsheet_options PRIVATE ${FACTSHEET_CXX_FLAGS})

add_executable(factsheet-options tools/factsheet_options.cpp tools/read_file.cpp)
target_link_libraries(factsheet-options PRIVATE factsheet_options)
target_compile_options(factsheet-options PRIVATE ${FACTSHEET_CXX_FLAGS})
set_target_properties(factsheet-options PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})

if(FACTSHEET_FUZZ)
  # As for fuzz-content (content.cmake checks for clang); UBSan findings stop the run here.
  set(FACTSHEET_OPTIONS_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=undefined)
  target_compile_options(factsheet_options PRIVATE -fsanitize=fuzzer-no-link ${FACTSHEET_OPTIONS_SANITIZERS})
  target_link_options(factsheet_options INTERFACE ${FACTSHEET_OPTIONS_SANITIZERS})
  # Seeds in tests/fuzz/corpus/<name>, dictionaries in tests/fuzz/<name>.dict; scripts/test.sh
  # runs each for FUZZ_SECONDS.
  foreach(name query embed_options)
    add_executable(fuzz-${name} tests/fuzz/fuzz_${name}.cpp)
    target_link_libraries(fuzz-${name} PRIVATE factsheet_options)
    target_compile_options(fuzz-${name} PRIVATE ${FACTSHEET_CXX_FLAGS} -fsanitize=fuzzer ${FACTSHEET_OPTIONS_SANITIZERS})
    target_link_options(fuzz-${name} PRIVATE -fsanitize=fuzzer ${FACTSHEET_OPTIONS_SANITIZERS})
    set_target_properties(fuzz-${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
  endforeach()
endif()
