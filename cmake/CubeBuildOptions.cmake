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
