// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "uilog.h"

Q_LOGGING_CATEGORY(lcUi, "pathway.ui")
