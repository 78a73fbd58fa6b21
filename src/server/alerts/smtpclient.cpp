// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/alerts/smtpclient.h"

#include <QDateTime>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

QString toCode(SmtpError e)
{
    switch (e) {
    case SmtpError::Ok:
        return u"ok"_s;
    case SmtpError::Connect:
        return u"smtp_connect"_s;
    case SmtpError::Timeout:
        return u"smtp_timeout"_s;
    case SmtpError::Protocol:
        return u"smtp_protocol"_s;
    case SmtpError::TlsRequired:
        return u"smtp_tls_required"_s;
    case SmtpError::Tls:
        return u"smtp_tls"_s;
    case SmtpError::Auth:
        return u"smtp_auth"_s;
    case SmtpError::Rejected:
        return u"smtp_rejected"_s;
    }
    return {};
}

namespace {

/** One SMTP conversation over a socket. */
class Session
{
public:
    Session(QSslSocket &socket, int timeoutMs, QString &lastReply)
        : m_socket(socket)
        , m_timeoutMs(timeoutMs)
        , m_lastReply(lastReply)
    {
    }

    /** Reads one (possibly multi-line) reply; returns its code, 0 on timeout or garbage. */
    int reply(QStringList *lines = nullptr)
    {
        for (;;) {
            while (!m_socket.canReadLine()) {
                if (!m_socket.waitForReadyRead(m_timeoutMs)) {
                    return 0;
                }
            }
            const QString line = QString::fromUtf8(m_socket.readLine()).trimmed();
            if (line.size() < 3) {
                return 0;
            }
            m_lastReply = line;
            if (lines) {
                lines->append(line.mid(4));
            }
            if (line.size() == 3 || line.at(3) == u' ') {
                return line.left(3).toInt();
            }
        }
    }

    int command(const QByteArray &line, QStringList *lines = nullptr)
    {
        m_socket.write(line + "\r\n");
        if (!m_socket.waitForBytesWritten(m_timeoutMs)) {
            return 0;
        }
        return reply(lines);
    }

private:
    QSslSocket &m_socket;
    int m_timeoutMs;
    QString &m_lastReply;
};

bool isLoopback(const QString &host)
{
    const QHostAddress a(host);
    return host == "localhost"_L1 || (!a.isNull() && a.isLoopback());
}

QByteArray dotStuffed(const QString &body)
{
    QByteArray out;
    const QStringList lines = QString(body).replace(u"\r\n"_s, u"\n"_s).split(u'\n');
    for (const auto &l : lines) {
        QByteArray line = l.toUtf8();
        if (line.startsWith('.')) {
            line.prepend('.');
        }
        out += line + "\r\n";
    }
    return out;
}

QByteArray headerSafe(const QString &s)
{
    return QString(s).remove(u'\r').remove(u'\n').toUtf8();
}

} // namespace

SmtpClient::SmtpClient(SmtpConfig config)
    : m_config(std::move(config))
{
}

SmtpError SmtpClient::send(const SmtpMessage &message)
{
    QSslSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_config.caCertificates.isEmpty()) {
        ssl.addCaCertificates(m_config.caCertificates);
    }
    socket.setSslConfiguration(ssl);
    socket.setPeerVerifyName(m_config.host);
    socket.connectToHost(m_config.host, m_config.port);
    if (!socket.waitForConnected(m_config.timeoutMs)) {
        return SmtpError::Connect;
    }
    Session s(socket, m_config.timeoutMs, m_lastReply);
    if (s.reply() != 220) {
        return m_lastReply.isEmpty() ? SmtpError::Timeout : SmtpError::Rejected;
    }
    QStringList caps;
    const QByteArray ehlo = "EHLO " + headerSafe(m_config.heloName);
    if (s.command(ehlo, &caps) != 250) {
        return SmtpError::Protocol;
    }
    if (caps.contains(u"STARTTLS"_s, Qt::CaseInsensitive)) {
        if (s.command("STARTTLS") != 220) {
            return SmtpError::Tls;
        }
        socket.startClientEncryption();
        if (!socket.waitForEncrypted(m_config.timeoutMs)) {
            return SmtpError::Tls;
        }
        caps.clear();
        if (s.command(ehlo, &caps) != 250) {
            return SmtpError::Protocol;
        }
    } else if (!(m_config.allowPlainOnLoopback && isLoopback(m_config.host))) {
        return SmtpError::TlsRequired;
    }
    if (!m_config.username.isEmpty()) {
        QString authLine;
        for (const auto &c : caps) {
            if (c.startsWith(u"AUTH"_s, Qt::CaseInsensitive)) {
                authLine = c.toUpper();
            }
        }
        const QStringList mechanisms = authLine.mid(5).split(u' ', Qt::SkipEmptyParts);
        if (mechanisms.contains(u"PLAIN"_s)) {
            const QByteArray token
                = QByteArray(1, '\0') + m_config.username.toUtf8() + '\0' + m_config.password.toUtf8();
            if (s.command("AUTH PLAIN " + token.toBase64()) != 235) {
                return SmtpError::Auth;
            }
        } else if (mechanisms.contains(u"LOGIN"_s)) {
            if (s.command("AUTH LOGIN") != 334 || s.command(m_config.username.toUtf8().toBase64()) != 334
                || s.command(m_config.password.toUtf8().toBase64()) != 235) {
                return SmtpError::Auth;
            }
        } else {
            return SmtpError::Auth;
        }
    }
    if (s.command("MAIL FROM:<" + headerSafe(m_config.from) + ">") != 250) {
        return SmtpError::Rejected;
    }
    int accepted = 0;
    for (const auto &rcpt : message.to) {
        const int code = s.command("RCPT TO:<" + headerSafe(rcpt) + ">");
        accepted += (code == 250 || code == 251) ? 1 : 0;
    }
    if (accepted == 0 || s.command("DATA") != 354) {
        s.command("RSET");
        return SmtpError::Rejected;
    }
    QByteArray data;
    data += "From: " + headerSafe(m_config.from) + "\r\n";
    data += "To: " + headerSafe(message.to.join(u", "_s)) + "\r\n";
    data += "Subject: " + headerSafe(message.subject) + "\r\n";
    data += "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toUtf8() + "\r\n";
    data += "Message-ID: <" + headerSafe(message.messageId) + ">\r\n";
    data += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    data += dotStuffed(message.body);
    data += ".\r\n";
    socket.write(data);
    if (!socket.waitForBytesWritten(m_config.timeoutMs) || s.reply() != 250) {
        return SmtpError::Rejected;
    }
    s.command("QUIT");
    socket.disconnectFromHost();
    return SmtpError::Ok;
}

} // namespace Pathway::Server
