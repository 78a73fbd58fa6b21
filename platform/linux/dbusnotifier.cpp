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
} // namespace

DBusNotifier::DBusNotifier(QDBusConnection bus, QString appName)
    : m_bus(std::move(bus))
    , m_appName(std::move(appName))
{
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
    const QVariantMap hints {{u"category"_s, u"im.received"_s}, {u"urgency"_s, QVariant::fromValue(uchar(1))}};
    call << m_appName << m_ids.value(tag, 0u) << QString() << title << body << QStringList() << hints << expireDefault;
    const QDBusReply<uint> reply = m_bus.call(call, QDBus::Block, 5000);
    if (!reply.isValid()) {
        return false;
    }
    m_ids.insert(tag, reply.value());
    return true;
}

} // namespace Pathway
