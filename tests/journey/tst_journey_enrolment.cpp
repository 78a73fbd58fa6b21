// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/**
 * Journey 10: a PA sets up a young person's phone from their record. The young person's app is
 * given no server address: the QR code (a pathway://enrol link) carries it, or the app's own
 * configured server takes the typed code. Their phone then shows their own plan, and the PA's
 * sheet shows the code used.
 */

#include "journeydevice.h"

#include "ui/caseloadcontroller.h"
#include "ui/enrolcodecontroller.h"
#include "ui/enrolmentlink.h"
#include "ui/planmodel.h"
#include "ui/youngpersoncontroller.h"

#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

namespace {
constexpr int Timeout = 30000;
const auto Passphrase = u"journey passphrase"_s;

/** The plan goals a device shows for one young person, area by area. */
QStringList goalsShown(AppController &app, const QString &youngPersonId)
{
    YoungPersonController person;
    person.setApp(&app);
    person.setYoungPersonId(youngPersonId);
    QStringList goals;
    for (int i = 0; i < person.plan()->rowCount(); ++i)
        goals.append(person.plan()->valueAt(i, u"goal"_s).toString());
    return goals;
}

/** Enrols with what the young person has (a code or a link) and no server address; true once Ready. */
bool enrolWithoutAddress(JourneyDevice &phone, const QString &codeOrLink)
{
    QSignalSpy accepted(&phone.app, &AppController::signInAccepted);
    phone.app.prepareEnrolment(codeOrLink);
    if (!phone.app.signInError().isEmpty()
        || !QTest::qWaitFor([&] { return accepted.size() > 0 || !phone.app.signInError().isEmpty(); }, Timeout)
        || accepted.isEmpty()) {
        qWarning() << "enrolment refused:" << phone.app.signInError();
        return false;
    }
    // Nothing is on the phone until the young person has chosen their passphrase.
    if (phone.session.exists())
        return false;
    phone.app.finishSignIn(Passphrase, Passphrase);
    return phone.waitReady();
}
} // namespace

class TestJourneyEnrolment : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    std::unique_ptr<JourneyDevice> m_pa;
    QStringList m_caseload;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
        m_pa = std::make_unique<JourneyDevice>();
        QVERIFY(m_pa->signIn(m_server.url(), m_server.login(u"pa"_s)));
        CaseloadController caseload;
        caseload.setApp(&m_pa->app);
        for (int i = 0; i < caseload.model()->rowCount(); ++i)
            m_caseload.append(caseload.model()->valueAt(i, u"key"_s).toString());
        QVERIFY(m_caseload.size() >= 2);
    }

    void scannedQrCodeSetsUpTheirPhone()
    {
        const QString youngPersonId = m_caseload.at(0);
        // The PA opens the young person's record and taps "Set up their phone".
        EnrolCodeController sheet;
        sheet.setWatchIntervalMs(200);
        sheet.setApp(&m_pa->app);
        sheet.setYoungPersonId(youngPersonId);
        sheet.create();
        QTRY_COMPARE_WITH_TIMEOUT(sheet.state(), EnrolCodeController::State::Waiting, Timeout);
        QVERIFY2(QRegularExpression(u"^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$"_s).match(sheet.code()).hasMatch(),
                 qPrintable(sheet.code()));
        QVERIFY(!sheet.expiryText().isEmpty());
        const auto link = EnrolmentLink::parse(sheet.link());
        QVERIFY(link);
        QCOMPARE(link->server, m_server.url());
        QCOMPARE(link->code, sheet.code());

        // A new phone that knows no server: the QR code scanned with its camera opens the app with the link.
        JourneyDevice phone;
        QVERIFY(phone.settings.serverUrl().isEmpty());
        QVERIFY(phone.app.openLink(sheet.link()));
        QCOMPARE(phone.app.linkCode(), sheet.code());
        QVERIFY(enrolWithoutAddress(phone, phone.app.linkCode()));
        QCOMPARE(phone.app.role(), Role::YoungPerson);
        QCOMPARE(phone.app.userId(), youngPersonId);

        // Their phone shows their own plan, the one their PA sees.
        const QStringList theirs = goalsShown(phone.app, youngPersonId);
        QVERIFY(!theirs.join(QString()).isEmpty());
        QCOMPARE(theirs, goalsShown(m_pa->app, youngPersonId));
        QCOMPARE(phone.session.data().youngPeople.size(), 1);

        // The PA's sheet sees the code used.
        QTRY_COMPARE_WITH_TIMEOUT(sheet.state(), EnrolCodeController::State::Used, Timeout);
        QVERIFY(sheet.statusText().contains(phone.app.userName()));
    }

    void typedCodeGoesToTheAppsOwnServer()
    {
        const QString youngPersonId = m_caseload.at(1);
        EnrolCodeController sheet;
        sheet.setWatchIntervalMs(200);
        sheet.setApp(&m_pa->app);
        sheet.setYoungPersonId(youngPersonId);
        sheet.create();
        QTRY_COMPARE_WITH_TIMEOUT(sheet.state(), EnrolCodeController::State::Waiting, Timeout);

        // The authority's own build of the app knows its server: the young person types the code only,
        // the way they would read it (lower case, no dash).
        JourneyDevice phone;
        phone.settings.setServerUrl(m_server.url().toString());
        QVERIFY(enrolWithoutAddress(phone, sheet.code().toLower().remove(u'-')));
        QCOMPARE(phone.app.userId(), youngPersonId);
        QCOMPARE(goalsShown(phone.app, youngPersonId), goalsShown(m_pa->app, youngPersonId));
        QTRY_COMPARE_WITH_TIMEOUT(sheet.state(), EnrolCodeController::State::Used, Timeout);
    }

    void aPaCannotMakeACodeForSomeoneElsesYoungPerson()
    {
        // Someone on another PA's caseload: the server refuses, and the sheet says who can.
        JourneyDevice otherPa;
        QVERIFY(otherPa.signIn(m_server.url(), m_server.login(u"pa"_s, 1)));
        CaseloadController theirs;
        theirs.setApp(&otherPa.app);
        QVERIFY(theirs.model()->rowCount() > 0);
        const QString other = theirs.model()->valueAt(0, u"key"_s).toString();
        QVERIFY(!m_caseload.contains(other));
        EnrolCodeController sheet;
        sheet.setApp(&m_pa->app);
        sheet.setYoungPersonId(other);
        sheet.create();
        QTRY_COMPARE_WITH_TIMEOUT(sheet.state(), EnrolCodeController::State::Failed, Timeout);
        QVERIFY(sheet.code().isEmpty());
        QVERIFY(sheet.errorText().contains(u"PA"_s));
        QVERIFY(sheet.canRetry());
    }

    void cleanupTestCase()
    {
        m_pa.reset();
        m_server.stop();
    }
};

QTEST_MAIN(TestJourneyEnrolment)

#include "tst_journey_enrolment.moc"
