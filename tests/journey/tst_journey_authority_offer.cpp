// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Journey: the authority's administrator publishes a new version of its local offer and its own
// alert thresholds from the command line; a young person's phone shows the new item (in Arabic
// too) and keeps their status for a withdrawn one; a PA's phone raises alerts by the new thresholds.
#include "journeydevice.h"

#include "alerts/casesummary.h"
#include "ui/alertscontroller.h"
#include "ui/youngpersoncontroller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

class TestJourneyAuthorityOffer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_files.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void youngPersonSeesTheNewOfferAndKeepsTheirStatus()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        const DemoEnrolment enrolment = server.enrolments().first();
        JourneyDevice yp;
        QVERIFY(yp.enrol(server.url(), enrolment.code));
        const QString ypId = enrolment.youngPersonId;
        const QString authorityId = yp.session.data().youngPerson(ypId)->authorityId;

        // The young person asks for an item; the next version of the offer withdraws it.
        YoungPersonController mine;
        mine.setApp(&yp.app);
        OfferModel *offer = mine.offer();
        QString asked;
        for (int i = 0; i < offer->rowCount() && asked.isEmpty(); ++i) {
            if (offer->valueAt(i, u"canAsk"_s).toBool())
                asked = offer->valueAt(i, u"key"_s).toString();
        }
        QVERIFY(!asked.isEmpty());
        QVERIFY(mine.askForOffer(asked));
        QVERIFY(yp.syncNow());
        QCOMPARE(yp.session.rejectedCount(), 0);
        QString askedKey;
        for (const OfferItem &item : yp.session.data().offer) {
            if (item.id == asked)
                askedKey = item.key;
        }
        QVERIFY2(!askedKey.isEmpty(), "the demo offer's items carry their keys");

        // The administrator exports the published offer, drops that item, adds a new one with an
        // Arabic title, and publishes it as the next version.
        QString exported, errors;
        QCOMPARE(server.admin({u"export-offer"_s, authorityId}, &exported, &errors), 0);
        QJsonObject file = QJsonDocument::fromJson(exported.toUtf8()).object();
        const int version = file.value(u"catalogueVersion"_s).toInt();
        QVERIFY(version >= 1);
        QJsonArray items;
        for (const QJsonValue &v : file.value(u"items"_s).toArray()) {
            if (v.toObject().value(u"key"_s).toString() != askedKey)
                items.append(v);
        }
        QCOMPARE(items.size(), file.value(u"items"_s).toArray().size() - 1);
        items.append(QJsonObject {
            {u"key"_s, u"phone_top_up"_s},
            {u"title"_s, u"Phone credit when you start college"_s},
            {u"plainDescription"_s, u"£20 of phone credit so you can keep in touch with college and your PA."_s},
            {u"howToClaim"_s, u"Ask your PA in your first week at college."_s},
            {u"amountPence"_s, 2000},
            {u"amountPeriod"_s, u"once"_s},
            {u"category"_s, u"money"_s},
            {u"eligibility"_s, QJsonObject {{u"minAge"_s, 16}, {u"maxAge"_s, 25}}},
            {u"translations"_s, QJsonObject {{u"ar"_s, QJsonObject {{u"title"_s, u"رصيد الهاتف"_s}}}}}});
        file.insert(u"catalogueVersion"_s, version + 1);
        file.insert(u"items"_s, items);
        const QString path = writeFile(u"offer.json"_s, QJsonDocument(file).toJson());
        QString output;
        QCOMPARE(server.admin({u"import-offer"_s, authorityId, path}, &output, &errors), 0);
        QVERIFY2(output.contains(u"created 1"_s) && output.contains(u"withdrawn 1"_s), qPrintable(output + errors));

        // The young person's phone syncs: the new item is there to ask for.
        QVERIFY(yp.syncNow());
        mine.setApp(nullptr);
        mine.setApp(&yp.app);
        offer = mine.offer();
        int fresh = -1;
        for (int i = 0; i < offer->rowCount(); ++i) {
            if (offer->valueAt(i, u"heading"_s).toString() == u"Phone credit when you start college"_s)
                fresh = i;
        }
        QVERIFY2(fresh >= 0, "the young person sees the newly published item");
        QVERIFY(offer->valueAt(fresh, u"canAsk"_s).toBool());
        QCOMPARE(offer->valueAt(fresh, u"amountText"_s).toString().isEmpty(), false);
        // The withdrawn item they asked for stays, still asked for, and cannot be asked for anew.
        const int kept = offer->indexOfKey(asked);
        QVERIFY2(kept >= 0, "the withdrawn item the young person asked for is still listed");
        QCOMPARE(offer->valueAt(kept, u"statusCode"_s).toString(), u"asked"_s);
        QVERIFY(!offer->valueAt(kept, u"canAsk"_s).toBool());

        // In Arabic, the item shows its Arabic title.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Arabic));
        mine.setApp(nullptr);
        mine.setApp(&yp.app);
        QLocale::setDefault(before);
        bool arabic = false;
        for (int i = 0; i < mine.offer()->rowCount(); ++i)
            arabic = arabic || mine.offer()->valueAt(i, u"heading"_s).toString() == u"رصيد الهاتف"_s;
        QVERIFY2(arabic, "the Arabic title is shown to a young person reading the app in Arabic");
    }

    void authorityThresholdsChangeAlertsOnThePasPhone()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), server.login(u"pa"_s)));
        const CaseData &data = pa.session.data();
        QVERIFY(!data.youngPeople.isEmpty());
        const QString authorityId = data.youngPeople.first().authorityId;

        // A young person on the caseload seen between 2 and 41 days ago: no contact alert by default.
        AlertsController alerts;
        alerts.setApp(&pa.app);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString seen;
        for (const YoungPerson &person : data.youngPeople) {
            const auto last = summarise(data.caseRecords(person.id)).lastContactAt;
            const qint64 days = last ? last->date().daysTo(now.date()) : -1;
            if (days >= 2 && days < 42 && alerts.model()->indexOfKey(u"no_contact:"_s + person.id) < 0)
                seen = person.id;
        }
        QVERIFY2(!seen.isEmpty(), "the demo caseload has a young person seen in the last six weeks");

        // The authority agrees contact at least every other day (an extreme value, to be sure).
        const QString path
            = writeFile(u"alerts.json"_s, R"({"thresholds": {"contactWarningDays": 1, "contactOverdueDays": 2}})");
        QString errors;
        QCOMPARE(server.admin({u"set-alert-settings"_s, authorityId, path}, nullptr, &errors), 0);
        QVERIFY(pa.syncNow());
        QCOMPARE(pa.app.alertSettings().thresholds.contactOverdueDays, 2);
        alerts.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(alerts.model()->indexOfKey(u"no_contact:"_s + seen) >= 0, 30000);
    }
};

QTEST_MAIN(TestJourneyAuthorityOffer)
#include "tst_journey_authority_offer.moc"
