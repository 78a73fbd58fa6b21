// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "serverfixture.h"

#include "domain/authority.h"
#include "domain/demodata.h"
#include "domain/localoffer.h"
#include "server/admin.h"
#include "server/offerimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;
using namespace Pathway::Server::Test;

/**
 * An authority's own offer and alert thresholds from the admin command line: the offer file is
 * checked whole, versioned, matched by key, and a withdrawn item keeps every young person's status.
 */
class TestOfferImport : public QObject
{
    Q_OBJECT

    static QJsonObject item(const QString &key, const QString &title, std::optional<qint64> pence = {})
    {
        QJsonObject o;
        o.insert(u"key"_s, key);
        o.insert(u"title"_s, title);
        o.insert(u"plainDescription"_s, QString(u"Plain words about "_s + title));
        o.insert(u"howToClaim"_s, u"Ask your PA."_s);
        o.insert(u"category"_s, pence ? u"money"_s : u"support"_s);
        o.insert(u"eligibility"_s, QJsonObject {{u"minAge"_s, 16}, {u"maxAge"_s, 25}});
        if (pence) {
            o.insert(u"amountPence"_s, double(*pence));
            o.insert(u"amountPeriod"_s, u"once"_s);
        }
        return o;
    }

    static QByteArray file(int version, const QJsonArray &items)
    {
        return QJsonDocument(QJsonObject {{u"catalogueVersion"_s, version}, {u"items"_s, items}}).toJson();
    }

    static std::optional<OfferItem> stored(Fixture &fx, const QString &key)
    {
        const auto r = fx.store->record(u"offer_item"_s, stableId(u"offer_item|a1|"_s + key));
        return r ? OfferItem::fromJson(r->state.body) : std::nullopt;
    }

    static int admin(Fixture &fx, const QStringList &args, QString *output = nullptr, QString *errors = nullptr)
    {
        QString input, out, err;
        QTextStream in(&input), outStream(&out), errStream(&err);
        const int code = runAdmin(*fx.store, fx.clock, args, {}, in, outStream, errStream);
        if (output)
            *output = out;
        if (errors)
            *errors = err;
        return code;
    }

