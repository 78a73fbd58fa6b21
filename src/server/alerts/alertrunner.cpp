// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/alerts/alertrunner.h"

#include "server/alerts/alertdelivery.h"
#include "server/alerts/sweeper.h"
#include "server/serverlog.h"

#include "domain/authority.h"

#include <QCoreApplication>
#include <QHostInfo>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

AlertRunner::AlertRunner(ServerStore &store, const Clock &clock, const QMap<QString, QString> &env)
    : m_store(store)
{
    m_intervalSecs = env.value(u"PATHWAY_ALERT_SWEEP_SECS"_s, u"300"_s).toInt();
    SweepOptions options;
    options.instanceId = QHostInfo::localHostName() + u'-' + QString::number(QCoreApplication::applicationPid());
    options.appBaseUrl = env.value(u"PATHWAY_APP_URL"_s, options.appBaseUrl);
    options.defaultEmailMode = env.value(u"PATHWAY_ALERT_EMAIL_MODE"_s, options.defaultEmailMode);
    DeliveryConfig delivery;
    if (!env.value(u"PATHWAY_SMTP_HOST"_s).isEmpty()) {
        SmtpConfig smtp;
        smtp.host = env.value(u"PATHWAY_SMTP_HOST"_s);
        smtp.port = static_cast<quint16>(env.value(u"PATHWAY_SMTP_PORT"_s, u"587"_s).toUInt());
        smtp.username = env.value(u"PATHWAY_SMTP_USER"_s);
        smtp.password = env.value(u"PATHWAY_SMTP_PASSWORD"_s);
        smtp.from = env.value(u"PATHWAY_SMTP_FROM"_s, u"pathway@localhost"_s);
        delivery.smtp = smtp;
    }
    if (!env.value(u"PATHWAY_ALERT_WEBHOOK_URL"_s).isEmpty()) {
        delivery.webhook = WebhookConfig {QUrl(env.value(u"PATHWAY_ALERT_WEBHOOK_URL"_s)),
                                          env.value(u"PATHWAY_ALERT_WEBHOOK_SECRET"_s).toUtf8(),
                                          {},
                                          15000};
        options.webhook = true;
    }
    m_sweeper = std::make_unique<AlertSweeper>(store, clock, options);
    m_delivery = std::make_unique<AlertDelivery>(store, clock, delivery);
    if (const QString path = env.value(u"PATHWAY_ALERT_SETTINGS"_s); !path.isEmpty()) {
        if (const auto settings = AlertSettings::fromFile(path)) {
            m_settingsForAll = *settings;
        } else {
            logEvent(LogLevel::Warning, u"alert_settings_invalid"_s);
        }
    }
}

AlertRunner::~AlertRunner()
{
    stop();
}

void AlertRunner::runOnce()
{
    QStringList authorities;
    m_store.withConnection([&](SqlConnection &db) {
        SqlRows r;
        db.exec(u"SELECT id FROM authorities ORDER BY id"_s, {}, &r);
        for (qsizetype i = 0; i < r.size(); ++i) {
            authorities.append(r.text(i, 0));
        }
    });
    for (const auto &a : authorities) {
        // The authority's own thresholds (admin set-alert-settings, synced to its devices too)
        // over the server's settings file, so the sweep and the devices raise the same alerts.
        QJsonObject own;
        if (const auto record = m_store.record(QString::fromLatin1(AuthoritySettings::recordType), a)) {
            own = record->state.body.value(u"alertThresholds"_s).toObject();
        }
        m_sweeper->setSettings(a, m_settingsForAll.withAuthorityThresholds(own));
        m_sweeper->sweep(a);
    }
    m_delivery->deliverDue();
}

void AlertRunner::start()
{
    if (m_intervalSecs <= 0 || m_thread.joinable()) {
        return;
    }
    m_thread = std::thread([this] {
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            lock.unlock();
            runOnce();
            lock.lock();
            m_wake.wait_for(lock, std::chrono::seconds(m_intervalSecs), [this] { return m_stopping; });
        }
    });
}

void AlertRunner::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

} // namespace Pathway::Server
