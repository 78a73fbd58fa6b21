// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "../server/serverfixture.h"
#include "alertmigration.h"
#include "alerts/evaluator.h"
#include "alerts/rules.h"
#include "demorecords.h"
#include "domain/demodata.h"
#include "server/alerts/sweeper.h"
#include "server/demoserverseed.h"
#include "server/systemwriter.h"

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;

namespace {
SweepOptions instance(const QString &id)
{
    SweepOptions o;
    o.instanceId = id;
    return o;
}
} // namespace
using namespace Pathway::Server::Test;

/** Tests the sweep over the demo authority, idempotence and the alert lifecycle (open, ack, resolve, reopen). */
class TestSweeper : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> f;
    DemoAuthority demo;

    QList<StoredAlert> unresolved()
    {
        QList<StoredAlert> out;
        f->store->withConnection([&](SqlConnection &db) {
            for (const auto &a : AlertStore::alertsOf(db, demo.authorityId, {}, {})) {
                out.append(a.asOf(f->clock.today())); // as every reader shows them today
            }
        });
        return out;
    }
    QHash<QString, StoredAlert> byKey()
    {
        QHash<QString, StoredAlert> out;
        f->store->withConnection([&](SqlConnection &db) { out = AlertStore::alertsByKey(db, demo.authorityId); });
        return out;
    }
    int historyCount()
    {
        int n = 0;
        f->store->withConnection([&](SqlConnection &db) {
            SqlRows r;
            db.exec(u"SELECT COUNT(*) FROM alert_history"_s, {}, &r);
            n = static_cast<int>(r.int64(0, 0));
        });
        return n;
    }
    /** Days since the last successful contact (amendments applied), or -1 if never. */
    int daysSinceContact(const QString &yp, const QDate &today)
    {
        std::optional<QDate> last;
        for (const auto &c : demo.contacts) {
            if (c.youngPersonId != yp) {
                continue;
            }
            QList<ContactAmendment> ams;
            for (const auto &a : demo.amendments) {
                if (a.contactLogId == c.id) {
                    ams.append(a);
                }
            }
            const ContactLog log = applyAmendments(c, ams);
            if (log.successful && log.kind != ContactKind::Attempted && log.kind != ContactKind::Letter
                && (!last || log.at.toUTC().date() > *last)) {
                last = log.at.toUTC().date();
            }
        }
        return last ? static_cast<int>(last->daysTo(today)) : -1;
    }

    /** The stored unresolved alerts are exactly what the pure rules give over the full records now. */
    void compareWithPureRules(const AlertSettings &settings)
    {
        const QList<Alert> expected
            = AlertEvaluator::evaluateCaseload(Pathway::Test::caseRecordsOf(demo), f->clock.now(), settings);
        QList<Alert> got;
        for (const auto &a : unresolved()) {
            got.append(a.alert);
        }
        sortAlerts(got);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i), expected.at(i));
        }
    }

