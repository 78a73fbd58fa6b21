// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "ui/appcontroller.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace Pathway::Test {

/** A demo device for one role on a fresh temporary encrypted store, with a fake clock. */
struct DemoDevice
{
    QTemporaryDir dir;
    FakeClock clock {QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<StoreSession> session;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<AppController> app;

    explicit DemoDevice(std::optional<Role> role = std::nullopt)
    {
        QStandardPaths::setTestModeEnabled(true);
        session = std::make_unique<StoreSession>(dir.path(), clock, KdfParams::fastForTests());
        settings = std::make_unique<AppSettings>(QString());
        app = std::make_unique<AppController>(session.get(), settings.get());
        if (role)
            open(*role);
    }

    void open(Role role)
    {
        app->startDemo(role, QStringLiteral("correct horse"), QStringLiteral("correct horse"));
        QTRY_VERIFY_WITH_TIMEOUT(app->stage() == AppController::Stage::Ready, 30000);
    }
};

} // namespace Pathway::Test
