// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "labels.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Pathway {

QString Labels::planArea(PlanArea area)
{
    switch (area) {
    case PlanArea::ContactAndSupport:
        return tr("Contact and support", "@title plan area");
    case PlanArea::Education:
        return tr("Education and training", "@title plan area");
    case PlanArea::Employment:
        return tr("Work and activities", "@title plan area");
    case PlanArea::Contingency:
        return tr("If things go wrong", "@title plan area");
    case PlanArea::Accommodation:
        return tr("Where I live", "@title plan area");
    case PlanArea::FamilyAndSocial:
        return tr("Family and friends", "@title plan area");
    case PlanArea::PracticalSkills:
        return tr("Skills for living", "@title plan area");
    case PlanArea::Finance:
        return tr("Money", "@title plan area");
    case PlanArea::Health:
        return tr("Health and feelings", "@title plan area");
    case PlanArea::Identity:
        return tr("Who I am", "@title plan area");
    }
    return {};
}

QString Labels::planAreaPlain(PlanArea area)
{
    switch (area) {
    case PlanArea::ContactAndSupport:
        return tr("Who helps me and how we keep in touch", "@info plan area");
    case PlanArea::Education:
        return tr("School, college, university or training", "@info plan area");
    case PlanArea::Employment:
        return tr("Jobs, apprenticeships and things I do", "@info plan area");
    case PlanArea::Contingency:
        return tr("What happens if my plan stops working", "@info plan area");
    case PlanArea::Accommodation:
        return tr("My home, and if it is right for me", "@info plan area");
    case PlanArea::FamilyAndSocial:
        return tr("People who matter to me", "@info plan area");
    case PlanArea::PracticalSkills:
        return tr("Cooking, shopping, bills and other skills", "@info plan area");
    case PlanArea::Finance:
        return tr("My money and the help I can get", "@info plan area");
    case PlanArea::Health:
        return tr("My body and my mind", "@info plan area");
    case PlanArea::Identity:
        return tr("My culture, faith and language", "@info plan area");
    }
    return {};
}

QString Labels::actionStatus(ActionStatus status)
{
    switch (status) {
    case ActionStatus::NotStarted:
        return tr("Not started", "@info:status");
    case ActionStatus::InProgress:
        return tr("Started", "@info:status");
    case ActionStatus::Done:
        return tr("Done", "@info:status");
    case ActionStatus::Dropped:
        return tr("Not needed now", "@info:status");
    case ActionStatus::Proposed:
        //: A step the young person proposed; their PA has not answered yet
        return tr("Proposed, waiting for the PA", "@info:status");
    }
    return {};
}

QString Labels::healthKind(HealthKind kind)
{
    switch (kind) {
    case HealthKind::BirthDetails:
        return tr("Birth", "@info health");
    case HealthKind::FamilyHistory:
        return tr("Family health", "@info health");
    case HealthKind::Development:
        return tr("Growing up", "@info health");
    case HealthKind::Immunisation:
        return tr("Vaccination", "@info health");
    case HealthKind::Allergy:
        return tr("Allergy", "@info health");
    case HealthKind::Medicine:
        return tr("Medicine", "@info health");
    case HealthKind::Illness:
        return tr("Illness", "@info health");
    case HealthKind::HospitalVisit:
        return tr("Hospital", "@info health");
    case HealthKind::DentalCheck:
        return tr("Dentist check", "@info health");
    case HealthKind::OpticalCheck:
        return tr("Eye test", "@info health");
    case HealthKind::MentalHealth:
        return tr("Feelings and mental health", "@info health");
    case HealthKind::GpContact:
        return tr("My GP", "@info health");
    case HealthKind::DentistContact:
        return tr("My dentist", "@info health");
    case HealthKind::OpticianContact:
        return tr("My optician", "@info health");
    case HealthKind::NhsGuidance:
        return tr("Using the NHS", "@info health");
    case HealthKind::Appointment:
        return tr("Appointment", "@info health");
    case HealthKind::Note:
        return tr("Note", "@info health");
    }
    return {};
}

QString Labels::documentKind(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::NiNumber:
        return tr("National Insurance number", "@info document");
    case DocumentKind::BirthCertificate:
        return tr("Birth certificate", "@info document");
    case DocumentKind::Passport:
        return tr("Passport", "@info document");
    case DocumentKind::ProvisionalLicence:
        return tr("Provisional driving licence", "@info document");
    case DocumentKind::BankAccount:
        return tr("Bank account", "@info document");
    case DocumentKind::EVisa:
        return tr("eVisa (UKVI account)", "@info document");
    case DocumentKind::CareLeaverLetter:
        return tr("Care leaver letter", "@info document");
    case DocumentKind::GpRegistration:
        return tr("GP registration and NHS number", "@info document");
    case DocumentKind::HealthSummary:
        return tr("Health summary", "@info document");
    case DocumentKind::JuniorIsa:
        return tr("Junior ISA", "@info document");
    case DocumentKind::VoterRegistration:
        return tr("Registered to vote", "@info document");
    case DocumentKind::UniversalCredit:
        return tr("Universal Credit (as a care leaver)", "@info document");
    }
    return {};
}

