// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/offerimport.h"

#include "domain/localoffer.h"

#include "server/sqlconnection.h"
#include "server/systemwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

const QString OfferType = QString::fromLatin1(OfferItem::recordType);

/** The authority's offer items as stored, withdrawn ones included. */
QList<OfferItem> publishedOffer(ServerStore &store, const QString &authorityId)
{
    QList<OfferItem> out;
    store.withReadConnection([&](SqlConnection &db) {
        SqlRows r;
        db.exec(u"SELECT body FROM records WHERE record_type = ? AND authority_id = ? AND deleted = 0 "
                "ORDER BY server_seq"_s,
                {OfferType, authorityId}, &r);
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (auto item = OfferItem::fromJson(QJsonDocument::fromJson(r.text(i, 0).toUtf8()).object()))
                out.append(*item);
        }
    });
    return out;
}

/** An item as the file writes it: the record without the fields the import sets itself. */
QJsonObject fileItemOf(const OfferItem &item)
{
    QJsonObject o = item.toJson();
    o.remove(u"id"_s);
    o.remove(u"authorityId"_s);
    o.remove(u"catalogueVersion"_s);
    o.remove(u"withdrawn"_s);
    return o;
}

/** Two versions of an item publish the same thing (the catalogue version aside). */
bool samePublished(OfferItem a, OfferItem b)
{
    a.catalogueVersion = b.catalogueVersion = 0;
    return a.toJson() == b.toJson();
}

/** The fields to write: the new body, with a null for every field the stored body has and the new one drops. */
QJsonObject fieldsToWrite(const OfferItem &item, const OfferItem *before)
{
    QJsonObject fields = item.toJson();
    if (before) {
        const QJsonObject old = before->toJson();
        for (auto it = old.begin(); it != old.end(); ++it) {
            if (!fields.contains(it.key()))
                fields.insert(it.key(), QJsonValue::Null);
        }
    }
    return fields;
}

} // namespace

OfferImportResult
importOffer(ServerStore &store, const Clock &clock, const QString &authorityId, const QByteArray &json)
{
    OfferImportResult result;
    if (!store.authorityExists(authorityId)) {
        result.errors.append(u"unknown_authority"_s);
        return result;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    const QJsonValue versionValue = root.value(u"catalogueVersion"_s);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !root.value(u"items"_s).isArray()
        || !versionValue.isDouble() || versionValue.toInt(0) < 1) {
        result.errors.append(u"not_an_offer_file: needs catalogueVersion (1 or more) and items"_s);
        return result;
    }
    result.catalogueVersion = versionValue.toInt();

    const QList<OfferItem> published = publishedOffer(store, authorityId);
    QHash<QString, const OfferItem *> byKey;
    int publishedVersion = 0;
    for (const OfferItem &item : published) {
        publishedVersion = std::max(publishedVersion, item.catalogueVersion);
        if (!item.key.isEmpty())
            byKey.insert(item.key, &item);
    }

    // Read and validate every item before writing any.
    QList<OfferItem> toPublish;
    QSet<QString> keys;
    const QJsonArray items = root.value(u"items"_s).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = u"items."_s + QString::number(i);
        QJsonObject o = items.at(i).toObject();
        const QString key = o.value(u"key"_s).toString();
        if (key.isEmpty() || keys.contains(key)) {
            result.errors.append(at + (key.isEmpty() ? u".key: required"_s : u".key: duplicate"_s));
            continue;
        }
        keys.insert(key);
        const OfferItem *before = byKey.value(key);
        o.insert(u"id"_s, before ? before->id : stableId(u"offer_item|"_s + authorityId + u'|' + key));
        o.insert(u"authorityId"_s, authorityId);
        o.insert(u"catalogueVersion"_s, result.catalogueVersion);
        const std::optional<OfferItem> item = OfferItem::fromJson(o);
        if (!item) {
            result.errors.append(at + u": invalid_type"_s);
            continue;
        }
        for (const ValidationError &e : item->validate())
            result.errors.append(at + u'.' + e.field + u": "_s + e.code);
        toPublish.append(*item);
    }
    // Published items the file leaves out are withdrawn.
    for (const OfferItem &item : published) {
        if (!item.withdrawn && !keys.contains(item.key)) {
            OfferItem gone = item;
            gone.withdrawn = true;
            gone.catalogueVersion = result.catalogueVersion;
            toPublish.append(gone);
        }
    }
    if (!result.ok())
        return result;

    QList<std::pair<OfferItem, const OfferItem *>> writes;
    for (const OfferItem &item : std::as_const(toPublish)) {
        const auto it
            = std::find_if(published.cbegin(), published.cend(), [&](const OfferItem &p) { return p.id == item.id; });
        const OfferItem *before = it != published.cend() ? &*it : nullptr;
        if (before && samePublished(*before, item)) {
            ++result.unchanged;
            continue;
        }
        writes.append({item, before});
    }
    if (!writes.isEmpty() && result.catalogueVersion <= publishedVersion) {
        result.errors.append(u"catalogueVersion: must be above the published version "_s
                             + QString::number(publishedVersion));
        return result;
    }
    for (const auto &[item, before] : std::as_const(writes)) {
        const QJsonObject fields = fieldsToWrite(item, before);
        const auto r = writeAsServer(store, clock, contentChangeId(u"offer"_s, OfferType, item.id, fields), OfferType,
                                     item.id, QString(), fields);
        if (r.status == Sync::PushStatus::Rejected) {
            result.errors.append(u"items."_s + item.key + u": "_s + r.reason);
            continue;
        }
        if (!before)
            ++result.created;
        else if (item.withdrawn && !before->withdrawn)
            ++result.withdrawn;
        else
            ++result.updated;
    }
    return result;
}

QJsonObject exportOffer(ServerStore &store, const QString &authorityId)
{
    QJsonArray items;
    int version = 0;
    for (const OfferItem &item : publishedOffer(store, authorityId)) {
        version = std::max(version, item.catalogueVersion);
        if (!item.withdrawn)
            items.append(fileItemOf(item));
    }
    return {{u"catalogueVersion"_s, version}, {u"items"_s, items}};
}

} // namespace Pathway::Server
