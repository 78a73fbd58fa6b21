// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "alerts/evaluator.h"
#include "alerts/nextchange.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Pathway {

/** Checks nextAlertChange: exact thresholds at the boundaries, and never later than a real change. */
class TestNextChange : public QObject
{
    Q_OBJECT

    static QDateTime noon(QDate d) { return QDateTime(d, QTime(12, 0), Qt::UTC); }
    static QDateTime midnight(QDate d) { return QDateTime(d, QTime(0, 0), Qt::UTC); }

    static QList<Alert> alertsAt(const CaseSummary &s, const QDateTime &at, const AlertThresholds &t)
    {
        return AlertEvaluator::evaluateFacts(s.factsOn(at.toUTC().date(), t), at, t);
    }

    /** Alerts found earlier as a reader shows them on `day`: day counts worked out for that day. */
    static QList<Alert> asOf(const QList<Alert> &found, const QDate &day)
    {
        QList<Alert> out;
        for (const Alert &a : found) {
            out.append(withDayCounts(a, day));
        }
        return out;
    }

    /** A 19-year-old, allocated, contacted `daysAgo` days before `today`, everything else in order. */
    static CaseSummary quiet(QDate today, int daysAgo)
    {
        CaseSummary s;
        s.youngPersonId = u"yp1"_s;
        s.dateOfBirth = today.addYears(-19).addDays(-40);
        s.allocations.append({u"pa1"_s, today.addYears(-2), std::nullopt, u"a1"_s});
        s.lastContactAt = noon(today.addDays(-daysAgo));
        s.lastReviewOn = today.addDays(-30);
        s.healthHandedOver = true;
        s.documents = {{DocumentKind::Passport, DocumentStatus::Have},
                       {DocumentKind::NiNumber, DocumentStatus::Have},
                       {DocumentKind::BankAccount, DocumentStatus::Have}};
        for (int age = 17; age <= 19; ++age) {
            s.birthdays.insert(age, {std::nullopt, s.dateOfBirth.addYears(age)});
        }
        return s;
    }

    /** A random but plausible summary around `today`. */
    static CaseSummary randomSummary(QRandomGenerator &rng, QDate today)
    {
        auto day = [&](int from, int to) {
            return today.addDays(rng.bounded(from, to));
        };
        auto maybe = [&](int from, int to) -> std::optional<QDate> {
            return rng.bounded(3) == 0 ? std::nullopt : std::optional(day(from, to));
        };
        CaseSummary s;
        s.youngPersonId = u"yp"_s + QString::number(rng.generate());
        s.dateOfBirth = day(-26 * 365, -16 * 365);
        if (rng.bounded(6) != 0) {
            const QDate from = day(-1500, 30);
            std::optional<QDate> until
                = rng.bounded(3) == 0 ? std::optional(from.addDays(rng.bounded(1, 400))) : std::nullopt;
            s.allocations.append({u"pa1"_s, from, until, u"a1"_s});
        }
        if (auto c = maybe(-400, 0)) {
            s.lastContactAt = QDateTime(*c, QTime(rng.bounded(24), rng.bounded(60)), Qt::UTC);
            s.attemptsSinceLastContact = rng.bounded(4);
        }
        s.lastVisitOn = maybe(-100, 0);
        s.lastAuthorityMoveOn = maybe(-30, 0);
        s.lastReviewOn = maybe(-300, 0);
        if (s.lastReviewOn && rng.bounded(2) == 0) {
            s.nextReviewDue = s.lastReviewOn->addDays(rng.bounded(30, 200));
        }
        if (s.lastReviewOn && rng.bounded(3) == 0) {
            s.firstChangeAfterReviewOn = s.lastReviewOn->addDays(rng.bounded(1, 60));
            s.firstChangeKind = u"moved"_s;
        }
        s.healthHandedOver = rng.bounded(2) == 0;
        const QList<DocumentStatus> statuses {DocumentStatus::Have, DocumentStatus::Applied, DocumentStatus::Missing,
                                              DocumentStatus::NotNeeded};
        for (auto k : {DocumentKind::Passport, DocumentKind::ProvisionalLicence, DocumentKind::NiNumber,
                       DocumentKind::BankAccount}) {
            if (rng.bounded(4) != 0) {
                s.documents.insert(k, statuses.at(rng.bounded(4)));
            }
        }
        if (s.documents.value(DocumentKind::Passport, DocumentStatus::Missing) == DocumentStatus::Have) {
            s.passportExpiresOn = day(-30, 200);
        }
        for (int age = 16; age <= 25; ++age) {
            if (rng.bounded(2) == 0) {
                const QDate b = s.dateOfBirth.addYears(age);
                s.birthdays.insert(age, {b.addDays(-rng.bounded(1, 60)), b.addDays(rng.bounded(0, 60))});
            }
        }
        for (int i = rng.bounded(3); i > 0; --i) {
            const QDateTime at = noon(day(-10, 1)).addSecs(rng.bounded(-40000, 40000));
            s.openRequests.append({u"r"_s + QString::number(i), at,
                                   rng.bounded(2) == 0 ? RequestUrgency::Urgent : RequestUrgency::WhenConvenient});
        }
        const QStringList activities {u"F2"_s, u"P5"_s, u"G4"_s, u"G5"_s, u"G6"_s};
        for (int i = rng.bounded(4); i > 0; --i) {
            ActivityPeriod a;
            a.id = u"act"_s + QString::number(i);
            a.from = day(-200, 20);
            a.code = activities.at(rng.bounded(int(activities.size())));
            s.activities.append(a);
        }
        for (int i = rng.bounded(3); i > 0; --i) {
            AccommodationPeriod h;
            h.id = u"home"_s + QString::number(i);
            h.from = day(-100, 20);
            h.type = u"U"_s;
            h.suitable = rng.bounded(2) == 0;
            s.accommodations.append(h);
        }
        return s;
    }

private slots:
    void noContactWarningIsTheNextChange()
    {
        const QDate today(2026, 3, 10);
        const AlertThresholds t;
        const CaseSummary s = quiet(today, 41);
        QVERIFY(alertsAt(s, noon(today), t).isEmpty());
        const auto next = nextAlertChange(s, noon(today), t);
        QVERIFY(next);
        QCOMPARE(*next, midnight(today.addDays(1))); // day 42: warning
        QVERIFY(alertsAt(s, next->addMSecs(-1), t).isEmpty());
        QCOMPARE(alertsAt(s, *next, t).size(), 1);
    }

