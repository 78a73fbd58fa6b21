// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// The statutory returns from the server: GET /v1/reports/oc3 for managers and admins, and
// `pathway-server admin export oc3`.
#include "serverfixture.h"

#include "domain/circumstances.h"
#include "returns/annexa.h"

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

    /** A GET with a query, as the HTTP front end hands it to the router. */
    static HttpResponse get(Fixture &fx, const QString &path, const QMap<QString, QString> &query, const QString &token)
    {
        HttpRequest req;
        req.method = u"GET"_s;
        req.path = path;
        req.query = query;
        req.remoteAddress = u"127.0.0.1"_s;
        if (!token.isEmpty())
            req.headers.insert(u"authorization"_s, u"Bearer "_s + token);
        return dispatch(fx.router, req, fx.metrics);
    }

    static HttpResponse getOc3(Fixture &fx, const QString &year, const QString &token)
    {
        QMap<QString, QString> query;
        if (!year.isNull())
            query.insert(u"year"_s, year);
        return get(fx, u"/v1/reports/oc3"_s, query, token);
    }

    static HttpResponse getAnnexA(Fixture &fx, const QMap<QString, QString> &query, const QString &token)
    {
        return get(fx, u"/v1/reports/annex-a"_s, query, token);
    }

    /** yp1 on 30 June 2025, from seedCareLeaver: every column. */
    static constexpr auto AnnexARow = "NB1,,,15/06/2007,18,,No,Team 1,Staff pa1,Staff pa1,Former relevant,YES,,"
                                      "01/06/2025,E,Suitable,F2\r\n";

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

    void managersAndAdminsGetAnnexA()
    {
        Fixture fx;
        seedCareLeaver(fx);
        for (const auto &who : {u"mgr1"_s, u"admin"_s}) {
            const QString token = fx.login(who);
            const auto csv = getAnnexA(fx, {{u"date"_s, u"2025-06-30"_s}, {u"format"_s, u"csv"_s}}, token);
            QCOMPARE(csv.status, 200);
            QVERIFY(csv.contentType.startsWith("text/csv"));
            QCOMPARE(csv.body, AnnexA::csv({}) + AnnexARow);
            QCOMPARE(csv.headers.value("Content-Disposition"),
                     QByteArray("attachment; filename=\"annex-a-list-9-2025-06-30.csv\""));
            // XLSX is the default: a workbook (a zip container).
            const auto xlsx = getAnnexA(fx, {{u"date"_s, u"2025-06-30"_s}}, token);
            QCOMPARE(xlsx.status, 200);
            QCOMPARE(xlsx.contentType, QByteArray("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            QVERIFY(xlsx.body.startsWith("PK"));
        }
        // The app's envelope: the same file in base64, its name and how many rows.
        const QJsonObject json = Fixture::json(
            getAnnexA(fx, {{u"date"_s, u"2025-06-30"_s}, {u"format"_s, u"csv"_s}, {u"envelope"_s, u"json"_s}},
                      fx.login(u"mgr1"_s)));
        QCOMPARE(QByteArray::fromBase64(json.value(u"content"_s).toString().toLatin1()), AnnexA::csv({}) + AnnexARow);
        QCOMPARE(json.value(u"fileName"_s).toString(), u"annex-a-list-9-2025-06-30.csv"_s);
        QCOMPARE(json.value(u"rows"_s).toInt(), 1);
        // Another team's manager does not see this young person; before they were 16 nobody is listed.
        const QMap<QString, QString> csvOn {{u"date"_s, u"2025-06-30"_s}, {u"format"_s, u"csv"_s}};
        QCOMPARE(getAnnexA(fx, csvOn, fx.login(u"mgr2"_s)).body, AnnexA::csv({}));
        QCOMPARE(getAnnexA(fx, {{u"date"_s, u"2020-06-30"_s}, {u"format"_s, u"csv"_s}}, fx.login(u"admin"_s)).body,
                 AnnexA::csv({}));
    }

    void annexAIsRefusedToOthersAndForBadDates()
    {
        Fixture fx;
        seedCareLeaver(fx);
        const QMap<QString, QString> ok {{u"date"_s, u"2025-06-30"_s}};
        const QString pa = fx.login(u"pa1"_s);
        QCOMPARE(getAnnexA(fx, ok, pa).status, 403);
        QCOMPARE(Fixture::json(getAnnexA(fx, ok, pa)).value(u"error"_s).toString(), u"forbidden"_s);
        const QString youngPerson = fx.enrolYoungPerson(pa, u"yp1"_s);
        QVERIFY(!youngPerson.isEmpty());
        QCOMPARE(getAnnexA(fx, ok, youngPerson).status, 403);
        QCOMPARE(getAnnexA(fx, ok, {}).status, 401);

        const QString manager = fx.login(u"mgr1"_s);
        for (const auto &bad : {u""_s, u"soon"_s, u"30/06/2025"_s, u"2025-13-01"_s, u"2025-02-30"_s, u"2025-6-30"_s,
                                u"1999-12-31"_s, u"2026-03-03"_s}) {
            QMap<QString, QString> query {{u"format"_s, u"csv"_s}};
            if (!bad.isEmpty())
                query.insert(u"date"_s, bad);
            const auto r = getAnnexA(fx, query, manager);
            QVERIFY2(r.status == 400, qPrintable(bad));
            const QJsonObject error = Fixture::json(r);
            QCOMPARE(error.value(u"error"_s).toString(), u"invalid_date"_s);
            QCOMPARE(error.value(u"field"_s).toString(), u"date"_s);
            QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        }
        // Today (2 March 2026 on the fixture's clock) is fine; an unknown format is not.
        QCOMPARE(getAnnexA(fx, {{u"date"_s, u"2026-03-02"_s}}, manager).status, 200);
        const auto pdf = getAnnexA(fx, {{u"date"_s, u"2025-06-30"_s}, {u"format"_s, u"pdf"_s}}, manager);
        QCOMPARE(pdf.status, 400);
        QCOMPARE(Fixture::json(pdf).value(u"field"_s).toString(), u"format"_s);
    }

    void adminCommandWritesAnnexA()
    {
        Fixture fx;
        seedCareLeaver(fx);
        QString outText;
        QString errText;
        QString inText;
        QTextStream in(&inText);
        QTextStream out(&outText);
        QTextStream err(&errText);
        const QString csvFile = fx.dir.filePath(u"annex-a.csv"_s);
        QCOMPARE(runAdmin(*fx.store, fx.clock,
                          {u"export"_s, u"annex-a"_s, u"--date"_s, u"2025-06-30"_s, u"--format"_s, u"csv"_s, csvFile},
                          {}, in, out, err),
                 0);
        QFile csv(csvFile);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), AnnexA::csv({}) + AnnexARow);
        QVERIFY2(outText.contains(u"wrote 1 row(s)"_s), qPrintable(outText));
        const QString xlsxFile = fx.dir.filePath(u"annex-a.xlsx"_s);
        QCOMPARE(
            runAdmin(*fx.store, fx.clock,
                     {u"export"_s, u"annex-a"_s, u"--date"_s, u"2025-06-30"_s, u"--authority"_s, u"a1"_s, xlsxFile}, {},
                     in, out, err),
            0);
        QFile xlsx(xlsxFile);
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QVERIFY(xlsx.readAll().startsWith("PK"));
        // A bad date, a date after today, an unknown format or option: refused, nothing written.
        const QString none = fx.dir.filePath(u"none"_s);
        for (const QStringList &bad :
             {QStringList {u"--date"_s, u"30/06/2025"_s}, QStringList {u"--date"_s, u"2026-03-03"_s},
              QStringList {u"--date"_s, u"2025-06-30"_s, u"--format"_s, u"ods"_s},
              QStringList {u"--date"_s, u"2025-06-30"_s, u"--year"_s, u"2025"_s}}) {
            QCOMPARE(runAdmin(*fx.store, fx.clock, QStringList {u"export"_s, u"annex-a"_s} + bad + QStringList {none},
                              {}, in, out, err),
                     2);
        }
        QVERIFY(!QFile::exists(none));
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
