// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/health.h"

#include "domaintest.h"

#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

HealthEntry goodEntry()
{
    HealthEntry e;
    e.id = u"health-1"_s;
    e.youngPersonId = u"yp-1"_s;
    e.kind = HealthKind::Allergy;
    e.title = u"Penicillin allergy"_s;
    e.details = u"Rash. Tell any doctor or pharmacist."_s;
    e.date = QDate(2019, 4, 2);
    e.addedBy = u"pa-1"_s;
    return e;
}

HealthHandover goodHandover()
{
    HealthHandover h;
    h.id = u"handover-1"_s;
    h.youngPersonId = u"yp-1"_s;
    h.consentToShare = true;
    h.handedOverOn = QDate(2026, 3, 1);
    h.format = HandoverFormat::Both;
    h.youngPersonHasCopy = true;
    h.handedOverBy = u"pa-1"_s;
    h.notes = u"Printed copy and a copy in the app."_s;
    return h;
}

QJsonValue wrongType(const QJsonValue &v)
{
    return v.isString() ? QJsonValue(3) : QJsonValue(u"wrong"_s);
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes()
    {
        const QStringList codes {u"birth_details"_s,
                                 u"family_history"_s,
                                 u"development"_s,
                                 u"immunisation"_s,
                                 u"allergy"_s,
                                 u"medicine"_s,
                                 u"illness"_s,
                                 u"hospital_visit"_s,
                                 u"dental_check"_s,
                                 u"optical_check"_s,
                                 u"mental_health"_s,
                                 u"gp_contact"_s,
                                 u"dentist_contact"_s,
                                 u"optician_contact"_s,
                                 u"nhs_guidance"_s,
                                 u"appointment"_s,
                                 u"note"_s};
        for (int i = 0; i < codes.size(); ++i) {
            QCOMPARE(toCode(static_cast<HealthKind>(i)), codes.at(i));
            QCOMPARE(healthKindFromCode(codes.at(i)), static_cast<HealthKind>(i));
        }
        QVERIFY(!healthKindFromCode(u"vaccination"_s));
        const QStringList formats {u"paper"_s, u"digital"_s, u"both"_s};
        QCOMPARE(allHandoverFormats().size(), formats.size());
        for (qsizetype i = 0; i < formats.size(); ++i) {
            QCOMPARE(toCode(allHandoverFormats().at(i)), formats.at(i));
            QCOMPARE(handoverFormatFromCode(formats.at(i)), allHandoverFormats().at(i));
        }
        QVERIFY(!handoverFormatFromCode(u"email"_s));
    }

    void json()
    {
        QVERIFY(DomainTest::roundTrips(goodEntry()));
        QVERIFY(DomainTest::roundTrips(goodHandover()));
        QVERIFY(DomainTest::roundTrips(HealthEntry()));
        QVERIFY(DomainTest::roundTrips(HealthHandover()));
        QVERIFY(DomainTest::matchesGolden(u"health_handover.json"_s, goodHandover().toJson()));
        for (const QJsonObject &good : {goodEntry().toJson(), goodHandover().toJson()}) {
            for (const QString &key : good.keys()) {
                QJsonObject json = good;
                json.insert(key, wrongType(json.value(key)));
                const bool isEntry = good.contains(u"kind"_s);
                const bool parsed
                    = isEntry ? HealthEntry::fromJson(json).has_value() : HealthHandover::fromJson(json).has_value();
                QVERIFY2(!parsed, qPrintable(key));
            }
        }
        QJsonObject json = goodEntry().toJson();
        json.insert(u"kind"_s, u"x_ray"_s);
        QVERIFY(!HealthEntry::fromJson(json));
        HealthHandover pending = goodHandover();
        pending.handedOverOn.reset();
        QVERIFY(!pending.toJson().contains(u"handedOverOn"_s));
        json = goodHandover().toJson();
        json.insert(u"format"_s, u"fax"_s);
        QVERIFY(!HealthHandover::fromJson(json));
        json.remove(u"format"_s);
        QCOMPARE(HealthHandover::fromJson(json)->format, std::nullopt);
    }

    void entryValidation()
    {
        QCOMPARE(goodEntry().validateAt(DomainTest::now()), ValidationErrors());
        const ValidationErrors empty = HealthEntry().validate();
        for (const QString &field : {u"id"_s, u"youngPersonId"_s, u"title"_s})
            QVERIFY(hasError(empty, u"required"_s, field));
        HealthEntry e = goodEntry();
        e.title = QString(MaxShortText + 1, u't');
        QVERIFY(DomainTest::reports(e, u"too_long"_s, u"title"_s));
        e = goodEntry();
        e.details = QString(MaxLongText + 1, u'd');
        QVERIFY(DomainTest::reports(e, u"too_long"_s, u"details"_s));
        // Only an appointment may be in the future.
        e = goodEntry();
        e.date = DomainTest::now().date().addDays(7);
        QVERIFY(hasError(e.validateAt(DomainTest::now()), u"date_in_future"_s, u"date"_s));
        e.kind = HealthKind::Appointment;
        QCOMPARE(e.validateAt(DomainTest::now()), ValidationErrors());
    }

    void handoverValidation()
    {
        QCOMPARE(goodHandover().validateAt(DomainTest::now()), ValidationErrors());
        QVERIFY(goodHandover().isComplete());
        const ValidationErrors empty = HealthHandover().validate();
        QVERIFY(hasError(empty, u"required"_s, u"id"_s));
        QVERIFY(hasError(empty, u"required"_s, u"youngPersonId"_s));
        HealthHandover h = goodHandover();
        h.handedOverOn.reset();
        QVERIFY(!h.isComplete());
        QVERIFY(DomainTest::reports(h, u"invalid_combination"_s, u"youngPersonHasCopy"_s));
        QVERIFY(DomainTest::reports(h, u"invalid_combination"_s, u"handedOverBy"_s));
        QVERIFY(DomainTest::reports(h, u"invalid_combination"_s, u"format"_s));
        h.youngPersonHasCopy = false;
        h.handedOverBy.clear();
        h.format.reset();
        QCOMPARE(h.validate(), ValidationErrors());
        h = goodHandover();
        h.youngPersonHasCopy = false;
        QVERIFY(!h.isComplete());
        h = goodHandover();
        h.notes = QString(MaxLongText + 1, u'n');
        QVERIFY(DomainTest::reports(h, u"too_long"_s, u"notes"_s));
        h = goodHandover();
        h.handedOverOn = DomainTest::now().date().addDays(1);
        QVERIFY(hasError(h.validateAt(DomainTest::now()), u"date_in_future"_s, u"handedOverOn"_s));
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
