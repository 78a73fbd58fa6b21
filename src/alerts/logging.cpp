// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "logging.h"

Q_LOGGING_CATEGORY(lcAlerts, "pathway.alerts")
