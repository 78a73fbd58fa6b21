// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "alerts/notificationdigest.h"
#include "casebuilder.h"

#include <QTest>

using namespace Pathway;
using namespace Pathway::Test;

/** What an OS notification is about: only alerts that are new, or whose tier rose, since the last one. */
class TestNotificationDigest : public QObject
{
    Q_OBJECT

    static Alert alert(const QString &rule, const QString &youngPerson, AlertTier tier, int daysOverdue = 0)
    {
        Alert a;
        a.ruleCode = rule;
        a.youngPersonId = youngPerson;
        a.tier = tier;
        a.daysOverdue = daysOverdue;
        return a;
    }

private Q_SLOTS:
    void firstTimeEverythingIsNew()
    {
        const QList<Alert> now {alert(u"no_contact"_s, u"yp1"_s, AlertTier::Overdue, 3),
                                alert(u"plan_review"_s, u"yp1"_s, AlertTier::Warning),
                                alert(u"no_contact"_s, u"yp2"_s, AlertTier::Warning)};
        const auto d = NotificationDigest::since({}, now);
        QCOMPARE(d.fresh.size(), 3);
        QCOMPARE(d.youngPeople, 2);
        QCOMPARE(d.notified.value(u"no_contact:yp1"_s), u"overdue"_s);
        QCOMPARE(d.notified.size(), 3);
    }

    void nothingChangedIsNotNews()
    {
        const QList<Alert> now {alert(u"no_contact"_s, u"yp1"_s, AlertTier::Overdue, 3)};
        const auto first = NotificationDigest::since({}, now);
        // The next day: one more day overdue, same tier.
        const QList<Alert> later {alert(u"no_contact"_s, u"yp1"_s, AlertTier::Overdue, 4)};
        const auto second = NotificationDigest::since(first.notified, later);
        QVERIFY(second.isEmpty());
        QCOMPARE(second.youngPeople, 0);
        QCOMPARE(second.notified, first.notified);
    }

    void aTierThatRoseIsNewsOneThatFellIsNot()
    {
        const QHash<QString, QString> before {{u"no_contact:yp1"_s, u"warning"_s},
                                              {u"plan_review:yp2"_s, u"escalated"_s}};
        const QList<Alert> now {alert(u"no_contact"_s, u"yp1"_s, AlertTier::Overdue, 1),
                                alert(u"plan_review"_s, u"yp2"_s, AlertTier::Overdue, 1)};
        const auto d = NotificationDigest::since(before, now);
        QCOMPARE(d.fresh.size(), 1);
        QCOMPARE(d.fresh.first().key(), u"no_contact:yp1"_s);
        QCOMPARE(d.youngPeople, 1);
        QCOMPARE(d.notified.value(u"plan_review:yp2"_s), u"overdue"_s);
    }

    void aClearedAlertThatComesBackIsNewsAgain()
    {
        const QList<Alert> open {alert(u"no_contact"_s, u"yp1"_s, AlertTier::Overdue)};
        auto d = NotificationDigest::since({}, open);
        d = NotificationDigest::since(d.notified, {}); // a visit cleared it
        QVERIFY(d.isEmpty());
        QVERIFY(d.notified.isEmpty());
        d = NotificationDigest::since(d.notified, open); // eight weeks later, overdue again
        QCOMPARE(d.fresh.size(), 1);
    }

    void aThresholdPassedOvernightFromTheRules()
    {
        // Contact 55 days ago: due soon (a warning) today; overdue tomorrow, with nothing recorded.
        CaseBuilder b(QDate(2026, 3, 2));
        b.clearContacts();
        b.contact(QDate(2026, 3, 2).addDays(-55));
        b.contact(b.r.youngPerson.dateOfBirth.addYears(19));
        const auto today = NotificationDigest::since({}, b.alerts("no_contact"));
        QCOMPARE(today.fresh.size(), 1);
        QCOMPARE(today.fresh.first().tier, AlertTier::Warning);
        QVERIFY(NotificationDigest::since(today.notified, b.alerts("no_contact")).isEmpty());
        b.setToday(QDate(2026, 3, 2).addDays(2));
        const auto later = NotificationDigest::since(today.notified, b.alerts("no_contact"));
        QCOMPARE(later.fresh.size(), 1);
        QCOMPARE(later.fresh.first().tier, AlertTier::Overdue);
    }
};

QTEST_GUILESS_MAIN(TestNotificationDigest)
#include "tst_notificationdigest.moc"