    void quietCaseWaitsForTheEarliestThreshold()
    {
        const QDate today(2026, 3, 10);
        const AlertThresholds t;
        const CaseSummary s = quiet(today, 10);
        const auto next = nextAlertChange(s, noon(today), t);
        QVERIFY(next);
        // Contact was 10 days ago: nothing can change before the 42-day warning.
        QCOMPARE(*next, midnight(today.addDays(32)));
        QVERIFY(alertsAt(s, next->addSecs(-1), t).isEmpty());
        QVERIFY(!alertsAt(s, *next, t).isEmpty());
    }

    void anAlertThatOnlyCountsOnWaitsForItsNextTier()
    {
        const QDate today(2026, 3, 10);
        const AlertThresholds t;
        const CaseSummary s = quiet(today, 60); // overdue: its days count on when read, not by sweeps
        QCOMPARE(nextAlertChange(s, noon(today), t), std::optional(midnight(today.addDays(84 - 60))));
        const QList<Alert> atNow = alertsAt(s, noon(today), t);
        QCOMPARE(atNow.size(), 1);
        QCOMPARE(asOf(atNow, today.addDays(10)), alertsAt(s, noon(today.addDays(10)), t));
        QCOMPARE(asOf(atNow, today.addDays(10)).first().daysOverdue, 60 - 56 + 10);
    }

    void noPaBeforeTheServiceStartsChangesDaily()
    {
        // Under 16 and never allocated: "no PA since" reads as today until the service starts.
        const QDate today(2026, 3, 10);
        CaseSummary s;
        s.youngPersonId = u"yp1"_s;
        s.dateOfBirth = today.addYears(-16).addDays(10);
        QCOMPARE(nextAlertChange(s, noon(today), AlertThresholds {}), std::optional(midnight(today.addDays(1))));
    }

    void contactRequestDeadlineToTheMillisecond()
    {
        const QDate today(2026, 3, 10);
        const AlertThresholds t;
        CaseSummary s = quiet(today, 5);
        const QDateTime asked = QDateTime(today, QTime(9, 30), Qt::UTC);
        s.openRequests.append({u"r1"_s, asked, RequestUrgency::WhenConvenient});
        const QDateTime now = asked.addSecs(3600);
        const auto next = nextAlertChange(s, now, t);
        QVERIFY(next);
        QCOMPARE(*next, asked.addDays(7).addMSecs(1));
        QVERIFY(alertsAt(s, next->addMSecs(-1), t).isEmpty());
        QCOMPARE(alertsAt(s, *next, t).size(), 1);
    }