private Q_SLOTS:
    void initTestCase() { AlertStore::registerSchema(); }

    void init()
    {
        f = std::make_unique<Fixture>();
        seedDemo(*f->store, f->clock, 3600);
        demo = makeDemoAuthority(f->clock.today());
    }

    void demoAuthorityAlertsMatchSeededFacts()
    {
        AlertSweeper sweeper(*f->store, f->clock, {});
        const SweepResult r = sweeper.sweep(demo.authorityId);
        QVERIFY(r.ran);
        QCOMPARE(r.youngPeople, demo.youngPeople.size());
        const auto stored = unresolved();
        QCOMPARE(r.opened, stored.size());

        // Independently from the seeded facts: contact gaps, unallocated young people.
        const QDate today = f->clock.today();
        QHash<QString, QString> expectedContactTier;
        int unallocated = 0;
        for (const auto &yp : demo.youngPeople) {
            if (yp.dateOfBirth.addYears(26) <= today) {
                continue;
            }
            const int days = daysSinceContact(yp.id, today);
            if (days >= 180) {
                expectedContactTier.insert(yp.id, u"lost_contact"_s);
            } else if (days >= 84) {
                expectedContactTier.insert(yp.id, u"escalated"_s);
            } else if (days >= 56) {
                expectedContactTier.insert(yp.id, u"overdue"_s);
            } else if (days >= 42) {
                expectedContactTier.insert(yp.id, u"warning"_s);
            }
            QList<Allocation> allocs;
            for (const auto &a : demo.allocations) {
                if (a.youngPersonId == yp.id) {
                    allocs.append(a);
                }
            }
            unallocated += currentAllocation(allocs, today) ? 0 : 1;
        }
        QHash<QString, QString> gotContactTier;
        int noPa = 0;
        for (const auto &a : stored) {
            if (a.alert.ruleCode == QLatin1StringView(Rules::NoContact)) {
                gotContactTier.insert(a.alert.youngPersonId, toCode(a.alert.tier));
            }
            if (a.alert.ruleCode == QLatin1StringView(Rules::NoPa)) {
                ++noPa;
                QCOMPARE(a.alert.audience, AlertAudience::Manager);
            }
        }
        QCOMPARE(gotContactTier, expectedContactTier);
        QCOMPARE(noPa, unallocated);
        QCOMPARE(unallocated, 3); // what the demo data says it seeds
        // 70, 400 and 800 days: one overdue and two lost contact at least.
        QVERIFY(expectedContactTier.values().count(u"lost_contact"_s) >= 2);
        QVERIFY(expectedContactTier.values().contains(u"overdue"_s));
        QStringList rules;
        for (const auto &a : stored) {
            rules.append(a.alert.ruleCode);
        }
        QVERIFY(rules.contains(u"health_handover"_s));
        QVERIFY(rules.contains(u"plan_review"_s));
        QVERIFY(rules.contains(u"contact_request"_s));
        QVERIFY(rules.contains(u"missing_id"_s) || rules.contains(u"passport_expiry"_s));

        // The sweep's SQL path (summaries from the store) agrees with the pure path over full records.
        QList<Alert> expected
            = AlertEvaluator::evaluateCaseload(Pathway::Test::caseRecordsOf(demo), f->clock.now(), {});
        QList<Alert> got;
        for (const auto &a : stored) {
            got.append(a.alert);
        }
        sortAlerts(got);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).key(), expected.at(i).key());
            QCOMPARE(got.at(i), expected.at(i));
        }
    }

    void sweepIsIdempotent()
    {
        AlertSweeper sweeper(*f->store, f->clock, {});
        QVERIFY(sweeper.sweep(demo.authorityId).ran);
        const int history = historyCount();
        const auto before = byKey();
        const SweepResult again = sweeper.sweep(demo.authorityId);
        QVERIFY(again.ran);
        QCOMPARE(again.opened, 0);
        QCOMPARE(again.resolved, 0);
        QCOMPARE(again.reopened, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.queued, 0);
        QCOMPARE(again.summariesRefreshed, 0);
        QCOMPARE(historyCount(), history);
        const auto after = byKey();
        QCOMPARE(after.size(), before.size());
        for (auto it = before.begin(); it != before.end(); ++it) {
            QCOMPARE(after.value(it.key()).updatedAt, it->updatedAt);
        }
    }

    void sweepEvaluatesOnlyWhoIsDue()
    {
        AlertSweeper sweeper(*f->store, f->clock, {});
        QCOMPARE(sweeper.sweep(demo.authorityId).youngPeople, demo.youngPeople.size());
        // Nothing changed, same instant: nobody is due.
        const SweepResult again = sweeper.sweep(demo.authorityId);
        QVERIFY(again.ran);
        QCOMPARE(again.youngPeople, 0);
        // Time passes with no record changing: only those whose next change came are evaluated,
        // and the stored alerts still match the pure rules over the full records.
        int evaluated = 0;
        for (const int days : {1, 1, 6, 20, 40, 90, 200}) {
            f->clock.advanceDays(days);
            const SweepResult r = sweeper.sweep(demo.authorityId);
            QVERIFY(r.ran);
            QCOMPARE(r.summariesRefreshed, 0);
            evaluated += r.youngPeople;
            compareWithPureRules({});
            QCOMPARE(sweeper.sweep(demo.authorityId).youngPeople, 0);
        }
        QVERIFY(evaluated > 0);
    }

    void settingsChangeReevaluatesEveryone()
    {
        AlertSweeper sweeper(*f->store, f->clock, {});
        QVERIFY(sweeper.sweep(demo.authorityId).ran);
        QCOMPARE(sweeper.sweep(demo.authorityId).youngPeople, 0);
        auto settings = AlertSettings::fromJson(
            QJsonObject {{u"thresholds"_s, QJsonObject {{u"contactWarningDays"_s, 7}, {u"contactOverdueDays"_s, 14}}}});
        QVERIFY(settings);
        sweeper.setSettings(demo.authorityId, *settings);
        const SweepResult r = sweeper.sweep(demo.authorityId);
        QCOMPARE(r.youngPeople, demo.youngPeople.size());
        QVERIFY(r.opened + r.updated > 0);
        compareWithPureRules(*settings);
        QCOMPARE(sweeper.sweep(demo.authorityId).youngPeople, 0);
        // Back to the defaults: everyone again, and the stricter alerts resolve.
        sweeper.setSettings(demo.authorityId, {});
        const SweepResult back = sweeper.sweep(demo.authorityId);
        QCOMPARE(back.youngPeople, demo.youngPeople.size());
        QVERIFY(back.resolved + back.updated > 0);
        compareWithPureRules({});
    }

    void lifecycleAckResolveReopen()
    {
        AlertSweeper sweeper(*f->store, f->clock, {});
        QVERIFY(sweeper.sweep(demo.authorityId).ran);
        // The young person last contacted about 70 days ago.
        QString yp;
        for (const auto &p : demo.youngPeople) {
            const int d = daysSinceContact(p.id, f->clock.today());
            if (d >= 56 && d < 84) {
                yp = p.id;
            }
        }
        QVERIFY(!yp.isEmpty());
        const QString key = u"no_contact:"_s + yp;
        StoredAlert a = byKey().value(key);
        QCOMPARE(a.state, AlertState::Open);

        bool acked = false;
        f->clock.advanceSecs(60);
        f->store->withConnection([&](SqlConnection &db) {
            acked = AlertSweeper::acknowledge(db, a.id, u"pa-staff"_s, u"Letter sent, trying the hostel"_s,
                                              f->clock.now().toMSecsSinceEpoch());
        });
        QVERIFY(acked);
        QVERIFY(sweeper.sweep(demo.authorityId).ran);
        a = byKey().value(key);
        QCOMPARE(a.state, AlertState::Acknowledged); // the sweep keeps the acknowledgement
        QCOMPARE(a.ackBy, u"pa-staff"_s);
        QCOMPARE(a.ackNote, u"Letter sent, trying the hostel"_s);

        // A visit is recorded: the next sweep resolves the alert.
        f->clock.advanceSecs(60);
        ContactLog visit;
        visit.id = u"visit-after-alert"_s;
        visit.youngPersonId = yp;
        visit.staffId = u"pa-staff"_s;
        visit.at = f->clock.now().addSecs(-3600);
        visit.kind = ContactKind::Visit;
        visit.successful = true;
        visit.location = u"home"_s;
        QVERIFY(
            writeAsServer(*f->store, f->clock, u"c-visit-after-alert"_s, u"contact_log"_s, visit.id, yp, visit.toJson())
                .status
            == Sync::PushStatus::Applied);
        const SweepResult r = sweeper.sweep(demo.authorityId);
        QCOMPARE(r.summariesRefreshed, 1);
        QVERIFY(r.resolved >= 1);
        QCOMPARE(byKey().value(key).state, AlertState::Resolved);

        // 42 days later without contact it comes back.
        f->clock.advanceDays(42);
        QVERIFY(sweeper.sweep(demo.authorityId).ran);
        a = byKey().value(key);
        QCOMPARE(a.state, AlertState::Open);
        QCOMPARE(a.alert.tier, AlertTier::Warning);
        QVERIFY(a.ackBy.isEmpty());
        QStringList events;
        f->store->withConnection([&](SqlConnection &db) {
            for (const auto &h : AlertStore::history(db, a.id)) {
                events.append(h.event);
            }
        });
        QCOMPARE(events, (QStringList {u"opened"_s, u"acknowledged"_s, u"resolved"_s, u"reopened"_s}));
    }

    /** Writes one record through the server's apply path; false (with a warning) if refused. */
    bool write(const QString &type, const QString &id, const QString &owner, const QJsonObject &body)
    {
        const auto r = writeAsServer(*f->store, f->clock, u"year-"_s + type + u'-' + id, type, id, owner, body);
        if (r.status != Sync::PushStatus::Applied) {
            qWarning() << "refused" << type << id << body;
        }
        return r.status == Sync::PushStatus::Applied;
    }

    /**
     * A year, day by day, of the demo authority (plus a young person under 16 with no PA, whose
     * "no PA since" moves daily, and one turning 16): records written on some days (visits,
     * contact requests at odd milliseconds answered 10 days later, NEET activity, unsuitable
     * accommodation), one sweep a day. What readers see (stored alerts with today's day counts) equals a full
     * re-evaluation of every young person's records on every day, while a new day evaluates only a few.
     */
    void incrementalSweepEqualsFullEvaluationForAYear()
    {
        AlertSweeper sweeper(*f->store, f->clock, {});
        QHash<QString, CaseRecords> records;
        QStringList order;
        for (const auto &r : Pathway::Test::caseRecordsOf(demo)) {
            records.insert(r.youngPerson.id, r);
            order.append(r.youngPerson.id);
        }
        QString paId;
        for (const auto &s : demo.staff) {
            if (s.role == Role::PersonalAdviser) {
                paId = s.id;
                break;
            }
        }
        QVERIFY(!paId.isEmpty());
        for (const auto &[id, age] : {std::pair {u"year-under16"_s, 15}, std::pair {u"year-turning16"_s, 16}}) {
            YoungPerson yp;
            yp.id = id;
            yp.authorityId = demo.authorityId;
            yp.displayName = u"Sam"_s;
            yp.dateOfBirth = f->clock.today().addYears(-age).addDays(age == 15 ? -20 : 30);
            QVERIFY(write(u"young_person"_s, yp.id, yp.id, yp.toJson()));
            records[yp.id].youngPerson = yp;
            order.append(yp.id);
        }
        f->clock.set(QDateTime(f->clock.today(), QTime(9, 0), Qt::UTC));

        qint64 evaluatedOnQuietDays = 0;
        qint64 withAlertsOnQuietDays = 0;
        for (int day = 0; day < 365; ++day) {
            if (day > 0) {
                f->clock.advanceDays(1);
            }
            const QDate today = f->clock.today();
            const QString yp = order.at(day % order.size());
            const QString n = QString::number(day);
            bool wrote = true;
            if (day % 9 == 4) {
                ContactLog c;
                c.id = u"year-visit-"_s + n;
                c.youngPersonId = yp;
                c.staffId = paId;
                c.at = f->clock.now().addSecs(-3600);
                c.kind = ContactKind::Visit;
                c.successful = true;
                c.location = u"home"_s;
                QVERIFY(write(u"contact_log"_s, c.id, yp, c.toJson()));
                records[yp].contacts.append(c);
            } else if (day % 13 == 6) {
                ContactRequest r;
                r.id = u"year-request-"_s + n;
                r.youngPersonId = yp;
                r.requestedAt = f->clock.now().addMSecs(-7200123);
                r.urgency = day % 2 == 0 ? RequestUrgency::Urgent : RequestUrgency::WhenConvenient;
                r.message = u"Can we talk?"_s;
                r.status = u"open"_s;
                QVERIFY(write(u"contact_request"_s, r.id, yp, r.toJson()));
                records[yp].requests.append(r);
            } else if (day % 31 == 10) {
                ActivityPeriod a;
                a.id = u"year-activity-"_s + n;
                a.youngPersonId = yp;
                a.from = today.addDays(-80);
                a.code = u"G5"_s;
                a.recordedBy = paId;
                QVERIFY(write(u"activity"_s, a.id, yp, a.toJson()));
                records[yp].activities.append(a);
            } else if (day % 37 == 20) {
                AccommodationPeriod h;
                h.id = u"year-home-"_s + n;
                h.youngPersonId = yp;
                h.from = today.addDays(-3);
                h.type = u"U"_s;
                h.suitable = false;
                h.recordedBy = paId;
                QVERIFY(write(u"accommodation"_s, h.id, yp, h.toJson()));
                records[yp].accommodations.append(h);
            } else {
                wrote = false;
            }
            if (day >= 10 && (day - 10) % 13 == 6) { // the request of 10 days ago is answered by a call
                const QString asked = order.at((day - 10) % order.size());
                ContactLog c;
                c.id = u"year-reply-"_s + n;
                c.youngPersonId = asked;
                c.staffId = paId;
                c.at = f->clock.now().addSecs(-60);
                c.kind = ContactKind::Phone;
                c.successful = true;
                c.respondsToRequestId = u"year-request-"_s + QString::number(day - 10);
                QVERIFY(write(u"contact_log"_s, c.id, asked, c.toJson()));
                records[asked].contacts.append(c);
                wrote = true;
            }
            const SweepResult r = sweeper.sweep(demo.authorityId);
            QVERIFY(r.ran);

            QList<CaseRecords> all;
            for (const QString &id : std::as_const(order)) {
                all.append(records.value(id));
            }
            const QList<Alert> expected = AlertEvaluator::evaluateCaseload(all, f->clock.now(), {});
            QList<Alert> shown;
            for (const auto &a : unresolved()) {
                shown.append(a.alert);
            }
            sortAlerts(shown);
            if (shown != expected) {
                qWarning() << "day" << day << today;
            }
            QCOMPARE(shown.size(), expected.size());
            for (qsizetype i = 0; i < shown.size(); ++i) {
                QCOMPARE(shown.at(i), expected.at(i));
            }
            if (!wrote && day > 0) {
                QSet<QString> withAlerts;
                for (const auto &a : expected) {
                    withAlerts.insert(a.youngPersonId);
                }
                evaluatedOnQuietDays += r.youngPeople;
                withAlertsOnQuietDays += withAlerts.size();
            }
        }
        // Before, every young person with an alert was evaluated every day. Now: those whose tier
        // can change that day, and those with an overdue contact request (counted from an instant).
        qInfo() << "evaluated on days without records:" << evaluatedOnQuietDays << "of" << withAlertsOnQuietDays
                << "young-person-days with an alert";
        QVERIFY(evaluatedOnQuietDays * 4 < withAlertsOnQuietDays);
    }

    /** A store of version 1 (day counts in the rows) keeps its alerts when opened by this version. */
    void migrationKeepsExistingAlerts()
    {
        using Pathway::Test::AlertMigration;
        AlertSweeper sweeper(*f->store, f->clock, {});
        QVERIFY(sweeper.sweep(demo.authorityId).opened > 0);
        const QDate today = f->clock.today();
        AlertMigration::downgradeToVersion1(*f->store, demo.authorityId, today);
        QVERIFY(AlertMigration::rowsWithDayCounts(*f->store) > 0);
        const auto before = AlertMigration::shownByKey(*f->store, demo.authorityId, today);
        f->store->close();
        QString error;
        QVERIFY2(f->store->open(&error), qPrintable(error));
        QCOMPARE(AlertMigration::rowsWithDayCounts(*f->store), 0);
        AlertMigration::compare(before, AlertMigration::shownByKey(*f->store, demo.authorityId, today));
        const SweepResult r = sweeper.sweep(demo.authorityId);
        QVERIFY(r.ran);
        QCOMPARE(r.updated + r.opened + r.resolved + r.reopened, 0);
        compareWithPureRules({});
    }

    void acknowledgeUnknownOrResolvedFails()
    {
        bool acked = true;
        f->store->withConnection(
            [&](SqlConnection &db) { acked = AlertSweeper::acknowledge(db, u"nope"_s, u"s"_s, u"n"_s, 0); });
        QVERIFY(!acked);
    }

    void leaseKeepsASecondSweeperOut()
    {
        AlertSweeper one(*f->store, f->clock, instance(u"one"_s));
        AlertSweeper two(*f->store, f->clock, instance(u"two"_s));
        bool got = false;
        const qint64 now = f->clock.now().toMSecsSinceEpoch();
        f->store->withConnection(
            [&](SqlConnection &db) { got = AlertStore::tryAcquireLease(db, demo.authorityId, u"one"_s, now, 60000); });
        QVERIFY(got);
        QVERIFY(!two.sweep(demo.authorityId).ran); // "one" holds it
        f->clock.advanceSecs(61); // "one" crashed: its lease lapses
        QVERIFY(two.sweep(demo.authorityId).ran);
        QVERIFY(one.sweep(demo.authorityId).ran); // released after the sweep
    }
};

QTEST_GUILESS_MAIN(TestSweeper)
#include "tst_sweeper.moc"
