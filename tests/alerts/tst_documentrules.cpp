// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "alerts/rules.h"
#include "casebuilder.h"

#include <QTest>

using namespace Pathway;
using namespace Pathway::Test;

/** Tests the ID documents at 18 and passport expiry rules. */
class TestDocumentRules : public QObject
{
    Q_OBJECT

    static QStringList subjects(const QList<Alert> &alerts)
    {
        QStringList out;
        for (const auto &a : alerts) {
            out.append(a.subject);
        }
        return out;
    }

private Q_SLOTS:
    void missingIdAt18()
    {
        CaseBuilder b(QDate(2026, 6, 14), QDate(2008, 6, 15)); // 18 tomorrow
        b.clearDocuments();
        QVERIFY(b.alerts(Rules::MissingId).isEmpty());
        b.setToday(QDate(2026, 6, 15));
        const auto alerts = b.alerts(Rules::MissingId);
        QCOMPARE(subjects(alerts), (QStringList {u"bank_account"_s, u"ni_number"_s, u"photo_id"_s}));
        QCOMPARE(alerts.first().key(), u"missing_id:yp1:bank_account"_s);
        QCOMPARE(alerts.first().facts.value(u"status"_s).toString(), u"absent"_s);
        QCOMPARE(alerts.first().dueDate, QDate(2026, 6, 15));
        QCOMPARE(alerts.first().tier, AlertTier::Overdue);
    }

    void photoIdIsPassportOrLicence()
    {
        CaseBuilder b(QDate(2027, 1, 1), QDate(2008, 6, 15));
        b.clearDocuments();
        b.document(DocumentKind::NiNumber, DocumentStatus::Have);
        b.document(DocumentKind::BankAccount, DocumentStatus::Have);
        b.document(DocumentKind::Passport, DocumentStatus::Applied);
        auto alerts = b.alerts(Rules::MissingId);
        QCOMPARE(subjects(alerts), QStringList {u"photo_id"_s});
        QCOMPARE(alerts.first().facts.value(u"passport"_s).toString(), u"applied"_s);
        b.document(DocumentKind::ProvisionalLicence, DocumentStatus::Have);
        QVERIFY(b.alerts(Rules::MissingId).isEmpty());
        b.r.documents.last().status = DocumentStatus::Missing;
        b.document(DocumentKind::Passport, DocumentStatus::Have);
        QVERIFY(b.alerts(Rules::MissingId).isEmpty());
    }

    void appliedNiNumberStillMissing()
    {
        CaseBuilder b;
        b.r.documents[1].status = DocumentStatus::Applied;
        const auto alerts = b.alerts(Rules::MissingId);
        QCOMPARE(subjects(alerts), QStringList {u"ni_number"_s});
        QCOMPARE(alerts.first().facts.value(u"status"_s).toString(), u"applied"_s);
        b.r.documents[1].status = DocumentStatus::NotNeeded;
        QVERIFY(b.alerts(Rules::MissingId).isEmpty());
        b.r.documents[2].deleted = true; // the bank account line was deleted: absent again
        QCOMPARE(subjects(b.alerts(Rules::MissingId)), QStringList {u"bank_account"_s});
    }

    void passportExpiry_data()
    {
        QTest::addColumn<int>("offsetDays"); // expiry relative to today + 3 months
        QTest::addColumn<QString>("tier");
        QTest::newRow("3 months + 1 day") << 1 << u"none"_s;
        QTest::newRow("3 months") << 0 << u"warning"_s;
        QTest::newRow("3 months - 1 day") << -1 << u"warning"_s;
    }
    void passportExpiry()
    {
        QFETCH(int, offsetDays);
        QFETCH(QString, tier);
        CaseBuilder b;
        b.r.documents[0].expiresOn = b.now.date().addMonths(3).addDays(offsetDays);
        const auto alerts = b.alerts(Rules::PassportExpiry);
        QCOMPARE(tierOrNone(alerts), tier);
        if (!alerts.isEmpty()) {
            QCOMPARE(alerts.first().facts.value(u"expired"_s).toBool(), false);
            QCOMPARE(alerts.first().key(), u"passport_expiry:yp1"_s);
        }
    }

    void passportExpired()
    {
        CaseBuilder b;
        b.r.documents[0].expiresOn = b.now.date();
        QCOMPARE(tierOrNone(b.alerts(Rules::PassportExpiry)), u"warning"_s); // valid through today
        b.r.documents[0].expiresOn = b.now.date().addDays(-1);
        const auto alerts = b.alerts(Rules::PassportExpiry);
        QCOMPARE(tierOrNone(alerts), u"overdue"_s);
        QCOMPARE(alerts.first().daysOverdue, 1);
        QCOMPARE(alerts.first().facts.value(u"expired"_s).toBool(), true);
        // A new passport replaces it.
        b.document(DocumentKind::Passport, DocumentStatus::Have, b.now.date().addYears(10));
        QVERIFY(b.alerts(Rules::PassportExpiry).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentRules)
#include "tst_documentrules.moc"
