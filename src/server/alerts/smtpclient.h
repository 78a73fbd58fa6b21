// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace Pathway::Server {

/** Where and how to send e-mail. */
struct SmtpConfig
{
    QString host;
    quint16 port = 587;
    QString heloName = QStringLiteral("pathway-server");
    QString username; ///< empty: no AUTH
    QString password;
    QString from; ///< envelope and header sender
    bool allowPlainOnLoopback = true; ///< a relay on 127.0.0.1/::1 may skip STARTTLS; any other must offer it
    QList<QSslCertificate> caCertificates; ///< extra trusted roots (tests, private CAs)
    int timeoutMs = 15000;
};

/** One plain-text message. */
struct SmtpMessage
{
    QStringList to;
    QString subject;
    QString body; ///< plain text; lines end with \n or \r\n
    QString messageId; ///< stable per message so a retried message can be recognised
};

/** Why sending failed. Codes for logs: see toCode(). */
enum class SmtpError
{
    Ok,
    Connect,
    Timeout,
    Protocol,
    TlsRequired,
    Tls,
    Auth,
    Rejected
};
QString toCode(SmtpError e);

/**
 * A small blocking SMTP client (RFC 5321) on QSslSocket: EHLO, STARTTLS (required unless the
 * relay is on loopback), AUTH PLAIN or LOGIN when configured (only over TLS or loopback),
 * MAIL FROM / RCPT TO / DATA with dot-stuffing. Runs on whichever thread calls send().
 */
class SmtpClient
{
public:
    explicit SmtpClient(SmtpConfig config);
    SmtpError send(const SmtpMessage &message);
    /** The last server reply (code and text), for operators' logs. */
    QString lastReply() const { return m_lastReply; }

private:
    SmtpConfig m_config;
    QString m_lastReply;
};

} // namespace Pathway::Server
