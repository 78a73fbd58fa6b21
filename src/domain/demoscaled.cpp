// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "demodata.h"

#include <QUuid>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

/** SplitMix64: a tiny, fast, well-mixed deterministic generator. */
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/**
 * Fast deterministic ids for millions of records: a UUID (version 4 layout) whose bits are
 * SplitMix64 of (seed, record kind, index). UUID v5 (SHA-1) is several times slower.
 */
class FastIds
{
public:
    explicit FastIds(quint32 seed)
        : m_seed(mix(seed))
    {
    }
    QString operator()(quint64 kind, quint64 index) const
    {
        const quint64 hi = mix(m_seed ^ mix(kind << 40 ^ index));
        const quint64 lo = mix(hi ^ 0x5bd1e995ULL);
        const QUuid u(static_cast<uint>(hi >> 32), static_cast<ushort>(hi >> 16),
                      static_cast<ushort>((hi & 0x0fffu) | 0x4000u), static_cast<uchar>(((lo >> 56) & 0x3fu) | 0x80u),
                      static_cast<uchar>(lo >> 48), static_cast<uchar>(lo >> 40), static_cast<uchar>(lo >> 32),
                      static_cast<uchar>(lo >> 24), static_cast<uchar>(lo >> 16), static_cast<uchar>(lo >> 8),
                      static_cast<uchar>(lo));
        return u.toString(QUuid::WithoutBraces);
    }

private:
    quint64 m_seed;
};

enum IdKind : quint64
{
    KindStaff = 1,
    KindYoungPerson,
    KindAllocation,
    KindContact,
    KindReview,
    KindDocument,
    KindHandover,
    KindAuthority,
};

constexpr std::array firstNames {
    u"Aaron", u"Abdi", u"Aisha",  u"Alfie", u"Amara", u"Ben",    u"Bilal", u"Caitlin", u"Chen",   u"Dylan",
    u"Eden",  u"Elif", u"Faisal", u"Freya", u"Habib", u"Harvey", u"Isla",  u"Jamal",   u"Kacper", u"Keira",
    u"Layla", u"Luca", u"Maryam", u"Nia",   u"Olek",  u"Paige",  u"Rahel", u"Reece",   u"Samir",  u"Tia",
};
constexpr std::array lastNames {
    u"Ali", u"Baker",   u"Campbell", u"Davies", u"Edwards", u"Gebre",  u"Green", u"Haddad", u"Jones",  u"Khan",
    u"Le",  u"Mahmoud", u"Nowak",    u"Okoro",  u"Price",   u"Rahman", u"Smith", u"Taylor", u"Walker", u"Zeka",
};
constexpr std::array uascLanguages {u"ti", u"ar", u"ps", u"ku", u"fa", u"sq", u"vi"};
constexpr std::array contactKinds {
    ContactKind::Visit, ContactKind::Phone, ContactKind::Visit,
    ContactKind::Video, ContactKind::Text,  ContactKind::DropIn,
};

} // namespace

