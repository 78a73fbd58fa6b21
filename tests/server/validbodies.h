// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

// Test helper: the smallest valid body of each record type, so server tests push records the
// server's validation (domain/bodyvalidation.h) accepts and test what they mean to test.

#include <QJsonObject>
#include <QString>

namespace Pathway::Server::Test {

/** A minimal valid body of `type` for record `id` owned by `owner`, with `fields` laid over it. */
inline QJsonObject
validBody(const QString &type, const QString &id, const QString &owner, const QJsonObject &fields = {})
{
    auto s = [](const char *text) {
        return QString::fromLatin1(text);
    };
    QJsonObject b {{s("id"), id}};
    if (!owner.isEmpty())
        b.insert(s("youngPersonId"), owner);
    if (type == s("young_person")) {
        b.remove(s("youngPersonId"));
        b.insert(s("authorityId"), s("a1"));
        b.insert(s("displayName"), QString(s("YP ") + id));
        b.insert(s("dateOfBirth"), s("2007-03-01"));
    } else if (type == s("staff") || type == s("authority_settings")) {
        b.insert(s("authorityId"), s("a1"));
        if (type == s("staff"))
            b.insert(s("displayName"), QString(s("Staff ") + id));
    } else if (type == s("allocation")) {
        b.insert(s("staffId"), s("pa1"));
        b.insert(s("from"), s("2026-03-01"));
    } else if (type == s("plan_action")) {
        b.insert(s("what"), s("A step"));
    } else if (type == s("plan_review")) {
        b.insert(s("heldOn"), s("2026-03-01"));
        b.insert(s("nextReviewDue"), s("2026-09-01"));
        b.insert(s("reviewedBy"), s("pa1"));
    } else if (type == s("health_entry")) {
        b.insert(s("title"), s("An entry"));
    } else if (type == s("offer_item")) {
        b.insert(s("authorityId"), s("a1"));
        b.insert(s("title"), s("An offer"));
        b.insert(s("plainDescription"), s("What it is"));
        b.insert(s("howToClaim"), s("Ask your PA"));
        b.insert(s("category"), s("money"));
        b.insert(s("catalogueVersion"), 1);
    } else if (type == s("entitlement")) {
        b.insert(s("offerItemId"), s("offer1"));
    } else if (type == s("contact_log")) {
        b.insert(s("staffId"), s("pa1"));
        b.insert(s("at"), s("2026-03-01T09:00:00.000Z"));
    } else if (type == s("contact_amendment")) {
        b.insert(s("contactLogId"), s("cl1"));
        b.insert(s("amendedBy"), s("pa1"));
        b.insert(s("amendedAt"), s("2026-03-01T10:00:00.000Z"));
        b.insert(s("reason"), s("Typo"));
        b.insert(s("changes"), QJsonObject {{s("notes"), s("corrected")}});
    } else if (type == s("contact_request")) {
        b.insert(s("requestedAt"), s("2026-03-01T09:00:00.000Z"));
    } else if (type == s("chronology_event")) {
        b.insert(s("date"), s("2026-03-01"));
        b.insert(s("summary"), s("Something happened"));
    }
    for (auto it = fields.begin(); it != fields.end(); ++it)
        b.insert(it.key(), it.value());
    return b;
}

} // namespace Pathway::Server::Test
