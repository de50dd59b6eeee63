# Runs one test program with TMPDIR set to a directory of its own, and fails if the program
# fails or leaves anything in that directory: what a suite creates there is its to remove,
# and a user's /tmp is no place to leave models and corpora behind after every test run.
#   cmake -DTMP=DIR -DWRAPPER="valgrind|--quiet|..." -DPROGRAM=PATH -P run_clean.cmake
file(REMOVE_RECURSE "${TMP}")
file(MAKE_DIRECTORY "${TMP}")
set(ENV{TMPDIR} "${TMP}")
string(REPLACE "|" ";" command "${WRAPPER}")
list(APPEND command "${PROGRAM}")
execute_process(COMMAND ${command} RESULT_VARIABLE rc)
file(GLOB left LIST_DIRECTORIES true RELATIVE "${TMP}" "${TMP}/*")
file(REMOVE_RECURSE "${TMP}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}")
endif()
if(left)
  message(FATAL_ERROR "${PROGRAM} left behind in TMPDIR: ${left}")
endif()
