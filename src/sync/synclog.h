// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

/** The sync library's one logging category: "pathway.sync". Never logs record contents or tokens. */
Q_DECLARE_LOGGING_CATEGORY(lcSync)
