#pragma once

#include "alerts/notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QString>

namespace Pathway {

/**
 * Desktop notifications over D-Bus (org.freedesktop.Notifications, the Desktop Notifications
 * Specification). A tag maps to the server's notification id so a newer notification with the
 * same tag replaces the older one instead of piling up.
 */
class DBusNotifier final : public Notifier
{
public:
    explicit DBusNotifier(QDBusConnection bus = QDBusConnection::sessionBus(),
                          QString appName = QStringLiteral("Pathway"));
    bool notify(const QString &tag, const QString &title, const QString &body) override;
    bool isAvailable() const override;

private:
    QDBusConnection m_bus;
    QString m_appName;
    QHash<QString, uint> m_ids;
};

} // namespace Pathway
