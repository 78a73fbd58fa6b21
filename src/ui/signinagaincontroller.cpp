// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "signinagaincontroller.h"

#include "synccontroller.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

SignInAgainController::SignInAgainController(SyncController *sync, std::function<Role()> role, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_role(std::move(role))
{
    connect(m_sync, &SyncController::loginRequired, this, [this] { setState(true, false, m_error); });
    connect(m_sync, &SyncController::signedInAgain, this, [this] { setState(false, false, {}); });
    connect(m_sync, &SyncController::signInAgainFailed, this, &SignInAgainController::onFailed);
}

QString SignInAgainController::email() const
{
    const Role role = m_role();
    if (role != Role::PersonalAdviser && role != Role::Manager)
        return {};
    return m_sync->signInEmail();
}

void SignInAgainController::submit(const QString &email, const QString &password, const QString &enrolmentCode)
{
    if (!m_expired || m_busy)
        return;
    if (m_role() == Role::YoungPerson) {
        if (enrolmentCode.trimmed().isEmpty()) {
            setState(true, false, tr("Type the new code from your PA.", "@info"));
            return;
        }
        setState(true, true, {});
        m_sync->signInAgain({}, {}, enrolmentCode);
        return;
    }
    const QString known = this->email();
    const QString account = known.isEmpty() ? email.trimmed() : known;
    if (!account.contains(u'@') || password.isEmpty()) {
        setState(true, false, tr("Type your password.", "@info"));
        return;
    }
    setState(true, true, {});
    m_sync->signInAgain(account, password, {});
}

void SignInAgainController::clearError()
{
    setState(m_expired, m_busy, {});
}

void SignInAgainController::reset()
{
    setState(false, false, {});
}

void SignInAgainController::onFailed(const QString &code, int retryAfterSecs)
{
    const bool youngPerson = m_role() == Role::YoungPerson;
    QString text;
    if (code == "other_account"_L1 || code == "device_unavailable"_L1) {
        text = youngPerson ? tr("That code is for someone else. This phone keeps your information, so only a code "
                                "made for you works here. Ask your PA for a new one.",
                                "@info")
                           : tr("That is a different account. This device keeps the information of the person who "
                                "set it up, so only they can sign in here. Nothing was changed.",
                                "@info");
    } else if (code == "too_many_attempts"_L1) {
        //: The server makes people wait longer after each wrong try
        text = tr("Too many tries. Wait %n second(s), then try again.", "@info", std::max(retryAfterSecs, 1));
    } else if (code == "network"_L1 || code == "timeout"_L1) {
        text = tr("Cannot reach the server. Your changes are kept; try again when you are online.", "@info");
    } else if (code == "invalid_code"_L1 || (youngPerson && code == "login_required"_L1)) {
        text = tr("That code did not work. It may be used or out of date: ask your PA for a new one. Nothing on "
                  "this phone has changed.",
                  "@info");
    } else if (code == "invalid_credentials"_L1 || code == "login_required"_L1 || code == "forbidden"_L1) {
        text = tr("That password is not right. Nothing on this device has changed.", "@info");
    } else {
        text = tr("Signing in did not work. Your changes are kept; try again later.", "@info");
    }
    setState(m_expired, false, text);
}

void SignInAgainController::setState(bool expired, bool busy, const QString &error)
{
    if (expired == m_expired && busy == m_busy && error == m_error)
        return;
    m_expired = expired;
    m_busy = busy;
    m_error = error;
    Q_EMIT changed();
}

} // namespace Pathway
