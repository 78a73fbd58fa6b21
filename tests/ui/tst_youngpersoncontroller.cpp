// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/contactrequestcontroller.h"
#include "ui/youngpersoncontroller.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

/** A young person's own pages: home summary, plan steps, own words, health, documents, requests. */
class TestYoungPersonController : public QObject
{
    Q_OBJECT

    static int rowWithOpenStep(const PlanModel &plan, QString *actionId)
    {
        for (int i = 0; i < plan.rowCount(); ++i) {
            for (const QVariant &step : plan.valueAt(i, u"actions"_s).toList()) {
                const QVariantMap m = step.toMap();
                if (!m.value(u"done"_s).toBool()) {
                    *actionId = m.value(u"id"_s).toString();
                    return i;
                }
            }
        }
        return -1;
    }

private Q_SLOTS:
    void homeShowsPaLastContactAndNextStep()
    {
        DemoDevice d(Role::YoungPerson);
        YoungPersonController c;
        c.setApp(d.app.get());
        QCOMPARE(c.youngPersonId(), d.app->userId());
        QVERIFY(!c.name().isEmpty());
        QVERIFY(c.paName() != YoungPersonController::tr("No PA yet", "@info"));
        QVERIFY(!c.lastContactText().isEmpty());
        QVERIFY(!c.nextStepText().isEmpty());
        QVERIFY(!c.isStaff());
    }

    void planHasTenAreasAndStepsCanBeDone()
    {
        DemoDevice d(Role::YoungPerson);
        YoungPersonController c;
        c.setApp(d.app.get());
        PlanModel *plan = c.plan();
        QAbstractItemModelTester tester(plan, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(plan->rowCount(), PlanAreaCount);
        QCOMPARE(plan->valueAt(9, u"key"_s).toString(), u"identity"_s);

        QString actionId;
        const int row = rowWithOpenStep(*plan, &actionId);
        QVERIFY(row >= 0);
        const int openBefore = plan->valueAt(row, u"openSteps"_s).toInt();
        const int pendingBefore = d.session->pendingChanges();
        QSignalSpy changed(plan, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(plan, &QAbstractItemModel::modelReset);
        QVERIFY(c.markStepDone(actionId));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row);
        QCOMPARE(plan->valueAt(row, u"openSteps"_s).toInt(), openBefore - 1);
        QCOMPARE(d.session->pendingChanges(), pendingBefore + 1);
        QVERIFY(!c.message().isEmpty());
    }

    void ownWordsSurviveLockAndUnlock()
    {
        DemoDevice d(Role::YoungPerson);
        {
            YoungPersonController c;
            c.setApp(d.app.get());
            QVERIFY(c.saveOwnWords(u"accommodation"_s, u"I want to live near my sister."_s));
            QCOMPARE(c.plan()->valueAt(4, u"ownWords"_s).toString(), u"I want to live near my sister."_s);
        }
        d.app->lock();
        d.app->unlock(u"correct horse"_s);
        QTRY_COMPARE_WITH_TIMEOUT(d.app->stage(), AppController::Stage::Ready, 20000);
        YoungPersonController again;
        again.setApp(d.app.get());
        QCOMPARE(again.plan()->valueAt(4, u"ownWords"_s).toString(), u"I want to live near my sister."_s);
        QVERIFY(again.plan()->valueAt(4, u"tookPart"_s).toBool());
    }

    void healthEntriesAreAddedNewestFirst()
    {
        DemoDevice d(Role::YoungPerson);
        YoungPersonController c;
        c.setApp(d.app.get());
        QAbstractItemModelTester tester(c.health(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = c.health()->rowCount();
        QSignalSpy inserted(c.health(), &QAbstractItemModel::rowsInserted);
        QVERIFY(c.addHealthEntry(u"Dentist"_s, u"Check-up"_s, u"2026-04-01"_s, true));
        QCOMPARE(c.health()->rowCount(), before + 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(c.health()->valueAt(0, u"heading"_s).toString(), u"Dentist"_s);
        QVERIFY(c.health()->valueAt(0, u"upcoming"_s).toBool());
        QVERIFY(!c.addHealthEntry(QString(), QString(), QString(), false)); // a title is required
        // A typed date that is not ISO is refused, never saved as today.
        const int rows = c.health()->rowCount();
        QVERIFY(!c.addHealthEntry(u"GP"_s, QString(), u"12/01/2027"_s, true));
        QCOMPARE(c.health()->rowCount(), rows);
        QVERIFY(!c.message().isEmpty());
    }

    void askingForContactAndHelp()
    {
        DemoDevice d(Role::YoungPerson);
        YoungPersonController c;
        c.setApp(d.app.get());
        ContactRequestController requests;
        requests.setApp(d.app.get());
        const int before = requests.requests()->rowCount();
        QVERIFY(c.requestContact(true, u"My landlord wants me out"_s));
        QCOMPARE(requests.requests()->rowCount(), before + 1);
        QVERIFY(requests.requests()->valueAt(0, u"urgent"_s).toBool());
        QVERIFY(requests.hasOpenUrgent());

        int row = -1;
        for (int i = 0; i < c.documents()->rowCount(); ++i) {
            if (c.documents()->valueAt(i, u"canAskHelp"_s).toBool())
                row = i;
        }
        if (row >= 0) {
            const QString id = c.documents()->valueAt(row, u"key"_s).toString();
            QVERIFY(c.askDocumentHelp(id));
            QVERIFY(c.documents()->valueAt(c.documents()->indexOfKey(id), u"helpRequested"_s).toBool());
            QVERIFY(!c.documents()->valueAt(c.documents()->indexOfKey(id), u"canAskHelp"_s).toBool());
        }
        QVERIFY(c.offer()->rowCount() > 0);
        const QString item = c.offer()->valueAt(0, u"key"_s).toString();
        QVERIFY(c.askForOffer(item));
        QCOMPARE(c.offer()->valueAt(c.offer()->indexOfKey(item), u"statusCode"_s).toString(), u"asked"_s);
        QVERIFY(c.requestReview());
        QVERIFY(c.chronology()->rowCount() > 0);

        // The offer in the app's language: the words the catalogue carries for it, English for others.
        const QString english = c.offer()->valueAt(0, u"heading"_s).toString();
        QLocale::setDefault(QLocale(u"ti"_s));
        Q_EMIT d.app->session()->recordsChanged(QString()); // as a change of language does
        const QString tigrinya = c.offer()->valueAt(0, u"heading"_s).toString();
        QVERIFY(tigrinya != english);
        QVERIFY(tigrinya.front().unicode() >= 0x1200 && tigrinya.front().unicode() < 0x1400); // Ethiopic
        QLocale::setDefault(QLocale(u"pl"_s));
        Q_EMIT d.app->session()->recordsChanged(QString()); // as a change of language does
        QCOMPARE(c.offer()->valueAt(0, u"heading"_s).toString(), english);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
};

QTEST_MAIN(TestYoungPersonController)
#include "tst_youngpersoncontroller.moc"