    static QString writeFile(QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

private Q_SLOTS:
    void publishesTranslatedItems()
    {
        Fixture fx;
        fx.seedDirectory();
        QJsonObject bus = item(u"bus_pass"_s, u"Bus pass"_s, 12000);
        bus.insert(u"translations"_s, QJsonObject {{u"ar"_s, QJsonObject {{u"title"_s, u"تذكرة الحافلة"_s}}}});
        const auto r = importOffer(*fx.store, fx.clock, u"a1"_s, file(1, {bus, item(u"drop_in"_s, u"Drop-in hub"_s)}));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u", "_s)));
        QCOMPARE(r.created, 2);
        const auto saved = stored(fx, u"bus_pass"_s);
        QVERIFY(saved);
        QCOMPARE(saved->authorityId, u"a1"_s);
        QCOMPARE(saved->catalogueVersion, 1);
        QCOMPARE(saved->amountPence, std::optional<qint64>(12000));
        QCOMPARE(saved->textIn(u"ar"_s).title, u"تذكرة الحافلة"_s);
        QCOMPARE(saved->textIn(u"ar-EG"_s).title, u"تذكرة الحافلة"_s);
        // A field the translation leaves out stays in English; another language is all English.
        QCOMPARE(saved->textIn(u"ar"_s).howToClaim, u"Ask your PA."_s);
        QCOMPARE(saved->textIn(u"ti"_s).title, u"Bus pass"_s);

        // The same file again changes nothing.
        const auto again
            = importOffer(*fx.store, fx.clock, u"a1"_s, file(1, {bus, item(u"drop_in"_s, u"Drop-in hub"_s)}));
        QVERIFY(again.ok());
        QCOMPARE(again.created + again.updated + again.withdrawn, 0);
        QCOMPARE(again.unchanged, 2);
    }

    void refusesAWholeFileWithAnError()
    {
        Fixture fx;
        fx.seedDirectory();
        QJsonObject bad = item(u"laptop"_s, u"Laptop"_s);
        bad.insert(u"category"_s, u"gadgets"_s);
        bad.insert(u"translations"_s, QJsonObject {{u"not a tag"_s, QJsonObject {{u"title"_s, u"x"_s}}}});
        const auto r
            = importOffer(*fx.store, fx.clock, u"a1"_s, file(1, {item(u"ok"_s, u"Fine"_s), bad, QJsonObject {}}));
        QVERIFY(!r.ok());
        QVERIFY(r.errors.contains(u"items.1.category: unknown_code"_s));
        QVERIFY(r.errors.contains(u"items.1.translations.not a tag: invalid_format"_s));
        QVERIFY(r.errors.contains(u"items.2.key: required"_s));
        QVERIFY(!stored(fx, u"ok"_s)); // nothing published
        QVERIFY(!importOffer(*fx.store, fx.clock, u"a1"_s, "not json").ok());
        QVERIFY(!importOffer(*fx.store, fx.clock, u"a1"_s, file(0, {item(u"ok"_s, u"Fine"_s)})).ok());
        QCOMPARE(importOffer(*fx.store, fx.clock, u"nowhere"_s, file(1, {})).errors,
                 QStringList {u"unknown_authority"_s});
    }

    void aNewVersionUpdatesAndWithdrawsKeepingStatuses()
    {
        Fixture fx;
        fx.seedDirectory();
        fx.addYoungPerson(u"yp1"_s, u"pa1"_s);
        QVERIFY(importOffer(*fx.store, fx.clock, u"a1"_s,
                            file(1, {item(u"bus_pass"_s, u"Bus pass"_s, 12000), item(u"gym"_s, u"Gym"_s)}))
                    .ok());
        // yp1 has received the gym membership.
        const QString gymId = stored(fx, u"gym"_s)->id;
        const QJsonObject entitlement {{u"id"_s, u"e1"_s},
                                       {u"youngPersonId"_s, u"yp1"_s},
                                       {u"offerItemId"_s, gymId},
                                       {u"status"_s, u"received"_s},
                                       {u"statusSince"_s, fx.clock.today().toString(Qt::ISODate)}};
        writeAsServer(*fx.store, fx.clock, u"ent-1"_s, u"entitlement"_s, u"e1"_s, u"yp1"_s, entitlement);

        // Version 2, a minute later, drops the gym and makes the bus pass a service (no amount).
        fx.clock.advanceSecs(60);
        QJsonObject bus = item(u"bus_pass"_s, u"Bus pass for a year"_s);
        const auto sameVersion = importOffer(*fx.store, fx.clock, u"a1"_s, file(1, {bus}));
        QVERIFY(!sameVersion.ok());
        QVERIFY(sameVersion.errors.first().startsWith(u"catalogueVersion"_s));
        QVERIFY(!stored(fx, u"gym"_s)->withdrawn);
        const auto r = importOffer(*fx.store, fx.clock, u"a1"_s, file(2, {bus}));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u", "_s)));
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.withdrawn, 1);
        const auto gym = stored(fx, u"gym"_s);
        QVERIFY(gym);
        QVERIFY(gym->withdrawn);
        QCOMPARE(gym->catalogueVersion, 2);
        const auto busNow = stored(fx, u"bus_pass"_s);
        QCOMPARE(busNow->title, u"Bus pass for a year"_s);
        QCOMPARE(busNow->amountPence, std::nullopt); // a dropped field is cleared, not kept
        QCOMPARE(busNow->amountPeriod, QString());
        QCOMPARE(fx.store->record(u"entitlement"_s, u"e1"_s)->state.body, entitlement);

        // The export is the next file to edit: the withdrawn item is not in it.
        const QJsonObject exported = exportOffer(*fx.store, u"a1"_s);
        QCOMPARE(exported.value(u"catalogueVersion"_s).toInt(), 2);
        QCOMPARE(exported.value(u"items"_s).toArray(), QJsonArray {fileItemOfBus(bus)});
        // Publishing the gym again brings it back for new claims.
        fx.clock.advanceSecs(60);
        QVERIFY(importOffer(*fx.store, fx.clock, u"a1"_s, file(3, {bus, item(u"gym"_s, u"Gym"_s)})).ok());
        QVERIFY(!stored(fx, u"gym"_s)->withdrawn);
    }

    void adminCommandsPublishOfferAndThresholds()
    {
        Fixture fx;
        fx.seedDirectory();
        QTemporaryDir dir;
        QString output, errors;
        QVERIFY(admin(fx, {u"set-out-of-hours"_s, u"a1"_s, u"Emergency duty team"_s, u"0161 253 6606"_s}) == 0);
        const QString offer = writeFile(dir, u"offer.json"_s, file(1, {item(u"drop_in"_s, u"Drop-in hub"_s)}));
        QCOMPARE(admin(fx, {u"import-offer"_s, u"a1"_s, offer}, &output, &errors), 0);
        QVERIFY2(output.contains(u"created 1"_s), qPrintable(output + errors));
        QCOMPARE(admin(fx, {u"export-offer"_s, u"a1"_s}, &output), 0);
        QCOMPARE(QJsonDocument::fromJson(output.toUtf8()).object(), exportOffer(*fx.store, u"a1"_s));
        QCOMPARE(admin(fx, {u"import-offer"_s, u"a1"_s, dir.filePath(u"missing.json"_s)}, nullptr, &errors), 1);

        const QString good = writeFile(dir, u"good.json"_s, R"({"thresholds": {"contactOverdueDays": 28}})");
        const QString unknown = writeFile(dir, u"unknown.json"_s, R"({"thresholds": {"contactOverdue": 28}})");
        const QString negative = writeFile(dir, u"negative.json"_s, R"({"thresholds": {"contactOverdueDays": -1}})");
        const QString perPerson = writeFile(dir, u"overrides.json"_s,
                                            R"({"thresholds": {}, "overrides": {"yp1": {"contactOverdueDays": 7}}})");
        QCOMPARE(admin(fx, {u"set-alert-settings"_s, u"a1"_s, unknown}, nullptr, &errors), 1);
        QCOMPARE(admin(fx, {u"set-alert-settings"_s, u"a1"_s, negative}), 1);
        QCOMPARE(admin(fx, {u"set-alert-settings"_s, u"a1"_s, perPerson}, nullptr, &errors), 1);
        QVERIFY(errors.contains(u"overrides_not_allowed"_s));
        QCOMPARE(admin(fx, {u"set-alert-settings"_s, u"nowhere"_s, good}), 1);
        fx.clock.advanceSecs(60);
        QCOMPARE(admin(fx, {u"set-alert-settings"_s, u"a1"_s, good}), 0);
        const auto settings
            = AuthoritySettings::fromJson(fx.store->record(u"authority_settings"_s, u"a1"_s)->state.body);
        QVERIFY(settings);
        QVERIFY(settings->validate().isEmpty());
        QCOMPARE(settings->alertThresholds, QJsonObject({{u"contactOverdueDays"_s, 28}}));
        QCOMPARE(settings->outOfHoursPhone, u"0161 253 6606"_s); // the other settings stay
    }

    void theExampleInTheDocsIsTheDemoOffer()
    {
        Fixture fx;
        fx.seedDirectory();
        const QString examplePath = QStringLiteral(PATHWAY_SOURCE_DIR) + u"/docs/local-offer-example.json"_s;
        if (qEnvironmentVariableIntValue("PATHWAY_WRITE_OFFER_EXAMPLE") == 1) {
            // Rewrites the example in its canonical form (review the diff): the demo's published items, as a file
            // holds them. The demo loads its offer from this file (built into the domain library), so rebuild after.
            QJsonArray items;
            int version = 1;
            for (const OfferItem &item : makeDemoAuthority(fx.clock.today()).offer) {
                if (item.withdrawn)
                    continue;
                QJsonObject o = item.toJson();
                for (const auto &key : {u"id"_s, u"authorityId"_s, u"catalogueVersion"_s, u"withdrawn"_s})
                    o.remove(key);
                items.append(o);
                version = item.catalogueVersion;
            }
            QFile out(examplePath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(QJsonDocument(QJsonObject {{u"catalogueVersion"_s, version}, {u"items"_s, items}}).toJson());
        }
        QFile example(examplePath);
        QVERIFY(example.open(QIODevice::ReadOnly));
        const auto r = importOffer(*fx.store, fx.clock, u"a1"_s, example.readAll());
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u", "_s)));
        // The demo's published items (not its withdrawn one), word for word.
        const DemoAuthority demo = makeDemoAuthority(fx.clock.today());
        int published = 0;
        for (OfferItem item : demo.offer) {
            if (item.withdrawn)
                continue;
            ++published;
            const auto imported = stored(fx, item.key);
            QVERIFY2(imported, qPrintable(item.key));
            item.id = imported->id;
            item.authorityId = imported->authorityId;
            QCOMPARE(imported->toJson(), item.toJson());
        }
        QCOMPARE(r.created, published);
    }

private:
    static QJsonValue fileItemOfBus(QJsonObject bus)
    {
        bus.insert(u"national"_s, false);
        return bus;
    }
};

QTEST_GUILESS_MAIN(TestOfferImport)
#include "tst_offerimport.moc"
