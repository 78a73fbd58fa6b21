// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/alerts/webhook.h"

#include <QMessageAuthenticationCode>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

QByteArray webhookSignature(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    const QByteArray signed_ = QByteArray::number(timestamp) + '.' + body;
    return "sha256=" + QMessageAuthenticationCode::hash(signed_, secret, QCryptographicHash::Sha256).toHex();
}

bool postWebhook(
    const WebhookConfig &config, const QByteArray &body, const QString &eventId, qint64 timestamp, QString *error)
{
    const bool tls = config.url.scheme() == "https"_L1;
    if (!config.url.isValid() || (!tls && config.url.scheme() != "http"_L1)) {
        *error = u"webhook_bad_url"_s;
        return false;
    }
    QSslSocket socket;
    const quint16 port = static_cast<quint16>(config.url.port(tls ? 443 : 80));
    if (tls) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(config.caCertificates);
        socket.setSslConfiguration(ssl);
        socket.connectToHostEncrypted(config.url.host(), port);
        if (!socket.waitForEncrypted(config.timeoutMs)) {
            *error = u"webhook_tls"_s;
            return false;
        }
    } else {
        socket.connectToHost(config.url.host(), port);
        if (!socket.waitForConnected(config.timeoutMs)) {
            *error = u"webhook_connect"_s;
            return false;
        }
    }
    QByteArray path = config.url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty()) {
        path = "/";
    }
    if (config.url.hasQuery()) {
        path += '?' + config.url.query(QUrl::FullyEncoded).toUtf8();
    }
    QByteArray request = "POST " + path + " HTTP/1.1\r\n";
    request += "Host: " + config.url.host().toUtf8() + "\r\n";
    request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "User-Agent: pathway-server\r\n";
    request += "X-Pathway-Timestamp: " + QByteArray::number(timestamp) + "\r\n";
    request += "X-Pathway-Signature: " + webhookSignature(config.secret, timestamp, body) + "\r\n";
    request += "X-Pathway-Event-Id: " + eventId.toUtf8() + "\r\n";
    request += "Connection: close\r\n\r\n";
    socket.write(request + body);
    if (!socket.waitForBytesWritten(config.timeoutMs)) {
        *error = u"webhook_write"_s;
        return false;
    }
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(config.timeoutMs)) {
            *error = u"webhook_timeout"_s;
            return false;
        }
    }
    const QList<QByteArray> status = socket.readLine().trimmed().split(' ');
    const int code = status.size() >= 2 ? status.at(1).toInt() : 0;
    socket.disconnectFromHost();
    if (code < 200 || code > 299) {
        *error = u"webhook_status_"_s + QString::number(code);
        return false;
    }
    return true;
}

} // namespace Pathway::Server
