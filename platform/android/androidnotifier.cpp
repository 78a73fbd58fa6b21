// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "androidnotifier.h"

#include <QCoreApplication>
#include <QJniEnvironment>
#include <QJniObject>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

QJniObject context()
{
    return QJniObject(QNativeInterface::QAndroidApplication::context());
}

QJniObject notificationManager(const QJniObject &ctx)
{
    const QJniObject name
        = QJniObject::getStaticObjectField("android/content/Context", "NOTIFICATION_SERVICE", "Ljava/lang/String;");
    return ctx.callObjectMethod("getSystemService", "(Ljava/lang/String;)Ljava/lang/Object;", name.object());
}

const char *channelId = "pathway_alerts";

} // namespace

bool AndroidNotifier::isAvailable() const
{
    const QJniObject ctx = context();
    return ctx.isValid() && notificationManager(ctx).isValid();
}

bool AndroidNotifier::notify(const QString &tag, const QString &title, const QString &body)
{
    QJniEnvironment env;
    const QJniObject ctx = context();
    const QJniObject manager = notificationManager(ctx);
    if (!manager.isValid()) {
        return false;
    }
    const QJniObject jChannel = QJniObject::fromString(QString::fromLatin1(channelId));
    // NotificationChannel(id, name, IMPORTANCE_DEFAULT = 3); creating an existing channel is a no-op.
    const QJniObject channel("android/app/NotificationChannel", "(Ljava/lang/String;Ljava/lang/CharSequence;I)V",
                             jChannel.object<jstring>(), QJniObject::fromString(u"Alerts"_s).object<jstring>(),
                             jint(3));
    manager.callMethod<void>("createNotificationChannel", "(Landroid/app/NotificationChannel;)V", channel.object());

    QJniObject builder("android/app/Notification$Builder", "(Landroid/content/Context;Ljava/lang/String;)V",
                       ctx.object(), jChannel.object<jstring>());
    const jint icon = QJniObject::getStaticField<jint>("android/R$drawable", "ic_dialog_info");
    builder.callObjectMethod("setSmallIcon", "(I)Landroid/app/Notification$Builder;", icon);
    builder.callObjectMethod("setContentTitle", "(Ljava/lang/CharSequence;)Landroid/app/Notification$Builder;",
                             QJniObject::fromString(title).object<jstring>());
    builder.callObjectMethod("setContentText", "(Ljava/lang/CharSequence;)Landroid/app/Notification$Builder;",
                             QJniObject::fromString(body).object<jstring>());
    builder.callObjectMethod("setAutoCancel", "(Z)Landroid/app/Notification$Builder;", jboolean(true));
    const QJniObject notification = builder.callObjectMethod("build", "()Landroid/app/Notification;");
    manager.callMethod<void>("notify", "(Ljava/lang/String;ILandroid/app/Notification;)V",
                             QJniObject::fromString(tag).object<jstring>(), jint(1), notification.object());
    if (env.checkAndClearExceptions()) {
        return false;
    }
    return true;
}

} // namespace Pathway
