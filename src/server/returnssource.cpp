// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/returnssource.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

template<typename T> void appendParsed(QList<T> &list, const QJsonObject &body)
{
    if (auto v = T::fromJson(body))
        list.append(std::move(*v));
}

} // namespace

QList<ReturnRecords> ReturnsSource::load(ServerStore &store, const QString &authorityId, const QSet<QString> *owners)
{
    SqlRows rows;
    store.withReadConnection([&](SqlConnection &db) {
        db.exec(u"SELECT owner_id, record_type, body, deleted FROM records WHERE authority_id = ? AND owner_id <> ''"_s,
                {authorityId}, &rows);
    });
    QHash<QString, ReturnRecords> byOwner;
    QHash<QString, QList<ContactAmendment>> amendments;
    QSet<QString> people;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString owner = rows.text(i, 0);
        if (owners && !owners->contains(owner))
            continue;
        const QString type = rows.text(i, 1);
        const bool deleted = rows.int64(i, 3) != 0;
        if (type != "young_person"_L1 && type != "contact_log"_L1 && type != "contact_amendment"_L1
            && type != "activity"_L1 && type != "accommodation"_L1 && type != "in_touch"_L1 && type != "allocation"_L1
            && type != "plan_review"_L1)
            continue;
        const QJsonObject body = QJsonDocument::fromJson(rows.text(i, 2).toUtf8()).object();
        ReturnRecords &r = byOwner[owner];
        if (type == "young_person"_L1) {
            if (auto yp = YoungPerson::fromJson(body); yp && !deleted) {
                r.youngPerson = *yp;
                people.insert(owner);
            }
        } else if (type == "contact_log"_L1) {
            appendParsed(r.contacts, body);
        } else if (type == "contact_amendment"_L1) {
            if (auto a = ContactAmendment::fromJson(body))
                amendments[a->contactLogId].append(*a);
        } else if (deleted) {
            continue; // a withdrawn activity, accommodation, in-touch, allocation or review record
        } else if (type == "allocation"_L1) {
            appendParsed(r.allocations, body);
        } else if (type == "plan_review"_L1) {
            appendParsed(r.reviews, body);
        } else if (type == "activity"_L1) {
            appendParsed(r.activities, body);
        } else if (type == "accommodation"_L1) {
            appendParsed(r.accommodations, body);
        } else {
            appendParsed(r.inTouch, body);
        }
    }
    QList<ReturnRecords> out;
    for (auto it = byOwner.begin(); it != byOwner.end(); ++it) {
        if (!people.contains(it.key()))
            continue;
        for (ContactLog &c : it->contacts) {
            if (const auto a = amendments.constFind(c.id); a != amendments.cend())
                c = applyAmendments(c, *a);
        }
        out.append(*it);
    }
    std::sort(out.begin(), out.end(),
              [](const ReturnRecords &a, const ReturnRecords &b) { return a.youngPerson.id < b.youngPerson.id; });
    return out;
}

QHash<QString, AnnexAStaff> ReturnsSource::staff(ServerStore &store, const QString &authorityId)
{
    SqlRows teams;
    SqlRows people;
    store.withReadConnection([&](SqlConnection &db) {
        db.exec(u"SELECT id, name FROM teams WHERE authority_id = ?"_s, {authorityId}, &teams);
        db.exec(
            u"SELECT record_id, body FROM records WHERE authority_id = ? AND record_type = 'staff' AND deleted = 0"_s,
            {authorityId}, &people);
    });
    QHash<QString, QString> teamNames;
    for (qsizetype i = 0; i < teams.size(); ++i)
        teamNames.insert(teams.text(i, 0), teams.text(i, 1));
    QHash<QString, AnnexAStaff> out;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QJsonObject body = QJsonDocument::fromJson(people.text(i, 1).toUtf8()).object();
        const QString teamId = body.value(u"teamId"_s).toString();
        out.insert(people.text(i, 0), {body.value(u"displayName"_s).toString(), teamNames.value(teamId, teamId)});
    }
    return out;
}

QStringList ReturnsSource::authorities(ServerStore &store)
{
    SqlRows rows;
    store.withReadConnection([&](SqlConnection &db) {
        db.exec(u"SELECT DISTINCT authority_id FROM records WHERE record_type = 'young_person' ORDER BY authority_id"_s,
                {}, &rows);
    });
    QStringList out;
    for (qsizetype i = 0; i < rows.size(); ++i)
        out.append(rows.text(i, 0));
    return out;
}

} // namespace Pathway::Server
