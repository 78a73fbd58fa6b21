// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/**
 * Qt Quick Test runner for setting up a device, against the real server: the staff sign-in step
 * reports a wrong password before any passphrase is asked, Back keeps what was typed, a young
 * person's code step asks for no server address, and a PA's "Set up their phone" sheet shows a
 * code and its QR code. With PATHWAY_SCREENSHOT_DIR set (scripts/screenshots.sh) it saves PNGs of
 * those screens there; PATHWAY_TEST_LANG=ar runs it in Arabic, right to left.
 */

#include "serverprocess.h"

#include "domain/clock.h"
#include "ui/appcontroller.h"
#include "ui/caseloadcontroller.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QGuiApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
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
/** One app device on its own (not yet created) encrypted store. */
struct Device
{
    QTemporaryDir dir;
    SystemClock clock;
    StoreSession session {dir.path(), clock, KdfParams::fastForTests()};
    AppSettings settings {QString()};
    AppController app {&session, &settings};
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

        // A PA, signed in, whose record pages make codes.
        m_pa = std::make_unique<Device>();
        const auto login = m_server.login(u"pa"_s);
        QSignalSpy accepted(&m_pa->app, &AppController::signInAccepted);
        m_pa->app.prepareSignIn(m_server.url().toString(), login.email, login.password, {});
        QVERIFY(accepted.wait(30000));
        m_pa->app.finishSignIn(u"qml passphrase"_s, u"qml passphrase"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_pa->app.stage(), AppController::Stage::Ready, 30000);
        CaseloadController caseload;
        caseload.setApp(&m_pa->app);
        QVERIFY(caseload.model()->rowCount() > 0);

        // New devices: a member of staff's, and a young person's in an app that knows its server.
        m_staffPhone = std::make_unique<Device>();
        m_staffPhone->settings.setServerUrl(m_server.url().toString());
        m_youngPersonPhone = std::make_unique<Device>();
        m_youngPersonPhone->settings.setServerUrl(m_server.url().toString());

        // Test-only: the QML tests reach these by name.
        engine->rootContext()->setContextProperty(u"paApp"_s, &m_pa->app);
        engine->rootContext()->setContextProperty(u"staffApp"_s, &m_staffPhone->app);
        engine->rootContext()->setContextProperty(u"youngPersonApp"_s, &m_youngPersonPhone->app);
        engine->rootContext()->setContextProperty(u"staffEmail"_s, m_server.login(u"pa"_s, 1).email);
        engine->rootContext()->setContextProperty(u"staffPassword"_s, m_server.login(u"pa"_s, 1).password);
        engine->rootContext()->setContextProperty(u"someoneOnTheCaseload"_s,
                                                  caseload.model()->valueAt(0, u"key"_s).toString());
        engine->rootContext()->setContextProperty(u"screenshots"_s, m_shots.get());
    }

    void cleanupTestCase()
    {
        m_pa.reset();
        m_staffPhone.reset();
        m_youngPersonPhone.reset();
        m_server.stop();
    }

private:
    ServerProcess m_server;
    std::unique_ptr<Screenshots> m_shots;
    std::unique_ptr<Device> m_pa;
    std::unique_ptr<Device> m_staffPhone;
    std::unique_ptr<Device> m_youngPersonPhone;
};

QUICK_TEST_MAIN_WITH_SETUP(pathway_onboarding, Setup)

#include "tst_onboarding_qml.moc"
