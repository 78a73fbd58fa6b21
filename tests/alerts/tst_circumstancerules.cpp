// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "alerts/casesummary.h"
#include "alerts/rules.h"
#include "casebuilder.h"

#include <QTest>

using namespace Pathway;
using namespace Pathway::Test;

/** Tests the NEET-for-too-long and unsuitable accommodation rules. */
class TestCircumstanceRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neetAfterThreeMonths()
    {
        CaseBuilder b(QDate(2026, 4, 9));
        b.activity(QDate(2025, 9, 1), u"F2"_s);
        b.activity(QDate(2026, 1, 10), u"G5"_s);
        QVERIFY(b.alerts(Rules::Neet).isEmpty()); // three months end on 10 April
        b.setToday(QDate(2026, 4, 10));
        const auto alerts = b.alerts(Rules::Neet);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().key(), u"neet:yp1"_s);
        QCOMPARE(alerts.first().tier, AlertTier::Overdue);
        QCOMPARE(alerts.first().audience, AlertAudience::PersonalAdviser);
        QCOMPARE(alerts.first().since, QDate(2026, 1, 10));
        QCOMPARE(alerts.first().dueDate, QDate(2026, 4, 10));
        QCOMPARE(alerts.first().facts.value(u"activity"_s).toString(), u"G5"_s);
        // A NEET code after another is the same run: the alert stays, from the first day.
        b.activity(QDate(2026, 3, 1), u"G6"_s);
        QCOMPARE(b.alerts(Rules::Neet).first().since, QDate(2026, 1, 10));
        QCOMPARE(b.alerts(Rules::Neet).first().facts.value(u"activity"_s).toString(), u"G6"_s);
        // Starting work clears it.
        b.activity(QDate(2026, 4, 10), u"P5"_s);
        QVERIFY(b.alerts(Rules::Neet).isEmpty());
    }

    void theAuthorityMaySetTheNeetMonths()
    {
        CaseBuilder b(QDate(2026, 2, 10));
        b.activity(QDate(2026, 1, 10), u"G4"_s);
        QVERIFY(b.alerts(Rules::Neet).isEmpty());
        AlertSettings s;
        s.thresholds.neetMonths = 1;
        QCOMPARE(b.alerts(Rules::Neet, s).size(), 1);
    }

    void noActivityRecordedIsNotNeet()
    {
        CaseBuilder b(QDate(2026, 4, 10));
        QVERIFY(b.alerts(Rules::Neet).isEmpty());
        QVERIFY(b.alerts(Rules::UnsuitableAccommodation).isEmpty());
    }

    void unsuitableAccommodationAtOnce()
    {
        CaseBuilder b(QDate(2026, 3, 1));
        b.accommodation(QDate(2025, 6, 1), u"D"_s, true);
        QVERIFY(b.alerts(Rules::UnsuitableAccommodation).isEmpty());
        b.accommodation(QDate(2026, 2, 20), u"W"_s, false);
        const auto alerts = b.alerts(Rules::UnsuitableAccommodation);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().key(), u"unsuitable_accommodation:yp1"_s);
        QCOMPARE(alerts.first().since, QDate(2026, 2, 20));
        QCOMPARE(alerts.first().daysOverdue, 9);
        QCOMPARE(alerts.first().facts.value(u"accommodation"_s).toString(), u"W2"_s);
        // Moving to somewhere suitable clears it; a deleted (mistaken) record is ignored.
        b.accommodation(QDate(2026, 3, 1), u"U"_s, true);
        QVERIFY(b.alerts(Rules::UnsuitableAccommodation).isEmpty());
        b.r.accommodations.last().deleted = true;
        QCOMPARE(b.alerts(Rules::UnsuitableAccommodation).size(), 1);
    }

    void summaryRoundTripsThePeriods()
    {
        CaseBuilder b(QDate(2026, 3, 1));
        b.activity(QDate(2026, 1, 10), u"G5"_s);
        b.accommodation(QDate(2026, 2, 20), u"S"_s, false);
        const CaseSummary s = summarise(b.r);
        QCOMPARE(s.activities.size(), 1);
        QCOMPARE(CaseSummary::fromJson(s.toJson()), std::optional(s));
        const CaseFacts f = s.factsOn(QDate(2026, 3, 1), AlertThresholds {});
        QCOMPARE(f.neetSince, std::optional(QDate(2026, 1, 10)));
        QCOMPARE(f.accommodationCode, u"S2"_s);
    }
};

QTEST_GUILESS_MAIN(TestCircumstanceRules)
#include "tst_circumstancerules.moc"
