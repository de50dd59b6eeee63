# Trains the shipped model again and requires the very bytes committed in models/.
execute_process(COMMAND ${TOOL} train -o ${OUT} ${OPTIONS} ${CORPUS} RESULT_VARIABLE rc
                ERROR_VARIABLE log)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "training failed:\n${log}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${SHIPPED} RESULT_VARIABLE same)
if(NOT same EQUAL 0)
  message(FATAL_ERROR "models/stance-en.stnc is not what corpus/train/ gives: rebuild it with "
                      "'cmake --build build --target model' and copy build/models/stance-en.stnc")
endif()
message(STATUS "models/stance-en.stnc reproduced byte for byte")
