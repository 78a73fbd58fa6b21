// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

/** The store library's logging category, "pathway.store". Never log record contents or keys. */
Q_DECLARE_LOGGING_CATEGORY(lcStore)
