// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "iosnotifier.h"

#import <Foundation/Foundation.h>
#import <UserNotifications/UserNotifications.h>

#include <atomic>

namespace Pathway {

namespace {
std::atomic<bool> authorised{false};
}

IosNotifier::IosNotifier()
{
    UNUserNotificationCenter *center = [UNUserNotificationCenter currentNotificationCenter];
    [center requestAuthorizationWithOptions:(UNAuthorizationOptionAlert | UNAuthorizationOptionBadge)
                          completionHandler:^(BOOL granted, NSError *_Nullable) {
                              authorised = granted;
                          }];
}

bool IosNotifier::isAvailable() const
{
    return authorised;
}

bool IosNotifier::notify(const QString &tag, const QString &title, const QString &body)
{
    if (!authorised) {
        return false;
    }
    UNMutableNotificationContent *content = [[UNMutableNotificationContent alloc] init];
    content.title = title.toNSString();
    content.body = body.toNSString();
    UNNotificationRequest *request = [UNNotificationRequest requestWithIdentifier:tag.toNSString()
                                                                          content:content
                                                                          trigger:nil];
    [[UNUserNotificationCenter currentNotificationCenter] addNotificationRequest:request withCompletionHandler:nil];
    return true;
}

} // namespace Pathway
