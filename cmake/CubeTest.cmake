# cube_add_test(NAME LABELS label... LIBRARIES target... [SOURCES extra...] [BUILD_ONLY]
#               [TIME_ZONES zone...] [TEAM_STORE])
#
# One CTest test per test file: NAME.cpp beside the calling CMakeLists.txt becomes an executable
# NAME and a test NAME, with CTest labels (unit, net, gui, keychain, bench) so that a subset runs
# with `ctest -L LABEL`. Every test runs with the offscreen platform plugin. BUILD_ONLY builds
# the executable for tests that the caller registers itself (with another environment).
# TIME_ZONES runs the test once in each zone (TZ=Europe/Berlin -> test NAME_Europe_Berlin),
# for what depends on the computer's time zone.
# TEAM_STORE gives the test a real PostgreSQL server: CTest starts one before it (the fixture
# team_store, tests/CMakeLists.txt) and tells it where through CUBE_TEST_TEAM_STORE_DIR, which
# tests/support/teamstoreserver.h reads.
function(cube_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "BUILD_ONLY;TEAM_STORE" ""
        "LABELS;LIBRARIES;SOURCES;TIME_ZONES")
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
    set(environment "QT_QPA_PLATFORM=offscreen")
    set(fixtures "")
    if(arg_TEAM_STORE)
        list(APPEND environment "CUBE_TEST_TEAM_STORE_DIR=${CUBE_TEAM_STORE_DIR}")
        set(fixtures team_store)
    endif()
    if(NOT arg_TIME_ZONES)
        add_test(NAME ${name} COMMAND ${name})
        set_tests_properties(${name} PROPERTIES
            LABELS "${arg_LABELS}"
            TIMEOUT 600
            ENVIRONMENT "${environment}"
            FIXTURES_REQUIRED "${fixtures}")
        return()
    endif()
    foreach(zone IN LISTS arg_TIME_ZONES)
        string(REPLACE "/" "_" suffix "${zone}")
        add_test(NAME ${name}_${suffix} COMMAND ${name})
        set_tests_properties(${name}_${suffix} PROPERTIES
            LABELS "${arg_LABELS}"
            TIMEOUT 600
            ENVIRONMENT "${environment};TZ=${zone}"
            FIXTURES_REQUIRED "${fixtures}")
    endforeach()
endfunction()

# Where the fixture team_store's server leaves its address and password (scripts/test-postgres):
# one per build tree, so that the tests of two builds never share a server.
set(CUBE_TEAM_STORE_DIR ${PROJECT_BINARY_DIR}/team-store)
