// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/plan.h"

#include "domaintest.h"

#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

PlanSection goodSection()
{
    PlanSection s;
    s.id = u"section-1"_s;
    s.youngPersonId = u"yp-1"_s;
    s.area = PlanArea::Accommodation;
    s.goal = u"Keep my flat and pay the rent on time."_s;
    s.ownWords = u"I like it here."_s;
    s.contingency = u"If I have to leave, my PA helps me find somewhere first."_s;
    s.accommodationSuitable = true;
    s.suitabilityNotes = u"Safe, warm, near college."_s;
    s.updatedBy = u"pa-1"_s;
    s.youngPersonTookPart = true;
    return s;
}

PlanAction goodAction()
{
    PlanAction a;
    a.id = u"action-1"_s;
    a.youngPersonId = u"yp-1"_s;
    a.area = PlanArea::Finance;
    a.what = u"Open a bank account."_s;
    a.who = u"me and my PA"_s;
    a.byWhen = QDate(2026, 5, 1);
    a.status = ActionStatus::Done;
    a.completedAt = QDateTime(QDate(2026, 4, 28), QTime(15, 30), Qt::UTC);
    a.completedBy = u"pa-1"_s;
    return a;
}

PlanReview goodReview()
{
    PlanReview r;
    r.id = u"review-1"_s;
    r.youngPersonId = u"yp-1"_s;
    r.heldOn = QDate(2026, 3, 10);
    r.reason = ReviewReason::SignificantChange;
    r.outcome = u"Plan updated after the move."_s;
    r.participants = u"Sam (PA), Jo (housing officer)"_s;
    r.youngPersonTookPart = true;
    r.youngPersonViews = u"Happy with the new flat."_s;
    r.nextReviewDue = QDate(2026, 9, 10);
    r.reviewedBy = u"pa-1"_s;
    r.signedOffBy = u"manager-1"_s;
    r.signedOffAt = QDateTime(QDate(2026, 3, 12), QTime(10, 0), Qt::UTC);
    return r;
}

