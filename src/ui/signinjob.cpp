// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "signinjob.h"

#include "domain/role.h"
#include "sync/apiclient.h"
#include "sync/credentials.h"
#include "uilog.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
/** A sign-in answers quickly or not at all; a user waiting on a spinner should not wait 30 s. */
constexpr int SignInTimeoutMs = 20000;
constexpr int LogoutTimeoutMs = 5000;

bool isAppRole(const QString &role)
{
    const std::optional<Role> r = roleFromCode(role);
    return r && *r != Role::Admin; // an admin uses pathway-server's admin commands
}
} // namespace

SignInJob::SignInJob(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_salt.resize(16);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(m_salt.data()),
                                         reinterpret_cast<quint32 *>(m_salt.data() + m_salt.size()));
}

SignInJob::~SignInJob() = default;

QByteArray SignInJob::passwordHash(const QString &password) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(password.toUtf8());
    return hash.result();
}

void SignInJob::start(const QUrl &server, const QString &email, const QString &password, const QString &code)
{
    m_server = server;
    m_email = code.trimmed().isEmpty() ? email.trimmed() : QString();
    m_code = code.trimmed();
    m_enrolment = !m_code.isEmpty();
    m_passwordHash = m_code.isEmpty() ? passwordHash(password) : QByteArray();
    m_errorCode.clear();
    m_role.clear();
    m_retryAfterSecs = 0;
    m_running = true;
    m_credentials = std::make_unique<Sync::Credentials>();
    m_credentials->setServerUrl(server);
    m_api = std::make_unique<Sync::ApiClient>(m_network.data(), m_credentials.get());
    m_api->setTimeoutMs(SignInTimeoutMs);
    auto done = [this](const Sync::ApiReply &reply) {
        onReply(reply);
    };
    if (m_code.isEmpty())
        m_api->login(m_email, password, done);
    else
        m_api->enrol(m_code, done);
}

void SignInJob::refuse(const QString &code, bool enrolment)
{
    m_enrolment = enrolment;
    m_errorCode = code;
    m_running = false;
}

void SignInJob::onReply(const Sync::ApiReply &reply)
{
    if (!reply.ok()) {
        fail(reply.serverError.isEmpty() ? Sync::toCode(reply.error) : reply.serverError,
             reply.body.value("retryAfter"_L1).toInt());
        return;
    }
    m_role = reply.body.value("role"_L1).toString();
    if (!isAppRole(m_role)) {
        // An account the app cannot serve (an admin): its session is of no use.
        m_api->post(u"/v1/auth/logout"_s, {}, [](const Sync::ApiReply &) {});
        fail(u"unsupported_role"_s);
        return;
    }
    qCInfo(lcUi) << "signed in; waiting for a passphrase before anything is stored";
    m_running = false;
    Q_EMIT finished();
}

void SignInJob::fail(const QString &code, int retryAfterSecs)
{
    qCInfo(lcUi) << "sign-in refused:" << code;
    m_errorCode = code;
    m_retryAfterSecs = std::max(retryAfterSecs, 0);
    m_running = false;
    if (m_credentials)
        m_credentials->clearTokens();
    Q_EMIT finished();
}

bool SignInJob::matches(const QUrl &server, const QString &email, const QString &password, const QString &code) const
{
    if (server != m_server || code.trimmed() != m_code)
        return false;
    return !m_code.isEmpty() || (email.trimmed() == m_email && passwordHash(password) == m_passwordHash);
}

void SignInJob::discard()
{
    if (!succeeded() || !m_api) {
        deleteLater();
        return;
    }
    // The tokens were never stored anywhere: end their session so it does not linger on the server.
    disconnect(this, &SignInJob::finished, nullptr, nullptr);
    m_api->setTimeoutMs(LogoutTimeoutMs);
    m_api->post(u"/v1/auth/logout"_s, {}, [this](const Sync::ApiReply &) {
        m_credentials->clearTokens();
        deleteLater();
    });
}

QString SignInJob::errorMessage() const
{
    const bool youngPerson = m_enrolment;
    if (m_errorCode.isEmpty())
        return {};
    if (m_errorCode == "no_server"_L1) {
        return youngPerson ? tr("This app does not know your council's server yet. Ask your PA to show you the QR "
                                "code for your phone, and scan it with your camera, or open the link they send you.",
                                "@info")
                           : tr("Type the server address your council gave you, under Advanced.", "@info");
    }
    if (m_errorCode == "bad_link"_L1)
        return tr("That link does not work. Ask your PA to show you the QR code again, or type the code.", "@info");
    if (m_errorCode == "missing_code"_L1)
        return tr("Type the code from your PA. It looks like 7KQ4-M2XD.", "@info");
    if (m_errorCode == "missing_login"_L1)
        return tr("Type your work e-mail and password.", "@info");
    if (m_errorCode == "network"_L1 || m_errorCode == "timeout"_L1) {
        return youngPerson ? tr("Cannot reach your council's server. Check that you are online (Wi-Fi or mobile "
                                "data), then try again.",
                                "@info")
                           : tr("Cannot reach the server. Check that you are online and, under Advanced, the server "
                                "address, then try again.",
                                "@info");
    }
    if (m_errorCode == "too_many_attempts"_L1) {
        if (m_retryAfterSecs >= 60) {
            //: The server makes people wait longer after each wrong try
            return tr("Too many tries. Wait %n minute(s), then try again.", "@info", (m_retryAfterSecs + 59) / 60);
        }
        //: The server makes people wait longer after each wrong try
        return tr("Too many tries. Wait %n second(s), then try again.", "@info", std::max(m_retryAfterSecs, 1));
    }
    if (m_errorCode == "invalid_code"_L1 || (youngPerson && m_errorCode == "login_required"_L1)) {
        return tr("That code did not work. Check each letter and number. A code works once and only for a few "
                  "days: if it still does not work, ask your PA for a new one.",
                  "@info");
    }
    if (m_errorCode == "invalid_credentials"_L1 || m_errorCode == "login_required"_L1)
        return tr("That e-mail or password is not right. Check them and try again.", "@info");
    if (m_errorCode == "device_unavailable"_L1 || m_errorCode == "forbidden"_L1) {
        return tr("The server did not let this device sign in. Ask your leaving-care service to check your "
                  "account.",
                  "@info");
    }
    if (m_errorCode == "unsupported_role"_L1)
        return tr("This account cannot use the app. Use a PA's or a manager's account.", "@info");
    return tr("Signing in did not work: the server had a problem. Try again in a few minutes.", "@info");
}

} // namespace Pathway
