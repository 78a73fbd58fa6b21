// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// The statutory returns from the server: GET /v1/reports/oc3 for managers and admins, and
// `pathway-server admin export oc3`.
#include "serverfixture.h"

#include "domain/circumstances.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;
using namespace Pathway::Server::Test;

class TestReports : public QObject
{
    Q_OBJECT

    static constexpr auto Expected = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\nNB1,15/06/2007,YES,F2,E1\r\n";

    /** A care leaver of pa1's (team t1), 18 on 15 June 2025, visited two weeks before, at college, in lodgings. */
    static void seedCareLeaver(Fixture &fx)
    {
        fx.seedDirectory();
        YoungPerson yp;
        yp.id = u"yp1"_s;
        yp.authorityId = u"a1"_s;
        yp.displayName = u"Sam"_s;
        yp.dateOfBirth = QDate(2007, 6, 15);
        yp.caseSystemRef = u"NB1"_s;
        yp.care.lookedAfterAfter16 = true;
        yp.care.weeksInCareSince14 = 80;
        yp.care.leftCareOn = QDate(2023, 8, 1);
        writeAsServer(*fx.store, fx.clock, u"seed-yp1"_s, u"young_person"_s, yp.id, yp.id, yp.toJson());
        fx.allocate(yp.id, u"pa1"_s, QDate(2023, 8, 1));
        ContactLog c;
        c.id = u"c1"_s;
        c.youngPersonId = yp.id;
        c.staffId = u"pa1"_s;
        c.at = QDateTime(QDate(2025, 6, 1), QTime(10, 0), Qt::UTC);
        c.kind = ContactKind::Visit;
        writeAsServer(*fx.store, fx.clock, u"seed-c1"_s, u"contact_log"_s, c.id, yp.id, c.toJson());
        ActivityPeriod a;
        a.id = u"act1"_s;
        a.youngPersonId = yp.id;
        a.from = QDate(2024, 9, 1);
        a.code = u"F2"_s;
        writeAsServer(*fx.store, fx.clock, u"seed-act1"_s, u"activity"_s, a.id, yp.id, a.toJson());
        AccommodationPeriod h;
        h.id = u"home1"_s;
        h.youngPersonId = yp.id;
        h.from = QDate(2024, 1, 1);
        h.type = u"E"_s;
        writeAsServer(*fx.store, fx.clock, u"seed-home1"_s, u"accommodation"_s, h.id, yp.id, h.toJson());
    }

    /** GET /v1/reports/oc3 with a query, as the HTTP front end hands it to the router. */
    static HttpResponse getOc3(Fixture &fx, const QString &year, const QString &token)
    {
        HttpRequest req;
        req.method = u"GET"_s;
        req.path = u"/v1/reports/oc3"_s;
        if (!year.isNull())
            req.query.insert(u"year"_s, year);
        req.remoteAddress = u"127.0.0.1"_s;
        if (!token.isEmpty())
            req.headers.insert(u"authorization"_s, u"Bearer "_s + token);
        return dispatch(fx.router, req, fx.metrics);
    }

private Q_SLOTS:
    void managersAndAdminsGetTheOc3File()
    {
        Fixture fx;
        seedCareLeaver(fx);
        for (const auto &who : {u"mgr1"_s, u"admin"_s}) {
            const auto r = getOc3(fx, u"2025"_s, fx.login(who));
            QCOMPARE(r.status, 200);
            QVERIFY(r.contentType.startsWith("text/csv"));
            QCOMPARE(r.body, QByteArray(Expected));
            QCOMPARE(r.headers.value("X-Pathway-Problems"), QByteArray("0"));
        }
        // The app asks for JSON: the same file, its name and nothing to correct.
        HttpRequest req;
        req.method = u"GET"_s;
        req.path = u"/v1/reports/oc3"_s;
        req.query = {{u"year"_s, u"2025"_s}, {u"format"_s, u"json"_s}};
        req.headers.insert(u"authorization"_s, u"Bearer "_s + fx.login(u"mgr1"_s));
        const QJsonObject json = Fixture::json(dispatch(fx.router, req, fx.metrics));
        QCOMPARE(json.value(u"csv"_s).toString(), QString::fromLatin1(Expected));
        QCOMPARE(json.value(u"fileName"_s).toString(), u"oc3-2025.csv"_s);
        QCOMPARE(json.value(u"rows"_s).toInt(), 1);
        QVERIFY(json.value(u"problems"_s).toArray().isEmpty());
        // Another team's manager does not see this young person; nor is anyone due once they are 26.
        QCOMPARE(getOc3(fx, u"2025"_s, fx.login(u"mgr2"_s)).body, QByteArray("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\n"));
        QCOMPARE(getOc3(fx, u"2033"_s, fx.login(u"admin"_s)).body, QByteArray("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\n"));
    }

    void othersAndBadYearsAreRefused()
    {
        Fixture fx;
        seedCareLeaver(fx);
        QCOMPARE(getOc3(fx, u"2025"_s, fx.login(u"pa1"_s)).status, 403);
        QCOMPARE(getOc3(fx, u"2025"_s, {}).status, 401);
        QCOMPARE(getOc3(fx, u"soon"_s, fx.login(u"mgr1"_s)).status, 422);
        QCOMPARE(getOc3(fx, QString(), fx.login(u"mgr1"_s)).status, 422);
    }

    void adminCommandWritesTheFile()
    {
        Fixture fx;
        seedCareLeaver(fx);
        const QString file = fx.dir.filePath(u"oc3.csv"_s);
        QString outText;
        QString errText;
        QString inText;
        QTextStream in(&inText);
        QTextStream out(&outText);
        QTextStream err(&errText);
        QCOMPARE(runAdmin(*fx.store, fx.clock, {u"export"_s, u"oc3"_s, u"--year"_s, u"2025"_s, file}, {}, in, out, err),
                 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(Expected));
        QVERIFY2(outText.contains(u"wrote 1 row(s); 0 to correct"_s), qPrintable(outText));
        QCOMPARE(
            runAdmin(*fx.store, fx.clock, {u"export"_s, u"oc3"_s, u"--year"_s, u"later"_s, file}, {}, in, out, err), 2);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
