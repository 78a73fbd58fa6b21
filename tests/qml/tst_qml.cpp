// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/** Qt Quick Test runner: gives the QML tests one demo device per role on real temporary encrypted stores. */

#include "domain/clock.h"
#include "ui/appcontroller.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Pathway_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Pathway_UiPlugin)

using namespace Qt::StringLiterals;
using namespace Pathway;

namespace {
struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<StoreSession> session;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<AppController> app;
};
} // namespace

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(u"Material"_s);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        const QList<std::pair<QString, Role>> roles {{u"youngPersonApp"_s, Role::YoungPerson},
                                                     {u"paApp"_s, Role::PersonalAdviser},
                                                     {u"managerApp"_s, Role::Manager}};
        for (const auto &[name, role] : roles) {
            auto d = std::make_unique<Device>();
            d->session = std::make_unique<StoreSession>(d->dir.path(), m_clock, KdfParams::fastForTests());
            d->settings = std::make_unique<AppSettings>(QString());
            d->app = std::make_unique<AppController>(d->session.get(), d->settings.get());
            d->app->startDemo(role, u"qml test pass"_s, u"qml test pass"_s);
            QTRY_VERIFY_WITH_TIMEOUT(d->app->stage() == AppController::Stage::Ready, 30000);
            // Test-only: the QML tests reach the devices by these names.
            engine->rootContext()->setContextProperty(name, d->app.get());
            m_devices.push_back(std::move(d));
        }
    }

    void cleanupTestCase() { m_devices.clear(); }

private:
    FakeClock m_clock {QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)};
    std::vector<std::unique_ptr<Device>> m_devices;
};

QUICK_TEST_MAIN_WITH_SETUP(pathway_qml, Setup)

#include "tst_qml.moc"
