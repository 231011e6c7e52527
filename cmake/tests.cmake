# tests.cmake: native tests (included after enable_testing() when FACTSHEET_TESTS is on):
# one doctest executable for content and UI unit tests, and the data files checked by ctest.
file(GLOB FACTSHEET_UNIT_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/*.cpp)
# small_libc.cpp, small_format.cpp: the web build's number readers and writer (in place of musl's), checked here against the host's.
add_executable(unit-tests ${FACTSHEET_UNIT_TEST_SOURCES} ${CMAKE_SOURCE_DIR}/src/platform/libc/small_libc.cpp
  ${CMAKE_SOURCE_DIR}/src/platform/libc/small_format.cpp)
target_include_directories(unit-tests PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(unit-tests PRIVATE factsheet_html factsheet_ui)
find_package(doctest CONFIG QUIET)
if(TARGET doctest::doctest)
  target_link_libraries(unit-tests PRIVATE doctest::doctest)
endif()
# Tests keep exceptions and RTTI: doctest's REQUIRE needs exceptions to stop just one test.
target_compile_options(unit-tests PRIVATE -Wall -Wextra)
# Tests find data/ and tests/fixtures/ from here; UPDATE_GOLDEN=1 rewrites golden files there.
target_compile_definitions(unit-tests PRIVATE FACTSHEET_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
# UI tests lay text out with the subset fonts from cmake/fonts.cmake.
if(DEFINED FACTSHEET_FONT_DIR)
  target_compile_definitions(unit-tests PRIVATE FACTSHEET_FONT_DIR="${FACTSHEET_FONT_DIR}")
  add_dependencies(unit-tests fonts)
endif()
add_test(NAME unit-tests COMMAND unit-tests)

add_test(NAME content-check COMMAND ${FACTSHEET_CONTENT_CHECK})
