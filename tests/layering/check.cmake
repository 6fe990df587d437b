# Builds each layering probe and checks the outcome: "allowed" probes compile,
# "refused" ones fail because the header is not found (not for any other
# reason), although it exists in the source tree.
#   cmake -DSOURCE_DIR=... -DBINARY_DIR=... -DPROBES="target|header|allowed;..." -P check.cmake
set(failures "")
foreach(probe IN LISTS PROBES)
    string(REPLACE "|" ";" fields "${probe}")
    list(GET fields 0 target)
    list(GET fields 1 header)
    list(GET fields 2 expected)
    if(NOT EXISTS "${SOURCE_DIR}/${header}")
        string(APPEND failures "${target}: ${header} is not in the source tree; the probe proves nothing\n")
        continue()
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} --target ${target}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE output)
    # GCC: "x.h: No such file or directory"; Clang: "'x.h' file not found".
    string(FIND "${output}" "${header}: No such file or directory" notFound)
    if(notFound EQUAL -1)
        string(FIND "${output}" "'${header}' file not found" notFound)
    endif()
    if(expected STREQUAL "allowed" AND NOT rc EQUAL 0)
        string(APPEND failures "${target}: ${header} should be reachable, but the build failed:\n${output}\n")
    elseif(expected STREQUAL "refused" AND (rc EQUAL 0 OR notFound EQUAL -1))
        string(APPEND failures "${target}: ${header} should not be reachable (exit ${rc}):\n${output}\n")
    else()
        message(STATUS "${target}: ${header} ${expected}, as it should be")
    endif()
endforeach()
if(failures)
    message(FATAL_ERROR "${failures}")
endif()
