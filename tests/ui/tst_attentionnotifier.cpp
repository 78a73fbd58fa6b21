// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "alerts/notifier.h"
#include "ui/attentionnotifier.h"
#include "uitestutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

namespace {

/** Records what the app asked the OS to show; a test "clicks" a notification. */
class FakeNotifier final : public Notifier
{
public:
    struct Shown
    {
        QString tag;
        QString title;
        QString body;
    };
    QList<Shown> shown;
    bool available = true;

    bool notify(const QString &tag, const QString &title, const QString &body) override
    {
        shown.append({tag, title, body});
        return true;
    }
    bool isAvailable() const override { return available; }
    void click(const QString &tag) const { activated(tag); }
    QString openLabel() const { return openActionLabel(); }
};

/** Answers the notification's plural source text with its own singular and plural forms, and records n. */
class PluralTranslator final : public QTranslator
{
public:
    mutable QList<int> counts;

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        const QByteArray source(sourceText);
        if (!source.contains("have a new alert"))
            return {};
        counts.append(n);
        return n == 1 ? u"ONE: %n young person has a new alert"_s : u"MANY: %n young people have a new alert"_s;
    }
    bool isEmpty() const override { return false; }
};

constexpr int Interval = 10 * 60 * 1000;

} // namespace

/**
 * OS notifications on staff devices: re-evaluated on a timer (driven here by hand, with a fake
 * clock), never repeated for what was already notified (also across a lock and a restart), a
 * click opens the alerts page, and the words are translated with the count's plural.
 */
class TestAttentionNotifier : public QObject
{
    Q_OBJECT

    static void fire(AttentionNotifier &n) { QMetaObject::invokeMethod(n.timer(), "timeout"); }

    static void unlock(DemoDevice &d)
    {
        d.app->unlock(u"correct horse"_s);
        QTRY_VERIFY_WITH_TIMEOUT(d.app->stage() == AppController::Stage::Ready, 30000);
    }

    /** Forgets what was notified about young person @p youngPersonId (as if it were new to the device). */
    static int forgetAbout(DemoDevice &d, const QString &youngPersonId)
    {
        RecordStore *records = d.session->recordStore();
        QJsonObject json
            = QJsonDocument::fromJson(records->meta(u"alerts.notified"_s).value_or(QString()).toUtf8()).object();
        int removed = 0;
        for (const QString &key : json.keys()) {
            if (key.section(u':', 1, 1) == youngPersonId) {
                json.remove(key);
                ++removed;
            }
        }
        records->setMeta(u"alerts.notified"_s, QString::fromUtf8(QJsonDocument(json).toJson()));
        return removed;
    }

private Q_SLOTS:
    void reEvaluatesOnATimerWithTheClock()
    {
        DemoDevice d(Role::PersonalAdviser);
        FakeNotifier os;
        AttentionNotifier n(d.app.get(), &os, d.clock, Interval);
        // On opening: what needs attention now is notified once.
        QCOMPARE(os.shown.size(), 1);
        QCOMPARE(os.shown.first().tag, u"alerts"_s);
        QVERIFY(n.timer()->isActive());
        QCOMPARE(n.timer()->interval(), Interval);

        // The timer fires while nothing changed: nothing new, no notification.
        fire(n);
        fire(n);
        QCOMPARE(os.shown.size(), 1);

        // Overnight, with the app open: thresholds pass (contacts fall due), and the timer notices.
        d.clock.advanceDays(20);
        fire(n);
        QCOMPARE(os.shown.size(), 2);
        QVERIFY(n.lastCount() > 0);
        fire(n);
        QCOMPARE(os.shown.size(), 2);
    }

