# yk_python.cmake - the Python package's tests (tests/python/test_*.py),
# one CTest entry per file, run on the library this build made. They need
# a python3 that imports cffi and pytest (Debian's python3-cffi and
# python3-pytest, which scripts/deps.sh installs); YK_PYTHON names one,
# else the first python3 on PATH that has both, else /usr/bin/python3.
# Without one the tests are left out, with a note. Under the sanitizers
# (make asan) python runs with the compiler's ASan runtime preloaded, so
# the instrumented library loads into it; leaks are not checked there
# (python itself keeps memory to the end).

set(YK_PYTHON "" CACHE FILEPATH "python3 with cffi and pytest for tests/python")

function(yk_find_python out)
  find_program(yk_path_python3 NAMES python3)
  foreach(py IN ITEMS ${YK_PYTHON} ${yk_path_python3} /usr/bin/python3)
    if(EXISTS ${py})
      execute_process(COMMAND ${py} -c "import cffi, pytest"
                      RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
      if(rc EQUAL 0)
        set(${out} ${py} PARENT_SCOPE)
        return()
      endif()
    endif()
  endforeach()
  set(${out} "" PARENT_SCOPE)
endfunction()

# The environment python needs to load an instrumented library: the ASan
# runtime the compiler links (clang's or gcc's), preloaded.
function(yk_sanitizer_preload out)
  set(${out} "" PARENT_SCOPE)
  if(NOT YK_SANITIZE)
    return()
  endif()
  foreach(rt libclang_rt.asan-x86_64.so libasan.so)
    execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=${rt}
                    OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(IS_ABSOLUTE "${path}" AND EXISTS "${path}")
      set(${out} "LD_PRELOAD=${path};ASAN_OPTIONS=detect_leaks=0" PARENT_SCOPE)
      return()
    endif()
  endforeach()
endfunction()

if(NOT YK_FUZZ)
  yk_find_python(yk_python)
  yk_sanitizer_preload(yk_preload)
  if(YK_SANITIZE AND NOT yk_preload)
    set(yk_python "")
  endif()
  if(yk_python)
    message(STATUS "Python tests: ${yk_python}")
    file(GLOB YK_PY_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/python/test_*.py)
    foreach(t ${YK_PY_TESTS})
      get_filename_component(name ${t} NAME_WE)
      add_test(NAME python/${name}
               COMMAND ${yk_python} -m pytest -q -p no:cacheprovider ${t}
               WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
      set_tests_properties(python/${name} PROPERTIES ENVIRONMENT
        "YOKUSHI_LIB=$<TARGET_FILE:yokushi_shared>;YK_CLI=$<TARGET_FILE:yokushi_cli>;YK_CC=${CMAKE_C_COMPILER};PYTHONDONTWRITEBYTECODE=1;${yk_preload}")
      yk_test_properties(python/${name} ${t} python)
    endforeach()
  else()
    message(STATUS "Python tests left out: no python3 with cffi and pytest "
                   "(apt-get install python3-cffi python3-pytest, or set YK_PYTHON)")
  endif()
endif()
