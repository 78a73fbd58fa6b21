// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "notificationdigest.h"

#include <QSet>

namespace Pathway {

NotificationDigest NotificationDigest::since(const QHash<QString, QString> &notifiedBefore, const QList<Alert> &current)
{
    NotificationDigest d;
    QSet<QString> people;
    for (const Alert &a : current) {
        const QString key = a.key();
        d.notified.insert(key, toCode(a.tier));
        const auto before = notifiedBefore.constFind(key);
        const auto beforeTier = before == notifiedBefore.cend() ? std::nullopt : alertTierFromCode(*before);
        if (beforeTier && tierRank(*beforeTier) >= tierRank(a.tier)) {
            continue;
        }
        d.fresh.append(a);
        people.insert(a.youngPersonId);
    }
    d.youngPeople = int(people.size());
    return d;
}

} // namespace Pathway
