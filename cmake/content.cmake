# content.cmake: the content library (model, loader/validator, parity) and the presentation
# layer (src/present: how numbers, dates and hours are written) for both builds; natively also
# the HTML rendition (src/html), the tools factsheet-check and factsheet-html, the check-content step that
# fails the build on broken data/*.json, and (FACTSHEET_FUZZ, clang) the libFuzzer target.
file(GLOB FACTSHEET_CONTENT_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/content/*.cpp)
add_library(factsheet_content STATIC ${FACTSHEET_CONTENT_SOURCES})
target_include_directories(factsheet_content PUBLIC ${CMAKE_SOURCE_DIR}/src)
# SYSTEM: nlohmann's own code is not ours to warn about.
target_include_directories(factsheet_content SYSTEM PUBLIC ${FACTSHEET_JSON_INCLUDE})
target_compile_options(factsheet_content PRIVATE ${FACTSHEET_CXX_FLAGS})
target_compile_definitions(factsheet_content PUBLIC ${FACTSHEET_DEFS})

file(GLOB FACTSHEET_PRESENT_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/present/*.cpp)
add_library(factsheet_present STATIC ${FACTSHEET_PRESENT_SOURCES})
target_link_libraries(factsheet_present PUBLIC factsheet_content)
target_compile_options(factsheet_present PRIVATE ${FACTSHEET_CXX_FLAGS})
# QR codes (src/present/qr.cpp): natively Debian's libqrcodegencpp-dev (header and library); for
# wasm its source from Debian's source package (scripts/setup.sh puts it in .deps/), compiled
# here. The library throws on bad input, which qr.cpp never hands it; in the web build a throw
# traps (src/platform/libc/no_exceptions.cpp).
if(EMSCRIPTEN)
  set(FACTSHEET_QR_DIR "${CMAKE_SOURCE_DIR}/.deps/qrcodegen-1.8.0" CACHE PATH "QR Code generator sources")
  if(NOT EXISTS "${FACTSHEET_QR_DIR}/qrcodegen.cpp")
    message(FATAL_ERROR "QR Code generator sources missing in ${FACTSHEET_QR_DIR}: run scripts/setup.sh")
  endif()
  add_library(qrcodegen STATIC ${FACTSHEET_QR_DIR}/qrcodegen.cpp)
  target_include_directories(qrcodegen SYSTEM PUBLIC ${FACTSHEET_QR_DIR})
  target_link_libraries(factsheet_present PUBLIC qrcodegen)
else()
  find_path(FACTSHEET_QR_INCLUDE qrcodegen.hpp PATH_SUFFIXES qrcodegen)
  find_library(FACTSHEET_QR_LIB qrcodegencpp)
  if(NOT FACTSHEET_QR_INCLUDE OR NOT FACTSHEET_QR_LIB)
    message(FATAL_ERROR "libqrcodegencpp-dev missing: run scripts/setup.sh")
  endif()
  target_include_directories(factsheet_present SYSTEM PUBLIC ${FACTSHEET_QR_INCLUDE})
  target_link_libraries(factsheet_present PUBLIC ${FACTSHEET_QR_LIB})
endif()

if(NOT EMSCRIPTEN)
  # The page's ids, classes and data attributes, from web/dom.json (as the scripts' are).
  add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/generated/dom.h
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/generated
    COMMAND Python3::Interpreter ${CMAKE_SOURCE_DIR}/tools/constants.py cpp-dom ${CMAKE_BINARY_DIR}/generated/dom.h
    DEPENDS ${CMAKE_SOURCE_DIR}/web/dom.json ${CMAKE_SOURCE_DIR}/tools/constants.py
    COMMENT "Writing the page's names for C++" VERBATIM)
  file(GLOB FACTSHEET_HTML_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/html/*.cpp)
  add_library(factsheet_html STATIC ${FACTSHEET_HTML_SOURCES} ${CMAKE_BINARY_DIR}/generated/dom.h)
  target_include_directories(factsheet_html PRIVATE ${CMAKE_BINARY_DIR}/generated)
  target_link_libraries(factsheet_html PUBLIC factsheet_present)
  target_compile_options(factsheet_html PRIVATE ${FACTSHEET_CXX_FLAGS})

  foreach(tool check html)
    add_executable(factsheet-${tool} tools/factsheet_${tool}.cpp tools/read_file.cpp)
    target_link_libraries(factsheet-${tool} PRIVATE factsheet_html)
    target_compile_options(factsheet-${tool} PRIVATE ${FACTSHEET_CXX_FLAGS})
    set_target_properties(factsheet-${tool} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
  endforeach()

  # The link preview picture (tools/factsheet_preview.cpp): the content, the palette and the
  # shipped fonts, rasterised with Dear ImGui's bundled stb_truetype; zlib for the PNG.
  find_package(ZLIB REQUIRED)
  add_executable(factsheet-preview tools/factsheet_preview.cpp tools/read_file.cpp ${CMAKE_BINARY_DIR}/generated/palette.inc)
  target_include_directories(factsheet-preview PRIVATE ${CMAKE_BINARY_DIR}/generated)
  target_include_directories(factsheet-preview SYSTEM PRIVATE ${FACTSHEET_IMGUI_DIR})
  target_link_libraries(factsheet-preview PRIVATE factsheet_html ZLIB::ZLIB)
  target_compile_options(factsheet-preview PRIVATE ${FACTSHEET_CXX_FLAGS})
  set_target_properties(factsheet-preview PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})

  # The languages are the content files in data/ (tools/constants.py finds them; a new file
  # reconfigures through the glob). The check runs on every build: it takes milliseconds.
  file(GLOB FACTSHEET_DATA_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/data/*.json)
  execute_process(COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tools/constants.py languages ${CMAKE_SOURCE_DIR}/data
                  OUTPUT_VARIABLE FACTSHEET_LANGUAGES OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
  string(REPLACE "\n" ";" FACTSHEET_LANGUAGES "${FACTSHEET_LANGUAGES}")
  list(TRANSFORM FACTSHEET_LANGUAGES REPLACE "(.+)" "${CMAKE_SOURCE_DIR}/data/\\1.json" OUTPUT_VARIABLE FACTSHEET_LANGUAGE_FILES)
  set(FACTSHEET_CONTENT_CHECK factsheet-check --evidence ${CMAKE_SOURCE_DIR}/data/evidence.json ${FACTSHEET_LANGUAGE_FILES})
  add_custom_target(check-content ALL COMMAND ${FACTSHEET_CONTENT_CHECK}
    COMMENT "Checking the content files: ${FACTSHEET_LANGUAGES}" VERBATIM)
  add_dependencies(check-content factsheet-check)

  if(FACTSHEET_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
      message(FATAL_ERROR "FACTSHEET_FUZZ needs clang with libFuzzer: configure with CXX=clang++-14")
    endif()
    # The library gets coverage and sanitizer instrumentation; everything linking it gets the
    # sanitizer runtimes.
    foreach(lib factsheet_content factsheet_present factsheet_html)
      target_compile_options(${lib} PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
    endforeach()
    target_link_options(factsheet_content INTERFACE -fsanitize=address,undefined)
    add_executable(fuzz-content tests/fuzz/fuzz_content.cpp)
    target_link_libraries(fuzz-content PRIVATE factsheet_html)
    target_compile_options(fuzz-content PRIVATE ${FACTSHEET_CXX_FLAGS} -fsanitize=fuzzer,address,undefined)
    target_link_options(fuzz-content PRIVATE -fsanitize=fuzzer,address,undefined)
    set_target_properties(fuzz-content PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
    # Seeds and dictionary, for whoever runs it:
    #   fuzz-content -dict=tests/fuzz/content.dict -max_total_time=60 CORPUS_COPY tests/fuzz/corpus/content
    set(FACTSHEET_FUZZ_CONTENT_CORPUS ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/content)
    set(FACTSHEET_FUZZ_CONTENT_DICT ${CMAKE_SOURCE_DIR}/tests/fuzz/content.dict)
  endif()
endif()
