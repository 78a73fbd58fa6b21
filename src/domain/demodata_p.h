// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to the demo data generators.

#include "demodata.h"

#include <QRandomGenerator>
#include <QUuid>

namespace Pathway::Demo {

/** Deterministic record ids: UUID v5 of a fixed namespace and "<seed>/<kind>/<key>". */
class IdMaker
{
public:
    explicit IdMaker(quint32 seed)
        : m_seed(seed)
    {
    }
    QString operator()(QStringView kind, QStringView key) const;
    QString operator()(QStringView kind, const QString &key) const { return (*this)(kind, QStringView(key)); }

private:
    quint32 m_seed;
};

/** The demo offer item @p key's words in each shipped language (demooffertext.cpp). */
QMap<QString, OfferText> offerTranslations(QStringView key);

/** The local offer, catalogue version 2, of the demo authority. */
QList<OfferItem> makeOffer(const QString &authorityId, const IdMaker &ids);

enum class Archetype
{
    Eligible, ///< still looked after, 13+ weeks
    Relevant, ///< left care at 16-17 after being eligible
    FormerRelevant, ///< left care at 18
    FormerRelevantEducation, ///< 21+, in agreed education
    FormerRelevantRequested, ///< 21+, asked for a PA to 25
    QualifyingSgo, ///< left care on a special guardianship order
    QualifyingShort, ///< looked after after 16 but for fewer than 13 weeks
};

enum class Activity
{
    School,
    College,
    University,
    Apprenticeship,
    Work,
    Neet
};

enum Flag : quint32
{
    Parent = 1u << 0,
    Pregnant = 1u << 1,
    Custody = 1u << 2,
    Disabled = 1u << 3,
    StayingPut = 1u << 4,
    OwnTenancy = 1u << 5,
    ReviewOverdue = 1u << 6,
    PassportMissing = 1u << 7,
    PassportExpiring = 1u << 8,
    RecentMove = 1u << 9,
    UrgentRequest = 1u << 10,
    NoHandover = 1u << 11,
    PartialPlan = 1u << 12,
    AnsweredRequest = 1u << 13,
    OpenRequest = 1u << 14,
    WithdrawnRequest = 1u << 15,
};

/** One demo young person: who they are and the situation the demo shows. */
struct Profile
{
    const char16_t *key; ///< stable part of their record ids
    const char16_t *displayName;
    const char16_t *legalName;
    const char16_t *pronouns;
    const char16_t *language;
    const char16_t *needs; ///< comma-separated accessibility needs
    int age;
    int daysSinceBirthday;
    Archetype archetype;
    int weeksInCare;
    int leftAfter16Days; ///< days after their 16th birthday they left care; -1: on their 18th birthday
    Activity activity;
    const char16_t *accommodation; ///< current SSDA903 ACCOM letter ("" while looked after)
    int pa; ///< index into the PAs; -1: unallocated
    int previousPa; ///< -1: none
    int changeDaysAgo; ///< when the previous PA's period ended
    int lastContactDays; ///< days since the last successful contact
    quint32 flags;
    bool uasc; ///< arrived as an unaccompanied asylum-seeking child
};

/** When a former UASC young person arrived and came into care: their weeks in care back from leaving (or today). */
QDate arrivalDate(const Profile &p, const YoungPerson &yp, const QDate &today);
/** When a former UASC young person's asylum claim was decided (after about 10 months). */
QDate asylumDecisionDate(const Profile &p, const YoungPerson &yp, const QDate &today);

/** Builds the demo authority, one young person at a time. */
class Builder
{
public:
    Builder(const QDate &today, quint32 seed)
        : m_today(today)
        , m_now(QDateTime(today, QTime(12, 0), Qt::UTC))
        , m_ids(seed)
        , m_rng(seed)
    {
    }

    DemoAuthority build();

private:
    QDateTime at(int daysAgo, int hour, int minute) const
    {
        return QDateTime(m_today.addDays(-daysAgo), QTime(hour, minute), Qt::UTC);
    }
    int pick(int lowest, int highest) { return static_cast<int>(m_rng.bounded(lowest, highest + 1)); }
    QString staffId(int index) const { return m_out.staff.at(index).id; }
    QString paId(int pa) const { return staffId(1 + pa); }
    QString paFirstName(int pa) const { return m_out.staff.at(1 + pa).displayName.section(u' ', 0, 0); }
    QString managerId() const { return staffId(0); }

    void addStaff();
    void addYoungPerson(const Profile &p);
    void addAllocations(const Profile &p, const YoungPerson &yp);
    void addContacts(const Profile &p, const YoungPerson &yp);
    void addRequests(const Profile &p, const YoungPerson &yp);
    void addPlan(const Profile &p, const YoungPerson &yp);
    void addReviews(const Profile &p, const YoungPerson &yp);
    void addHealth(const Profile &p, const YoungPerson &yp);
    void addDocuments(const Profile &p, const YoungPerson &yp);
    void addEvents(const Profile &p, const YoungPerson &yp);
    void addEntitlements(const Profile &p, const YoungPerson &yp);
    void addAmendments();

    /** The PA allocated `daysAgo`, or the first PA (on duty) when nobody was. */
    QString contactStaffOn(const QString &ypId, int daysAgo) const
    {
        QList<Allocation> mine;
        for (const Allocation &a : m_out.allocations) {
            if (a.youngPersonId == ypId)
                mine.append(a);
        }
        const std::optional<Allocation> a = currentAllocation(mine, m_today.addDays(-daysAgo));
        return a ? a->staffId : paId(0);
    }
    static QStringList circumstances(const Profile &p);

    QDate m_today;
    QDateTime m_now;
    IdMaker m_ids;
    QRandomGenerator m_rng;
    DemoAuthority m_out;
};

} // namespace Pathway::Demo
