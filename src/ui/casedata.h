// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/caserecords.h"
#include "domain/authority.h"
#include "domain/chronology.h"
#include "domain/circumstances.h"
#include "domain/contact.h"
#include "domain/documents.h"
#include "domain/health.h"
#include "domain/localoffer.h"
#include "domain/people.h"
#include "domain/plan.h"

#include <QList>
#include <optional>

namespace Pathway {

/**
 * Every record this device holds, as loaded from the encrypted store: what the pages read.
 * A device holds one young person's records (their own phone), a PA's caseload or a
 * manager's team, so this stays small (a 40-person caseload is a few thousand records).
 */
struct CaseData
{
    QList<AuthoritySettings> authoritySettings; ///< the authority's own (one record)
    QList<YoungPerson> youngPeople;
    QList<StaffMember> staff;
    QList<Allocation> allocations;
    QList<PlanSection> sections;
    QList<PlanAction> actions;
    QList<PlanReview> reviews;
    QList<HealthEntry> health;
    QList<HealthHandover> handovers;
    QList<OfferItem> offer;
    QList<Entitlement> entitlements;
    QList<DocumentItem> documents;
    QList<ContactLog> contacts;
    QList<ContactAmendment> amendments;
    QList<ContactRequest> requests;
    QList<ChronologyEvent> events;
    QList<ActivityPeriod> activities;
    QList<AccommodationPeriod> accommodations;
    QList<InTouchRecord> inTouch;

    const YoungPerson *youngPerson(const QString &id) const;
    const StaffMember *staffMember(const QString &id) const;
    /** The young person's allocation history. */
    QList<Allocation> allocationsOf(const QString &youngPersonId) const;
    /** The current PA's staff id on @p day, or empty. */
    QString currentPaId(const QString &youngPersonId, const QDate &day) const;
    /** Contact logs of one young person, each read with its amendments applied, newest first. */
    QList<ContactLog> contactsOf(const QString &youngPersonId) const;
    /** The latest contact that counts as contact (successful, not an attempt or letter). */
    std::optional<ContactLog> lastSuccessfulContact(const QString &youngPersonId) const;
    std::optional<HealthHandover> handoverOf(const QString &youngPersonId) const;
    /** The most recent review held, if any. */
    std::optional<PlanReview> latestReview(const QString &youngPersonId) const;
    /** Everything the chronology of one young person is built from. */
    ChronologySources chronologySources(const QString &youngPersonId) const;

    /** The authority's settings (an empty one before the first sync brings them). */
    AuthoritySettings settings() const;

    /** What the alert rules look at for one young person. */
    CaseRecords caseRecords(const QString &youngPersonId) const;

    /** Inserts or replaces a record in its list by id. */
    void put(const AuthoritySettings &r);
    void put(const YoungPerson &r);
    void put(const StaffMember &r);
    void put(const Allocation &r);
    void put(const PlanSection &r);
    void put(const PlanAction &r);
    void put(const PlanReview &r);
    void put(const HealthEntry &r);
    void put(const HealthHandover &r);
    void put(const OfferItem &r);
    void put(const Entitlement &r);
    void put(const DocumentItem &r);
    void put(const ContactLog &r);
    void put(const ContactAmendment &r);
    void put(const ContactRequest &r);
    void put(const ChronologyEvent &r);
    void put(const ActivityPeriod &r);
    void put(const AccommodationPeriod &r);
    void put(const InTouchRecord &r);

    /** One young person's records of a type (deleted ones too: the callers decide). */
    template<typename T> static QList<T> ownedBy(const QList<T> &all, const QString &youngPersonId)
    {
        QList<T> out;
        for (const T &r : all) {
            if (r.youngPersonId == youngPersonId)
                out.append(r);
        }
        return out;
    }
};

} // namespace Pathway
