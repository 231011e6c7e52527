# check_content.cmake: build-time step (cmake -P) behind the check-content target: runs
# factsheet-check on data/en.json and data/es.json. Skips with a message while data/en.json
# does not exist yet; warns when only one of the two exists.
#   cmake -DCHECKER=path/to/factsheet-check -DDATA_DIR=path/to/data -P check_content.cmake
if(NOT EXISTS "${DATA_DIR}/en.json")
  message(STATUS "check-content: ${DATA_DIR}/en.json does not exist yet; skipping the content check")
  return()
endif()
set(files "${DATA_DIR}/en.json")
if(EXISTS "${DATA_DIR}/es.json")
  list(APPEND files "${DATA_DIR}/es.json")
else()
  message(WARNING "check-content: ${DATA_DIR}/es.json does not exist yet; checking en.json alone")
endif()
execute_process(COMMAND "${CHECKER}" --evidence "${DATA_DIR}/evidence.json" ${files} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "check-content: the content files have errors (see above)")
endif()
