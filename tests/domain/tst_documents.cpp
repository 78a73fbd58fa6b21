// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/documents.h"

#include "domaintest.h"

#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

DocumentItem goodDocument()
{
    DocumentItem d;
    d.id = u"doc-1"_s;
    d.youngPersonId = u"yp-1"_s;
    d.kind = DocumentKind::Passport;
    d.status = DocumentStatus::Have;
    d.helpingId = u"pa-1"_s;
    d.dueDate = QDate(2026, 1, 31);
    d.expiresOn = QDate(2031, 1, 20);
    d.obtainedOn = QDate(2026, 1, 20);
    d.helpRequested = true;
    d.youngPersonHasIt = true;
    d.notes = u"Kept in the office safe."_s;
    return d;
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes()
    {
        const QStringList kinds {u"ni_number"_s,           u"birth_certificate"_s,  u"passport"_s,
                                 u"provisional_licence"_s, u"bank_account"_s,       u"evisa"_s,
                                 u"care_leaver_letter"_s,  u"gp_registration"_s,    u"health_summary"_s,
                                 u"junior_isa"_s,          u"voter_registration"_s, u"universal_credit"_s};
        QCOMPARE(allDocumentKinds().size(), kinds.size());
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            QCOMPARE(toCode(allDocumentKinds().at(i)), kinds.at(i));
            QCOMPARE(documentKindFromCode(kinds.at(i)), allDocumentKinds().at(i));
        }
        const QStringList statuses {u"have"_s, u"applied"_s, u"missing"_s, u"not_needed"_s};
        for (qsizetype i = 0; i < statuses.size(); ++i)
            QCOMPARE(toCode(*documentStatusFromCode(statuses.at(i))), statuses.at(i));
        QVERIFY(!documentKindFromCode(u"brp"_s));
        QVERIFY(!documentStatusFromCode(u"lost"_s));
    }

    void json()
    {
        QVERIFY(DomainTest::roundTrips(goodDocument()));
        QVERIFY(DomainTest::roundTrips(DocumentItem()));
        QVERIFY(DomainTest::matchesGolden(u"document.json"_s, goodDocument().toJson()));
        const QJsonObject good = goodDocument().toJson();
        for (const QString &key : good.keys()) {
            QJsonObject json = good;
            json.insert(key, good.value(key).isString() ? QJsonValue(1) : QJsonValue(u"x"_s));
            QVERIFY2(!DocumentItem::fromJson(json), qPrintable(key));
        }
        QJsonObject json = good;
        json.insert(u"expiresOn"_s, u"2031-02-30"_s);
        QVERIFY(!DocumentItem::fromJson(json));
        DocumentItem d = goodDocument();
        d.expiresOn.reset();
        d.dueDate.reset();
        d.obtainedOn.reset();
        QVERIFY(!d.toJson().contains(u"expiresOn"_s));
        QVERIFY(!d.toJson().contains(u"dueDate"_s));
        QVERIFY(!d.toJson().contains(u"obtainedOn"_s));
    }

    void youngPersonHasIt()
    {
        QJsonObject json = goodDocument().toJson();
        QCOMPARE(json.value(u"youngPersonHasIt"_s), QJsonValue(true));
        json.remove(u"youngPersonHasIt"_s);
        QCOMPARE(DocumentItem::fromJson(json)->youngPersonHasIt, false);
        json.insert(u"youngPersonHasIt"_s, u"yes"_s);
        QVERIFY(!DocumentItem::fromJson(json));
    }

    void expiry()
    {
        const DocumentItem d = goodDocument();
        QVERIFY(!d.isExpiredOn(QDate(2031, 1, 20)));
        QVERIFY(d.isExpiredOn(QDate(2031, 1, 21)));
        QVERIFY(!DocumentItem().isExpiredOn(QDate(2100, 1, 1)));
    }

    void validation()
    {
        QCOMPARE(goodDocument().validateAt(DomainTest::now()), ValidationErrors());
        const ValidationErrors empty = DocumentItem().validate();
        QVERIFY(hasError(empty, u"required"_s, u"id"_s));
        QVERIFY(hasError(empty, u"required"_s, u"youngPersonId"_s));
        DocumentItem d = goodDocument();
        d.expiresOn = d.obtainedOn->addDays(-1);
        QVERIFY(DomainTest::reports(d, u"invalid_combination"_s, u"expiresOn"_s));
        d = goodDocument();
        d.notes = QString(MaxLongText + 1, u'n');
        QVERIFY(DomainTest::reports(d, u"too_long"_s, u"notes"_s));
        d = goodDocument();
        d.helpingId = QString(MaxShortText + 1, u'h');
        QVERIFY(DomainTest::reports(d, u"too_long"_s, u"helpingId"_s));
        d = goodDocument();
        d.obtainedOn = DomainTest::now().date().addDays(1);
        QVERIFY(hasError(d.validateAt(DomainTest::now()), u"date_in_future"_s, u"obtainedOn"_s));
        // Due dates and expiry dates are in the future by nature.
        d = goodDocument();
        d.dueDate = DomainTest::now().date().addDays(30);
        QCOMPARE(d.validateAt(DomainTest::now()), ValidationErrors());
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
