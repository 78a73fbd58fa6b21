// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/**
 * Signing in on a new device (AppController + SignInJob) against the real server: the server
 * checks the password or code before any passphrase is asked, each refusal says what to do, and
 * going back and forward reuses a sign-in that worked. Also enrolment links (EnrolmentLink).
 */

#include "serverprocess.h"

#include "domain/clock.h"
#include "ui/appcontroller.h"
#include "ui/enrolmentlink.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Testing::ServerProcess;

namespace {
constexpr int Timeout = 30000;
const auto Passphrase = u"sign-in passphrase"_s;

/** A new device: nothing on it yet. */
struct Device
{
    QTemporaryDir dir;
    SystemClock clock;
    StoreSession session {dir.path(), clock, KdfParams::fastForTests()};
    AppSettings settings {QString()};
    AppController app {&session, &settings};
    QSignalSpy accepted {&app, &AppController::signInAccepted};

    /** Waits for the server's answer to a prepareSignIn(); true when it accepted. */
    bool waitForAnswer()
    {
        return QTest::qWaitFor([this] { return !app.checkingSignIn(); }, Timeout) && app.signInError().isEmpty()
            && !accepted.isEmpty();
    }

    bool finish()
    {
        app.finishSignIn(Passphrase, Passphrase);
        const bool ended = QTest::qWaitFor(
            [this] { return app.stage() == AppController::Stage::Ready || !app.signInError().isEmpty(); }, Timeout);
        return ended && app.stage() == AppController::Stage::Ready;
    }

