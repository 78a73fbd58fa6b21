# SPDX-FileCopyrightText: 2026 Pathway contributors
# SPDX-License-Identifier: MIT
# Runs qmllint on every QML file with the build's module import path; fails on any warning.
list(FILTER QML_FILES EXCLUDE REGEX "^$")
execute_process(
    COMMAND ${QMLLINT} -I ${IMPORT_DIR} ${QML_FILES}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
message("${out}${err}")
if(NOT result EQUAL 0 OR err MATCHES "Warning" OR out MATCHES "Warning")
    message(FATAL_ERROR "qmllint reported problems")
endif()
