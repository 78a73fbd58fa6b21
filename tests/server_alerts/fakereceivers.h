// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <atomic>
#include <mutex>
#include <thread>

namespace Pathway::Server::Test {

/** A throwaway self-signed certificate for 127.0.0.1, made by the openssl command at test time. */
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    bool isValid() const { return !certificate.isNull() && !key.isNull(); }

    static TestCertificate make(const QTemporaryDir &dir)
    {
        TestCertificate out;
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty()) {
            return out;
        }
        const QString keyPath = dir.filePath(QStringLiteral("test-key.pem"));
        const QString certPath = dir.filePath(QStringLiteral("test-cert.pem"));
        QProcess p;
        p.start(openssl,
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
                 QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                 QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            return out;
        }
        QFile c(certPath);
        QFile k(keyPath);
        if (c.open(QIODevice::ReadOnly) && k.open(QIODevice::ReadOnly)) {
            out.certificate = QSslCertificate(c.readAll(), QSsl::Pem);
            out.key = QSslKey(k.readAll(), QSsl::Rsa, QSsl::Pem);
        }
        QFile::remove(keyPath); // the private key lives in memory only
        return out;
    }
};

/** QTcpServer that hands out raw descriptors, so a session can become a QSslSocket. */
class DescriptorServer : public QTcpServer
{
public:
    qintptr pending = -1;

protected:
    void incomingConnection(qintptr fd) override { pending = fd; }
};

/** Runs a blocking accept loop on its own thread, one session at a time. */
class BlockingServer
{
public:
    virtual ~BlockingServer() { stop(); }
    quint16 start()
    {
        std::atomic<int> port {-1};
        m_thread = std::thread([this, &port] {
            DescriptorServer server;
            port = server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
            while (!m_stop) {
                if (!server.waitForNewConnection(50) || server.pending < 0) {
                    continue;
                }
                QSslSocket socket;
                socket.setSocketDescriptor(server.pending);
                server.pending = -1;
                session(socket);
                socket.disconnectFromHost();
                if (socket.state() != QAbstractSocket::UnconnectedState) {
                    socket.waitForDisconnected(1000);
                }
            }
        });
        while (port < 0) {
            std::this_thread::yield();
        }
        return static_cast<quint16>(port.load());
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }

protected:
    virtual void session(QSslSocket &socket) = 0;
    static QByteArray readLine(QSslSocket &s)
    {
        while (!s.canReadLine()) {
            if (!s.waitForReadyRead(5000)) {
                return {};
            }
        }
        return s.readLine();
    }
    static void say(QSslSocket &s, const QByteArray &line)
    {
        s.write(line + "\r\n");
        s.waitForBytesWritten(5000);
    }

    std::atomic<bool> m_stop {false};
    std::thread m_thread;
};

/** A captured e-mail. */
struct CapturedMail
{
    QByteArray from;
    QList<QByteArray> to;
    QByteArray data;
    QByteArray authUser;
    bool tls = false;
};

/** Enough SMTP for the client: EHLO, STARTTLS, AUTH PLAIN, MAIL, RCPT, DATA, RSET, QUIT. */
class FakeSmtpServer : public BlockingServer
{
public:
    TestCertificate cert;
    bool offerStartTls = true;
    std::atomic<int> refuseFirst {0}; ///< answer "421" to this many connections first
    std::atomic<int> connections {0};

    QList<CapturedMail> mails()
    {
        std::lock_guard lock(m_mutex);
        return m_mails;
    }

protected:
    void session(QSslSocket &s) override
    {
        ++connections;
        if (refuseFirst > 0) {
            --refuseFirst;
            say(s, "421 try again later");
            return;
        }
        say(s, "220 fake ESMTP");
        CapturedMail mail;
        for (;;) {
            const QByteArray line = readLine(s).trimmed();
            const QByteArray upper = line.toUpper();
            if (line.isEmpty() || upper == "QUIT") {
                say(s, "221 bye");
                return;
            }
            if (upper.startsWith("EHLO")) {
                s.write("250-fake\r\n");
                if (offerStartTls && !s.isEncrypted()) {
                    s.write("250-STARTTLS\r\n");
                }
                if (s.isEncrypted()) {
                    s.write("250-AUTH PLAIN LOGIN\r\n");
                }
                say(s, "250 8BITMIME");
            } else if (upper == "STARTTLS" && offerStartTls) {
                say(s, "220 go ahead");
                s.setLocalCertificate(cert.certificate);
                s.setPrivateKey(cert.key);
                s.startServerEncryption();
                if (!s.waitForEncrypted(10000)) {
                    return;
                }
                mail.tls = true;
            } else if (upper.startsWith("AUTH PLAIN ")) {
                const QList<QByteArray> parts = QByteArray::fromBase64(line.mid(11)).split('\0');
                mail.authUser = parts.value(1);
                say(s, parts.value(2) == "relay-password" ? "235 ok" : "535 no");
            } else if (upper.startsWith("MAIL FROM:")) {
                mail.from = line.mid(10);
                say(s, "250 ok");
            } else if (upper.startsWith("RCPT TO:")) {
                mail.to.append(line.mid(8));
                say(s, "250 ok");
            } else if (upper == "DATA") {
                say(s, "354 go");
                for (;;) {
                    const QByteArray d = readLine(s);
                    if (d.isEmpty() || d == ".\r\n") {
                        break;
                    }
                    mail.data += d.startsWith("..") ? d.mid(1) : d;
                }
                {
                    std::lock_guard lock(m_mutex);
                    m_mails.append(mail);
                }
                say(s, "250 queued");
            } else if (upper == "RSET") {
                say(s, "250 ok");
            } else {
                say(s, "502 not implemented");
            }
        }
    }

private:
    std::mutex m_mutex;
    QList<CapturedMail> m_mails;
};

/** A webhook receiver that checks the signature and can be "down" for the first requests. */
class FakeWebhookReceiver : public BlockingServer
{
public:
    QByteArray secret;
    std::atomic<int> failFirst {0};
    std::atomic<int> badSignatures {0};

    struct Received
    {
        QByteArray eventId;
        QByteArray body;
    };
    QList<Received> received()
    {
        std::lock_guard lock(m_mutex);
        return m_received;
    }

protected:
    void session(QSslSocket &s) override
    {
        QMap<QByteArray, QByteArray> headers;
        readLine(s); // request line
        for (;;) {
            const QByteArray line = readLine(s).trimmed();
            if (line.isEmpty()) {
                break;
            }
            const int colon = line.indexOf(':');
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const int length = headers.value("content-length").toInt();
        QByteArray body = s.read(length);
        while (body.size() < length && s.waitForReadyRead(5000)) {
            body += s.read(length - body.size());
        }
        if (failFirst > 0) {
            --failFirst;
            say(s, "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n");
            return;
        }
        const qint64 ts = headers.value("x-pathway-timestamp").toLongLong();
        // Checked here from first principles, not with the server's own function.
        const QByteArray expected = "sha256="
            + QMessageAuthenticationCode::hash(QByteArray::number(ts) + '.' + body, secret, QCryptographicHash::Sha256)
                  .toHex();
        if (ts <= 0 || headers.value("x-pathway-signature") != expected) {
            ++badSignatures;
            say(s, "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n");
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            m_received.append({headers.value("x-pathway-event-id"), body});
        }
        say(s, "HTTP/1.1 204 No Content\r\nConnection: close\r\n");
    }

private:
    std::mutex m_mutex;
    QList<Received> m_received;
};

} // namespace Pathway::Server::Test
