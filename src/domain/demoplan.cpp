// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "demodata_p.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

// The demo authority's plans, reviews, health records, documents, entitlements and key events.

namespace Pathway::Demo {

namespace {

QString languageName(const QString &tag)
{
    static const QHash<QString, QString> names {
        {u"en"_s, u"English"_s}, {u"ti"_s, u"Tigrinya"_s}, {u"ar"_s, u"Arabic"_s},   {u"ps"_s, u"Pashto"_s},
        {u"ku"_s, u"Kurdish"_s}, {u"fa"_s, u"Farsi"_s},    {u"sq"_s, u"Albanian"_s}, {u"vi"_s, u"Vietnamese"_s},
        {u"pl"_s, u"Polish"_s},  {u"so"_s, u"Somali"_s},
    };
    return names.value(tag, tag);
}

} // namespace

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
        h.format = HandoverFormat::Both;
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

} // namespace Pathway::Demo
