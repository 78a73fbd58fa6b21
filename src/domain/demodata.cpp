#include "demodata.h"

#include "demodata_p.h"

#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace Demo {

namespace {
/** Namespace of demo record ids (a fixed random UUID; never change it, or demo ids change). */
const QUuid demoNamespace(u"3b8c1f0e-7d2a-4e51-9a6b-2f4d8c0e1a93"_s);
} // namespace

QString IdMaker::operator()(QStringView kind, QStringView key) const
{
    const QString name = u"pathway-demo/"_s + QString::number(m_seed) + u'/' + kind + u'/' + key;
    return QUuid::createUuidV5(demoNamespace, name).toString(QUuid::WithoutBraces);
}

} // namespace Demo

namespace {

using Demo::IdMaker;

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
    StaffRole role;
};

const StaffSpec staffSpecs[] = {
    {u"manager", u"Priya Shah", u"priya.shah@northbrook.example", StaffRole::Manager},
    {u"pa0", u"Tom Fletcher", u"tom.fletcher@northbrook.example", StaffRole::PersonalAdviser},
    {u"pa1", u"Amina Yusuf", u"amina.yusuf@northbrook.example", StaffRole::PersonalAdviser},
    {u"pa2", u"Gareth Lewis", u"gareth.lewis@northbrook.example", StaffRole::PersonalAdviser},
    {u"admin", u"Jo Whitlock", u"jo.whitlock@northbrook.example", StaffRole::Admin},
};

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

QString languageName(const QString &tag)
{
    static const QHash<QString, QString> names {
        {u"en"_s, u"English"_s}, {u"ti"_s, u"Tigrinya"_s}, {u"ar"_s, u"Arabic"_s},   {u"ps"_s, u"Pashto"_s},
        {u"ku"_s, u"Kurdish"_s}, {u"fa"_s, u"Farsi"_s},    {u"sq"_s, u"Albanian"_s}, {u"vi"_s, u"Vietnamese"_s},
        {u"pl"_s, u"Polish"_s},  {u"so"_s, u"Somali"_s},
    };
    return names.value(tag, tag);
}

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

