// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/alerts/alertdelivery.h"

#include "server/alerts/alertstore.h"
#include "server/serverlog.h"

#include <QJsonDocument>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

QString digestBody(const QList<OutboxItem> &items)
{
    QString body = items.size() == 1 ? u"1 alert needs your attention in Pathway.\n\n"_s
                                     : QString::number(items.size()) + u" alerts need your attention in Pathway.\n\n"_s;
    for (const auto &i : items) {
        const QJsonObject &p = i.payload;
        body += u"- "_s + p.value(u"tier"_s).toString() + u": "_s + p.value(u"ruleCode"_s).toString() + u" ("_s
            + p.value(u"event"_s).toString() + u"), young person ref "_s + p.value(u"youngPersonId"_s).toString()
            + u"\n  "_s + p.value(u"link"_s).toString() + u"\n"_s;
    }
    body += u"\nOpen Pathway to see the details. This e-mail leaves out personal details on purpose.\n"_s;
    return body;
}

} // namespace

AlertDelivery::AlertDelivery(ServerStore &store, const Clock &clock, DeliveryConfig config)
    : m_store(store)
    , m_clock(clock)
    , m_config(std::move(config))
{
}

qint64 AlertDelivery::backoffSecs(int attempts) const
{
    qint64 secs = m_config.retryBaseSecs;
    for (int i = 1; i < attempts && secs < m_config.retryMaxSecs; ++i) {
        secs *= 2;
    }
    return std::min(secs, m_config.retryMaxSecs);
}

DeliveryResult AlertDelivery::deliverDue()
{
    DeliveryResult result;
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    QList<OutboxItem> due;
    QHash<QString, QString> emails;
    m_store.withConnection([&](SqlConnection &db) {
        due = AlertStore::dueItems(db, nowMs, m_config.batchLimit);
        SqlRows r;
        db.exec(u"SELECT id, email FROM staff WHERE active = 1"_s, {}, &r);
        for (qsizetype i = 0; i < r.size(); ++i) {
            emails.insert(r.text(i, 0), r.text(i, 1));
        }
    });
    auto fail = [&](const OutboxItem &item, const QString &error) {
        const int attempts = item.attempts + 1;
        const qint64 next = nowMs + backoffSecs(attempts) * 1000;
        m_store.withConnection([&](SqlConnection &db) { AlertStore::markFailed(db, item.id, attempts, next, error); });
        ++result.failures;
        logEvent(LogLevel::Warning, u"alert_delivery_failed"_s,
                 {{u"channel"_s, item.channel}, {u"attempts"_s, attempts}, {u"error"_s, error}});
    };
    auto delivered = [&](const OutboxItem &item) {
        m_store.withConnection([&](SqlConnection &db) { AlertStore::markDelivered(db, item.id, nowMs); });
        ++result.itemsDelivered;
    };

    QMap<QString, QList<OutboxItem>> byRecipient;
    for (const auto &item : due) {
        if (item.channel == "email"_L1) {
            byRecipient[item.recipient].append(item);
        } else if (item.channel == "webhook"_L1 && m_config.webhook) {
            QString error;
            const QByteArray body = QJsonDocument(item.payload).toJson(QJsonDocument::Compact);
            if (postWebhook(*m_config.webhook, body, item.eventId, nowMs / 1000, &error)) {
                delivered(item);
                ++result.webhooksSent;
            } else {
                fail(item, error);
            }
        }
    }
    if (!m_config.smtp) {
        return result;
    }
    for (auto it = byRecipient.begin(); it != byRecipient.end(); ++it) {
        const QString address = emails.value(it.key());
        if (address.isEmpty()) {
            for (const auto &item : *it) {
                fail(item, u"no_email_address"_s);
            }
            continue;
        }
        SmtpMessage message;
        message.to = {address};
        message.subject = it->size() == 1 ? u"Pathway: 1 alert needs attention"_s
                                          : u"Pathway: "_s + QString::number(it->size()) + u" alerts need attention"_s;
        message.body = digestBody(*it);
        message.messageId = it->first().id + u"@pathway"_s;
        SmtpClient client(*m_config.smtp);
        const SmtpError e = client.send(message);
        if (e == SmtpError::Ok) {
            ++result.emailsSent;
            for (const auto &item : *it) {
                delivered(item);
            }
        } else {
            for (const auto &item : *it) {
                fail(item, toCode(e));
            }
        }
    }
    return result;
}

} // namespace Pathway::Server
