# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
# Compiler warnings and sanitizers, applied to Pathway's own targets through pathway_target_defaults().
add_library(pathway_compile_options INTERFACE)
target_compile_options(pathway_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough)
target_compile_definitions(pathway_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(PATHWAY_WERROR)
    target_compile_options(pathway_compile_options INTERFACE -Werror)
endif()
if(PATHWAY_SANITIZE)
    target_compile_options(pathway_compile_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(pathway_compile_options INTERFACE -fsanitize=address,undefined)
endif()
if(PATHWAY_FUZZ)
    # Coverage for libFuzzer in every Pathway object; only the fuzz targets link its main().
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "PATHWAY_FUZZ needs clang (CXX=clang++); see scripts/fuzz.sh")
    endif()
    target_compile_options(pathway_compile_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(pathway_compile_options INTERFACE -fsanitize=address,undefined)
endif()

# Every Pathway target calls this, so the warning set and sanitizer flags are the same everywhere.
function(pathway_target_defaults target)
    target_link_libraries(${target} PRIVATE pathway_compile_options)
endfunction()
