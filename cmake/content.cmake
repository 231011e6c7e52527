# content.cmake: the content library (model, loader/validator, parity, HTML renderer) for both
# builds; natively also the tools factsheet-check and factsheet-html, the check-content step that
# fails the build on broken data/*.json, and (FACTSHEET_FUZZ, clang) the libFuzzer target.
file(GLOB FACTSHEET_CONTENT_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/content/*.cpp)
add_library(factsheet_content STATIC ${FACTSHEET_CONTENT_SOURCES})
target_include_directories(factsheet_content PUBLIC ${CMAKE_SOURCE_DIR}/src)
# SYSTEM: nlohmann's own code is not ours to warn about.
target_include_directories(factsheet_content SYSTEM PUBLIC ${FACTSHEET_JSON_INCLUDE})
target_compile_options(factsheet_content PRIVATE ${FACTSHEET_CXX_FLAGS})
target_compile_definitions(factsheet_content PUBLIC ${FACTSHEET_DEFS})

if(NOT EMSCRIPTEN)
  foreach(tool check html)
    add_executable(factsheet-${tool} tools/factsheet_${tool}.cpp tools/read_file.cpp)
    target_link_libraries(factsheet-${tool} PRIVATE factsheet_content)
    target_compile_options(factsheet-${tool} PRIVATE ${FACTSHEET_CXX_FLAGS})
    set_target_properties(factsheet-${tool} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
  endforeach()

  # Runs on every build (it takes milliseconds); the script decides at build time which files
  # exist, so data/*.json written after configuring is still checked.
  add_custom_target(check-content ALL
    COMMAND ${CMAKE_COMMAND} -DCHECKER=$<TARGET_FILE:factsheet-check> -DDATA_DIR=${CMAKE_SOURCE_DIR}/data
            -P ${CMAKE_SOURCE_DIR}/tools/check_content.cmake
    COMMENT "Checking data/en.json and data/es.json"
    VERBATIM)
  add_dependencies(check-content factsheet-check)

  if(FACTSHEET_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
      message(FATAL_ERROR "FACTSHEET_FUZZ needs clang with libFuzzer: configure with CXX=clang++-14")
    endif()
    # The library gets coverage and sanitizer instrumentation; everything linking it gets the
    # sanitizer runtimes.
    target_compile_options(factsheet_content PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
    target_link_options(factsheet_content INTERFACE -fsanitize=address,undefined)
    add_executable(fuzz-content tests/fuzz/fuzz_content.cpp)
    target_link_libraries(fuzz-content PRIVATE factsheet_content)
    target_compile_options(fuzz-content PRIVATE ${FACTSHEET_CXX_FLAGS} -fsanitize=fuzzer,address,undefined)
    target_link_options(fuzz-content PRIVATE -fsanitize=fuzzer,address,undefined)
    set_target_properties(fuzz-content PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
    # Seeds and dictionary, for whoever runs it:
    #   fuzz-content -dict=tests/fuzz/content.dict -max_total_time=60 CORPUS_COPY tests/fuzz/corpus/content
    set(FACTSHEET_FUZZ_CONTENT_CORPUS ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/content)
    set(FACTSHEET_FUZZ_CONTENT_DICT ${CMAKE_SOURCE_DIR}/tests/fuzz/content.dict)
  endif()
endif()