DemoAuthority makeScaledAuthority(const QDate &today, int youngPeople, int contactsPerYoungPerson, quint32 seed)
{
    youngPeople = std::max(youngPeople, 0);
    contactsPerYoungPerson = std::max(contactsPerYoungPerson, 0);
    const FastIds ids(seed);
    DemoAuthority out;
    out.authorityId = ids(KindAuthority, 0);
    out.authorityName = u"Scaled demo authority"_s;

    const int paCount = std::max(1, (youngPeople + 24) / 25);
    const QString teamId = ids(KindAuthority, 1);
    auto addStaff = [&](int index, const QString &name, Role role) {
        StaffMember m;
        m.id = ids(KindStaff, static_cast<quint64>(index));
        m.authorityId = out.authorityId;
        m.teamId = teamId;
        m.displayName = name;
        m.role = role;
        out.staff.append(m);
    };
    addStaff(0, u"Service Manager"_s, Role::Manager);
    addStaff(1, u"Administrator"_s, Role::Admin);
    for (int i = 0; i < paCount; ++i)
        addStaff(2 + i, u"PA "_s + QString::number(i + 1), Role::PersonalAdviser);
    const QString managerId = out.staff.at(0).id;
    out.offer = makeDemoAuthority(today, seed).offer;
    for (OfferItem &item : out.offer)
        item.authorityId = out.authorityId;

    out.youngPeople.reserve(youngPeople);
    out.allocations.reserve(youngPeople);
    out.contacts.reserve(qsizetype(youngPeople) * contactsPerYoungPerson);
    out.reviews.reserve(youngPeople);
    out.documents.reserve(youngPeople);
    out.handovers.reserve(youngPeople);

    // Shared texts: implicitly shared QStrings cost nothing per record.
    const QString visitNote = u"Visited at home. Talked about college, money and health."_s;
    const QString otherNote = u"Checked in. No worries today."_s;
    const QString attemptNote = u"No answer. Left a message."_s;
    const QString home = u"home"_s;
    const QString office = u"office"_s;
    const QString outcome = u"Plan reviewed and updated."_s;
    const QString allocationReason = u"Allocated at 15 years 9 months."_s;

    const QDate oldestAllocation = today.addYears(-4);
    const qint64 contactSpan = 730; // two years of contacts

    for (int i = 0; i < youngPeople; ++i) {
        quint64 r = mix(mix(seed) ^ static_cast<quint64>(i));
        auto next = [&r](quint64 bound) {
            r = mix(r);
            return bound ? r % bound : 0;
        };

        YoungPerson yp;
        yp.id = ids(KindYoungPerson, static_cast<quint64>(i));
        yp.authorityId = out.authorityId;
        yp.displayName = QString::fromUtf16(firstNames[next(firstNames.size())]);
        yp.legalName = yp.displayName + u' ' + QString::fromUtf16(lastNames[next(lastNames.size())]);
        const int age = 16 + static_cast<int>(next(9));
        yp.dateOfBirth = today.addYears(-age).addDays(-static_cast<qint64>(next(365)));
        yp.uasc = next(4) == 0;
        yp.firstLanguage = yp.uasc ? QString::fromUtf16(uascLanguages[next(uascLanguages.size())]) : u"en"_s;
        yp.caseSystemRef = u"S"_s + QString::number(100000 + i);

        // Care history giving a realistic spread of legal categories.
        CareHistory &c = yp.care;
        const QDate sixteenth = yp.dateOfBirth.addYears(16);
        const qint64 daysSince16 = sixteenth.daysTo(today);
        const quint64 kind = next(20);
        c.lookedAfterAfter16 = true;
        c.weeksInCareSince14 = 20 + static_cast<int>(next(300));
        if (kind == 0) { // special guardianship order
            c.specialGuardianshipOrder = true;
            c.leftCareOn = sixteenth.addDays(std::min<qint64>(100, daysSince16));
        } else if (kind == 1) { // fewer than 13 weeks
            c.weeksInCareSince14 = 1 + static_cast<int>(next(12));
            c.leftCareOn = sixteenth.addDays(std::min<qint64>(200, daysSince16));
        } else if (age < 18 && kind < 12) {
            c.stillLookedAfter = true;
        } else {
            c.leftCareOn
                = age < 18 ? sixteenth.addDays(std::min<qint64>(150, daysSince16)) : yp.dateOfBirth.addYears(18);
            c.inAgreedEducation = age >= 21 && kind < 10;
            c.supportRequestedTo25 = age >= 21 && kind >= 10 && kind < 16;
        }
        out.youngPeople.append(yp);

        // About 4% have no PA.
        const bool allocated = next(25) != 0;
        const int pa = i % paCount;
        const QString paId = out.staff.at(2 + pa).id;
        if (allocated) {
            Allocation a;
            a.id = ids(KindAllocation, static_cast<quint64>(i));
            a.youngPersonId = yp.id;
            a.staffId = paId;
            a.from = std::max(yp.dateOfBirth.addYears(15).addMonths(9), oldestAllocation);
            a.allocatedBy = managerId;
            a.reason = allocationReason;
            out.allocations.append(a);
        }

        // Contacts: most within 8 weeks, one in fifty after a long gap.
        const qint64 lastDays = next(50) == 0 ? 57 + static_cast<qint64>(next(800)) : 1 + static_cast<qint64>(next(55));
        const qint64 gap = contactsPerYoungPerson > 0 ? std::max<qint64>(1, contactSpan / contactsPerYoungPerson) : 1;
        for (int k = 0; k < contactsPerYoungPerson; ++k) {
            ContactLog log;
            log.id = ids(KindContact, quint64(i) * quint64(contactsPerYoungPerson) + quint64(k));
            log.youngPersonId = yp.id;
            log.staffId = paId;
            const qint64 daysAgo = lastDays + k * gap;
            log.at = QDateTime(today.addDays(-daysAgo), QTime(9 + static_cast<int>(next(8)), 0), Qt::UTC);
            if (k % 5 == 4) {
                log.kind = ContactKind::Attempted;
                log.successful = false;
                log.notes = attemptNote;
            } else {
                log.kind = contactKinds[next(contactKinds.size())];
                log.location = log.kind == ContactKind::Visit ? home
                    : log.kind == ContactKind::DropIn         ? office
                                                              : QString();
                log.seenAlone = log.kind == ContactKind::Visit;
                log.notes = log.kind == ContactKind::Visit ? visitNote : otherNote;
                log.wellbeing = 1 + static_cast<int>(next(5));
            }
            out.contacts.append(log);
        }

        // The latest review: about one in six overdue.
        PlanReview review;
        review.id = ids(KindReview, static_cast<quint64>(i));
        review.youngPersonId = yp.id;
        review.heldOn = today.addDays(-std::min<qint64>(1 + static_cast<qint64>(next(220)), daysSince16));
        review.outcome = outcome;
        review.youngPersonTookPart = true;
        review.nextReviewDue = PlanReview::defaultNextReviewDue(review.heldOn);
        review.reviewedBy = paId;
        if (yp.ageOn(review.heldOn) >= 18) {
            review.signedOffBy = managerId;
            review.signedOffAt = QDateTime(review.heldOn, QTime(16, 0), Qt::UTC);
        }
        out.reviews.append(review);

        // A passport line: most have one, some missing, some expiring.
        DocumentItem passport;
        passport.id = ids(KindDocument, static_cast<quint64>(i));
        passport.youngPersonId = yp.id;
        passport.kind = DocumentKind::Passport;
        const quint64 doc = next(10);
        if (yp.uasc) {
            passport.status = DocumentStatus::NotNeeded;
        } else if (doc == 0) {
            passport.status = DocumentStatus::Missing;
            passport.helpingId = paId;
        } else {
            passport.status = DocumentStatus::Have;
            passport.expiresOn = today.addDays(doc == 1 ? 60 : 1000 + static_cast<qint64>(next(2000)));
        }
        out.documents.append(passport);

        if (age >= 18) {
            HealthHandover h;
            h.id = ids(KindHandover, static_cast<quint64>(i));
            h.youngPersonId = yp.id;
            h.consentToShare = true;
            if (next(10) != 0) {
                h.handedOverOn = yp.dateOfBirth.addYears(18).addDays(-14);
                h.youngPersonHasCopy = true;
                h.handedOverBy = paId;
            }
            out.handovers.append(h);
        }
    }
    return out;
}

} // namespace Pathway
