// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

/** The logging category of the user interface layer. */
Q_DECLARE_LOGGING_CATEGORY(lcUi)
