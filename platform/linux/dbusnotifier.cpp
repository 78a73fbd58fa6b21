// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "dbusnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
const auto service = u"org.freedesktop.Notifications"_s;
const auto path = u"/org/freedesktop/Notifications"_s;
constexpr int expireDefault = -1;
/** The action a notification server invokes when the notification itself is clicked. */
const auto defaultAction = u"default"_s;
} // namespace

DBusNotifier::DBusNotifier(QDBusConnection bus, QString appName)
    : m_bus(std::move(bus))
    , m_appName(std::move(appName))
{
    if (m_bus.isConnected()) {
        m_bus.connect(service, path, service, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
        m_bus.connect(service, path, service, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));
    }
}

bool DBusNotifier::isAvailable() const
{
    return m_bus.isConnected() && m_bus.interface() && m_bus.interface()->isServiceRegistered(service).value();
}

bool DBusNotifier::notify(const QString &tag, const QString &title, const QString &body)
{
    if (!m_bus.isConnected()) {
        return false;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, u"Notify"_s);
    const QVariantMap hints {{u"category"_s, QString::fromLatin1(Category)},
                             {u"urgency"_s, QVariant::fromValue(uchar(1))}};
    // Servers that show actions as buttons show this one; most take it as "click the notification".
    const QString label = openActionLabel().isEmpty() ? title : openActionLabel();
    const QStringList actions {defaultAction, label};
    call << m_appName << m_ids.value(tag, 0u) << QString() << title << body << actions << hints << expireDefault;
    const QDBusReply<uint> reply = m_bus.call(call, QDBus::Block, 5000);
    if (!reply.isValid()) {
        return false;
    }
    m_ids.insert(tag, reply.value());
    return true;
}

void DBusNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    // Every application on the bus hears every ActionInvoked: only ours count.
    const QString tag = m_ids.key(id);
    if (tag.isEmpty() || actionKey != defaultAction) {
        return;
    }
    activated(tag);
}

void DBusNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    // A closed notification cannot be replaced: the next one with its tag is a new one.
    const QString tag = m_ids.key(id);
    if (!tag.isEmpty()) {
        m_ids.remove(tag);
    }
}

} // namespace Pathway