DemoAuthority Builder::build()
{
    m_out.authorityId = m_ids(u"authority", u"northbrook");
    m_out.authorityName = u"Northbrook Council (demo)"_s;
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

void Builder::addEvents(const Profile &p, const YoungPerson &yp)
{
    const QString key = QString::fromUtf16(p.key);
    int n = 0;
    const QString recorder = contactStaffOn(yp.id, 0);
    auto event = [&](ChronologyKind kind, const QDate &date, const QString &summary, const QString &accom = {},
                     bool provided = false) {
        if (date > m_today || date < yp.dateOfBirth)
            return;
        ChronologyEvent e;
        e.id = m_ids(u"event", key + u'/' + QString::number(++n));
        e.youngPersonId = yp.id;
        e.date = date;
        e.kind = kind;
        e.summary = summary;
        e.accommodationType = accom;
        e.authorityProvided = provided;
        e.recordedBy = recorder;
        m_out.events.append(e);
    };

    const QDate sixteenth = yp.dateOfBirth.addYears(16);
    if (p.uasc) {
        event(ChronologyKind::Other, arrivalDate(p, yp, m_today), u"Arrived in the UK and came into care."_s);
        event(ChronologyKind::AsylumDecision, asylumDecisionDate(p, yp, m_today),
              u"Refugee status granted (5 years)."_s);
    }
    if (p.archetype == Archetype::Eligible) {
        event(ChronologyKind::MovedHome, sixteenth.addDays(-200), u"Moved to a new foster home."_s);
    } else if (yp.care.leftCareOn) {
        const QDate left = *yp.care.leftCareOn;
        event(ChronologyKind::LeftCare, left,
              p.archetype == Archetype::QualifyingSgo ? u"Left care: special guardianship order to grandparent."_s
                                                      : u"Left care."_s);
        const QString accom = QString::fromUtf16(p.accommodation);
        if (p.flags & RecentMove) {
            event(ChronologyKind::MovedHome, left, u"Moved to supported lodgings."_s, u"E"_s, true);
            event(ChronologyKind::MovedHome, m_today.addDays(-3), u"Moved to a semi-independent flat at Elm Court."_s,
                  accom, true);
        } else if (p.flags & Custody) {
            event(ChronologyKind::MovedHome, left, u"Moved to a semi-independent flat."_s, u"D"_s, true);
            event(ChronologyKind::CustodyStart, m_today.addDays(-40), u"Remanded to a young offender institution."_s);
            event(ChronologyKind::MovedHome, m_today.addDays(-40), u"In custody."_s, accom, false);
        } else if (accom == u"U"_s) {
            event(ChronologyKind::MovedHome, left, u"Moved to supported lodgings."_s, u"E"_s, true);
            event(ChronologyKind::MovedHome, left.addDays(250), u"Moved into own council flat."_s, accom, false);
        } else if (!accom.isEmpty()) {
            const bool provided = accom == u"D"_s || accom == u"E"_s || accom == u"V"_s;
            event(ChronologyKind::MovedHome, left, u"Moved after leaving care."_s, accom, provided);
        }
    }
    switch (p.activity) {
    case Activity::College:
        event(ChronologyKind::StartedEducation, QDate(sixteenth.year(), 9, 5), u"Started college."_s);
        break;
    case Activity::University:
        event(ChronologyKind::StartedEducation, QDate(yp.dateOfBirth.addYears(18).year(), 9, 25),
              u"Started university."_s);
        break;
    case Activity::Apprenticeship:
        event(ChronologyKind::StartedWork, m_today.addDays(-150), u"Started an apprenticeship."_s);
        break;
    case Activity::Work:
        event(ChronologyKind::StartedWork, m_today.addDays(-120 - 5 * n), u"Started a job."_s);
        break;
    case Activity::Neet:
        if (p.age >= 17)
            event(ChronologyKind::LeftEducation, m_today.addDays(-200), u"Left college course."_s);
        break;
    case Activity::School:
        break;
    }
    if (p.flags & Pregnant)
        event(ChronologyKind::Pregnancy, m_today.addDays(-60), u"Told PA she is pregnant; due in the spring."_s);
    if (p.flags & Parent)
        event(ChronologyKind::BecameParent, m_today.addDays(-240), u"Baby born."_s);
    if (p.flags & UrgentRequest)
        event(ChronologyKind::ReviewRequested, m_today.addDays(-10), u"Asked for a plan review: housing problems."_s);
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

void Builder::addPlan(const Profile &p, const YoungPerson &yp)
{
    const QString key = QString::fromUtf16(p.key);
    const int pa = p.pa >= 0 ? p.pa : std::max(p.previousPa, 0);
    const QString paName = paFirstName(pa);
    const QString language = languageName(yp.firstLanguage);
    const QString accom = QString::fromUtf16(p.accommodation);
    const bool tookPart = (p.lastContactDays < 365);

    QString education;
    QString employment;
    switch (p.activity) {
    case Activity::School:
        education = u"Get my maths and English GCSEs this summer."_s;
        employment = u"Do a week of work experience at the garage."_s;
        break;
    case Activity::College:
        education = u"Finish my college course and pass the exams."_s;
        employment = u"Find a Saturday job to save some money."_s;
        break;
    case Activity::University:
        education = u"Finish this year at university and pass all my modules."_s;
        employment = u"Find a summer job near the university."_s;
        break;
    case Activity::Apprenticeship:
        education = u"Pass the college part of my apprenticeship."_s;
        employment = u"Finish my apprenticeship and get a full-time job there."_s;
        break;
    case Activity::Work:
        education = u"Think about a part-time course next year."_s;
        employment = u"Keep my job and ask about more hours."_s;
        break;
    case Activity::Neet:
        education = u"Find a course I like and start in September."_s;
        employment = u"Try two taster days with the youth employment team."_s;
        break;
    }
    QString accommodation;
    if (accom.isEmpty())
        accommodation = u"Stay with my foster carers and get ready to live on my own."_s;
    else if (accom == u"V"_s)
        accommodation = u"Move out of emergency housing into somewhere safe and warm."_s;
    else if (accom == u"X"_s)
        accommodation = u"Have a flat ready for when I come out."_s;
    else if (accom == u"Z"_s)
        accommodation = u"Stay Put with my foster carers until I finish college."_s;
    else if (accom == u"U"_s)
        accommodation = u"Keep my flat and pay the rent on time."_s;
    else
        accommodation = u"Stay where I live now and learn to cook and budget."_s;
    const QString identity = yp.uasc
        ? u"Keep speaking "_s + language + u" and meet people from home at the community centre."_s
        : u"Know more about my family history and where I come from."_s;

    struct SectionText
    {
        PlanArea area;
        QString goal;
        QString ownWords;
        QString contingency;
    };
    const QList<SectionText> sections {
        {PlanArea::ContactAndSupport, u"See "_s + paName + u" every 4 weeks and text in between."_s,
         u"I like texts more than calls."_s, u"If I cannot reach "_s + paName + u", I call the Hub duty line."_s},
        {PlanArea::Education, education, u"I want to do well but I need help with deadlines."_s,
         u"If the course does not work out, we look at other courses together."_s},
        {PlanArea::Employment, employment, u"I want my own money."_s,
         u"If I lose my job, I tell my PA the same week."_s},
        {PlanArea::Contingency, u"Know what to do if things go wrong."_s,
         u"I know who to call at night: the out-of-hours team."_s,
         u"If my home breaks down, the council finds me a safe place the same day and my PA visits within 7 days."_s},
        {PlanArea::Accommodation, accommodation, u"I want somewhere quiet where I can study."_s,
         u"If I have to leave, my PA helps me find somewhere before I go."_s},
        {PlanArea::FamilyAndSocial, u"See my friends and stay in touch with my brother."_s,
         u"Family is hard sometimes, but I want to see my brother."_s,
         u"If contact with family upsets me, I can talk to my PA or a counsellor."_s},
        {PlanArea::PracticalSkills, u"Cook 5 simple meals and do my own shopping."_s,
         u"I can make pasta and rice. I want to learn curry."_s,
         u"If I struggle, I can join the cooking group at the Hub."_s},
        {PlanArea::Finance, u"Open a bank account and make a budget that works."_s,
         u"Money runs out before the end of the month."_s,
         u"If I run out of money, I ask my PA about the emergency fund."_s},
        {PlanArea::Health, u"Register with a GP and a dentist and go to check-ups."_s,
         u"I feel OK. Sometimes I do not sleep well."_s,
         u"If I feel low, I call my GP or NHS 111, or talk to my PA."_s},
        {PlanArea::Identity, identity, u"This is important to me."_s,
         u"If I feel alone, my PA helps me find a group where I belong."_s},
    };
    const bool partial = p.flags & PartialPlan;
    for (const SectionText &t : sections) {
        if (partial && t.area != PlanArea::ContactAndSupport && t.area != PlanArea::Education
            && t.area != PlanArea::Accommodation && t.area != PlanArea::Health)
            continue;
        PlanSection s;
        s.id = m_ids(u"plan_section", key + u'/' + toCode(t.area));
        s.youngPersonId = yp.id;
        s.area = t.area;
        s.goal = t.goal;
        s.ownWords = tookPart ? t.ownWords : QString();
        s.contingency = t.contingency;
        if (t.area == PlanArea::Accommodation && !accom.isEmpty()) {
            const bool suitable = accom != u"V"_s && accom != u"X"_s;
            s.accommodationSuitable = suitable;
            s.suitabilityNotes = suitable ? u"Safe, warm and in good repair. Near the bus route. Rent is affordable "
                                            u"with housing benefit. Likes living there."_s
                                          : u"Not suitable: short-term only and no support on site."_s;
        }
        s.updatedBy = paId(pa);
        s.youngPersonTookPart = tookPart;
        m_out.planSections.append(s);
    }

    // Actions: who, by when, and where they are up to.
    struct ActionText
    {
        PlanArea area;
        QString what;
        QString who;
        int dueInDays;
        ActionStatus status;
    };
    QList<ActionText> actions {
        {PlanArea::Finance, u"Open a bank account."_s, u"me and my PA"_s, -30, ActionStatus::Done},
        {PlanArea::Health, u"Register with a dentist."_s, u"me"_s, 21, ActionStatus::InProgress},
        {PlanArea::Education, u"Fill in the bursary form."_s, u"me and my PA"_s, 14, ActionStatus::NotStarted},
        {PlanArea::PracticalSkills, u"Go to the cooking group at the Hub 3 times."_s, u"me"_s, 60,
         ActionStatus::NotStarted},
    };
    if (p.flags & PassportMissing)
        actions.append({PlanArea::Identity, u"Apply for a passport."_s, u"my PA"_s, -20, ActionStatus::NotStarted});
    if (p.flags & ReviewOverdue)
        actions.append(
            {PlanArea::Accommodation, u"Apply to the housing register."_s, u"my PA"_s, -45, ActionStatus::InProgress});
    if (p.flags & RecentMove)
        actions.append({PlanArea::Accommodation, u"Visit the new flat and check it is suitable."_s, u"my PA"_s, 4,
                        ActionStatus::NotStarted});
    if (partial)
        actions = actions.mid(1, 2);
    int n = 0;
    for (const ActionText &t : std::as_const(actions)) {
        PlanAction a;
        a.id = m_ids(u"plan_action", key + u'/' + QString::number(++n));
        a.youngPersonId = yp.id;
        a.area = t.area;
        a.what = t.what;
        a.who = t.who;
        a.byWhen = m_today.addDays(t.dueInDays);
        a.status = t.status;
        if (t.status == ActionStatus::Done) {
            a.completedAt = at(-t.dueInDays + 5, 15, 30);
            a.completedBy = paId(pa);
        }
        m_out.planActions.append(a);
    }
}

void Builder::addReviews(const Profile &p, const YoungPerson &yp)
{
    const QString key = QString::fromUtf16(p.key);
    const int pa = p.pa >= 0 ? p.pa : std::max(p.previousPa, 0);
    const int daysSince16 = static_cast<int>(yp.dateOfBirth.addYears(16).daysTo(m_today));
    int latestAgo = 0;
    if (p.lastContactDays > 200)
        latestAgo = p.lastContactDays + 20; // nobody has reviewed the plan since they lost touch
    else if (p.flags & ReviewOverdue)
        latestAgo = 200 + 11 * static_cast<int>(m_out.youngPeople.size() % 7);
    else
        latestAgo = 15 + (37 * static_cast<int>(m_out.youngPeople.size())) % 150;
    latestAgo = std::min(latestAgo, daysSince16 - 1);
    if (latestAgo < 0)
        return;

    const int count = daysSince16 - latestAgo > 190 ? 2 : 1;
    for (int i = 0; i < count; ++i) {
        const int ago = latestAgo + i * 182;
        PlanReview r;
        r.id = m_ids(u"plan_review", key + u'/' + QString::number(i + 1));
        r.youngPersonId = yp.id;
        r.heldOn = m_today.addDays(-ago);
        r.reason = i == 0 && (p.flags & Custody) ? ReviewReason::SignificantChange : ReviewReason::Scheduled;
        r.outcome = u"Plan updated. Actions agreed for education, money and health."_s;
        r.youngPersonTookPart = p.lastContactDays < 365;
        if (r.youngPersonTookPart)
            r.youngPersonViews = u"Happy with the plan. Wants more help with money."_s;
        r.nextReviewDue = PlanReview::defaultNextReviewDue(r.heldOn);
        r.reviewedBy = paId(pa);
        // Over-18s get management sign-off, a few days after the review.
        if (yp.ageOn(r.heldOn) >= 18 && ago >= 4) {
            r.signedOffBy = managerId();
            r.signedOffAt = at(ago - 3, 11, 0);
        }
        m_out.reviews.append(r);
    }
}

void Builder::addHealth(const Profile &p, const YoungPerson &yp)
{
    const QString key = QString::fromUtf16(p.key);
    int n = 0;
    auto entry = [&](HealthKind kind, const QString &title, const QString &details, std::optional<QDate> date) {
        HealthEntry e;
        e.id = m_ids(u"health", key + u'/' + QString::number(++n));
        e.youngPersonId = yp.id;
        e.kind = kind;
        e.title = title;
        e.details = details;
        e.date = date;
        e.addedBy = contactStaffOn(yp.id, 0);
        m_out.health.append(e);
    };
    if (!p.uasc)
        entry(HealthKind::BirthDetails, u"Birth"_s, u"Born at full term. No problems at birth."_s, yp.dateOfBirth);
    entry(HealthKind::Immunisation, p.uasc ? u"Catch-up vaccinations"_s : u"Childhood vaccinations up to date"_s,
          p.uasc ? u"Catch-up course finished at the GP."_s : u"All routine vaccinations given, including MMR."_s,
          std::nullopt);
    entry(HealthKind::GpContact, u"GP: Riverside Medical Centre"_s, u"Phone 01632 960 111."_s, std::nullopt);
    entry(HealthKind::DentalCheck, u"Dental check-up"_s, u"No treatment needed."_s, m_today.addDays(-90 - n * 7));
    if (m_out.youngPeople.size() % 3 == 0)
        entry(HealthKind::Allergy, u"Penicillin allergy"_s, u"Rash. Tell any doctor or pharmacist."_s, std::nullopt);
    if (m_out.youngPeople.size() % 4 == 1)
        entry(HealthKind::MentalHealth, u"Talking therapy"_s, u"Six sessions with the local talking therapies team."_s,
              m_today.addDays(-120));
    if (p.age >= 17)
        entry(HealthKind::NhsGuidance, u"How to use the NHS"_s,
              u"NHS 111 for advice, the pharmacy for small problems, 999 in an emergency."_s, std::nullopt);
    if (m_out.youngPeople.size() % 5 == 2)
        entry(HealthKind::Appointment, u"Eye test"_s, u"Optician on the high street."_s, m_today.addDays(14));

    // The health history is handed over before 18; from 17 consent is asked for.
    if (p.age < 17)
        return;
    HealthHandover h;
    h.id = m_ids(u"handover", key);
    h.youngPersonId = yp.id;
    h.consentToShare = true;
    if (p.age >= 18 && !(p.flags & NoHandover)) {
        h.handedOverOn = std::min(yp.dateOfBirth.addYears(18).addDays(-14), m_today);
        h.youngPersonHasCopy = true;
        h.handedOverBy = contactStaffOn(yp.id, static_cast<int>(h.handedOverOn->daysTo(m_today)));
    }
    m_out.handovers.append(h);
}

void Builder::addDocuments(const Profile &p, const YoungPerson &yp)
{
    const QString key = QString::fromUtf16(p.key);
    const int pa = p.pa >= 0 ? p.pa : std::max(p.previousPa, 0);
    const bool adult = p.age >= 18;
    for (DocumentKind kind : allDocumentKinds()) {
        DocumentItem d;
        d.id = m_ids(u"document", key + u'/' + toCode(kind));
        d.youngPersonId = yp.id;
        d.kind = kind;
        d.status = DocumentStatus::Have;
        switch (kind) {
        case DocumentKind::NiNumber:
            break;
        case DocumentKind::BirthCertificate:
            if (p.uasc)
                d.status = DocumentStatus::NotNeeded;
            break;
        case DocumentKind::Passport:
            if (p.uasc) {
                d.status = DocumentStatus::NotNeeded;
                d.notes = u"Status is shown with the eVisa. A travel document can be applied for."_s;
            } else if (p.flags & PassportMissing) {
                d.status = DocumentStatus::Missing;
                d.helpingId = paId(pa);
            } else {
                d.expiresOn
                    = (p.flags & PassportExpiring) ? m_today.addDays(60) : m_today.addYears(5).addDays(30 * p.age);
                if (p.flags & PassportExpiring)
                    d.obtainedOn = d.expiresOn->addYears(-5); // a child passport, issued at 15
            }
            break;
        case DocumentKind::ProvisionalLicence:
            d.status = p.age >= 17 && (p.activity == Activity::Work || p.activity == Activity::University)
                ? DocumentStatus::Have
                : DocumentStatus::Missing;
            if (d.status == DocumentStatus::Have)
                d.expiresOn = m_today.addYears(8);
            break;
        case DocumentKind::BankAccount:
            if (p.flags & PassportMissing && p.activity == Activity::Neet) {
                d.status = DocumentStatus::Missing;
                d.notes = u"Bank wants photo ID. Waiting for the passport."_s;
                d.helpingId = paId(pa);
            }
            break;
        case DocumentKind::EVisa:
            if (!p.uasc) {
                d.status = DocumentStatus::NotNeeded;
            } else if (asylumDecisionDate(p, yp, m_today) > m_today) {
                d.status = DocumentStatus::Applied; // still waiting for the asylum decision
                d.notes = u"Claim made; waiting for the Home Office decision."_s;
            } else {
                // Refugee leave lasts 5 years; after that, settlement (no end date).
                const QDate decided = asylumDecisionDate(p, yp, m_today);
                d.obtainedOn = decided;
                if (decided.addYears(5) > m_today)
                    d.expiresOn = decided.addYears(5);
                else
                    d.notes = u"Indefinite leave to remain."_s;
            }
            break;
        case DocumentKind::CareLeaverLetter:
            if (p.archetype == Archetype::Eligible)
                d.status = DocumentStatus::NotNeeded;
            break;
        case DocumentKind::GpRegistration:
            break;
        case DocumentKind::HealthSummary:
            if (!adult || (p.flags & NoHandover)) {
                d.status = adult ? DocumentStatus::Missing : DocumentStatus::NotNeeded;
                if (adult)
                    d.helpingId = paId(pa);
            }
            break;
        case DocumentKind::JuniorIsa:
            if (p.uasc || !adult)
                d.status = p.uasc ? DocumentStatus::NotNeeded : DocumentStatus::Applied;
            break;
        case DocumentKind::VoterRegistration:
            if (p.uasc)
                d.status = DocumentStatus::NotNeeded;
            else if (!adult || p.activity == Activity::Neet)
                d.status = DocumentStatus::Missing;
            break;
        case DocumentKind::UniversalCredit:
            if (!(p.activity == Activity::Neet && adult) && !(p.flags & Parent))
                d.status = DocumentStatus::NotNeeded;
            break;
        }
        if (d.status == DocumentStatus::Have && !d.obtainedOn) {
            const QDate earliest = yp.dateOfBirth.addYears(15).addMonths(9);
            d.obtainedOn = std::max(earliest, m_today.addDays(-400 + 20 * static_cast<int>(kind)));
            if (d.obtainedOn > m_today)
                d.obtainedOn = m_today.addDays(-1);
        } else if (d.status == DocumentStatus::Applied) {
            d.dueDate = m_today.addDays(49);
            d.helpingId = paId(pa);
        }
        m_out.documents.append(d);
    }
}

void Builder::addEntitlements(const Profile &p, const YoungPerson &yp)
{
    const QString key = QString::fromUtf16(p.key);
    const QStringList circs = circumstances(p);
    static const EntitlementStatus cycle[] = {
        EntitlementStatus::Received, EntitlementStatus::NotClaimed, EntitlementStatus::Claimed,
        EntitlementStatus::Asked,    EntitlementStatus::Received,   EntitlementStatus::NotClaimed,
    };
    int i = static_cast<int>(m_out.youngPeople.size());
    for (const OfferItem &item : std::as_const(m_out.offer)) {
        if (!item.isEligible(yp, m_today, circs))
            continue;
        Entitlement e;
        e.id = m_ids(u"entitlement", key + u'/' + item.id);
        e.youngPersonId = yp.id;
        e.offerItemId = item.id;
        e.status = item.amountPence ? cycle[i++ % std::size(cycle)] : EntitlementStatus::Received;
        if (e.status != EntitlementStatus::NotClaimed)
            e.statusSince = m_today.addDays(-(10 + 13 * (i % 20)));
        m_out.entitlements.append(e);
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

} // namespace

DemoAuthority makeDemoAuthority(const QDate &today, quint32 seed)
{
    return Builder(today, seed).build();
}

} // namespace Pathway
