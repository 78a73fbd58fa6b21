# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
# Third-party dependencies. Everything here comes from Debian bookworm (SQLCipher from
# bookworm-backports); scripts/setup-debian.sh installs it.

set(_qt_components Core Network Concurrent Test)
if(PATHWAY_BUILD_APP)
    # Widgets: Qt Charts in QML (the Performance page) draws through QGraphicsScene, which needs a
    # QApplication, not a QGuiApplication.
    list(APPEND _qt_components Gui Widgets Qml Quick QuickControls2 QuickTest LinguistTools)
endif()
find_package(Qt6 6.4 REQUIRED COMPONENTS ${_qt_components})
qt_standard_project_setup()

find_package(PkgConfig REQUIRED)
find_package(OpenSSL REQUIRED)
find_package(ZLIB REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
if(PATHWAY_BUILD_APP)
    pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
    # Read aloud (Debian: qt6-speech-dev); optional: without it there is no read-aloud button.
    find_package(Qt6 COMPONENTS TextToSpeech QUIET)
    if(NOT TARGET Qt6::TextToSpeech)
        message(WARNING "Qt TextToSpeech not found (qt6-speech-dev): no read-aloud")
    endif()
endif()

# SQLCipher, linked statically: its sqlite3_* symbols must be the only ones in the process.
find_path(SQLCIPHER_INCLUDE_DIR sqlite3.h PATH_SUFFIXES sqlcipher REQUIRED NO_DEFAULT_PATH
          PATHS /usr/include /usr/local/include)
find_library(SQLCIPHER_STATIC_LIBRARY NAMES libsqlcipher.a REQUIRED)
add_library(SQLCipher::SQLCipher STATIC IMPORTED GLOBAL)
set_target_properties(SQLCipher::SQLCipher PROPERTIES
    IMPORTED_LOCATION "${SQLCIPHER_STATIC_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${SQLCIPHER_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS "SQLITE_HAS_CODEC;SQLITE_TEMP_STORE=2"
    INTERFACE_LINK_LIBRARIES "OpenSSL::Crypto;ZLIB::ZLIB;m;${CMAKE_DL_LIBS};Threads::Threads")
find_package(Threads REQUIRED)

# The build fails clearly unless the SQLCipher we link reports a 4.x cipher_version.
try_run(_sqlcipher_run _sqlcipher_compile
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/sqlcipher_version.c
    CMAKE_FLAGS "-DINCLUDE_DIRECTORIES=${SQLCIPHER_INCLUDE_DIR}"
    COMPILE_DEFINITIONS -DSQLITE_HAS_CODEC
    LINK_LIBRARIES ${SQLCIPHER_STATIC_LIBRARY} OpenSSL::Crypto ZLIB::ZLIB m ${CMAKE_DL_LIBS} Threads::Threads
    COMPILE_OUTPUT_VARIABLE _sqlcipher_compile_out
    RUN_OUTPUT_VARIABLE _sqlcipher_version)
string(STRIP "${_sqlcipher_version}" _sqlcipher_version)
if(NOT _sqlcipher_compile)
    message(FATAL_ERROR "Cannot build against SQLCipher (${SQLCIPHER_STATIC_LIBRARY}):\n${_sqlcipher_compile_out}")
endif()
if(NOT _sqlcipher_version MATCHES "^4\\.")
    message(FATAL_ERROR "PRAGMA cipher_version reports '${_sqlcipher_version}', but Pathway needs SQLCipher 4.x "
                        "(libsqlcipher-dev from bookworm-backports). Run scripts/setup-debian.sh.")
endif()
message(STATUS "SQLCipher cipher_version: ${_sqlcipher_version}")

find_package(Qt6Keychain QUIET)
if(Qt6Keychain_FOUND)
    message(STATUS "QtKeychain found: the platform keystore wraps the database key too")
endif()

if(PATHWAY_BUILD_SERVER)
    find_package(Boost 1.81 REQUIRED)
    find_package(PostgreSQL REQUIRED)
    # Ofsted's Annex A as XLSX (Debian: libxlsxwriter-dev).
    pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
endif()