QJsonValue wrongType(const QJsonValue &v)
{
    return v.isString() ? QJsonValue(false) : QJsonValue(u"wrong"_s);
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes()
    {
        const QStringList areas {u"contact_support"_s, u"education"_s,     u"employment"_s,       u"contingency"_s,
                                 u"accommodation"_s,   u"family_social"_s, u"practical_skills"_s, u"finance"_s,
                                 u"health"_s,          u"identity"_s};
        QCOMPARE(allPlanAreas().size(), PlanAreaCount);
        for (int i = 0; i < PlanAreaCount; ++i) {
            QCOMPARE(toCode(allPlanAreas().at(i)), areas.at(i));
            QCOMPARE(planAreaFromCode(areas.at(i)), allPlanAreas().at(i));
        }
        for (ActionStatus s :
             {ActionStatus::NotStarted, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Dropped})
            QCOMPARE(actionStatusFromCode(toCode(s)), s);
        QCOMPARE(toCode(ActionStatus::NotStarted), u"not_started"_s);
        QCOMPARE(toCode(ReviewReason::SignificantChange), u"significant_change"_s);
        QCOMPARE(reviewReasonFromCode(u"requested"_s), ReviewReason::Requested);
        QVERIFY(!planAreaFromCode(u"housing"_s));
        QVERIFY(!actionStatusFromCode(u"finished"_s));
        QVERIFY(!reviewReasonFromCode(QString()));
    }

    void roundTrips()
    {
        QVERIFY(DomainTest::roundTrips(goodSection()));
        QVERIFY(DomainTest::roundTrips(goodAction()));
        QVERIFY(DomainTest::roundTrips(goodReview()));
        QVERIFY(DomainTest::roundTrips(PlanSection()));
        QVERIFY(DomainTest::roundTrips(PlanAction()));
        QVERIFY(DomainTest::matchesGolden(u"plan_review.json"_s, goodReview().toJson()));
        // accommodationSuitable is three-state: unknown, yes, no.
        PlanSection s = goodSection();
        s.accommodationSuitable = false;
        QCOMPARE(PlanSection::fromJson(s.toJson())->accommodationSuitable, std::optional<bool>(false));
        s.accommodationSuitable.reset();
        QVERIFY(!s.toJson().contains(u"accommodationSuitable"_s));
    }

    void rejectsWrongTypes()
    {
        const QList<QJsonObject> all {goodSection().toJson(), goodAction().toJson(), goodReview().toJson()};
        for (qsizetype i = 0; i < all.size(); ++i) {
            for (const QString &key : all.at(i).keys()) {
                QJsonObject json = all.at(i);
                json.insert(key, wrongType(json.value(key)));
                const bool parsed = i == 0 ? PlanSection::fromJson(json).has_value()
                    : i == 1               ? PlanAction::fromJson(json).has_value()
                                           : PlanReview::fromJson(json).has_value();
                QVERIFY2(!parsed, qPrintable(key));
            }
        }
        QJsonObject json = goodAction().toJson();
        json.insert(u"status"_s, u"finished"_s);
        QVERIFY(!PlanAction::fromJson(json));
        json = goodSection().toJson();
        json.insert(u"area"_s, u"Accommodation"_s);
        QVERIFY(!PlanSection::fromJson(json));
    }

    void missingNextReviewDueDefaultsToSixMonths()
    {
        QJsonObject json = goodReview().toJson();
        json.remove(u"nextReviewDue"_s);
        QCOMPARE(PlanReview::fromJson(json)->nextReviewDue, QDate(2026, 9, 10));
        QCOMPARE(PlanReview::defaultNextReviewDue(QDate(2026, 8, 31)), QDate(2027, 2, 28));
    }

    void sectionValidation()
    {
        QCOMPARE(goodSection().validate(), ValidationErrors());
        const ValidationErrors empty = PlanSection().validate();
        QVERIFY(hasError(empty, u"required"_s, u"id"_s));
        QVERIFY(hasError(empty, u"required"_s, u"youngPersonId"_s));
        PlanSection s = goodSection();
        s.area = PlanArea::Health;
        QVERIFY(DomainTest::reports(s, u"invalid_combination"_s, u"accommodationSuitable"_s));
        QVERIFY(DomainTest::reports(s, u"invalid_combination"_s, u"suitabilityNotes"_s));
        s.accommodationSuitable.reset();
        s.suitabilityNotes.clear();
        QCOMPARE(s.validate(), ValidationErrors());
        for (const QString &field : {u"goal"_s, u"ownWords"_s, u"contingency"_s}) {
            QJsonObject json = goodSection().toJson();
            json.insert(field, QString(MaxLongText + 1, u'g'));
            QVERIFY2(DomainTest::reports(*PlanSection::fromJson(json), u"too_long"_s, field), qPrintable(field));
        }
    }

    void actionValidation()
    {
        QCOMPARE(goodAction().validateAt(DomainTest::now()), ValidationErrors());
        const ValidationErrors empty = PlanAction().validate();
        for (const QString &field : {u"id"_s, u"youngPersonId"_s, u"what"_s})
            QVERIFY(hasError(empty, u"required"_s, field));
        PlanAction a = goodAction();
        a.status = ActionStatus::InProgress;
        QVERIFY(DomainTest::reports(a, u"invalid_combination"_s, u"completedAt"_s));
        QVERIFY(DomainTest::reports(a, u"invalid_combination"_s, u"completedBy"_s));
        a.completedAt.reset();
        a.completedBy.clear();
        QCOMPARE(a.validate(), ValidationErrors());
        a = goodAction();
        a.what = QString(MaxLineText + 1, u'w');
        QVERIFY(DomainTest::reports(a, u"too_long"_s, u"what"_s));
        a = goodAction();
        a.who = QString(MaxShortText + 1, u'w');
        QVERIFY(DomainTest::reports(a, u"too_long"_s, u"who"_s));
        a = goodAction();
        a.completedAt = DomainTest::now().addDays(1);
        QVERIFY(hasError(a.validateAt(DomainTest::now()), u"date_in_future"_s, u"completedAt"_s));
    }

    void overdue()
    {
        PlanAction a = goodAction();
        a.status = ActionStatus::InProgress;
        a.completedAt.reset();
        QVERIFY(!a.isOverdueOn(QDate(2026, 5, 1))); // due today is not overdue
        QVERIFY(a.isOverdueOn(QDate(2026, 5, 2)));
        a.status = ActionStatus::NotStarted;
        QVERIFY(a.isOverdueOn(QDate(2026, 5, 2)));
        a.status = ActionStatus::Done;
        QVERIFY(!a.isOverdueOn(QDate(2026, 5, 2)));
        a.status = ActionStatus::Dropped;
        QVERIFY(!a.isOverdueOn(QDate(2026, 5, 2)));
        a.status = ActionStatus::InProgress;
        a.deleted = true;
        QVERIFY(!a.isOverdueOn(QDate(2026, 5, 2)));
        a.deleted = false;
        a.byWhen.reset();
        QVERIFY(!a.isOverdueOn(QDate(2030, 1, 1)));
    }

    void reviewValidation()
    {
        QCOMPARE(goodReview().validateAt(DomainTest::now()), ValidationErrors());
        const ValidationErrors empty = PlanReview().validate();
        for (const QString &field : {u"id"_s, u"youngPersonId"_s, u"heldOn"_s, u"nextReviewDue"_s, u"reviewedBy"_s})
            QVERIFY2(hasError(empty, u"required"_s, field), qPrintable(field));
        PlanReview r = goodReview();
        r.signedOffBy.clear();
        QVERIFY(DomainTest::reports(r, u"invalid_combination"_s, u"signedOffAt"_s));
        r = goodReview();
        r.signedOffAt.reset();
        QVERIFY(DomainTest::reports(r, u"invalid_combination"_s, u"signedOffBy"_s));
        r.signedOffBy.clear();
        QCOMPARE(r.validate(), ValidationErrors()); // not signed off yet is fine
        r = goodReview();
        r.signedOffAt = QDateTime(r.heldOn.addDays(-1), QTime(10, 0), Qt::UTC);
        QVERIFY(DomainTest::reports(r, u"invalid_combination"_s, u"signedOffAt"_s));
        r = goodReview();
        r.nextReviewDue = r.heldOn;
        QVERIFY(DomainTest::reports(r, u"invalid_combination"_s, u"nextReviewDue"_s));
        r = goodReview();
        r.outcome = QString(MaxLongText + 1, u'o');
        QVERIFY(DomainTest::reports(r, u"too_long"_s, u"outcome"_s));
        r = goodReview();
        r.participants = QString(MaxLineText + 1, u'p');
        QVERIFY(DomainTest::reports(r, u"too_long"_s, u"participants"_s));
        r = goodReview();
        r.heldOn = DomainTest::now().date().addDays(1);
        r.nextReviewDue = r.heldOn.addMonths(6);
        r.signedOffAt = DomainTest::now().addDays(2);
        const ValidationErrors future = r.validateAt(DomainTest::now());
        QVERIFY(hasError(future, u"date_in_future"_s, u"heldOn"_s));
        QVERIFY(hasError(future, u"date_in_future"_s, u"signedOffAt"_s));
        QCOMPARE(r.validate(), ValidationErrors());
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
