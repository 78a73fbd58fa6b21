// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/notifier.h"

namespace Pathway {

/**
 * Android notifications through NotificationManager over JNI (compiled only for Android).
 * Creates the "pathway_alerts" channel on first use (Android 8+); a tag maps to a stable
 * notification id so a newer notification replaces the older one.
 */
class AndroidNotifier final : public Notifier
{
public:
    bool notify(const QString &tag, const QString &title, const QString &body) override;
    bool isAvailable() const override;
};

} // namespace Pathway