    void anUrgentRequestAlertsAtOnceAndTurnsOverdue()
    {
        const QDate today(2026, 3, 10);
        const AlertThresholds t;
        CaseSummary s = quiet(today, 5);
        const QDateTime asked = QDateTime(today, QTime(9, 30), Qt::UTC);
        s.openRequests.append({u"r1"_s, asked, RequestUrgency::Urgent});
        QCOMPARE(alertsAt(s, asked, t).size(), 1);
        QCOMPARE(alertsAt(s, asked, t).first().tier, AlertTier::Warning);
        const QDateTime deadline = asked.addSecs(24 * 3600);
        QCOMPARE(alertsAt(s, deadline, t).first().tier, AlertTier::Warning);
        QCOMPARE(alertsAt(s, deadline.addMSecs(1), t).first().tier, AlertTier::Overdue);
        // Never late: the next change is no later than the instant it turns overdue.
        const auto next = nextAlertChange(s, asked.addSecs(3600), t);
        QVERIFY(next);
        QVERIFY(*next <= deadline.addMSecs(1));
    }

    void passportAtMonthEnds()
    {
        const AlertThresholds t;
        for (const QDate expires : {QDate(2026, 5, 31), QDate(2026, 6, 1), QDate(2026, 2, 28), QDate(2026, 8, 30)}) {
            const QDate today = expires.addDays(-120);
            CaseSummary s = quiet(today, 5);
            s.passportExpiresOn = expires;
            QDateTime at = noon(today);
            // Walk from change to change: every real change is found, none skipped.
            while (at.date() < expires.addDays(3)) {
                const auto next = nextAlertChange(s, at, t);
                QVERIFY(next && *next > at);
                QCOMPARE(alertsAt(s, next->addMSecs(-1), t), asOf(alertsAt(s, at, t), next->addMSecs(-1).date()));
                at = *next;
            }
        }
    }

    void beyondServiceNeverChanges()
    {
        const QDate today(2026, 3, 10);
        CaseSummary s = quiet(today, 400);
        s.dateOfBirth = today.addYears(-27);
        QVERIFY(!nextAlertChange(s, noon(today), AlertThresholds {}));
    }

    /**
     * Property: for random summaries, the alerts at every instant before nextAlertChange are those
     * found at `now` with their day counts worked out for that instant's day.
     */
    void sameAlertsUntilTheNextChange()
    {
        QRandomGenerator rng(20261122);
        const QDate today(2026, 3, 10);
        AlertThresholds shortContact;
        shortContact.contactWarningDays = 20;
        shortContact.contactOverdueDays = 28;
        shortContact.normalise();
        int checked = 0;
        for (int i = 0; i < 1500; ++i) {
            const CaseSummary s = randomSummary(rng, today);
            const AlertThresholds t = i % 3 == 0 ? shortContact : AlertThresholds {};
            QDateTime now = noon(today.addDays(rng.bounded(-20, 20))).addSecs(rng.bounded(-40000, 40000));
            // Follow the chain of changes a little way, as successive sweeps would.
            for (int step = 0; step < 4; ++step) {
                const QList<Alert> atNow = alertsAt(s, now, t);
                const auto next = nextAlertChange(s, now, t);
                const QDateTime end = next ? *next : now.addDays(3 * 365);
                QVERIFY(end > now);
                const qint64 span = now.msecsTo(end);
                QList<QDateTime> probes {end.addMSecs(-1)};
                for (int p = 0; p < 6; ++p) {
                    probes.append(now.addMSecs(qint64(rng.generateDouble() * double(span))));
                }
                // Every day start before the change, up to 60 of them.
                for (QDate d = now.date().addDays(1); midnight(d) < end && d <= now.date().addDays(60);
                     d = d.addDays(1)) {
                    probes.append(midnight(d));
                    probes.append(midnight(d).addMSecs(-1));
                }
                for (const QDateTime &at : probes) {
                    if (at < now || at >= end) {
                        continue;
                    }
                    const QList<Alert> later = alertsAt(s, at, t);
                    const QList<Alert> shown = asOf(atNow, at.date()); // stored at `now`, read at `at`
                    if (later != shown) {
                        qWarning() << "summary" << s.toJson() << "now" << now << "next" << end << "differs at" << at;
                    }
                    QCOMPARE(later, shown);
                    ++checked;
                }
                if (!next) {
                    break;
                }
                now = *next;
            }
        }
        QVERIFY(checked > 10000);
    }
};

} // namespace Pathway

QTEST_GUILESS_MAIN(Pathway::TestNextChange)
#include "tst_nextchange.moc"
