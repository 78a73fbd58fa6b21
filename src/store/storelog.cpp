// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "storelog.h"

Q_LOGGING_CATEGORY(lcStore, "pathway.store", QtInfoMsg)
