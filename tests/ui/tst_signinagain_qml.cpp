// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/**
 * Qt Quick Test runner for the sign-in-again banner and sheet: a PA's and a young person's
 * device, signed in to the real server, whose sign-in then ended, with work in the outbox.
 * With PATHWAY_SCREENSHOT_DIR set (scripts/screenshots.sh) the tests also save PNGs there, and
 * PATHWAY_TEST_LANG=ar runs them in Arabic, right to left.
 */

#include "serverprocess.h"

#include "domain/clock.h"
#include "sync/apiclient.h"
#include "sync/syncengine.h"
#include "ui/appcontroller.h"
#include "ui/caseloadcontroller.h"
#include "ui/contactlogcontroller.h"
#include "ui/youngpersoncontroller.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QGuiApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Pathway_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Pathway_UiPlugin)

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Testing::ServerProcess;

namespace {
constexpr int Timeout = 60000;

struct Device
{
    QTemporaryDir dir;
    SystemClock clock;
    StoreSession session {dir.path(), clock, KdfParams::fastForTests()};
    AppSettings settings {QString()};
    AppController app {&session, &settings};

    bool waitFor(const std::function<bool()> &done)
    {
        QDeadlineTimer deadline(Timeout);
        while (!done() && !deadline.hasExpired())
            QTest::qWait(20);
        return done();
    }

    bool signIn(const QUrl &server, const QString &email, const QString &password, const QString &code = {})
    {
        app.prepareSignIn(server.toString(), email, password, code);
        app.finishSignIn(u"qml passphrase"_s, u"qml passphrase"_s);
        return waitFor([this] { return app.stage() == AppController::Stage::Ready || !app.signInError().isEmpty(); })
            && app.stage() == AppController::Stage::Ready;
    }

    Sync::ApiReply call(const QString &path, const QJsonObject &body = {})
    {
        std::optional<Sync::ApiReply> reply;
        app.syncController()->engine()->api()->post(path, body, [&reply](const Sync::ApiReply &r) { reply = r; });
        waitFor([&reply] { return reply.has_value(); });
        return reply.value_or(Sync::ApiReply {});
    }

    /** The server ends the session; the next sync finds out. */
    bool expire()
    {
        if (!call(u"/v1/auth/logout"_s).ok())
            return false;
        app.syncController()->engine()->syncNow();
        return waitFor([this] { return app.signInAgain()->expired(); });
    }
};
} // namespace

/** Saves a PNG of a window into PATHWAY_SCREENSHOT_DIR, when it is set. */
class Screenshots : public QObject
{
    Q_OBJECT

public:
    explicit Screenshots(QString lang)
        : m_dir(qEnvironmentVariable("PATHWAY_SCREENSHOT_DIR"))
        , m_lang(std::move(lang))
    {
    }

    Q_INVOKABLE bool enabled() const { return !m_dir.isEmpty(); }
    Q_INVOKABLE QString language() const { return m_lang; }

    Q_INVOKABLE bool save(QObject *window, const QString &name) const
    {
        auto *quick = qobject_cast<QQuickWindow *>(window);
        if (m_dir.isEmpty() || !quick)
            return false;
        QDir().mkpath(m_dir);
        return quick->grabWindow().save(QDir(m_dir).filePath(u"%1-%2.png"_s.arg(m_lang, name)));
    }

private:
    QString m_dir;
    QString m_lang;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(u"Material"_s);
        const QString lang = qEnvironmentVariable("PATHWAY_TEST_LANG", u"en"_s);
        if (lang != "en"_L1) {
            auto *translator = new QTranslator(qApp);
            if (translator->load(QStringLiteral(PATHWAY_BINARY_DIR) + u"/translations/pathway_"_s + lang + u".qm"_s))
                QCoreApplication::installTranslator(translator);
            QGuiApplication::setLayoutDirection(QLocale(lang).textDirection());
        }
        m_shots = std::make_unique<Screenshots>(lang);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));

        // A PA with three visits logged after the sign-in ended.
        m_pa = std::make_unique<Device>();
        const auto login = m_server.login(u"pa"_s);
        QVERIFY(m_pa->signIn(m_server.url(), login.email, login.password));
        CaseloadController caseload;
        caseload.setApp(&m_pa->app);
        const QString first = caseload.model()->valueAt(0, u"key"_s).toString();
        const QString code
            = m_pa->call(u"/v1/auth/enrol-code"_s, {{u"youngPersonId"_s, first}}).body.value(u"code"_s).toString();
        QVERIFY(m_pa->expire());
        // Three separate visits, an hour apart (a second "now" within moments is a double tap).
        ContactLogController visit;
        visit.setApp(&m_pa->app);
        for (int i = 0; i < 3; ++i) {
            visit.startAnother();
            visit.setYoungPersonId(first);
            visit.setAt(m_pa->app.session()->clock().now().addSecs(-3600 * (i + 1)));
            QVERIFY(visit.save());
        }

        // A young person of theirs, signed out too, with one request waiting.
        m_youngPerson = std::make_unique<Device>();
        QVERIFY(m_youngPerson->signIn(m_server.url(), QString(), QString(), code));
        QVERIFY(m_youngPerson->expire());
        YoungPersonController mine;
        mine.setApp(&m_youngPerson->app);
        QVERIFY(mine.requestContact(false, u"Can we talk?"_s));

        // Test-only: the QML tests reach these by name.
        engine->rootContext()->setContextProperty(u"paApp"_s, &m_pa->app);
        engine->rootContext()->setContextProperty(u"youngPersonApp"_s, &m_youngPerson->app);
        engine->rootContext()->setContextProperty(u"paPassword"_s, login.password);
        engine->rootContext()->setContextProperty(u"screenshots"_s, m_shots.get());
    }

    void cleanupTestCase()
    {
        m_pa.reset();
        m_youngPerson.reset();
        m_server.stop();
    }

private:
    ServerProcess m_server;
    std::unique_ptr<Screenshots> m_shots;
    std::unique_ptr<Device> m_pa;
    std::unique_ptr<Device> m_youngPerson;
};

QUICK_TEST_MAIN_WITH_SETUP(pathway_signinagain, Setup)

#include "tst_signinagain_qml.moc"
