// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/chronology.h"

#include "domaintest.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

const QString yp = u"yp-1"_s;

ChronologyEvent move(const QString &id, const QDate &date)
{
    ChronologyEvent e;
    e.id = id;
    e.youngPersonId = yp;
    e.date = date;
    e.kind = ChronologyKind::MovedHome;
    e.summary = u"Moved to a semi-independent flat."_s;
    e.accommodationType = u"D"_s;
    e.authorityProvided = true;
    e.recordedBy = u"pa-1"_s;
    return e;
}

ContactLog contact(const QString &id, const QDateTime &at, ContactKind kind, bool successful)
{
    ContactLog c;
    c.id = id;
    c.youngPersonId = yp;
    c.staffId = u"pa-1"_s;
    c.at = at;
    c.kind = kind;
    c.successful = successful;
    c.notes = u"CONFIDENTIAL: talked about her mum."_s;
    c.confidential = true;
    return c;
}

ChronologySources sources()
{
    ChronologySources s;
    s.youngPerson.id = yp;
    s.youngPerson.dateOfBirth = QDate(2007, 4, 2);
    s.explicitEvents = {move(u"e-move"_s, QDate(2026, 5, 10))};
    ChronologyEvent deleted = move(u"e-deleted"_s, QDate(2026, 5, 11));
    deleted.deleted = true;
    ChronologyEvent someoneElse = move(u"e-other"_s, QDate(2026, 5, 12));
    someoneElse.youngPersonId = u"yp-2"_s;
    s.explicitEvents << deleted << someoneElse;

    Allocation first;
    first.id = u"alloc-1"_s;
    first.youngPersonId = yp;
    first.staffId = u"pa-old"_s;
    first.from = QDate(2023, 1, 2);
    first.until = QDate(2025, 12, 31);
    first.allocatedBy = u"manager"_s;
    Allocation second = first;
    second.id = u"alloc-2"_s;
    second.staffId = u"pa-1"_s;
    second.from = QDate(2026, 1, 1);
    second.until.reset();
    s.allocations = {first, second};

    s.contacts = {
        contact(u"c-morning"_s, QDateTime(QDate(2026, 5, 10), QTime(9, 0), Qt::UTC), ContactKind::Visit, true),
        contact(u"c-evening"_s, QDateTime(QDate(2026, 5, 10), QTime(18, 0), Qt::UTC), ContactKind::Phone, true),
        contact(u"c-attempt"_s, QDateTime(QDate(2026, 5, 8), QTime(11, 0), Qt::UTC), ContactKind::Attempted, false),
        contact(u"c-letter"_s, QDateTime(QDate(2026, 5, 7), QTime(11, 0), Qt::UTC), ContactKind::Letter, true),
    };
    ContactLog otherPersons = s.contacts.first();
    otherPersons.id = u"c-other"_s;
    otherPersons.youngPersonId = u"yp-2"_s;
    s.contacts << otherPersons;

    PlanReview review;
    review.id = u"review-1"_s;
    review.youngPersonId = yp;
    review.heldOn = QDate(2026, 3, 1);
    review.reason = ReviewReason::Requested;
    review.reviewedBy = u"pa-1"_s;
    s.reviews = {review};

    HealthHandover handover;
    handover.id = u"handover-1"_s;
    handover.youngPersonId = yp;
    handover.handedOverOn = QDate(2025, 3, 20);
    handover.handedOverBy = u"pa-old"_s;
    s.handover = handover;

    DocumentItem passport;
    passport.id = u"doc-passport"_s;
    passport.youngPersonId = yp;
    passport.kind = DocumentKind::Passport;
    passport.status = DocumentStatus::Have;
    passport.obtainedOn = QDate(2025, 8, 1);
    DocumentItem applied = passport;
    applied.id = u"doc-ni"_s;
    applied.kind = DocumentKind::NiNumber;
    applied.status = DocumentStatus::Applied;
    DocumentItem undated = passport;
    undated.id = u"doc-bank"_s;
    undated.kind = DocumentKind::BankAccount;
    undated.obtainedOn.reset();
    s.documents = {passport, applied, undated};
    return s;
}

QStringList kindsAndDates(const QList<ChronologyEvent> &events)
{
    QStringList out;
    for (const ChronologyEvent &e : events)
        out << e.date.toString(Qt::ISODate) + u' ' + toCode(e.kind);
    return out;
}

ChronologyEvent goodEvent()
{
    return move(u"e-1"_s, QDate(2026, 5, 10));
}

} // namespace

