# cube_add_test(NAME LABELS label... LIBRARIES target... [SOURCES extra...] [BUILD_ONLY]
#               [TIME_ZONES zone...])
#
# One CTest test per test file: NAME.cpp beside the calling CMakeLists.txt becomes an executable
# NAME and a test NAME, with CTest labels (unit, net, gui, keychain, bench) so that a subset runs
# with `ctest -L LABEL`. Every test runs with the offscreen platform plugin. BUILD_ONLY builds
# the executable for tests that the caller registers itself (with another environment).
# TIME_ZONES runs the test once in each zone (TZ=Europe/Berlin -> test NAME_Europe_Berlin),
# for what depends on the computer's time zone.
function(cube_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "BUILD_ONLY" "" "LABELS;LIBRARIES;SOURCES;TIME_ZONES")
    if(NOT arg_LABELS)
        message(FATAL_ERROR "cube_add_test(${name}): give at least one label")
    endif()
    qt_add_executable(${name} ${name}.cpp ${arg_SOURCES})
    set_target_properties(${name} PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests/bin)
    target_link_libraries(${name} PRIVATE Qt6::Test cube_build_options ${arg_LIBRARIES})
    if(arg_BUILD_ONLY)
        return()
    endif()
    if(NOT arg_TIME_ZONES)
        add_test(NAME ${name} COMMAND ${name})
        set_tests_properties(${name} PROPERTIES
            LABELS "${arg_LABELS}"
            TIMEOUT 600
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
        return()
    endif()
    foreach(zone IN LISTS arg_TIME_ZONES)
        string(REPLACE "/" "_" suffix "${zone}")
        add_test(NAME ${name}_${suffix} COMMAND ${name})
        set_tests_properties(${name}_${suffix} PROPERTIES
            LABELS "${arg_LABELS}"
            TIMEOUT 600
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TZ=${zone}")
    endforeach()
endfunction()
