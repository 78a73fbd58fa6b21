// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "alerts/alertsettings.h"
#include "alerts/rules.h"
#include "casebuilder.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Pathway;
using namespace Pathway::Test;

/** Tests alert settings: DOMAIN.md defaults, JSON per authority, per-young-person overrides. */
class TestAlertSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowDomain()
    {
        const AlertThresholds t;
        QCOMPARE(t.contactWarningDays, 42);
        QCOMPARE(t.contactOverdueDays, 56);
        QCOMPARE(t.contactEscalateDays, 84);
        QCOMPARE(t.contactLostDays, 180);
        QCOMPARE(t.moveVisitDays, 7);
        QCOMPARE(t.reviewIntervalMonths, 6);
        QCOMPARE(t.healthWarningAgeMonths, 17 * 12 + 6);
        QCOMPARE(t.healthOverdueAgeMonths, 18 * 12);
        QCOMPARE(t.passportExpiryWarningMonths, 3);
        QCOMPARE(t.inTouchFirstAge, 17);
        QCOMPARE(t.inTouchLastAge, 21);
    }

    void loadsFromJsonFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"alerts.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"thresholds": {"contactOverdueDays": 42, "contactWarningDays": 35, "moveVisitDays": 5},
                    "overrides": {"yp1": {"contactOverdueDays": 28}}})");
        f.close();
        const auto s = AlertSettings::fromFile(path);
        QVERIFY(s);
        QCOMPARE(s->thresholds.contactOverdueDays, 42);
        QCOMPARE(s->thresholds.contactWarningDays, 35);
        QCOMPARE(s->thresholds.moveVisitDays, 5);
        QCOMPARE(s->thresholds.contactEscalateDays, 84); // untouched default
        QCOMPARE(s->forYoungPerson(u"yp1"_s).contactOverdueDays, 28);
        QCOMPARE(s->forYoungPerson(u"yp1"_s).contactWarningDays, 21); // kept below the override
        QCOMPARE(s->forYoungPerson(u"yp1"_s).moveVisitDays, 5); // authority value still applies
        QCOMPARE(s->forYoungPerson(u"yp2"_s).contactOverdueDays, 42);

        // The loaded settings change what the rules say.
        CaseBuilder b;
        b.r.contacts.removeFirst();
        b.contact(b.now.date().addDays(-45));
        QCOMPARE(tierOrNone(b.alerts(Rules::NoContact)), u"warning"_s);
        QCOMPARE(tierOrNone(b.alerts(Rules::NoContact, *s)), u"overdue"_s);

        // Round trip.
        const auto again = AlertSettings::fromJson(s->toJson());
        QVERIFY(again);
        QCOMPARE(again->thresholds, s->thresholds);
        QCOMPARE(again->forYoungPerson(u"yp1"_s), s->forYoungPerson(u"yp1"_s));
    }

    void rejectsBadJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("unknown key") << QByteArray(R"({"thresholds": {"contactOverdueDayz": 3}})");
        QTest::newRow("negative") << QByteArray(R"({"thresholds": {"contactOverdueDays": -1}})");
        QTest::newRow("fraction") << QByteArray(R"({"thresholds": {"contactOverdueDays": 1.5}})");
        QTest::newRow("string") << QByteArray(R"({"thresholds": {"contactOverdueDays": "56"}})");
        QTest::newRow("bad override") << QByteArray(R"({"overrides": {"yp1": {"nope": 1}}})");
        QTest::newRow("override not object") << QByteArray(R"({"overrides": {"yp1": 28}})");
    }
    void rejectsBadJson()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!AlertSettings::fromJson(QJsonDocument::fromJson(json).object()));
    }

    void missingFileIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(!AlertSettings::fromFile(dir.filePath(u"none.json"_s)));
    }
};

QTEST_GUILESS_MAIN(TestAlertSettings)
#include "tst_alertsettings.moc"
