// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "sync/synclog.h"

Q_LOGGING_CATEGORY(lcSync, "pathway.sync", QtInfoMsg)
