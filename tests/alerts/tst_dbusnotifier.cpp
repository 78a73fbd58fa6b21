// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "linux/dbusnotifier.h"

#include <QAtomicPointer>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMutex>
#include <QProcess>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Pathway;

/** A stand-in for the desktop's notification server, recording what it was asked to show. */
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString app;
        uint replaces = 0;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);

public Q_SLOTS:
    /** The user clicks notification @p id (the server says so with its "default" action). */
    void click(uint id, const QString &actionKey) { Q_EMIT ActionInvoked(id, actionKey); }

    uint Notify(const QString &app,
                uint replaces,
                const QString &icon,
                const QString &summary,
                const QString &body,
                const QStringList &actions,
                const QVariantMap &hints,
                int timeout)
    {
        Q_UNUSED(icon)
        Q_UNUSED(timeout)
        shown.append({app, replaces, summary, body, actions, hints});
        return replaces ? replaces : uint(shown.size() + 100);
    }
};

/** Runs FakeNotificationServer on a private bus connection in its own event loop. */
class ServerThread : public QThread
{
public:
    explicit ServerThread(QString address)
        : m_address(std::move(address))
    {
    }
    QSemaphore ready;
    /** The server object, living on this thread while it runs. */
    QAtomicPointer<FakeNotificationServer> serverObject;
    QList<FakeNotificationServer::Shown> shown()
    {
        QMutexLocker lock(&m_mutex);
        return m_shown;
    }

protected:
    void run() override
    {
        QDBusConnection bus = QDBusConnection::connectToBus(m_address, u"server"_s);
        FakeNotificationServer server;
        bus.registerObject(u"/org/freedesktop/Notifications"_s, &server,
                           QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals);
        bus.registerService(u"org.freedesktop.Notifications"_s);
        serverObject.storeRelease(&server);
        ready.release();
        exec();
        serverObject.storeRelease(nullptr);
        bus.unregisterService(u"org.freedesktop.Notifications"_s);
        QMutexLocker lock(&m_mutex);
        m_shown = server.shown;
    }

private:
    QString m_address;
    QMutex m_mutex;
    QList<FakeNotificationServer::Shown> m_shown;
};

/** Tests the Linux notification back end against a fake org.freedesktop.Notifications on a private bus. */
class TestDBusNotifier : public QObject
{
    Q_OBJECT

    QProcess daemon;
    QString address;

private Q_SLOTS:
    void initTestCase()
    {
        const QString exe = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        if (exe.isEmpty()) {
            QSKIP("dbus-daemon not installed");
        }
        daemon.start(exe, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY(daemon.waitForStarted());
        QVERIFY(daemon.waitForReadyRead(10000));
        address = QString::fromUtf8(daemon.readLine()).trimmed();
        QVERIFY(!address.isEmpty());
    }
    void cleanupTestCase()
    {
        if (daemon.state() != QProcess::NotRunning) {
            daemon.kill();
            daemon.waitForFinished();
        }
    }

    void showsAndReplaces()
    {
        QDBusConnection clientBus = QDBusConnection::connectToBus(address, u"client"_s);
        QVERIFY(clientBus.isConnected());
        DBusNotifier notifier(clientBus);
        QVERIFY(!notifier.isAvailable());
        QVERIFY(!notifier.notify(u"contact"_s, u"Pathway"_s, u"nobody listening"_s));

        // The notification server runs on its own thread, as a desktop's would in its own process.
        ServerThread thread(address);
        thread.start();
        QVERIFY(thread.ready.tryAcquire(1, 10000));
        QTRY_VERIFY(notifier.isAvailable());

        QVERIFY(notifier.notify(u"contact"_s, u"Pathway"_s, u"3 young people need contact"_s));
        QVERIFY(notifier.notify(u"contact"_s, u"Pathway"_s, u"4 young people need contact"_s));
        QVERIFY(notifier.notify(u"plans"_s, u"Pathway"_s, u"2 plans to review"_s));
        thread.quit();
        thread.wait();
        const auto shown = thread.shown();
        QCOMPARE(shown.size(), 3);
        QCOMPARE(shown.at(0).app, u"Pathway"_s);
        QCOMPARE(shown.at(0).summary, u"Pathway"_s);
        QCOMPARE(shown.at(0).body, u"3 young people need contact"_s);
        QCOMPARE(shown.at(0).replaces, 0u);
        QCOMPARE(shown.at(1).replaces, 101u); // same tag: replaces the first
        QCOMPARE(shown.at(2).replaces, 0u); // another tag: a new notification
    }

    void categoryAndClick()
    {
        QDBusConnection clientBus = QDBusConnection::connectToBus(address, u"client2"_s);
        ServerThread thread(address);
        thread.start();
        QVERIFY(thread.ready.tryAcquire(1, 10000));
        DBusNotifier notifier(clientBus);
        QTRY_VERIFY(notifier.isAvailable());
        QStringList clicked;
        notifier.setActivationHandler([&clicked](const QString &tag) { clicked.append(tag); });
        notifier.setOpenActionLabel(u"Open alerts"_s);
        QVERIFY(notifier.notify(u"alerts"_s, u"Pathway"_s, u"2 young people have a new alert"_s));
        QVERIFY(notifier.notify(u"other"_s, u"Pathway"_s, u"something else"_s));

        auto *server = thread.serverObject.loadAcquire();
        QVERIFY(server);
        // Another application's notification, or another action: not ours to open.
        QMetaObject::invokeMethod(server, "click", Qt::QueuedConnection, Q_ARG(uint, 4242u),
                                  Q_ARG(QString, u"default"_s));
        QMetaObject::invokeMethod(server, "click", Qt::QueuedConnection, Q_ARG(uint, 101u),
                                  Q_ARG(QString, u"snooze"_s));
        // A click on the first notification (the fake server numbered it 101).
        QMetaObject::invokeMethod(server, "click", Qt::QueuedConnection, Q_ARG(uint, 101u),
                                  Q_ARG(QString, u"default"_s));
        QTRY_COMPARE(clicked, QStringList {u"alerts"_s});
        thread.quit();
        thread.wait();
        const auto shown = thread.shown();
        QCOMPARE(shown.size(), 2);
        // Not a chat message: a vendor category of the form the specification asks for.
        QCOMPARE(shown.at(0).hints.value(u"category"_s).toString(), u"x-pathway.alert.attention"_s);
        QCOMPARE(shown.at(0).actions, (QStringList {u"default"_s, u"Open alerts"_s}));
    }
};

QTEST_GUILESS_MAIN(TestDBusNotifier)
#include "tst_dbusnotifier.moc"
