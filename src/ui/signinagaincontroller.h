// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/role.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace Pathway {

class SyncController;

/**
 * Signing in again after the server ended the session (the sheet and banner bind to it): whether
 * the sign-in has expired, the account to sign in to, the attempt under way and its error in
 * words. A young person types a new code from their PA; staff their password. The outbox is kept
 * throughout; a lock forgets only the attempt, since the store remembers the expiry.
 */
class SignInAgainController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(bool expired READ expired NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)

public:
    /** @p role says who uses the device now (it changes with every unlock). */
    SignInAgainController(SyncController *sync, std::function<Role()> role, QObject *parent = nullptr);

    bool expired() const { return m_expired; }
    /** The staff member's e-mail, filled in and fixed; empty for a young person. */
    QString email() const;
    QString error() const { return m_error; }
    bool busy() const { return m_busy; }

    /** Signs in again: staff with @p email (if none is known) and @p password; a young person with a code. */
    Q_INVOKABLE void submit(const QString &email, const QString &password, const QString &enrolmentCode);
    /** Clears the error (the person started typing again). */
    Q_INVOKABLE void clearError();
    /** Forgets the attempt and its state (the app locked; the store says again on unlock). */
    void reset();

Q_SIGNALS:
    void changed();

private:
    void onFailed(const QString &code, int retryAfterSecs);
    void setState(bool expired, bool busy, const QString &error);

    SyncController *m_sync;
    std::function<Role()> m_role;
    QString m_error;
    bool m_expired = false;
    bool m_busy = false;
};

} // namespace Pathway
