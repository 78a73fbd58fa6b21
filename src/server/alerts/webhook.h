// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace Pathway::Server {

/** Where webhooks go and the shared secret that signs them. */
struct WebhookConfig
{
    QUrl url; ///< http(s)://host[:port]/path
    QByteArray secret; ///< from PATHWAY_ALERT_WEBHOOK_SECRET; never logged
    QList<QSslCertificate> caCertificates;
    int timeoutMs = 15000;
};

/** "sha256=" + hex HMAC-SHA256 of timestamp + "." + body. */
QByteArray webhookSignature(const QByteArray &secret, qint64 timestamp, const QByteArray &body);

/**
 * Posts one signed JSON body (blocking HTTP/1.1, TLS for https). Headers: X-Pathway-Timestamp
 * (seconds since epoch), X-Pathway-Signature, X-Pathway-Event-Id (receivers de-duplicate on it).
 * Returns true on a 2xx answer; otherwise false and a short error code.
 */
bool postWebhook(
    const WebhookConfig &config, const QByteArray &body, const QString &eventId, qint64 timestamp, QString *error);

} // namespace Pathway::Server