    void notRepeatedOnUnlockOrRestart()
    {
        DemoDevice d(Role::PersonalAdviser);
        FakeNotifier os;
        {
            AttentionNotifier n(d.app.get(), &os, d.clock, Interval);
            QCOMPARE(os.shown.size(), 1);
            d.app->lock();
            QVERIFY(!n.timer()->isActive()); // locked: nothing is evaluated
            unlock(d);
            QVERIFY(n.timer()->isActive());
            QCOMPARE(os.shown.size(), 1);
            // A save re-evaluates too; logging a visit clears an alert, which is not news.
            fire(n);
            QCOMPARE(os.shown.size(), 1);
        }
        // The app restarts: what was notified is kept in the store.
        AttentionNotifier again(d.app.get(), &os, d.clock, Interval);
        QCOMPARE(os.shown.size(), 1);
    }

    void notifiedAgainOnlyWhenShown()
    {
        DemoDevice d(Role::PersonalAdviser);
        FakeNotifier os;
        os.available = false; // no notification service (yet)
        AttentionNotifier n(d.app.get(), &os, d.clock, Interval);
        QCOMPARE(os.shown.size(), 0);
        os.available = true;
        fire(n);
        QCOMPARE(os.shown.size(), 1); // not lost: told once the service is there
    }

    void clickOpensTheAlertsPage()
    {
        DemoDevice d(Role::Manager);
        FakeNotifier os;
        AttentionNotifier n(d.app.get(), &os, d.clock, Interval);
        QCOMPARE(os.openLabel(), u"Open alerts"_s);
        QSignalSpy navigate(d.app.get(), &AppController::navigationRequested);
        os.click(u"alerts"_s);
        QCOMPARE(navigate.size(), 1);
        QCOMPARE(navigate.first().first().toString(), u"alerts"_s);
        os.click(u"someone-else"_s);
        QCOMPARE(navigate.size(), 1);

        // Locked: the alerts page opens once the user has unlocked (after the first page).
        d.app->lock();
        os.click(u"alerts"_s);
        QCOMPARE(navigate.size(), 1);
        unlock(d);
        QTRY_COMPARE(navigate.size(), 2);
        QCOMPARE(navigate.last().first().toString(), u"alerts"_s);
    }

    void textIsTranslatedWithPlurals()
    {
        DemoDevice d(Role::PersonalAdviser);
        FakeNotifier os;
        AttentionNotifier n(d.app.get(), &os, d.clock, Interval);
        QCOMPARE(os.shown.size(), 1);
        QVERIFY(n.lastCount() > 1);
        const QString first = os.shown.first().body;
        QVERIFY2(first.contains(QString::number(n.lastCount())), qPrintable(first)); // a count ...
        for (const YoungPerson &yp : d.session->data().youngPeople)
            QVERIFY2(!first.contains(yp.displayName), qPrintable(first)); // ... never a name

        PluralTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        // One young person's alerts become news again: "1 young person", in the translator's singular.
        QString someone;
        for (const YoungPerson &yp : d.session->data().youngPeople) {
            if (someone.isEmpty() && forgetAbout(d, yp.id) > 0)
                someone = yp.id;
        }
        QVERIFY(!someone.isEmpty());
        fire(n);
        QCOMPARE(os.shown.size(), 2);
        QCOMPARE(os.shown.last().body, u"ONE: 1 young person has a new alert"_s);
        QCOMPARE(translator.counts.last(), 1);
        // Two young people: the plural.
        int forgotten = 0;
        for (const YoungPerson &yp : d.session->data().youngPeople) {
            if (forgotten < 2 && forgetAbout(d, yp.id) > 0)
                ++forgotten;
        }
        fire(n);
        QCOMPARE(os.shown.last().body, u"MANY: 2 young people have a new alert"_s);
        QCOMPARE(translator.counts.last(), 2);
        QCoreApplication::removeTranslator(&translator);
    }

    void youngPeopleGetNone()
    {
        DemoDevice d(Role::YoungPerson);
        FakeNotifier os;
        AttentionNotifier n(d.app.get(), &os, d.clock, Interval);
        QVERIFY(!n.timer()->isActive());
        d.clock.advanceDays(100);
        n.check();
        QCOMPARE(os.shown.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAttentionNotifier)
#include "tst_attentionnotifier.moc"
