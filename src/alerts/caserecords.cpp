// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "caserecords.h"

#include "casesummary.h"

#include <QHash>

namespace Pathway {

QList<InTouchWindow> closedInTouchWindows(const QDate &dateOfBirth, const QDate &today, const AlertThresholds &t)
{
    QList<InTouchWindow> out;
    if (!dateOfBirth.isValid()) {
        return out;
    }
    for (int age = t.inTouchFirstAge; age <= t.inTouchLastAge; ++age) {
        InTouchWindow w;
        w.age = age;
        w.birthday = dateOfBirth.addYears(age);
        w.first = w.birthday.addMonths(-t.inTouchWindowMonthsBefore);
        w.last = w.birthday.addMonths(t.inTouchWindowMonthsAfter);
        if (w.last < today && w.last.daysTo(today) <= t.inTouchLookbackDays) {
            out.append(w);
        }
    }
    return out;
}

QList<ContactLog> amendedContacts(const CaseRecords &records)
{
    QHash<QString, QList<ContactAmendment>> byLog;
    for (const auto &a : records.amendments) {
        byLog[a.contactLogId].append(a);
    }
    QList<ContactLog> out;
    out.reserve(records.contacts.size());
    for (const auto &c : records.contacts) {
        const auto it = byLog.constFind(c.id);
        out.append(it == byLog.cend() ? c : applyAmendments(c, *it));
    }
    return out;
}

CaseFacts caseFactsFrom(const CaseRecords &records, const QDate &today, const AlertThresholds &t)
{
    return summarise(records).factsOn(today, t);
}

} // namespace Pathway
