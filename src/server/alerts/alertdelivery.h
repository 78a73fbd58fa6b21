// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "server/alerts/smtpclient.h"
#include "server/alerts/webhook.h"
#include "server/serverstore.h"

#include <functional>
#include <optional>

namespace Pathway::Server {

/** Delivery settings; a channel without configuration stays queued (never dropped). */
struct DeliveryConfig
{
    std::optional<SmtpConfig> smtp;
    std::optional<WebhookConfig> webhook;
    qint64 retryBaseSecs = 60; ///< first retry after this; doubles per failure
    qint64 retryMaxSecs = 3600; ///< never waits longer than this between attempts
    int batchLimit = 500;
};

/** What one delivery pass did. */
struct DeliveryResult
{
    int emailsSent = 0; ///< messages (a digest covers several outbox items)
    int webhooksSent = 0;
    int itemsDelivered = 0;
    int failures = 0;
};

/**
 * Sends the alert outbox: one e-mail per recipient covering all their due items (the digest),
 * one signed webhook per item. Failures stay in the outbox with exponential back-off; an item
 * is marked delivered only after the relay or receiver accepted it. Messages hold counts,
 * internal ids, tiers and a link into the app, never names, notes or dates of birth.
 */
class AlertDelivery
{
public:
    AlertDelivery(ServerStore &store, const Clock &clock, DeliveryConfig config);
    DeliveryResult deliverDue();

    /** The back-off after `attempts` failures, in seconds. */
    qint64 backoffSecs(int attempts) const;

private:
    ServerStore &m_store;
    const Clock &m_clock;
    DeliveryConfig m_config;
};

} // namespace Pathway::Server
