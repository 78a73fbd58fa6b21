// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/caseloadcontroller.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

/** A PA's caseload: most urgent first, one-tap visits. */
class TestCaseloadController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortedByWhatNeedsAttention()
    {
        DemoDevice d(Role::PersonalAdviser);
        CaseloadController c;
        c.setApp(d.app.get());
        CaseloadModel *m = c.model();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m->rowCount() > 5);
        QVERIFY(c.attentionCount() > 0);
        // Everyone needing attention comes before everyone who does not.
        bool seenCalm = false;
        for (int i = 0; i < m->rowCount(); ++i) {
            const bool attention = m->valueAt(i, u"needsAttention"_s).toBool();
            QVERIFY2(!(attention && seenCalm), "a young person needing attention is listed after one who does not");
            seenCalm = seenCalm || !attention;
        }
        // Only this PA's young people are listed.
        for (int i = 0; i < m->rowCount(); ++i) {
            const QString id = m->valueAt(i, u"key"_s).toString();
            QCOMPARE(d.session->data().currentPaId(id, d.clock.today()), d.app->userId());
        }
    }

    void oneTapVisitClearsOverdueContact()
    {
        DemoDevice d(Role::PersonalAdviser);
        CaseloadController c;
        c.setApp(d.app.get());
        CaseloadModel *m = c.model();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Find someone whose contact is due or overdue.
        QString who;
        for (auto it = m->alerts().cbegin(); it != m->alerts().cend(); ++it) {
            for (const Alert &a : it.value()) {
                if (a.ruleCode == "no_contact"_L1)
                    who = it.key();
            }
        }
        if (who.isEmpty())
            QSKIP("the demo caseload has nobody with contact due");
        const int pending = d.session->pendingChanges();
        QSignalSpy reset(m, &QAbstractItemModel::modelReset);
        QVERIFY(c.logVisitNow(who));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(d.session->pendingChanges(), pending + 1);
        for (const Alert &a : m->alerts().value(who))
            QVERIFY2(a.ruleCode != "no_contact"_L1, "the visit just logged still counts as no contact");
        const int row = m->indexOfKey(who);
        QVERIFY(m->valueAt(row, u"lastContactText"_s).toString().contains(u"today"_s));
    }
};

QTEST_MAIN(TestCaseloadController)
#include "tst_caseloadcontroller.moc"