QString Labels::documentStatus(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Have:
        return tr("I have it", "@info:status document");
    case DocumentStatus::Applied:
        return tr("Applied", "@info:status document");
    case DocumentStatus::Missing:
        return tr("Missing", "@info:status document");
    case DocumentStatus::NotNeeded:
        return tr("Not needed", "@info:status document");
    }
    return {};
}

QString Labels::entitlementStatus(EntitlementStatus status)
{
    switch (status) {
    case EntitlementStatus::NotClaimed:
        return tr("Not asked for yet", "@info:status offer");
    case EntitlementStatus::Asked:
        return tr("Asked for", "@info:status offer");
    case EntitlementStatus::Claimed:
        return tr("Claimed", "@info:status offer");
    case EntitlementStatus::Received:
        return tr("Got it", "@info:status offer");
    case EntitlementStatus::NotEligible:
        return tr("Not for me", "@info:status offer");
    case EntitlementStatus::Declined:
        return tr("Said no thanks", "@info:status offer");
    }
    return {};
}

QString Labels::contactKind(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Visit:
        return tr("Visit", "@info contact");
    case ContactKind::Phone:
        return tr("Phone call", "@info contact");
    case ContactKind::Video:
        return tr("Video call", "@info contact");
    case ContactKind::Text:
        return tr("Text message", "@info contact");
    case ContactKind::Letter:
        return tr("Letter", "@info contact");
    case ContactKind::DropIn:
        return tr("Drop-in", "@info contact");
    case ContactKind::Attempted:
        return tr("Tried to reach", "@info contact");
    }
    return {};
}

QString Labels::legalCategory(LegalCategory category)
{
    switch (category) {
    case LegalCategory::Eligible:
        return tr("Eligible", "@info care leaver category");
    case LegalCategory::Relevant:
        return tr("Relevant", "@info care leaver category");
    case LegalCategory::FormerRelevant:
        return tr("Former relevant", "@info care leaver category");
    case LegalCategory::Qualifying:
        return tr("Qualifying", "@info care leaver category");
    case LegalCategory::NotACareLeaver:
        return tr("Not a care leaver", "@info care leaver category");
    }
    return {};
}

QString Labels::chronologyKind(ChronologyKind kind)
{
    switch (kind) {
    case ChronologyKind::MovedHome:
        return tr("Moved home", "@info chronology");
    case ChronologyKind::StartedEducation:
        return tr("Started education", "@info chronology");
    case ChronologyKind::LeftEducation:
        return tr("Left education", "@info chronology");
    case ChronologyKind::StartedWork:
        return tr("Started work", "@info chronology");
    case ChronologyKind::LeftWork:
        return tr("Left work", "@info chronology");
    case ChronologyKind::CustodyStart:
        return tr("Went into custody", "@info chronology");
    case ChronologyKind::CustodyEnd:
        return tr("Left custody", "@info chronology");
    case ChronologyKind::Pregnancy:
        return tr("Pregnancy", "@info chronology");
    case ChronologyKind::BecameParent:
        return tr("Became a parent", "@info chronology");
    case ChronologyKind::LeftCare:
        return tr("Left care", "@info chronology");
    case ChronologyKind::AsylumDecision:
        return tr("Asylum decision", "@info chronology");
    case ChronologyKind::ReviewRequested:
        return tr("Asked for a plan review", "@info chronology");
    case ChronologyKind::CopyMade:
        //: A copy of the young person's plan or health history was made for them to keep
        return tr("Copy made to keep", "@info chronology");
    case ChronologyKind::Other:
        return tr("Other event", "@info chronology");
    case ChronologyKind::Born:
        return tr("Born", "@info chronology");
    case ChronologyKind::PaAllocated:
        return tr("PA allocated", "@info chronology");
    case ChronologyKind::PaEnded:
        return tr("PA allocation ended", "@info chronology");
    case ChronologyKind::Contact:
        return tr("Contact", "@info chronology");
    case ChronologyKind::AttemptedContact:
        return tr("Tried to make contact", "@info chronology");
    case ChronologyKind::PlanReviewHeld:
        return tr("Plan review held", "@info chronology");
    case ChronologyKind::HealthHandedOver:
        return tr("Health history handed over", "@info chronology");
    case ChronologyKind::DocumentObtained:
        return tr("Document obtained", "@info chronology");
    }
    return {};
}

