#include "linux/dbusnotifier.h"

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
    };
    QList<Shown> shown;

public Q_SLOTS:
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
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        shown.append({app, replaces, summary, body});
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
        bus.registerObject(u"/org/freedesktop/Notifications"_s, &server, QDBusConnection::ExportAllSlots);
        bus.registerService(u"org.freedesktop.Notifications"_s);
        ready.release();
        exec();
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
};

QTEST_GUILESS_MAIN(TestDBusNotifier)
#include "tst_dbusnotifier.moc"
