# options.cmake (native only): the C++ reference of the address and embed option parsers that
# ship as JavaScript (web/embedded.js, web/embed.js, web/boot.js), the tool that prints what it
# makes of inputs. Nothing here goes into the wasm.
file(GLOB FACTSHEET_OPTIONS_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/options/*.cpp)
add_library(factsheet_options STATIC ${FACTSHEET_OPTIONS_SOURCES})
target_include_directories(factsheet_options PUBLIC ${CMAKE_SOURCE_DIR}/src)
target_compile_options(factsheet_options PRIVATE ${FACTSHEET_CXX_FLAGS})

add_executable(factsheet-options tools/factsheet_options.cpp tools/read_file.cpp)
target_link_libraries(factsheet-options PRIVATE factsheet_options)
target_compile_options(factsheet-options PRIVATE ${FACTSHEET_CXX_FLAGS})
set_target_properties(factsheet-options PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})