class TestChronology : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes()
    {
        const QStringList codes {u"moved_home"_s,
                                 u"started_education"_s,
                                 u"left_education"_s,
                                 u"started_work"_s,
                                 u"left_work"_s,
                                 u"custody_start"_s,
                                 u"custody_end"_s,
                                 u"pregnancy"_s,
                                 u"became_parent"_s,
                                 u"left_care"_s,
                                 u"asylum_decision"_s,
                                 u"review_requested"_s,
                                 u"copy_made"_s,
                                 u"other"_s,
                                 u"born"_s,
                                 u"pa_allocated"_s,
                                 u"pa_ended"_s,
                                 u"contact"_s,
                                 u"attempted_contact"_s,
                                 u"plan_review"_s,
                                 u"health_handover"_s,
                                 u"document_obtained"_s};
        for (int i = 0; i < codes.size(); ++i) {
            QCOMPARE(toCode(static_cast<ChronologyKind>(i)), codes.at(i));
            QCOMPARE(chronologyKindFromCode(codes.at(i)), static_cast<ChronologyKind>(i));
            QCOMPARE(isDerivedKind(static_cast<ChronologyKind>(i)), i >= 14);
        }
        QVERIFY(!chronologyKindFromCode(u"moved"_s));
        QCOMPARE(accommodationTypeCodes().size(), 16);
    }

    void significantChanges()
    {
        const QList<ChronologyKind> significant {
            ChronologyKind::MovedHome,   ChronologyKind::StartedEducation, ChronologyKind::LeftEducation,
            ChronologyKind::StartedWork, ChronologyKind::LeftWork,         ChronologyKind::CustodyStart,
            ChronologyKind::Pregnancy,   ChronologyKind::BecameParent,     ChronologyKind::ReviewRequested,
            ChronologyKind::LeftCare,
        };
        for (int i = 0; i <= static_cast<int>(ChronologyKind::DocumentObtained); ++i) {
            const auto k = static_cast<ChronologyKind>(i);
            QCOMPARE(isSignificantChange(k), significant.contains(k));
        }
    }

    void json()
    {
        QVERIFY(DomainTest::roundTrips(goodEvent()));
        QVERIFY(DomainTest::roundTrips(ChronologyEvent()));
        QVERIFY(DomainTest::matchesGolden(u"chronology_event.json"_s, goodEvent().toJson()));
        const QJsonObject good = goodEvent().toJson();
        for (const QString &key : good.keys()) {
            QJsonObject json = good;
            json.insert(key, good.value(key).isString() ? QJsonValue(2) : QJsonValue(u"x"_s));
            QVERIFY2(!ChronologyEvent::fromJson(json), qPrintable(key));
        }
        QJsonObject json = good;
        json.insert(u"kind"_s, u"party"_s);
        QVERIFY(!ChronologyEvent::fromJson(json));
    }

    void validation()
    {
        QCOMPARE(goodEvent().validateAt(DomainTest::now()), ValidationErrors());
        const ValidationErrors empty = ChronologyEvent().validate();
        for (const QString &field : {u"id"_s, u"youngPersonId"_s, u"date"_s, u"summary"_s})
            QVERIFY2(hasError(empty, u"required"_s, field), qPrintable(field)); // "other" needs a summary
        ChronologyEvent e = goodEvent();
        e.kind = ChronologyKind::StartedWork;
        QVERIFY(DomainTest::reports(e, u"invalid_combination"_s, u"accommodationType"_s));
        QVERIFY(DomainTest::reports(e, u"invalid_combination"_s, u"authorityProvided"_s));
        e = goodEvent();
        e.accommodationType = u"A"_s;
        QVERIFY(DomainTest::reports(e, u"unknown_code"_s, u"accommodationType"_s));
        e = goodEvent();
        e.kind = ChronologyKind::Contact;
        e.accommodationType.clear();
        e.authorityProvided = false;
        QVERIFY(DomainTest::reports(e, u"required"_s, u"sourceRecordId"_s));
        e = goodEvent();
        e.summary = QString(MaxLineText + 1, u's');
        QVERIFY(DomainTest::reports(e, u"too_long"_s, u"summary"_s));
        e = goodEvent();
        e.date = DomainTest::now().date().addDays(1);
        QVERIFY(hasError(e.validateAt(DomainTest::now()), u"date_in_future"_s, u"date"_s));
    }

    void buildsNewestFirstWithDerivedEvents()
    {
        const QList<ChronologyEvent> events = buildChronology(sources());
        const QStringList expected {
            u"2026-05-10 moved_home"_s, // same day: by kind (explicit kinds first)...
            u"2026-05-10 contact"_s, // ...then by time, latest first (the 18:00 phone call)
            u"2026-05-10 contact"_s, // (the 09:00 visit)
            u"2026-05-08 attempted_contact"_s,
            u"2026-05-07 attempted_contact"_s, // a letter alone is not contact
            u"2026-03-01 plan_review"_s,       u"2026-01-01 pa_allocated"_s, u"2025-12-31 pa_ended"_s,
            u"2025-08-01 document_obtained"_s, // "have" with a date; applied and undated ones are left out
            u"2025-03-20 health_handover"_s,   u"2023-01-02 pa_allocated"_s, u"2007-04-02 born"_s,
        };
        QCOMPARE(kindsAndDates(events), expected);
        QCOMPARE(events.at(1).sourceRecordId, u"c-evening"_s);
        QCOMPARE(events.at(2).sourceRecordId, u"c-morning"_s);
        for (const ChronologyEvent &e : events) {
            QCOMPARE(e.youngPersonId, yp);
            QVERIFY2(validateRecordAt(e, DomainTest::now()).isEmpty(), qPrintable(toCode(e.kind)));
        }
    }

    void contactsEnteredInErrorAreLeftOut()
    {
        ChronologySources s = sources();
        s.contacts[0].enteredInError = true; // the 09:00 visit
        s.contacts[2].enteredInError = true; // the attempt
        const QList<ChronologyEvent> events = buildChronology(s);
        QStringList ids;
        for (const ChronologyEvent &e : events)
            ids << e.sourceRecordId;
        QVERIFY(ids.contains(u"c-evening"_s));
        QVERIFY(!ids.contains(u"c-morning"_s));
        QVERIFY(!ids.contains(u"c-attempt"_s));
        QCOMPARE(events.size(), buildChronology(sources()).size() - 2);
    }

    void derivedSummariesAreCodesNeverNotes()
    {
        const QList<ChronologyEvent> events = buildChronology(sources());
        for (const ChronologyEvent &e : events) {
            QVERIFY(!e.summary.contains(u"CONFIDENTIAL"_s));
            if (e.kind == ChronologyKind::Contact)
                QVERIFY(e.summary == u"visit"_s || e.summary == u"phone"_s);
        }
        QCOMPARE(events.at(4).summary, u"letter"_s);
        QCOMPARE(events.at(5).summary, u"requested"_s);
        QCOMPARE(events.at(6).summary, u"pa-1"_s);
        QCOMPARE(events.at(8).summary, u"passport"_s);
    }

    void orderDoesNotDependOnInput()
    {
        const QList<ChronologyEvent> reference = buildChronology(sources());
        QRandomGenerator rng(42);
        for (int round = 0; round < 20; ++round) {
            ChronologySources s = sources();
            std::shuffle(s.contacts.begin(), s.contacts.end(), rng);
            std::shuffle(s.allocations.begin(), s.allocations.end(), rng);
            std::shuffle(s.explicitEvents.begin(), s.explicitEvents.end(), rng);
            const QList<ChronologyEvent> events = buildChronology(s);
            QCOMPARE(events.size(), reference.size());
            for (qsizetype i = 0; i < events.size(); ++i)
                QCOMPARE(events.at(i).toJson(), reference.at(i).toJson());
        }
    }

    void tiesOnTheSameDayAndKindGoByTimeThenId()
    {
        ChronologySources s;
        s.youngPerson.id = yp;
        const QDateTime t(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
        s.contacts = {contact(u"b"_s, t, ContactKind::Visit, true), contact(u"a"_s, t, ContactKind::Visit, true)};
        s.explicitEvents = {move(u"m2"_s, QDate(2026, 5, 1)), move(u"m1"_s, QDate(2026, 5, 1))};
        const QList<ChronologyEvent> events = buildChronology(s);
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).id, u"m1"_s);
        QCOMPARE(events.at(1).id, u"m2"_s);
        QVERIFY(events.at(2).id < events.at(3).id);
    }

    void derivedIdsAreStable()
    {
        const QList<ChronologyEvent> a = buildChronology(sources());
        const QList<ChronologyEvent> b = buildChronology(sources());
        QSet<QString> ids;
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).id, b.at(i).id);
            ids.insert(a.at(i).id);
        }
        QCOMPARE(ids.size(), a.size()); // pa_allocated and pa_ended of one allocation differ
    }

    void emptySources() { QVERIFY(buildChronology(ChronologySources()).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestChronology)
#include "tst_chronology.moc"
