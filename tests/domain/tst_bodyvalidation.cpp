// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/bodyvalidation.h"
#include "domain/demodata.h"

#include "domaintest.h"

#include <QJsonArray>
#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 6, 1);
const QDateTime now(today, QTime(12, 0), Qt::UTC);

/** Calls f(record) for every record of the demo authority. */
template<typename F> void forEachRecord(const DemoAuthority &a, F &&f)
{
    auto each = [&](const auto &list) {
        for (const auto &r : list)
            f(r);
    };
    each(a.settings);
    each(a.staff);
    each(a.youngPeople);
    each(a.allocations);
    each(a.planSections);
    each(a.planActions);
    each(a.reviews);
    each(a.health);
    each(a.handovers);
    each(a.offer);
    each(a.entitlements);
    each(a.documents);
    each(a.contacts);
    each(a.amendments);
    each(a.requests);
    each(a.events);
}

ContactLog contact()
{
    return makeDemoAuthority(today).contacts.first();
}

ValidationErrors validateContact(const QJsonObject &body)
{
    const ContactLog c = contact();
    return validateRecordBody(u"contact_log"_s, c.id, c.youngPersonId, body, now);
}

} // namespace

/** Server-side validation of record bodies received from devices (domain/bodyvalidation.h). */
class TestBodyValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoAuthorityIsValid()
    {
        int checked = 0;
        forEachRecord(makeDemoAuthority(today), [&](const auto &r) {
            const auto errors
                = validateRecordBody(QString::fromLatin1(r.recordType), r.id, r.ownerId(), r.toJson(), now);
            if (!errors.isEmpty())
                qWarning() << r.recordType << r.id;
            QCOMPARE(errors, ValidationErrors());
            ++checked;
        });
        QVERIFY(checked > 500);
    }

    void wrongTypesNameTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("confidential as text") << u"confidential"_s << QJsonValue(u"true"_s) << u"invalid_type"_s;
        QTest::newRow("confidential as number") << u"confidential"_s << QJsonValue(1) << u"invalid_type"_s;
        QTest::newRow("confidential as yes") << u"confidential"_s << QJsonValue(u"yes"_s) << u"invalid_type"_s;
        QTest::newRow("wellbeing huge") << u"wellbeing"_s << QJsonValue(1e30) << u"invalid_type"_s;
        QTest::newRow("wellbeing out of range") << u"wellbeing"_s << QJsonValue(9) << u"out_of_range"_s;
        QTest::newRow("at as list") << u"at"_s << QJsonValue(QJsonArray()) << u"invalid_type"_s;
        QTest::newRow("at not a time") << u"at"_s << QJsonValue(u"yesterday"_s) << u"invalid_type"_s;
        QTest::newRow("unknown key") << u"shadow"_s << QJsonValue(u"x"_s) << u"unknown_field"_s;
        QTest::newRow("unknown key, empty") << u"shadow"_s << QJsonValue(u""_s) << u"unknown_field"_s;
        QTest::newRow("notes too long") << u"notes"_s << QJsonValue(QString(MaxLongText + 1, u'a')) << u"too_long"_s;
        QTest::newRow("location code") << u"location"_s << QJsonValue(u"moon"_s) << u"unknown_code"_s;
        QTest::newRow("at in the future")
            << u"at"_s << QJsonValue(u"2026-06-09T12:00:00.000Z"_s) << u"date_in_future"_s;
        QTest::newRow("other young person")
            << u"youngPersonId"_s << QJsonValue(u"someone-else"_s) << u"invalid_combination"_s;
        QTest::newRow("other id") << u"id"_s << QJsonValue(u"another-record"_s) << u"invalid_combination"_s;
    }

    void wrongTypesNameTheField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject body = contact().toJson();
        body.insert(field, value);
        const auto errors = validateContact(body);
        QVERIFY2(!errors.isEmpty(), "accepted");
        QCOMPARE(errors.first(), (ValidationError {code, field}));
    }

    void nullsAndEmptiesAreAbsentValues()
    {
        QJsonObject body = contact().toJson();
        body.insert(u"notes"_s, QJsonValue::Null);
        body.insert(u"location"_s, u""_s);
        body.insert(u"followUps"_s, QJsonArray());
        body.insert(u"deleted"_s, false);
        QCOMPARE(validateContact(body), ValidationErrors());
        body.insert(u"deleted"_s, u"no"_s);
        QCOMPARE(validateContact(body).value(0), (ValidationError {u"invalid_type"_s, u"deleted"_s}));
    }

    void nestedKeysAreChecked()
    {
        const YoungPerson yp = makeDemoAuthority(today).youngPeople.first();
        QJsonObject body = yp.toJson();
        QJsonObject care = body.value(u"care"_s).toObject();
        care.insert(u"secret"_s, 1);
        body.insert(u"care"_s, care);
        QCOMPARE(validateRecordBody(u"young_person"_s, yp.id, yp.id, body, now).value(0),
                 (ValidationError {u"unknown_field"_s, u"care.secret"_s}));
        care.remove(u"secret"_s);
        care.insert(u"weeksInCareSince14"_s, u"many"_s);
        body.insert(u"care"_s, care);
        QCOMPARE(validateRecordBody(u"young_person"_s, yp.id, yp.id, body, now).value(0),
                 (ValidationError {u"invalid_type"_s, u"care.weeksInCareSince14"_s}));
    }

    void malformedAllocationIsRefused()
    {
        // The allocation that hid a young person from every manager (issue 10, finding 2).
        const QJsonObject body {{u"id"_s, u"a1"_s},
                                {u"youngPersonId"_s, u"yp1"_s},
                                {u"staffId"_s, QJsonArray {u"x"_s}},
                                {u"from"_s, QJsonObject {{u"y"_s, 1}}}};
        const auto errors = validateRecordBody(u"allocation"_s, u"a1"_s, u"yp1"_s, body, now);
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().code, u"invalid_type"_s);
        QVERIFY(errors.first().field == "staffId"_L1 || errors.first().field == "from"_L1);
        const QJsonObject noDate {
            {u"id"_s, u"a1"_s}, {u"youngPersonId"_s, u"yp1"_s}, {u"staffId"_s, u"pa"_s}, {u"from"_s, u"2026-02-30"_s}};
        QCOMPARE(validateRecordBody(u"allocation"_s, u"a1"_s, u"yp1"_s, noDate, now).value(0),
                 (ValidationError {u"invalid_type"_s, u"from"_s}));
    }

    /** What validation costs the server per pushed record (printed, never asserted). */
    void costOfValidatingTheDemoAuthority()
    {
        QList<std::tuple<QString, QString, QString, QJsonObject>> bodies;
        forEachRecord(makeDemoAuthority(today), [&](const auto &r) {
            bodies.append({QString::fromLatin1(r.recordType), r.id, r.ownerId(), r.toJson()});
        });
        int invalid = 0;
        QBENCHMARK
        {
            for (const auto &[type, id, owner, body] : bodies)
                invalid += int(!validateRecordBody(type, id, owner, body, now).isEmpty());
        }
        QCOMPARE(invalid, 0);
        qInfo("%lld records per iteration", qint64(bodies.size()));
    }

    void unknownTypeIsRefused()
    {
        QCOMPARE(validateRecordBody(u"diary"_s, u"x"_s, u"y"_s, {{u"id"_s, u"x"_s}}, now).value(0).code,
                 u"unknown_record_type"_s);
    }
};

QTEST_GUILESS_MAIN(TestBodyValidation)
#include "tst_bodyvalidation.moc"
