# CPack: the installer packages, all from the one project version (top-level CMakeLists.txt).
#   Linux:   DEB (Debian 12 / Ubuntu) and TGZ of the installed tree   -> scripts/package
#   Windows: NSIS installer and ZIP, Qt deployed by windeployqt          (see README.md)
#   macOS:   DragNDrop disk image of cube-console.app, Qt by macdeployqt (see README.md)

set(CPACK_PACKAGE_NAME cube-console)
set(CPACK_PACKAGE_VENDOR "Cube Console developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_CONTACT "Cube Console developers <cube-console@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "console for the IoT SIM cards of a Linksfield Cube account")
# Debian shows the description as written: lines under 80 columns.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Cube Console is the desktop tool of support staff who answer customers\n"
    "about their IoT SIM cards. It finds any SIM card of a Linksfield Cube\n"
    "account by ICCID, IMSI, MSISDN or status and shows its real-time state,\n"
    "data usage and data-plan orders; it orders, renews, enables, cancels and\n"
    "ends orders early, suspends and resumes SIM cards and sends SMS. It speaks\n"
    "Simplified Chinese and English and keeps the account's secret in the\n"
    "system keychain.\n"
    "\n"
    "The package also holds cubectl, the same operations for scripts, and\n"
    "cube-sim, a Cube API simulator for trying them out.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Cube Console")
set(CPACK_PACKAGE_EXECUTABLES cube-console "Cube Console")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
# cube-console-0.1.0-Linux-x86_64.tar.gz: name, version, system and architecture.
set(CPACK_PACKAGE_FILE_NAME
    "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# --- DEB -----------------------------------------------------------------------------------
# cube-console_0.1.0_amd64.deb
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${CPACK_PACKAGE_CONTACT})
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# The libraries the executables link come from dpkg-shlibdeps. What Qt and QtKeychain load at
# run time is invisible to it and named here: libsecret-1-0 (QtKeychain opens it to reach the
# Secret Service), libqt6svg6 (the SVG icon engine and image plugin that draw the window and
# theme icons), libqt6gui6 (it carries the xcb platform plugin on Debian 12), libqt6sql6-sqlite
# (Qt SQL's SQLite driver: the journal, caches, notes; libqt6sql6 only recommends one driver of
# several).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libsecret-1-0, libqt6svg6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6sql6-sqlite (>= 6.4)")
# A keychain to keep the secret in (either desktop's), Qt's own Chinese strings (standard
# buttons, dialogs), the Wayland platform plugin for Wayland sessions, and Qt SQL's PostgreSQL
# driver for a team store (a desk without one never loads it).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, qt6-translations-l10n, qt6-wayland, libqt6sql6-psql")
# Nothing under /etc, so no conffiles; the icon cache and the desktop database are refreshed by
# the hicolor-icon-theme and desktop-file-utils triggers, so there are no maintainer scripts.

# --- Windows: NSIS ----------------------------------------------------------------------------
set(CPACK_NSIS_DISPLAY_NAME "Cube Console")
set(CPACK_NSIS_PACKAGE_NAME "Cube Console ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\cube-console.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_HELP_LINK ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT ${CPACK_PACKAGE_CONTACT})
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
# A newer package replaces the installed one; cubectl is found in a new terminal.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)

# --- macOS: DragNDrop -------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Cube Console ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
# The disk image shows the bundle beside a link to /Applications (CPack's default).

if(WIN32 OR APPLE)
    # Qt's libraries, plugins and translations beside the executables (windeployqt, or
    # macdeployqt into the bundle). Qt 6.4 supports this on Windows and macOS only; Linux
    # packages depend on the distribution's Qt instead.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET cube-console OUTPUT_SCRIPT deploy_script)
    else()
        qt_generate_deploy_app_script(TARGET cube-console FILENAME_VARIABLE deploy_script)
    endif()
    install(SCRIPT ${deploy_script})
    # QtKeychain is not Qt's: the deploy tools leave it out.
    install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
        RUNTIME DESTINATION ${CUBE_INSTALL_TOOLSDIR}
        LIBRARY DESTINATION ${CUBE_INSTALL_LIBDIR}
        FRAMEWORK DESTINATION ${CUBE_INSTALL_LIBDIR})
endif()

if(WIN32)
    # The installer's and the executable's icon, rendered from the SVG like the others.
    set(icon_ico ${CMAKE_CURRENT_BINARY_DIR}/windows/cube-console.ico)
    add_custom_command(OUTPUT ${icon_ico}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/windows
        COMMAND cube-render-icon ${icon_svg} 256 ${icon_ico}
        DEPENDS cube-render-icon ${icon_svg}
        VERBATIM)
    configure_file(windows/cube-console.rc.in ${CMAKE_CURRENT_BINARY_DIR}/windows/cube-console.rc
        @ONLY)
    add_custom_target(windows_icon DEPENDS ${icon_ico})
    target_sources(cube-console PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/windows/cube-console.rc)
    add_dependencies(cube-console windows_icon)
    set(CPACK_NSIS_MUI_ICON ${icon_ico})
    set(CPACK_NSIS_MUI_UNIICON ${icon_ico})
endif()

if(APPLE)
    # The bundle's icon: an iconset rendered from the SVG, turned into .icns by iconutil.
    set(iconset ${CMAKE_CURRENT_BINARY_DIR}/macos/cube-console.iconset)
    set(icon_icns ${CMAKE_CURRENT_BINARY_DIR}/macos/cube-console.icns)
    set(iconset_commands)
    foreach(size 16 32 128 256 512)
        math(EXPR double "${size} * 2")
        list(APPEND iconset_commands
            COMMAND cube-render-icon ${icon_svg} ${size} ${iconset}/icon_${size}x${size}.png
            COMMAND cube-render-icon ${icon_svg} ${double} ${iconset}/icon_${size}x${size}@2x.png)
    endforeach()
    add_custom_command(OUTPUT ${icon_icns}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
        ${iconset_commands}
        COMMAND iconutil -c icns ${iconset} -o ${icon_icns}
        DEPENDS cube-render-icon ${icon_svg}
        VERBATIM)
    target_sources(cube-console PRIVATE ${icon_icns})
    set_source_files_properties(${icon_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(cube-console PROPERTIES
        OUTPUT_NAME "Cube Console"
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
    # cubectl and cube-sim live in the bundle beside the console and use its Qt frameworks.
    set_target_properties(cubectl cube-sim PROPERTIES
        INSTALL_RPATH "@executable_path/../Frameworks")
endif()

include(CPack)
