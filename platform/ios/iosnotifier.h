// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/notifier.h"

namespace Pathway {

/**
 * iOS notifications through UNUserNotificationCenter (Objective-C++, compiled only for iOS).
 * Asks for permission on first use; a tag is the request identifier, so a newer notification
 * with the same tag replaces the older one.
 */
class IosNotifier final : public Notifier
{
public:
    IosNotifier();
    bool notify(const QString &tag, const QString &title, const QString &body) override;
    bool isAvailable() const override;
};

} // namespace Pathway
