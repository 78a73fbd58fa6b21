// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "demodata.h"

#include "demodata_p.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <string_view>

using namespace Qt::StringLiterals;

// The demo authority's people and staff, allocations, contacts, requests and amendments.
// Plans, reviews, health, documents, entitlements and events are in demoplan.cpp.

namespace Pathway::Demo {

namespace {

/** Namespace of demo record ids (a fixed random UUID; never change it, or demo ids change). */
const QUuid demoNamespace(u"3b8c1f0e-7d2a-4e51-9a6b-2f4d8c0e1a93"_s);

using A = Archetype;
using Act = Activity;

// clang-format off
const Profile profiles[] = {
    // Eligible: 16-17 and still looked after.
    {u"kai", u"Kai", u"Kai Thompson", u"he/him", u"en", u"", 16, 40, A::Eligible, 150, 0, Act::School, u"", 0, -1, 0, 12, PartialPlan, false},
    {u"mia", u"Mia", u"Mia Robinson", u"she/her", u"en", u"easy_read", 17, 200, A::Eligible, 180, 0, Act::College, u"", 1, -1, 0, 20, 0, false},
    {u"dawit", u"Dawit", u"Dawit Haile", u"he/him", u"ti", u"interpreter", 16, 300, A::Eligible, 60, 0, Act::College, u"", 2, -1, 0, 9, 0, true},
    {u"noor", u"Noor", u"Noor Al-Hassan", u"she/her", u"ar", u"", 17, 30, A::Eligible, 80, 0, Act::College, u"", 1, -1, 0, 30, 0, true},
    {u"jayden", u"Jay", u"Jayden Clarke", u"he/him", u"en", u"", 17, 100, A::Eligible, 200, 0, Act::Neet, u"", 0, 2, 160, 25, 0, false},
    {u"ellie", u"Ellie", u"Eleanor Hughes", u"they/them", u"en", u"large_text", 16, 150, A::Eligible, 120, 0, Act::School, u"", 2, -1, 0, 5, OpenRequest, false},
    {u"ahmad", u"Ahmad", u"Ahmad Karimi", u"he/him", u"ps", u"interpreter", 17, 250, A::Eligible, 95, 0, Act::College, u"", 0, -1, 0, 14, 0, true},
    // Relevant: 16-17 and left care after being eligible.
    {u"chloe", u"Chloe", u"Chloe Evans", u"she/her", u"en", u"", 17, 60, A::Relevant, 150, 300, Act::College, u"D", 1, -1, 0, 20, RecentMove, false},
    {u"rhys", u"Rhys", u"Rhys Morgan", u"he/him", u"en", u"", 17, 300, A::Relevant, 140, 465, Act::Neet, u"X", 0, -1, 0, 10, Custody, false},
    {u"shilan", u"Shilan", u"Shilan Rostami", u"she/her", u"ku", u"interpreter", 17, 150, A::Relevant, 70, 395, Act::College, u"E", 2, -1, 0, 33, 0, true},
    {u"liam", u"Liam", u"Liam O'Brien", u"he/him", u"en", u"easy_read", 16, 250, A::Relevant, 90, 200, Act::Neet, u"D", 0, 1, 120, 41, 0, false},
    {u"zara", u"Zara", u"Zara Ahmed", u"she/her", u"en", u"", 17, 10, A::Relevant, 300, 330, Act::Apprenticeship, u"E", 1, -1, 0, 7, 0, false},
    {u"tyler", u"Tyler", u"Tyler Brooks", u"he/him", u"en", u"", 16, 120, A::Relevant, 40, 60, Act::School, u"B", -1, -1, 0, 15, PartialPlan, false},
    // Former relevant, 18-20.
    {u"jordan", u"Jordan", u"Jordan Price", u"he/him", u"en", u"", 18, 10, A::FormerRelevant, 260, -1, Act::College, u"Z", 2, -1, 0, 6, StayingPut | NoHandover, false},
    {u"hana", u"Hana", u"Nguyen Thi Hana", u"she/her", u"vi", u"", 19, 100, A::FormerRelevant, 200, -1, Act::University, u"U", 1, -1, 0, 28, AnsweredRequest, true},
    {u"callum", u"Callum", u"Callum Reid", u"he/him", u"en", u"", 19, 200, A::FormerRelevant, 230, -1, Act::Work, u"U", 0, -1, 0, 70, OwnTenancy | WithdrawnRequest, false},
    {u"amira", u"Amira", u"Amira Hussein", u"she/her", u"en", u"", 20, 40, A::FormerRelevant, 280, -1, Act::Neet, u"U", 1, 0, 300, 21, Parent | OwnTenancy, false},
    {u"besnik", u"Besnik", u"Besnik Krasniqi", u"he/him", u"sq", u"", 19, 300, A::FormerRelevant, 160, -1, Act::Work, u"U", 2, -1, 0, 35, OwnTenancy | ReviewOverdue, true},
    {u"leah", u"Leah", u"Leah Walsh", u"she/her", u"en", u"", 18, 200, A::FormerRelevant, 240, -1, Act::College, u"E", 0, -1, 0, 11, Pregnant, false},
    {u"mohammed", u"Mo", u"Mohammed Rahimi", u"he/him", u"fa", u"interpreter", 18, 120, A::FormerRelevant, 130, -1, Act::College, u"D", 1, -1, 0, 19, 0, true},
    {u"sophie", u"Sophie", u"Sophie Turner", u"she/her", u"en", u"", 20, 280, A::FormerRelevant, 300, -1, Act::Apprenticeship, u"U", 2, -1, 0, 400, OwnTenancy, false},
    {u"daniel", u"Daniel", u"Daniel Osei", u"he/him", u"en", u"screen_reader,large_text", 19, 30, A::FormerRelevant, 250, -1, Act::Neet, u"E", 0, -1, 0, 26, Disabled, false},
    {u"alex", u"Alex", u"Aleksandra Kowalski", u"they/them", u"pl", u"", 18, 300, A::FormerRelevant, 120, -1, Act::University, u"U", 1, 2, 200, 44, PassportMissing, false},
    {u"yonas", u"Yonas", u"Yonas Berhe", u"he/him", u"ti", u"", 20, 150, A::FormerRelevant, 190, -1, Act::Work, u"U", 2, -1, 0, 16, OwnTenancy, true},
    {u"megan", u"Megan", u"Megan Foster", u"she/her", u"en", u"", 19, 60, A::FormerRelevant, 270, -1, Act::Neet, u"V", 0, -1, 0, 4, PassportMissing | UrgentRequest, false},
    {u"ryan", u"Ryan", u"Ryan Patel", u"he/him", u"en", u"bsl", 18, 180, A::FormerRelevant, 200, -1, Act::Work, u"B", 1, -1, 0, 37, PassportMissing | Disabled, false},
    {u"grace", u"Grace", u"Grace Adeyemi", u"she/her", u"en", u"", 20, 330, A::FormerRelevant, 310, -1, Act::University, u"U", 2, -1, 0, 22, PassportExpiring, false},
    // Former relevant, 21-24: in agreed education or on request.
    {u"nathan", u"Nathan", u"Nathan Hall", u"he/him", u"en", u"", 22, 100, A::FormerRelevantEducation, 330, -1, Act::University, u"U", 0, -1, 0, 48, ReviewOverdue, false},
    {u"fatima", u"Fatima", u"Fatima Noorzai", u"she/her", u"ps", u"", 21, 200, A::FormerRelevantEducation, 180, -1, Act::College, u"U", 1, -1, 0, 31, 0, true},
    {u"kieran", u"Kieran", u"Kieran Doyle", u"he/him", u"en", u"", 23, 50, A::FormerRelevantRequested, 290, -1, Act::Neet, u"U", -1, 0, 700, 800, OwnTenancy, false},
    {u"jess", u"Jess", u"Jessica Moore", u"she/her", u"en", u"", 24, 100, A::FormerRelevantRequested, 350, -1, Act::Work, u"U", 2, -1, 0, 53, Parent | OwnTenancy, false},
    {u"ali", u"Ali", u"Ali Mansour", u"he/him", u"ar", u"", 21, 20, A::FormerRelevantRequested, 200, -1, Act::Work, u"U", 0, -1, 0, 13, OwnTenancy, true},
    {u"bethany", u"Beth", u"Bethany Shaw", u"she/her", u"en", u"", 22, 250, A::FormerRelevantEducation, 320, -1, Act::University, u"U", 1, -1, 0, 47, ReviewOverdue, false},
    // Qualifying: special guardianship order, or fewer than 13 weeks looked after after 16.
    {u"ellis", u"Ellis", u"Ellis Ward", u"he/him", u"en", u"", 17, 90, A::QualifyingSgo, 60, 100, Act::School, u"B", 2, -1, 0, 40, 0, false},
    {u"precious", u"Precious", u"Precious Mensah", u"she/her", u"en", u"", 19, 150, A::QualifyingSgo, 90, 120, Act::College, u"B", 0, -1, 0, 29, 0, false},
    {u"omar", u"Omar", u"Omar Farah", u"he/him", u"so", u"", 18, 20, A::QualifyingShort, 8, 420, Act::Work, u"B", 1, -1, 0, 24, 0, false},
    {u"lily", u"Lily", u"Lily Chapman", u"she/her", u"en", u"easy_read", 16, 200, A::QualifyingShort, 10, 150, Act::School, u"B", -1, 1, 30, 32, PartialPlan, false},
    {u"arben", u"Arben", u"Arben Hoxha", u"he/him", u"sq", u"interpreter", 18, 60, A::QualifyingShort, 10, -1, Act::College, u"D", 2, -1, 0, 17, 0, true},
    {u"ruby", u"Ruby", u"Ruby Bennett", u"she/her", u"en", u"", 20, 10, A::QualifyingSgo, 50, 250, Act::Work, u"B", 0, -1, 0, 38, 0, false},
    {u"minh", u"Minh", u"Tran Van Minh", u"he/him", u"vi", u"", 19, 250, A::QualifyingShort, 7, -1, Act::Work, u"K", 1, -1, 0, 27, 0, true},
};
// clang-format on

struct StaffSpec
{
    const char16_t *key;
    const char16_t *name;
    const char16_t *email;
    Role role;
};

const StaffSpec staffSpecs[] = {
    {u"manager", u"Priya Shah", u"priya.shah@northbrook.example", Role::Manager},
    {u"pa0", u"Tom Fletcher", u"tom.fletcher@northbrook.example", Role::PersonalAdviser},
    {u"pa1", u"Amina Yusuf", u"amina.yusuf@northbrook.example", Role::PersonalAdviser},
    {u"pa2", u"Gareth Lewis", u"gareth.lewis@northbrook.example", Role::PersonalAdviser},
    {u"admin", u"Jo Whitlock", u"jo.whitlock@northbrook.example", Role::Admin},
};

} // namespace

QString IdMaker::operator()(QStringView kind, QStringView key) const
{
    const QString name = u"pathway-demo/"_s + QString::number(m_seed) + u'/' + kind + u'/' + key;
    return QUuid::createUuidV5(demoNamespace, name).toString(QUuid::WithoutBraces);
}

/** When a former UASC young person arrived and came into care: their weeks in care back from leaving (or today). */
QDate arrivalDate(const Profile &p, const YoungPerson &yp, const QDate &today)
{
    const QDate end = yp.care.leftCareOn.value_or(today);
    return end.addDays(-7 * p.weeksInCare);
}

/** When a former UASC young person's asylum claim was decided (after about 10 months). */
QDate asylumDecisionDate(const Profile &p, const YoungPerson &yp, const QDate &today)
{
    return arrivalDate(p, yp, today).addDays(300);
}

DemoAuthority Builder::build()
{
    m_out.authorityId = m_ids(u"authority", u"northbrook");
    m_out.authorityName = u"Northbrook Council (demo)"_s;
    // 01632 960xxx: a range Ofcom keeps for drama, never a real line.
    m_out.settings.append({m_out.authorityId,
                           m_out.authorityId,
                           u"Northbrook emergency duty team"_s,
                           u"01632 960 118"_s,
                           u"Evenings from 5pm, nights, weekends and bank holidays"_s,
                           {}});
    addStaff();
    m_out.offer = Demo::makeOffer(m_out.authorityId, m_ids);
    for (const Profile &p : profiles)
        addYoungPerson(p);
    addAmendments();
    return m_out;
}

void Builder::addStaff()
{
    for (const StaffSpec &s : staffSpecs) {
        StaffMember m;
        m.id = m_ids(u"staff", s.key);
        m.authorityId = m_out.authorityId;
        m.teamId = m_ids(u"team", u"leaving-care");
        m.displayName = QString::fromUtf16(s.name);
        m.email = QString::fromUtf16(s.email);
        m.role = s.role;
        m_out.staff.append(m);
    }
}

QStringList Builder::circumstances(const Profile &p)
{
    QStringList c;
    switch (p.activity) {
    case Activity::School:
    case Activity::College:
        c << u"in_education"_s;
        break;
    case Activity::University:
        c << u"in_education"_s << u"in_higher_education"_s;
        break;
    case Activity::Apprenticeship:
    case Activity::Work:
        c << u"in_work"_s;
        break;
    case Activity::Neet:
        break;
    }
    if (p.uasc)
        c << u"uasc"_s;
    if (p.flags & Parent)
        c << u"parent"_s;
    if (p.flags & StayingPut)
        c << u"staying_put"_s;
    if (p.flags & OwnTenancy)
        c << u"own_tenancy"_s;
    if (p.flags & Disabled)
        c << u"disabled"_s;
    return c;
}

void Builder::addYoungPerson(const Profile &p)
{
    YoungPerson yp;
    const QString key = QString::fromUtf16(p.key);
    yp.id = m_ids(u"young_person", key);
    yp.authorityId = m_out.authorityId;
    yp.displayName = QString::fromUtf16(p.displayName);
    yp.legalName = QString::fromUtf16(p.legalName);
    yp.dateOfBirth = m_today.addYears(-p.age).addDays(-p.daysSinceBirthday);
    yp.pronouns = QString::fromUtf16(p.pronouns);
    yp.firstLanguage = QString::fromUtf16(p.language);
    yp.uasc = p.uasc;
    const QString needs = QString::fromUtf16(p.needs);
    if (!needs.isEmpty())
        yp.accessibilityNeeds = needs.split(u',');
    yp.caseSystemRef = u"NB"_s + QString::number(40100 + m_out.youngPeople.size() * 37);

    CareHistory &c = yp.care;
    c.weeksInCareSince14 = p.weeksInCare;
    const QDate sixteenth = yp.dateOfBirth.addYears(16);
    switch (p.archetype) {
    case Archetype::Eligible:
        c.stillLookedAfter = true;
        c.lookedAfterAfter16 = true;
        break;
    case Archetype::Relevant:
    case Archetype::QualifyingShort:
    case Archetype::FormerRelevant:
    case Archetype::FormerRelevantEducation:
    case Archetype::FormerRelevantRequested:
        c.lookedAfterAfter16 = true;
        c.leftCareOn = p.leftAfter16Days < 0 ? yp.dateOfBirth.addYears(18) : sixteenth.addDays(p.leftAfter16Days);
        break;
    case Archetype::QualifyingSgo:
        c.lookedAfterAfter16 = true;
        c.specialGuardianshipOrder = true;
        c.leftCareOn = sixteenth.addDays(p.leftAfter16Days);
        break;
    }
    c.inAgreedEducation = p.archetype == Archetype::FormerRelevantEducation;
    c.supportRequestedTo25 = p.archetype == Archetype::FormerRelevantRequested;
    m_out.youngPeople.append(yp);

    addAllocations(p, yp);
    addEvents(p, yp);
    addContacts(p, yp);
    addRequests(p, yp);
    addPlan(p, yp);
    addReviews(p, yp);
    addHealth(p, yp);
    addDocuments(p, yp);
    addEntitlements(p, yp);
}

void Builder::addAllocations(const Profile &p, const YoungPerson &yp)
{
    // A PA from 15 years 9 months (DOMAIN.md, "Next Chapter"), or from arrival for late arrivals.
    QDate start = yp.dateOfBirth.addYears(15).addMonths(9);
    if (p.uasc)
        start = std::max(start, arrivalDate(p, yp, m_today));
    start = std::max(start, m_today.addYears(-4));
    const QString key = QString::fromUtf16(p.key);

    auto allocate
        = [&](const QString &suffix, int pa, const QDate &from, std::optional<QDate> until, const QString &reason) {
              Allocation a;
              a.id = m_ids(u"allocation", key + u'/' + suffix);
              a.youngPersonId = yp.id;
              a.staffId = paId(pa);
              a.from = from;
              a.until = until;
              a.allocatedBy = managerId();
              a.reason = reason;
              m_out.allocations.append(a);
          };
    if (p.previousPa >= 0) {
        const QDate ended = m_today.addDays(-p.changeDaysAgo);
        allocate(u"1"_s, p.previousPa, start, ended,
                 p.pa < 0 ? u"Allocated at 15 years 9 months. Ended: the PA left the service."_s
                          : u"Allocated at 15 years 9 months."_s);
        if (p.pa >= 0)
            allocate(u"2"_s, p.pa, ended.addDays(1), std::nullopt, u"Caseloads rebalanced across the team."_s);
    } else if (p.pa >= 0) {
        allocate(u"1"_s, p.pa, start, std::nullopt, u"Allocated at 15 years 9 months."_s);
    }
}

void Builder::addContacts(const Profile &p, const YoungPerson &yp)
{
    const QString key = QString::fromUtf16(p.key);
    int n = 0;
    const bool custody = p.flags & Custody;
    auto log = [&](int daysAgo, ContactKind kind, bool successful) -> ContactLog & {
        ContactLog c;
        c.id = m_ids(u"contact", key + u'/' + QString::number(++n));
        c.youngPersonId = yp.id;
        c.staffId = contactStaffOn(yp.id, daysAgo);
        c.at = at(daysAgo, pick(9, 17), pick(0, 11) * 5);
        c.kind = kind;
        c.successful = successful;
        m_out.contacts.append(c);
        return m_out.contacts.last();
    };

    static const QStringList visitNotes {
        u"Visited at home. The flat is clean and warm. We talked about college and money."_s,
        u"Met at home. Food in the fridge. Budget sheet done together."_s,
        u"Home visit. Talked about friends and what to do at weekends. Seems settled."_s,
        u"Visited. Went through the plan together and updated the actions."_s,
    };
    static const QStringList followUps {
        u"Chase the bursary form with college"_s,
        u"Book a GP appointment"_s,
        u"Send the care-leaver letter to housing"_s,
    };

    // Successful contacts from the most recent back over about a year (longer for long gaps).
    const QDate firstDay
        = std::max(yp.dateOfBirth.addYears(15).addMonths(9), m_today.addDays(-(p.lastContactDays + 365)));
    const int oldest = static_cast<int>(firstDay.daysTo(m_today));
    int i = 0;
    for (int daysAgo = p.lastContactDays; daysAgo <= oldest; daysAgo += pick(28, 45), ++i) {
        static const ContactKind kinds[] = {ContactKind::Visit, ContactKind::Phone,  ContactKind::Visit,
                                            ContactKind::Video, ContactKind::DropIn, ContactKind::Text};
        const bool inCustody = custody && daysAgo < 40;
        ContactKind kind = kinds[(i + p.lastContactDays) % std::size(kinds)];
        if (inCustody || ((p.flags & RecentMove) && i == 0))
            kind = ContactKind::Visit; // in custody only visits; the last visit before a move
        ContactLog &c = log(daysAgo, kind, true);
        switch (kind) {
        case ContactKind::Visit:
            c.location = inCustody ? u"custody"_s : u"home"_s;
            c.seenAlone = i % 3 != 1;
            c.notes = inCustody ? u"Visit at the YOI. Talked about his plan for release and college."_s
                                : visitNotes.at(i % visitNotes.size());
            break;
        case ContactKind::Phone:
            c.notes = u"Phone call. Checked how things are going. No worries today."_s;
            break;
        case ContactKind::Video:
            c.notes = u"Video call. Talked about the bursary form."_s;
            break;
        case ContactKind::Text:
            c.notes = u"Texted back and forth about the appointment on Friday."_s;
            break;
        case ContactKind::DropIn:
            c.location = u"office"_s;
            c.notes = u"Came to the Hub drop-in. Used the computer to look for jobs."_s;
            break;
        case ContactKind::Letter:
        case ContactKind::Attempted:
            break;
        }
        c.wellbeing = pick(2, 5);
        if (i % 5 == 2) {
            c.confidential = true;
            c.notes += u" Talked about contact with family; details kept to staff."_s;
        }
        if (i % 4 == 0)
            c.followUps = {followUps.at((i / 4) % followUps.size())};
        // Now and then nobody answered a few days before a successful contact.
        if (i % 4 == 3) {
            ContactLog &a = log(daysAgo + 3, ContactKind::Attempted, false);
            a.notes = u"Called, no answer. Left a voicemail."_s;
        }
    }

    // After a long gap the PA keeps trying: calls, letters, visits with nobody in.
    if (p.lastContactDays > 56) {
        const int step = p.lastContactDays > 200 ? 45 : 20;
        int k = 0;
        for (int daysAgo = p.lastContactDays - step; daysAgo >= 10; daysAgo -= step, ++k) {
            // Nobody is allocated after an allocation ended: no more attempts (the Ofsted finding).
            if (p.pa < 0 && p.previousPa >= 0 && daysAgo < p.changeDaysAgo)
                break;
            const ContactKind kind = k % 3 == 1 ? ContactKind::Letter : ContactKind::Attempted;
            ContactLog &a = log(daysAgo, kind, false);
            a.notes = kind == ContactKind::Letter
                ? u"Sent a letter asking to get in touch."_s
                : (k % 3 == 0 ? u"Called twice, no answer."_s : u"Visited the flat, nobody in. Left a card."_s);
            if (kind == ContactKind::Attempted && k % 3 == 2)
                a.location = u"home"_s;
        }
    }
}

void Builder::addRequests(const Profile &p, const YoungPerson &yp)
{
    const QString key = QString::fromUtf16(p.key);
    auto request = [&](const QString &suffix, const QDateTime &when, RequestUrgency urgency, const QString &message,
                       const QString &status) -> ContactRequest & {
        ContactRequest r;
        r.id = m_ids(u"request", key + u'/' + suffix);
        r.youngPersonId = yp.id;
        r.requestedAt = when;
        r.urgency = urgency;
        r.message = message;
        r.status = status;
        m_out.requests.append(r);
        return m_out.requests.last();
    };
    if (p.flags & UrgentRequest)
        request(u"1"_s, QDateTime(m_today.addDays(-3), QTime(18, 40), Qt::UTC), RequestUrgency::Urgent,
                u"My room has no heating and the landlord is not answering. Please call me."_s, u"open"_s);
    if (p.flags & OpenRequest)
        request(u"1"_s, QDateTime(m_today.addDays(-1), QTime(16, 5), Qt::UTC), RequestUrgency::WhenConvenient,
                u"Can we talk about my college course next time?"_s, u"open"_s);
    if (p.flags & WithdrawnRequest)
        request(u"1"_s, QDateTime(m_today.addDays(-90), QTime(20, 15), Qt::UTC), RequestUrgency::WhenConvenient,
                u"Can you help with my gas bill?"_s, u"withdrawn"_s);
    if (p.flags & AnsweredRequest) {
        // Answered by their most recent contact.
        ContactLog *last = nullptr;
        for (ContactLog &c : m_out.contacts) {
            if (c.youngPersonId == yp.id && c.countsAsContact() && (!last || c.at > last->at))
                last = &c;
        }
        if (last) {
            ContactRequest &r = request(u"1"_s, last->at.addSecs(-20 * 3600), RequestUrgency::WhenConvenient,
                                        u"I need help with my student finance form."_s, u"answered"_s);
            r.answeredAt = last->at;
            r.answeredBy = last->staffId;
            last->respondsToRequestId = r.id;
        }
    }
}

void Builder::addAmendments()
{
    // Two corrections of saved contacts: a wrong tick box and a wrong wellbeing score.
    struct Fix
    {
        const char16_t *youngPerson;
        const char16_t *reason;
    };
    const Fix fixes[] = {
        {u"dawit", u"Ticked the wrong box for seen alone."},
        {u"zara", u"Typed the wrong wellbeing score."},
    };
    for (const Fix &f : fixes) {
        const QString ypId = m_ids(u"young_person", f.youngPerson);
        const ContactLog *last = nullptr; // their latest visit
        for (const ContactLog &c : std::as_const(m_out.contacts)) {
            if (c.youngPersonId == ypId && c.kind == ContactKind::Visit && c.successful && (!last || c.at > last->at))
                last = &c;
        }
        if (!last)
            continue;
        const bool seenAloneFix = f.youngPerson == std::u16string_view(u"dawit");
        const QJsonObject changes = seenAloneFix
            ? QJsonObject {{u"seenAlone"_s, !last->seenAlone}}
            : QJsonObject {{u"wellbeing"_s, last->wellbeing.value_or(3) == 4 ? 3 : 4}};
        ContactAmendment a;
        a.id = m_ids(u"amendment", QString::fromUtf16(f.youngPerson));
        a.youngPersonId = ypId;
        a.contactLogId = last->id;
        a.amendedBy = last->staffId;
        a.amendedAt = std::min(last->at.addSecs(2 * 3600), m_now);
        a.reason = QString::fromUtf16(f.reason);
        a.changes = changes;
        m_out.amendments.append(a);
    }
}

} // namespace Pathway::Demo

namespace Pathway {

DemoAuthority makeDemoAuthority(const QDate &today, quint32 seed)
{
    return Demo::Builder(today, seed).build();
}

} // namespace Pathway