QString Labels::reviewReason(ReviewReason reason)
{
    switch (reason) {
    case ReviewReason::Scheduled:
        return tr("Regular review", "@info review");
    case ReviewReason::Requested:
        return tr("Asked for by the young person", "@info review");
    case ReviewReason::SignificantChange:
        return tr("After a big change", "@info review");
    }
    return {};
}

QString Labels::handoverFormat(HandoverFormat format)
{
    switch (format) {
    case HandoverFormat::Paper:
        return tr("Paper copy", "@info health handover");
    case HandoverFormat::Digital:
        return tr("Digital copy", "@info health handover");
    case HandoverFormat::Both:
        return tr("Paper and digital copies", "@info health handover");
    }
    return {};
}

QString Labels::alert(const QString &ruleCode, int daysOverdue, const QString &subject)
{
    if (ruleCode == "no_contact"_L1)
        return daysOverdue > 0 ? tr("Contact overdue by %n day(s)", "@info alert", daysOverdue)
                               : tr("Contact due soon", "@info alert");
    if (ruleCode == "no_pa"_L1)
        return tr("No PA allocated", "@info alert");
    if (ruleCode == "move_visit"_L1)
        return tr("Visit due after a move", "@info alert");
    if (ruleCode == "plan_review"_L1)
        return daysOverdue > 0 ? tr("Plan review overdue by %n day(s)", "@info alert", daysOverdue)
                               : tr("Plan review due soon", "@info alert");
    if (ruleCode == "health_handover"_L1)
        return tr("Health history not handed over", "@info alert");
    if (ruleCode == "missing_id"_L1) {
        if (const auto kind = documentKindFromCode(subject))
            //: %1 is a document, e.g. Passport
            return tr("Missing: %1", "@info alert").arg(documentKind(*kind));
        return tr("Missing ID", "@info alert");
    }
    if (ruleCode == "passport_expiry"_L1)
        return tr("Passport expires soon", "@info alert");
    if (ruleCode == "in_touch"_L1)
        return tr("Birthday in-touch contact missed", "@info alert");
    if (ruleCode == "contact_request"_L1)
        return tr("Asked for contact", "@info alert");
    if (ruleCode == "neet"_L1)
        return tr("Not in education, work or training for too long", "@info alert");
    if (ruleCode == "unsuitable_accommodation"_L1)
        return tr("Accommodation not suitable", "@info alert");
    return tr("Needs attention", "@info alert");
}

QString Labels::date(const std::optional<QDate> &d)
{
    if (!d || !d->isValid())
        return tr("no date", "@info");
    return QLocale().toString(*d, QLocale::ShortFormat);
}

QString Labels::ago(const QDate &d, const QDate &today)
{
    const qint64 days = d.daysTo(today);
    if (days <= 0)
        return tr("today", "@info time");
    if (days == 1)
        return tr("yesterday", "@info time");
    if (days < 14)
        return tr("%n day(s) ago", "@info time", int(days));
    if (days < 70)
        return tr("%n week(s) ago", "@info time", int(days / 7));
    return tr("%n month(s) ago", "@info time", int(days / 30));
}

QString Labels::interpreterNeed(const YoungPerson &person)
{
    if (!person.accessibilityNeeds.contains(u"interpreter"_s))
        return {};
    const QLocale locale(person.firstLanguage);
    const QString language = person.firstLanguage.isEmpty() || locale.language() == QLocale::C
        ? person.firstLanguage
        : QLocale::languageToString(locale.language());
    if (language.isEmpty())
        return tr("Needs an interpreter", "@info recorded need");
    //: A recorded need shown to staff: %1 the young person's first language
    return tr("Needs an interpreter: %1", "@info recorded need").arg(language);
}

QString Labels::money(qint64 pence, const QString &period)
{
    const QString amount = QLocale(QLocale::English, QLocale::UnitedKingdom)
                               .toCurrencyString(double(pence) / 100.0, u"£"_s, pence % 100 == 0 ? 0 : 2);
    if (period == "year"_L1)
        //: %1 is an amount of money
        return tr("%1 a year", "@info money").arg(amount);
    if (period == "month"_L1)
        return tr("%1 a month", "@info money").arg(amount);
    if (period == "week"_L1)
        return tr("%1 a week", "@info money").arg(amount);
    return amount;
}

QString Labels::freeText(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace Pathway