    /** Files on the device (none before the passphrase is chosen). */
    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot); }
};
} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

    ServerProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    }

    void wrongPasswordIsReportedBeforeThePassphrase()
    {
        Device d;
        const auto login = m_server.login(u"pa"_s);
        d.app.prepareSignIn(m_server.url().toString(), login.email, u"not the password"_s, {});
        QVERIFY(d.app.checkingSignIn());
        QVERIFY(d.app.isBusy());
        QVERIFY(!d.waitForAnswer());
        QVERIFY2(d.app.signInError().contains(u"password is not right"_s), qPrintable(d.app.signInError()));
        QCOMPARE(d.accepted.size(), 0);
        QCOMPARE(d.app.stage(), AppController::Stage::Setup);
        QVERIFY(!d.session.exists());
        // A passphrase cannot go on from a refused sign-in.
        d.app.finishSignIn(Passphrase, Passphrase);
        QCOMPARE(d.app.stage(), AppController::Stage::Setup);
        QVERIFY(!d.session.exists());

        // The right password: accepted, and still nothing on the device until the passphrase.
        d.app.prepareSignIn(m_server.url().toString(), login.email, login.password, {});
        QVERIFY(d.waitForAnswer());
        QVERIFY(d.app.signInError().isEmpty());
        QVERIFY(!d.session.exists());
        QVERIFY2(d.files().filter(u"pathway"_s, Qt::CaseInsensitive).isEmpty(), qPrintable(d.files().join(u", "_s)));
        QVERIFY(d.finish());
        QCOMPARE(d.app.role(), Role::PersonalAdviser);
        QCOMPARE(d.app.userId(), login.staffId);
    }

    void backAndNextReusesTheSignIn()
    {
        // An enrolment code works once: going back and on again must not send it a second time.
        Device d;
        const auto enrolment = m_server.enrolments().value(0);
        QVERIFY(!enrolment.code.isEmpty());
        d.settings.setServerUrl(m_server.url().toString());
        d.app.prepareEnrolment(enrolment.code);
        QVERIFY(d.waitForAnswer());
        QCOMPARE(d.accepted.size(), 1);
        // Back, then Next with the same code: accepted at once, without asking the server.
        d.app.prepareEnrolment(enrolment.code);
        QVERIFY(!d.app.checkingSignIn());
        QCOMPARE(d.accepted.size(), 2);
        QVERIFY(d.app.signInError().isEmpty());
        // A passphrase that does not match is refused; the sign-in waits on.
        d.app.finishSignIn(Passphrase, u"something else"_s);
        QVERIFY(!d.app.errorText().isEmpty());
        QCOMPARE(d.app.stage(), AppController::Stage::Setup);
        QVERIFY(d.finish());
        QCOMPARE(d.app.userId(), enrolment.youngPersonId);
    }

    void changedAnswersSignInAgain()
    {
        Device d;
        const auto login = m_server.login(u"pa"_s, 1);
        d.app.prepareSignIn(m_server.url().toString(), login.email, login.password, {});
        QVERIFY(d.waitForAnswer());
        // Back, and a different password: the server is asked again, and says no.
        d.app.prepareSignIn(m_server.url().toString(), login.email, login.password + u"x"_s, {});
        QVERIFY(d.app.checkingSignIn());
        QVERIFY(!d.waitForAnswer());
        QVERIFY(d.app.signInError().contains(u"password"_s));
    }

    void unknownCodeSaysWhatToDo()
    {
        Device d;
        d.settings.setServerUrl(m_server.url().toString());
        d.app.prepareEnrolment(u"2222-3333"_s);
        QVERIFY(!d.waitForAnswer());
        QVERIFY2(d.app.signInError().contains(u"ask your PA for a new one"_s), qPrintable(d.app.signInError()));
        QVERIFY(!d.session.exists());
    }

    void unreachableServer()
    {
        // A port nobody listens on.
        Device d;
        d.app.prepareSignIn(u"http://127.0.0.1:9"_s, u"someone@example.org"_s, u"password"_s, {});
        QVERIFY(!d.waitForAnswer());
        QVERIFY2(d.app.signInError().startsWith(u"Cannot reach the server"_s), qPrintable(d.app.signInError()));
    }

    void throttledSaysWhenToTryAgain()
    {
        Device d;
        const auto login = m_server.login(u"manager"_s);
        // The server lets three wrong tries go, then makes people wait longer each time.
        QString last;
        for (int i = 0; i < 6 && !last.startsWith(u"Too many tries"_s); ++i) {
            d.app.prepareSignIn(m_server.url().toString(), login.email, u"wrong %1"_s.arg(i), {});
            QVERIFY(!d.waitForAnswer());
            last = d.app.signInError();
        }
        QVERIFY2(last.startsWith(u"Too many tries. Wait"_s), qPrintable(last));
        QVERIFY(last.contains(u"then try again"_s));
    }

    void noServerKnownAsksForTheQrCode()
    {
        Device d;
        QVERIFY(d.app.serverAddress().isEmpty());
        d.app.prepareEnrolment(u"7KQ4-M2XD"_s);
        // Said at once: nothing could be sent.
        QVERIFY(!d.app.checkingSignIn());
        QVERIFY2(d.app.signInError().contains(u"QR code"_s), qPrintable(d.app.signInError()));
        d.app.prepareEnrolment(QString());
        QVERIFY(d.app.signInError().contains(u"Type the code"_s));
    }

    void linkTypedIntoTheCodeField()
    {
        // A link sent by the PA, pasted where the code goes: its server is used; the app knows no other.
        Device d;
        const auto enrolment = m_server.enrolments().value(1);
        QVERIFY(!enrolment.code.isEmpty());
        const QString link = EnrolmentLink {m_server.url(), enrolment.code}.toString();
        d.app.prepareSignIn(QString(), QString(), QString(), link);
        QVERIFY(d.waitForAnswer());
        QVERIFY(d.finish());
        QCOMPARE(d.app.userId(), enrolment.youngPersonId);
        // The next code on this device goes to the same server.
        QCOMPARE(QUrl(d.settings.serverUrl()), m_server.url());
    }

    void enrolmentLinks()
    {
        const EnrolmentLink link {QUrl(u"https://pathway.northbrook.example:8443/base?x=1&y=2"_s), u"7KQ4-M2XD"_s};
        const QString text = link.toString();
        QVERIFY(text.startsWith(u"pathway://enrol?"_s));
        const auto parsed = EnrolmentLink::parse(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->server, link.server);
        QCOMPARE(parsed->code, link.code);
        QVERIFY(EnrolmentLink::looksLikeLink(u"  PATHWAY://enrol?code=1"_s));
        // Plain http only to this machine; nothing but an enrol link with a code and a server.
        QVERIFY(!EnrolmentLink::parse(EnrolmentLink {QUrl(u"http://pathway.example.org"_s), u"AB"_s}.toString()));
        QVERIFY(EnrolmentLink::parse(EnrolmentLink {QUrl(u"http://127.0.0.1:8080"_s), u"AB"_s}.toString()));
        QVERIFY(!EnrolmentLink::parse(u"pathway://enrol?server=https%3A%2F%2Fa.example"_s));
        QVERIFY(!EnrolmentLink::parse(u"pathway://wipe?server=https%3A%2F%2Fa.example&code=AB"_s));
        QVERIFY(!EnrolmentLink::parse(u"https://enrol?server=https%3A%2F%2Fa.example&code=AB"_s));
        Device d;
        QVERIFY(!d.app.openLink(u"pathway://enrol?code=AB"_s));
        QVERIFY(d.app.signInError().contains(u"link does not work"_s));
        QVERIFY(d.app.openLink(text));
        QCOMPARE(d.app.linkCode(), link.code);
        QCOMPARE(QUrl(d.app.serverAddress()), link.server);
    }
};

QTEST_MAIN(TestSignIn)

#include "tst_signin.moc"
