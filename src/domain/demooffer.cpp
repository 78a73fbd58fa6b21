// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "demodata_p.h"

using namespace Qt::StringLiterals;

namespace Pathway::Demo {

namespace {

/** The demo catalogue's version: version 1 had a gym membership, replaced by the leisure pass. */
constexpr int CatalogueVersion = 2;

struct OfferSpec
{
    const char16_t *key;
    const char16_t *title;
    const char16_t *description;
    const char16_t *howToClaim;
    qint64 pence; ///< -1: not a money item
    const char16_t *period;
    const char16_t *category;
    int minAge;
    int maxAge;
    QList<LegalCategory> categories;
    QStringList circumstances;
    bool national;
    bool withdrawn;
};

using LC = LegalCategory;

QList<OfferSpec> specs()
{
    const QList<LC> careLeavers {LC::Eligible, LC::Relevant, LC::FormerRelevant};
    const QList<LC> leftCare {LC::Relevant, LC::FormerRelevant};
    return {
        // National items (Children and Social Work Act 2017; DOMAIN.md).
        {u"pa_to_21",
         u"A personal adviser (PA) until you are 21",
         u"Your PA is there for you. They help with your plan, money, housing, college and work. "
         u"They keep in touch with you.",
         u"You do not need to ask. If you do not have a PA, call the leaving care team.",
         -1,
         u"",
         u"support",
         16,
         20,
         {},
         {},
         true,
         false},
        {u"pa_to_25",
         u"A personal adviser until you are 25, if you ask",
         u"After 21 you can still have a PA until you are 25. Just ask. You can say yes now and no later.",
         u"Tell your PA or call the leaving care team and say you want a PA until 25.",
         -1,
         u"",
         u"support",
         21,
         24,
         {LC::FormerRelevant},
         {},
         true,
         false},
        {u"pathway_plan",
         u"Your pathway plan",
         u"Your plan says what you want and who will help, and by when. You help to write it. It is checked "
         u"at least every 6 months.",
         u"Your PA writes it with you. Ask for a review at any time.",
         -1,
         u"",
         u"support",
         16,
         24,
         careLeavers,
         {},
         true,
         false},
        {u"he_bursary",
         u"Higher Education Bursary",
         u"£2,000 from us if you go to university. This is on top of student finance.",
         u"Tell your PA when you get your university place. We pay it in parts over your course.",
         200000,
         u"once",
         u"education",
         17,
         24,
         careLeavers,
         {u"in_higher_education"_s},
         true,
         false},
        {u"bursary_16_19",
         u"16-19 Bursary",
         u"Up to £1,200 a year if you are 16 to 19 and at school or college.",
         u"Ask the student support office at your school or college. Your PA can help with the form.",
         120000,
         u"year",
         u"education",
         16,
         19,
         {},
         {u"in_education"_s},
         true,
         false},
        {u"setting_up_home",
         u"Setting Up Home Allowance",
         u"At least £3,000 to buy what you need for your first home: bed, cooker, fridge, pots and pans.",
         u"Your PA makes a list with you before you move and orders the things you need.",
         300000,
         u"once",
         u"housing",
         17,
         24,
         leftCare,
         {},
         true,
         false},
        {u"staying_put",
         u"Staying Put with your foster carers",
         u"You can stay with your foster carers after 18, until you are 21, if you all agree.",
         u"Talk to your PA and your foster carers before your 18th birthday.",
         -1,
         u"",
         u"housing",
         18,
         20,
         {LC::FormerRelevant},
         {u"staying_put"_s},
         true,
         false},
        {u"vacation_accommodation",
         u"Somewhere to stay in the university holidays",
         u"If you are at university and have nowhere to go in the holidays, we help you find and pay for a "
         u"place to stay.",
         u"Tell your PA at least 4 weeks before the holiday starts.",
         -1,
         u"",
         u"housing",
         18,
         24,
         {LC::FormerRelevant},
         {u"in_higher_education"_s},
         true,
         false},
        // Local items.
        {u"council_tax",
         u"No council tax until you are 25",
         u"If you rent your own home in Northbrook, you do not pay council tax until you are 25.",
         u"Your PA sends your care-leaver letter to the council tax office. You do not need to fill in a form.",
         -1,
         u"",
         u"money",
         18,
         24,
         leftCare,
         {u"own_tenancy"_s},
         false,
         false},
        {u"housing_band1",
         u"Band 1 housing priority",
         u"You get the top priority for council and housing association homes until you are 21.",
         u"Your PA helps you join the housing register and adds your care-leaver letter.",
         -1,
         u"",
         u"housing",
         17,
         20,
         leftCare,
         {},
         false,
         false},
        {u"driving_lessons",
         u"Driving lessons",
         u"We pay for 10 driving lessons and your theory test.",
         u"Get your provisional licence first. Then ask your PA. We pay the driving school directly.",
         60000,
         u"once",
         u"travel",
         17,
         24,
         {},
         {},
         false,
         false},
        {u"provisional_licence",
         u"Provisional driving licence",
         u"We pay for your provisional driving licence. It is also good photo ID.",
         u"Ask your PA. They help you fill in the form online and we pay.",
         3400,
         u"once",
         u"travel",
         16,
         24,
         {},
         {},
         false,
         false},
        {u"passport",
         u"Passport costs",
         u"We pay for your first adult passport and the photos.",
         u"Ask your PA. You need your full birth certificate. Your PA can help you get it.",
         8850,
         u"once",
         u"money",
         16,
         24,
         {},
         {},
         false,
         false},
        {u"birthday_money",
         u"Birthday money",
         u"£50 on your birthday every year until you are 25.",
         u"You do not need to ask. It goes into your bank account in your birthday week.",
         5000,
         u"year",
         u"money",
         16,
         24,
         {},
         {},
         false,
         false},
        {u"laptop",
         u"A laptop for study",
         u"A laptop of your own if you are at school, college or university.",
         u"Ask your PA. Your college or school may need to confirm your place.",
         -1,
         u"",
         u"education",
         16,
         24,
         {},
         {u"in_education"_s},
         false,
         false},
        {u"leisure_pass",
         u"Free leisure pass",
         u"Free swimming, gym and classes at all Northbrook leisure centres until you are 25.",
         u"Show your care-leaver letter at any leisure centre desk.",
         -1,
         u"",
         u"leisure",
         16,
         24,
         {},
         {},
         false,
         false},
        {u"gym_membership",
         u"Gym membership",
         u"Replaced by the free leisure pass in this version of the offer.",
         u"Use the leisure pass instead.",
         -1,
         u"",
         u"leisure",
         16,
         24,
         {},
         {},
         false,
         true},
        {u"interview_clothes",
         u"Clothes for interviews",
         u"Up to £100 for clothes for a job interview.",
         u"Tell your PA about the interview. They can go shopping with you or give you a voucher.",
         10000,
         u"once",
         u"money",
         16,
         24,
         {},
         {},
         false,
         false},
        {u"travel_new_job",
         u"Travel to a new job",
         u"We pay for your bus or train travel for your first month in a new job.",
         u"Show your PA your job offer letter. We buy a monthly ticket for you.",
         15000,
         u"once",
         u"travel",
         16,
         24,
         {},
         {u"in_work"_s},
         false,
         false},
        {u"drop_in_hub",
         u"The Hub: drop-in",
         u"Come in for help, food, Wi-Fi and a chat. Open 09:30 to 17:00, Monday to Friday. At weekends a PA "
         u"is on call by phone.",
         u"Just come in. The Hub is at 12 Market Street, Northbrook.",
         -1,
         u"",
         u"support",
         16,
         24,
         {},
         {},
         false,
         false},
        {u"discretionary_fund",
         u"Help in an emergency",
         u"Money for things you really need and cannot pay for, like a broken cooker or a deposit.",
         u"Ask your PA. A manager decides within 2 working days.",
         25000,
         u"year",
         u"money",
         16,
         24,
         {},
         {},
         false,
         false},
    };
}

} // namespace

QList<OfferItem> makeOffer(const QString &authorityId, const IdMaker &ids)
{
    QList<OfferItem> out;
    for (const OfferSpec &s : specs()) {
        OfferItem o;
        o.id = ids(u"offer", s.key);
        o.authorityId = authorityId;
        o.catalogueVersion = CatalogueVersion;
        o.key = QString::fromUtf16(s.key);
        o.title = QString::fromUtf16(s.title);
        o.plainDescription = QString::fromUtf16(s.description);
        o.howToClaim = QString::fromUtf16(s.howToClaim);
        if (s.pence >= 0)
            o.amountPence = s.pence;
        o.amountPeriod = QString::fromUtf16(s.period);
        o.category = QString::fromUtf16(s.category);
        o.eligibility.minAge = s.minAge;
        o.eligibility.maxAge = s.maxAge;
        o.eligibility.categories = s.categories;
        o.eligibility.circumstances = s.circumstances;
        o.national = s.national;
        o.withdrawn = s.withdrawn;
        o.translations = offerTranslations(s.key);
        out.append(o);
    }
    return out;
}

} // namespace Pathway::Demo
