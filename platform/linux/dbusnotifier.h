// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>

namespace Pathway {

/**
 * Desktop notifications over D-Bus (org.freedesktop.Notifications, the Desktop Notifications
 * Specification). A tag maps to the server's notification id so a newer notification with the
 * same tag replaces the older one instead of piling up; a click (the "default" action) is
 * reported to the activation handler with the tag.
 */
class DBusNotifier final : public QObject, public Notifier
{
    Q_OBJECT

public:
    /**
     * The category hint. The specification's standard categories are about calls, devices, e-mail,
     * instant messages, network, presence and transfers; none is "a case needs attention", and
     * "im.received" would make desktops treat it as a chat message (sounds, grouping). For such
     * cases the specification asks for the form "x-vendor.class.name".
     */
    static constexpr const char *Category = "x-pathway.alert.attention";

    explicit DBusNotifier(QDBusConnection bus = QDBusConnection::sessionBus(),
                          QString appName = QStringLiteral("Pathway"));
    bool notify(const QString &tag, const QString &title, const QString &body) override;
    bool isAvailable() const override;

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QString m_appName;
    QHash<QString, uint> m_ids;
};

} // namespace Pathway
