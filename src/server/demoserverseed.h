// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "server/serverstore.h"

#include <QList>
#include <QString>

namespace Pathway::Server {

/** A demo login or enrolment code to print at start-up. */
struct DemoAccount
{
    QString email;
    QString password;
    QString role;
    QString staffId;
};
struct DemoEnrolment
{
    QString code;
    QString youngPersonId;
};
struct DemoServerSeed
{
    QList<DemoAccount> accounts;
    QList<DemoEnrolment> enrolments;
    int records = 0;
};

/** The fixed password of every demo login. DEMO ONLY: the demo authority is fictional. */
inline constexpr const char *DemoPassword = "demo-only-pathway";

/**
 * Seeds the demo authority (domain/demodata.h) into the store, idempotently (stable change ids),
 * creates logins for its manager, PAs and admin, and fresh enrolment codes for two young people.
 */
DemoServerSeed seedDemo(ServerStore &store, const Clock &clock, qint64 enrolCodeTtlSecs);

} // namespace Pathway::Server
