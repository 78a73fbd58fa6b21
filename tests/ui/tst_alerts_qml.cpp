// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/**
 * Qt Quick Test runner for the alerts page as a PA and a manager meet it, signed in to the real
 * server: one alert already acknowledged by the PA with a note; and the manager's Team page saving
 * Ofsted's Annex A from the server (into the test-mode Documents folder). With PATHWAY_SCREENSHOT_DIR set
 * (scripts/screenshots.sh) the tests save PNGs there; PATHWAY_TEST_LANG=ar runs them in Arabic.
 */

#include "serverprocess.h"

#include "domain/clock.h"
#include "ui/alertscontroller.h"
#include "ui/appcontroller.h"

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
constexpr int Timeout = 60000;

struct Device
{
    QTemporaryDir dir;
    SystemClock clock;
    StoreSession session {dir.path(), clock, KdfParams::fastForTests()};
    AppSettings settings {QString()};
    AppController app {&session, &settings};

    bool signIn(const QUrl &server, const Testing::DemoLogin &login)
    {
        app.prepareSignIn(server.toString(), login.email, login.password, QString());
        app.finishSignIn(u"qml passphrase"_s, u"qml passphrase"_s);
        QDeadlineTimer deadline(Timeout);
        while (app.stage() != AppController::Stage::Ready && app.signInError().isEmpty() && !deadline.hasExpired())
            QTest::qWait(20);
        return app.stage() == AppController::Stage::Ready;
    }
};
} // namespace

/** Saves a PNG of a window into PATHWAY_SCREENSHOT_DIR, when it is set. */
class AlertScreenshots : public QObject
{
    Q_OBJECT

public:
    explicit AlertScreenshots(QString lang)
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
        QLocale::setDefault(lang == "en"_L1 ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(lang));
        // English too, as the app does: its translation holds the English plural forms.
        auto *translator = new QTranslator(qApp);
        if (translator->load(QStringLiteral(PATHWAY_BINARY_DIR) + u"/translations/pathway_"_s + lang + u".qm"_s))
            QCoreApplication::installTranslator(translator);
        QGuiApplication::setLayoutDirection(QLocale(lang).textDirection());
        m_shots = std::make_unique<AlertScreenshots>(lang);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
        m_pa = std::make_unique<Device>();
        QVERIFY(m_pa->signIn(m_server.url(), m_server.login(u"pa"_s)));
        m_manager = std::make_unique<Device>();
        QVERIFY(m_manager->signIn(m_server.url(), m_server.login(u"manager"_s)));

        // The PA has acknowledged one alert addressed to managers, so both pages show an acknowledgement.
        AlertsController alerts;
        alerts.setApp(&m_pa->app);
        QTRY_VERIFY_WITH_TIMEOUT(alerts.isFromServer(), Timeout);
        QString key;
        for (int i = 0; i < alerts.model()->rowCount() && key.isEmpty(); ++i) {
            if (alerts.model()->valueAt(i, u"canAcknowledge"_s).toBool()
                && alerts.model()->valueAt(i, u"audience"_s).toString() == "manager"_L1)
                key = alerts.model()->valueAt(i, u"key"_s).toString();
        }
        QVERIFY2(!key.isEmpty(), "the PA has an alert for managers to acknowledge");
        QSignalSpy done(&alerts, &AlertsController::acknowledged);
        QVERIFY(alerts.acknowledge(key, u"Phoned today; home visit booked for Friday."_s));
        QVERIFY(done.wait(Timeout));

        // Test-only: the QML tests reach these by name.
        engine->rootContext()->setContextProperty(u"paApp"_s, &m_pa->app);
        engine->rootContext()->setContextProperty(u"managerApp"_s, &m_manager->app);
        engine->rootContext()->setContextProperty(u"screenshots"_s, m_shots.get());
        engine->rootContext()->setContextProperty(u"exportFolder"_s, m_exports.path());
    }

    void cleanupTestCase()
    {
        m_pa.reset();
        m_manager.reset();
        m_server.stop();
    }

private:
    ServerProcess m_server;
    std::unique_ptr<AlertScreenshots> m_shots;
    std::unique_ptr<Device> m_pa;
    std::unique_ptr<Device> m_manager;
    QTemporaryDir m_exports; ///< where the Team page saves the returns
};

QUICK_TEST_MAIN_WITH_SETUP(pathway_alerts, Setup)

#include "tst_alerts_qml.moc"
