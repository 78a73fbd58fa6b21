// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/alert.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Pathway {

/**
 * An alert as GET /v1/alerts returns it (docs/api/openapi.yaml, schema Alert): the rule's
 * finding, its server id and lifecycle state, and who acknowledged it, why and when.
 */
struct ServerAlert
{
    QString id;
    Alert alert;
    QString state; ///< "open", "acknowledged" or "resolved"
    QString acknowledgedBy; ///< staff id
    QString acknowledgedByName; ///< from their staff record; may be empty
    QString acknowledgedNote;
    QDateTime acknowledgedAt;

    bool isAcknowledged() const { return !acknowledgedBy.isEmpty() && acknowledgedAt.isValid(); }
    bool isResolved() const { return state == QLatin1StringView("resolved"); }

    QJsonObject toJson() const;
    static std::optional<ServerAlert> fromJson(const QJsonObject &json);
    /** The alerts of an {"alerts": [...]} answer, skipping any it cannot read. */
    static QList<ServerAlert> listFromJson(const QJsonObject &json);
};

} // namespace Pathway
