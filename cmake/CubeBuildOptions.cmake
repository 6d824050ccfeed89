# Compiler options for the project's own targets (never for Qt's or QtKeychain's headers'
# owners): warnings are errors, and a bare string literal cannot become a QString, so every
# text a person reads has to pass through tr() or be marked as a deliberate literal.
add_library(cube_build_options INTERFACE)

target_compile_definitions(cube_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    CUBE_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(cube_build_options INTERFACE
        -Wall -Wextra -Wpedantic -Werror
        -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
        -Wconversion -Wno-sign-conversion)
    # Qt's logging macros (qCInfo(category) with no further argument) are fine C++20 and a
    # GNU extension before; clang says so under -Wpedantic.
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        target_compile_options(cube_build_options INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
elseif(MSVC)
    target_compile_options(cube_build_options INTERFACE /W4 /WX /permissive- /utf-8)
endif()

# Sanitizers for the asan preset: CUBE_SANITIZE=ON adds AddressSanitizer and
# UndefinedBehaviorSanitizer to everything the project compiles and links.
option(CUBE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(CUBE_SANITIZE)
    target_compile_options(cube_build_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(cube_build_options INTERFACE -fsanitize=address,undefined)
endif()

# The fuzz preset: clang's libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer; the
# fuzz targets themselves link -fsanitize=fuzzer (tests/fuzz).
option(CUBE_FUZZ "Build core and the libFuzzer targets (clang)" OFF)
if(CUBE_FUZZ)
    target_compile_options(cube_build_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(cube_build_options INTERFACE -fsanitize=address,undefined)
endif()
