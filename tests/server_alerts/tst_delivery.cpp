// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "../server/serverfixture.h"
#include "domain/demodata.h"
#include "fakereceivers.h"
#include "server/alerts/alertdelivery.h"
#include "server/alerts/sweeper.h"
#include "server/demoserverseed.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;
using namespace Pathway::Server::Test;

/** Tests delivery: SMTP with STARTTLS and AUTH, signed webhooks, retries without loss or duplicates, no personal
 * detail. */
class TestDelivery : public QObject
{
    Q_OBJECT

    QTemporaryDir certDir;
    TestCertificate cert;
    std::unique_ptr<Fixture> f;
    DemoAuthority demo;

    QList<OutboxItem> outbox()
    {
        QList<OutboxItem> out;
        f->store->withConnection([&](SqlConnection &db) { out = AlertStore::allOutbox(db); });
        return out;
    }
    SmtpConfig smtpConfig(quint16 port) const
    {
        SmtpConfig c;
        c.host = u"127.0.0.1"_s;
        c.port = port;
        c.from = u"alerts@pathway.invalid"_s;
        c.username = u"relay-user"_s;
        c.password = u"relay-password"_s;
        c.caCertificates = {cert.certificate};
        c.timeoutMs = 5000;
        return c;
    }
    /** Everything personal the demo holds that must never leave in a message. */
    QStringList personalDetail() const
    {
        QStringList out;
        for (const auto &yp : demo.youngPeople) {
            for (const auto &s : {yp.displayName, yp.legalName}) {
                if (s.size() >= 3) {
                    out.append(s);
                }
            }
            out.append(yp.dateOfBirth.toString(Qt::ISODate));
            out.append(yp.dateOfBirth.toString(u"dd/MM/yyyy"_s));
        }
        for (const auto &c : demo.contacts) {
            if (c.notes.size() >= 12) {
                out.append(c.notes);
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        AlertStore::registerSchema();
        QVERIFY(certDir.isValid());
        cert = TestCertificate::make(certDir);
        if (!cert.isValid()) {
            QSKIP("openssl command not available to make a test certificate");
        }
    }

    void init()
    {
        f = std::make_unique<Fixture>();
        seedDemo(*f->store, f->clock, 3600);
        demo = makeDemoAuthority(f->clock.today());
    }

    void retriesUntilDeliveredExactlyOnce()
    {
        SweepOptions options;
        options.webhook = true;
        options.defaultEmailMode = u"immediate"_s;
        AlertSweeper sweeper(*f->store, f->clock, options);
        QVERIFY(sweeper.sweep(demo.authorityId).ran);
        const auto queued = outbox();
        int emailItems = 0;
        int webhookItems = 0;
        for (const auto &i : queued) {
            (i.channel == u"email"_s ? emailItems : webhookItems)++;
        }
        QVERIFY(emailItems > 0);
        QVERIFY(webhookItems > 0);

        FakeSmtpServer smtp;
        smtp.cert = cert;
        smtp.refuseFirst = 2;
        const quint16 smtpPort = smtp.start();
        FakeWebhookReceiver hook;
        hook.secret = "test-webhook-secret";
        hook.failFirst = 3;
        const quint16 hookPort = hook.start();

        DeliveryConfig config;
        config.smtp = smtpConfig(smtpPort);
        config.webhook = WebhookConfig {
            QUrl(u"http://127.0.0.1:%1/hooks/pathway"_s.arg(hookPort)), "test-webhook-secret", {}, 5000};
        AlertDelivery delivery(*f->store, f->clock, config);
        int failures = 0;
        for (int pass = 0; pass < 10; ++pass) {
            failures += delivery.deliverDue().failures;
            f->clock.advanceSecs(3600);
        }
        QVERIFY(failures >= 5); // the relay refused twice, the receiver three times
        for (const auto &i : outbox()) {
            QVERIFY2(i.deliveredAt.has_value(), qPrintable(i.channel + u' ' + i.lastError));
        }

        // Webhooks: each event once, signature checked by the receiver.
        const auto received = hook.received();
        QCOMPARE(hook.badSignatures.load(), 0);
        QCOMPARE(received.size(), webhookItems);
        QSet<QByteArray> events;
        for (const auto &r : received) {
            events.insert(r.eventId);
        }
        QCOMPARE(events.size(), webhookItems);

        // E-mail: over STARTTLS with AUTH; every queued item in exactly one message.
        const auto mails = smtp.mails();
        QVERIFY(!mails.isEmpty());
        static const QRegularExpression link(u"/alerts/([0-9a-f-]{36})"_s);
        QStringList links;
        for (const auto &m : mails) {
            QVERIFY(m.tls);
            QCOMPARE(m.authUser, QByteArray("relay-user"));
            auto it = link.globalMatch(QString::fromUtf8(m.data));
            while (it.hasNext()) {
                links.append(QString::fromUtf8(m.to.value(0)) + it.next().captured(1));
            }
        }
        QCOMPARE(links.size(), emailItems);
        QCOMPARE(QSet<QString>(links.begin(), links.end()).size(), emailItems);

        // No names, dates of birth or notes in anything that left.
        const QStringList personal = personalDetail();
        QVERIFY(personal.size() > 40);
        for (const auto &m : mails) {
            const QString text = QString::fromUtf8(m.data);
            for (const auto &p : personal) {
                QVERIFY2(!text.contains(p), qPrintable(u"mail contains "_s + p));
            }
        }
        for (const auto &r : received) {
            const QString text = QString::fromUtf8(r.body);
            for (const auto &p : personal) {
                QVERIFY2(!text.contains(p), qPrintable(u"webhook contains "_s + p));
            }
        }

        // Nothing more to send.
        const int before = smtp.connections;
        const auto again = delivery.deliverDue();
        QCOMPARE(again.itemsDelivered, 0);
        QCOMPARE(smtp.connections.load(), before);
        QCOMPARE(hook.received().size(), webhookItems);
    }

    void dailyDigestWaitsForItsHour()
    {
        AlertSweeper sweeper(*f->store, f->clock, {}); // default: daily digest at 07:00 UTC
        QVERIFY(sweeper.sweep(demo.authorityId).ran);
        FakeSmtpServer smtp;
        smtp.cert = cert;
        const quint16 port = smtp.start();
        AlertDelivery delivery(*f->store, f->clock, {smtpConfig(port), {}});
        // "no PA" alerts are immediate whatever the preference; the rest wait for the digest.
        delivery.deliverDue();
        const int immediate = smtp.mails().size();
        int pendingRecipients = 0;
        QSet<QString> recipients;
        for (const auto &i : outbox()) {
            if (!i.deliveredAt) {
                recipients.insert(i.recipient);
            }
        }
        pendingRecipients = recipients.size();
        QVERIFY(pendingRecipients > 0);
        f->clock.set(QDateTime(f->clock.today().addDays(1), QTime(6, 59), Qt::UTC));
        QCOMPARE(delivery.deliverDue().emailsSent, 0);
        f->clock.set(QDateTime(f->clock.today(), QTime(7, 0), Qt::UTC));
        QCOMPARE(delivery.deliverDue().emailsSent, pendingRecipients); // one digest each
        QCOMPARE(smtp.mails().size(), immediate + pendingRecipients);
    }

    void tlsRequiredAwayFromLoopback()
    {
        FakeSmtpServer smtp;
        smtp.cert = cert;
        smtp.offerStartTls = false;
        const quint16 port = smtp.start();
        SmtpConfig c = smtpConfig(port);
        c.username.clear();
        c.allowPlainOnLoopback = false; // as for any relay that is not on this machine
        SmtpClient client(c);
        QCOMPARE(client.send({{u"a@example.org"_s}, u"s"_s, u"b"_s, u"id@x"_s}), SmtpError::TlsRequired);
        QVERIFY(smtp.mails().isEmpty());
        c.allowPlainOnLoopback = true;
        SmtpClient loopback(c);
        QCOMPARE(loopback.send({{u"a@example.org"_s}, u"s"_s, u".starts with a dot"_s, u"id@x"_s}), SmtpError::Ok);
        QCOMPARE(smtp.mails().size(), 1);
        QVERIFY(smtp.mails().first().data.contains("\r\n.starts with a dot\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
