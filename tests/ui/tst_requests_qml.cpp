// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/**
 * Qt Quick Test runner for "Sync now" and for a young person's urgent request as the PA and the
 * young person meet them, against the real server: a PA's and a young person's device signed in.
 * With PATHWAY_SCREENSHOT_DIR set (scripts/screenshots.sh) the tests also save PNGs there, and
 * PATHWAY_TEST_LANG=ar runs them in Arabic, right to left.
 */

#include "serverprocess.h"

#include "domain/clock.h"
#include "sync/syncengine.h"
#include "ui/appcontroller.h"
#include "ui/caseloadcontroller.h"
#include "ui/contactrequestcontroller.h"

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

    bool signIn(const QUrl &server, const QString &email, const QString &password, const QString &code = {})
    {
        app.prepareSignIn(server.toString(), email, password, code);
        app.finishSignIn(u"qml passphrase"_s, u"qml passphrase"_s);
        QDeadlineTimer deadline(Timeout);
        while (app.stage() != AppController::Stage::Ready && app.signInError().isEmpty() && !deadline.hasExpired())
            QTest::qWait(20);
        return app.stage() == AppController::Stage::Ready;
    }
};
} // namespace

/** What the QML tests cannot see themselves: finished sync runs, and where to save PNGs. */
class Probe : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int paSyncRuns READ paSyncRuns NOTIFY changed)

public:
    explicit Probe(QString lang)
        : m_dir(qEnvironmentVariable("PATHWAY_SCREENSHOT_DIR"))
        , m_lang(std::move(lang))
    {
    }

    void watch(Sync::SyncEngine *engine)
    {
        connect(engine, &Sync::SyncEngine::finished, this, [this] {
            ++m_runs;
            Q_EMIT changed();
        });
    }
    int paSyncRuns() const { return m_runs; }

    Q_INVOKABLE bool screenshotsEnabled() const { return !m_dir.isEmpty(); }
    Q_INVOKABLE QString language() const { return m_lang; }
    Q_INVOKABLE bool save(QObject *window, const QString &name) const
    {
        auto *quick = qobject_cast<QQuickWindow *>(window);
        if (m_dir.isEmpty() || !quick)
            return false;
        QDir().mkpath(m_dir);
        return quick->grabWindow().save(QDir(m_dir).filePath(u"%1-%2.png"_s.arg(m_lang, name)));
    }

Q_SIGNALS:
    void changed();

private:
    QString m_dir;
    QString m_lang;
    int m_runs = 0;
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
        m_probe = std::make_unique<Probe>(lang);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
        const auto enrolment = m_server.enrolments().value(0);
        m_youngPerson = std::make_unique<Device>();
        QVERIFY(m_youngPerson->signIn(m_server.url(), QString(), QString(), enrolment.code));
        const QString paId
            = m_youngPerson->session.data().currentPaId(enrolment.youngPersonId, m_youngPerson->clock.today());
        Pathway::Testing::DemoLogin login;
        for (const auto &l : m_server.logins()) {
            if (l.staffId == paId)
                login = l;
        }
        m_pa = std::make_unique<Device>();
        QVERIFY(m_pa->signIn(m_server.url(), login.email, login.password));
        m_probe->watch(m_pa->app.syncController()->engine());
        // Setting the scene: the PA has answered every request still open in their caseload, so
        // the one the test sends is the only one.
        CaseloadController caseload;
        caseload.setApp(&m_pa->app);
        for (int i = 0; i < caseload.model()->rowCount(); ++i) {
            ContactRequestController open;
            open.setApp(&m_pa->app);
            open.setYoungPersonId(caseload.model()->valueAt(i, u"key"_s).toString());
            open.setOpenOnly(true);
            while (open.requests()->rowCount() > 0)
                QVERIFY(open.respondWithContact(open.requests()->valueAt(0, u"key"_s).toString(), u"visit"_s, {}));
        }
        m_pa->app.syncController()->engine()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_pa->session.pendingChanges(), 0, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_pa->app.syncController()->engine()->isRunning(), Timeout);

        // Test-only: the QML tests reach these by name.
        engine->rootContext()->setContextProperty(u"paApp"_s, &m_pa->app);
        engine->rootContext()->setContextProperty(u"youngPersonApp"_s, &m_youngPerson->app);
        engine->rootContext()->setContextProperty(u"youngPersonId"_s, enrolment.youngPersonId);
        engine->rootContext()->setContextProperty(u"probe"_s, m_probe.get());
    }

    void cleanupTestCase()
    {
        m_pa.reset();
        m_youngPerson.reset();
        m_server.stop();
    }

private:
    ServerProcess m_server;
    std::unique_ptr<Probe> m_probe;
    std::unique_ptr<Device> m_pa;
    std::unique_ptr<Device> m_youngPerson;
};

QUICK_TEST_MAIN_WITH_SETUP(pathway_requests, Setup)

#include "tst_requests_qml.moc"
