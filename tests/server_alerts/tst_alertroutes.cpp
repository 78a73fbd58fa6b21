// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "../server/serverfixture.h"
#include "server/alerts/alertroutes.h"
#include "server/alerts/sweeper.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;
using namespace Pathway::Server::Test;

/** Tests GET /v1/alerts (filtered by the caller's access) and POST /v1/alerts/{id}/ack. */
class TestAlertRoutes : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> f;

    QJsonArray list(const QString &token, const QString &query = {})
    {
        const auto r = f->call(u"GET"_s, u"/v1/alerts"_s + query, {}, token);
        if (r.status != 200) {
            qWarning() << r.status << r.body;
            return {};
        }
        return Fixture::json(r).value(u"alerts"_s).toArray();
    }
    static QSet<QString> people(const QJsonArray &alerts)
    {
        QSet<QString> out;
        for (const auto &a : alerts) {
            out.insert(a.toObject().value(u"youngPersonId"_s).toString());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { AlertStore::registerSchema(); }

    void init()
    {
        f = std::make_unique<Fixture>();
        f->seedDirectory();
        f->addYoungPerson(u"ypA"_s, u"pa1"_s); // team t1
        f->addYoungPerson(u"ypB"_s, u"pa3"_s); // team t2
        f->addYoungPerson(u"ypC"_s); // unallocated
        AlertSweeper sweeper(*f->store, f->clock, {});
        QVERIFY(sweeper.sweep(u"a1"_s).ran);
    }

    void listIsFilteredByAccess()
    {
        QCOMPARE(people(list(f->login(u"pa1"_s))), QSet<QString> {u"ypA"_s});
        QCOMPARE(people(list(f->login(u"pa3"_s))), QSet<QString> {u"ypB"_s});
        QCOMPARE(people(list(f->login(u"mgr1"_s))), (QSet<QString> {u"ypA"_s, u"ypC"_s}));
        QCOMPARE(people(list(f->login(u"mgr2"_s))), (QSet<QString> {u"ypB"_s, u"ypC"_s}));
        QCOMPARE(people(list(f->login(u"admin"_s))), (QSet<QString> {u"ypA"_s, u"ypB"_s, u"ypC"_s}));
    }

    void listFilters()
    {
        const QString token = f->login(u"mgr1"_s);
        const auto managers = list(token, u""_s);
        QVERIFY(!managers.isEmpty());
        HttpRequest req;
        req.method = u"GET"_s;
        req.path = u"/v1/alerts"_s;
        req.query.insert(u"audience"_s, u"manager"_s);
        req.headers.insert(u"authorization"_s, u"Bearer "_s + token);
        const auto r = dispatch(f->router, req, f->metrics);
        QCOMPARE(r.status, 200);
        const auto onlyManager = Fixture::json(r).value(u"alerts"_s).toArray();
        QVERIFY(!onlyManager.isEmpty());
        for (const auto &a : onlyManager) {
            QCOMPARE(a.toObject().value(u"audience"_s).toString(), u"manager"_s);
        }
        bool sawNoPa = false;
        for (const auto &a : onlyManager) {
            sawNoPa = sawNoPa || a.toObject().value(u"ruleCode"_s).toString() == u"no_pa"_s;
        }
        QVERIFY(sawNoPa); // ypC has nobody
        req.query.insert(u"audience"_s, u"everyone"_s);
        auto bad = dispatch(f->router, req, f->metrics);
        QCOMPARE(bad.status, 422);
        QCOMPARE(Fixture::json(bad).value(u"error"_s).toString(), u"invalid_value"_s); // the shared codes
        req.query.remove(u"audience"_s);
        req.query.insert(u"state"_s, u"closed"_s);
        bad = dispatch(f->router, req, f->metrics);
        QCOMPARE(bad.status, 422);
        QCOMPARE(Fixture::json(bad).value(u"error"_s).toString(), u"invalid_value"_s);
        QCOMPARE(Fixture::json(bad).value(u"field"_s).toString(), u"state"_s);
    }

    void staffOnly()
    {
        QCOMPARE(f->call(u"GET"_s, u"/v1/alerts"_s).status, 401);
        const QString yp = f->enrolYoungPerson(f->login(u"pa1"_s), u"ypA"_s, u"dev-yp"_s);
        QVERIFY(!yp.isEmpty());
        QCOMPARE(f->call(u"GET"_s, u"/v1/alerts"_s, {}, yp).status, 403);
    }

    void acknowledge()
    {
        const QString pa1 = f->login(u"pa1"_s);
        const auto alerts = list(pa1);
        QVERIFY(!alerts.isEmpty());
        const QString id = alerts.first().toObject().value(u"id"_s).toString();
        const QString path = u"/v1/alerts/"_s + id + u"/ack"_s;
        QCOMPARE(f->post(path, {{u"note"_s, u"Visit booked"_s}}, f->login(u"pa3"_s)).status, 404); // not theirs
        // The shared error codes of every route, not codes of its own.
        const auto missing = f->post(path, {}, pa1);
        QCOMPARE(missing.status, 422);
        QCOMPARE(Fixture::json(missing).value(u"error"_s).toString(), u"missing_field"_s);
        QCOMPARE(Fixture::json(f->post(path, {{u"note"_s, 7}}, pa1)).value(u"error"_s).toString(), u"wrong_type"_s);
        const auto tooLong = f->post(path, {{u"note"_s, QString(MaxAckNoteLength + 1, u'x')}}, pa1);
        QCOMPARE(tooLong.status, 422);
        QCOMPARE(Fixture::json(tooLong).value(u"error"_s).toString(), u"invalid_value"_s);
        QCOMPARE(f->post(u"/v1/alerts/nope/ack"_s, {{u"note"_s, u"x"_s}}, pa1).status, 404);
        const auto r = f->post(path, {{u"note"_s, u"Visit booked"_s}}, pa1);
        QCOMPARE(r.status, 200);
        const auto body = Fixture::json(r);
        QCOMPARE(body.value(u"state"_s).toString(), u"acknowledged"_s);
        QCOMPARE(body.value(u"acknowledgedBy"_s).toString(), u"pa1"_s);
        QCOMPARE(body.value(u"acknowledgedByName"_s).toString(), u"Staff pa1"_s);
        QCOMPARE(body.value(u"acknowledgedNote"_s).toString(), u"Visit booked"_s);
        HttpRequest req;
        req.method = u"GET"_s;
        req.path = u"/v1/alerts"_s;
        req.query.insert(u"state"_s, u"acknowledged"_s);
        req.headers.insert(u"authorization"_s, u"Bearer "_s + pa1);
        const auto acked = Fixture::json(dispatch(f->router, req, f->metrics)).value(u"alerts"_s).toArray();
        QCOMPARE(acked.size(), 1);
        QCOMPARE(acked.first().toObject().value(u"id"_s).toString(), id);
        // The manager of the team sees who acknowledged it, by name, why and when.
        bool seen = false;
        for (const auto &v : list(f->login(u"mgr1"_s))) {
            const QJsonObject a = v.toObject();
            if (a.value(u"id"_s).toString() != id) {
                continue;
            }
            seen = true;
            QCOMPARE(a.value(u"state"_s).toString(), u"acknowledged"_s);
            QCOMPARE(a.value(u"acknowledgedByName"_s).toString(), u"Staff pa1"_s);
            QCOMPARE(a.value(u"acknowledgedNote"_s).toString(), u"Visit booked"_s);
            QCOMPARE(QDateTime::fromString(a.value(u"acknowledgedAt"_s).toString(), Qt::ISODateWithMs), f->clock.now());
        }
        QVERIFY(seen);
        // Open alerts carry no acknowledgement at all.
        for (const auto &v : list(pa1)) {
            const QJsonObject a = v.toObject();
            QCOMPARE(a.contains(u"acknowledgedByName"_s), a.value(u"id"_s).toString() == id);
        }
    }
};

QTEST_GUILESS_MAIN(TestAlertRoutes)
#include "tst_alertroutes.moc"
