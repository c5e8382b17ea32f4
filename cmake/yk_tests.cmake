# yk_tests.cmake - the test tiers. Every test gets a TIMEOUT, so a hang
# fails one test instead of stalling `make test`, and a label naming its
# kind (unit, cli, lib, python). A test file opts into the slow tier with
# a comment line containing
#     yk-test: long
# (`make test` runs `ctest -LE long`; `make check` runs them as well), and
# may set its own limit with "yk-test: timeout=SECONDS". A test whose slow
# cases alone belong to the long tier says "yk-test: long-part": it is
# registered a second time, as TEST:long with YK_TEST_LONG=1 in its
# environment, and skips those cases unless that is set
# (tests/unit/game/escalation_test.c).

# Seconds. The fast tier as a whole must stay under a minute on two cores;
# one test near this limit is already a problem worth a look.
set(YK_TEST_TIMEOUT 60 CACHE STRING "Default per-test timeout (s)")
set(YK_TEST_TIMEOUT_LONG 900 CACHE STRING "Per-test timeout of long tests (s)")
# The sanitizers slow the library down about 4 times, and `make asan`
# often shares the machine: cli/cascade took 194 s under ASan at load
# average 9, against 2.8 s in Release on an idle machine.
if(YK_SANITIZE)
  set(yk_test_slowdown 10)
else()
  set(yk_test_slowdown 1)
endif()

# yk_test_properties(TEST SOURCE KIND): labels and timeout of TEST from
# the markers in SOURCE.
function(yk_test_properties test source kind)
  file(STRINGS ${source} marks REGEX "yk-test:")
  set(labels ${kind})
  set(timeout ${YK_TEST_TIMEOUT})
  foreach(m IN LISTS marks)
    if(m MATCHES "yk-test:.*[^a-z-]long([^a-z-]|$)")
      list(APPEND labels long)
      set(timeout ${YK_TEST_TIMEOUT_LONG})
    endif()
    if(m MATCHES "yk-test:.*timeout=([0-9]+)")
      set(timeout ${CMAKE_MATCH_1})
    endif()
  endforeach()
  math(EXPR timeout "${timeout} * ${yk_test_slowdown}")
  set_tests_properties(${test} PROPERTIES LABELS "${labels}" TIMEOUT ${timeout})
endfunction()

# yk_test_long_part(TEST SOURCE COMMAND...): TEST:long, the same command
# with YK_TEST_LONG=1, when SOURCE has a "yk-test: long-part" line.
function(yk_test_long_part test source)
  file(STRINGS ${source} marks REGEX "yk-test:.*long-part")
  if(NOT marks)
    return()
  endif()
  add_test(NAME ${test}:long COMMAND ${ARGN})
  get_test_property(${test} ENVIRONMENT env)
  if(NOT env)
    set(env "")
  endif()
  list(APPEND env YK_TEST_LONG=1)
  math(EXPR timeout "${YK_TEST_TIMEOUT_LONG} * ${yk_test_slowdown}")
  set_tests_properties(${test}:long PROPERTIES ENVIRONMENT "${env}"
                       LABELS "long" TIMEOUT ${timeout})
endfunction()
