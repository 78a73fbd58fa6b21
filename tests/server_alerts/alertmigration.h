// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "server/alerts/alertstore.h"
#include "server/serverstore.h"

#include <QJsonDocument>
#include <QTest>

namespace Pathway::Test {

/** Helpers that turn swept alerts back into version 1 of the alert tables and check the migration. */
struct AlertMigration
{
    /** Every stored alert as readers see it on `today`, by key. */
    static QHash<QString, Server::StoredAlert>
    shownByKey(Server::SqlServerStore &store, const QString &authorityId, const QDate &today)
    {
        QHash<QString, Server::StoredAlert> out;
        store.withConnection([&](Server::SqlConnection &db) { out = shownByKey(db, authorityId, today); });
        return out;
    }
    static QHash<QString, Server::StoredAlert>
    shownByKey(Server::SqlConnection &db, const QString &authorityId, const QDate &today)
    {
        QHash<QString, Server::StoredAlert> out;
        const auto stored = Server::AlertStore::alertsByKey(db, authorityId);
        for (auto it = stored.begin(); it != stored.end(); ++it) {
            out.insert(it.key(), it->asOf(today));
        }
        return out;
    }

    /** Rewrites every alert as version 1 stored it (day counts of `today` in the row) and marks the store version 1. */
    static void downgradeToVersion1(Server::SqlServerStore &store, const QString &authorityId, const QDate &today)
    {
        store.withConnection([&](Server::SqlConnection &db) {
            for (const auto &a : shownByKey(db, authorityId, today)) {
                QVERIFY(db.exec(QStringLiteral("UPDATE alerts SET days_overdue = ?, facts = ? WHERE id = ?"),
                                {qint64(a.alert.daysOverdue),
                                 QString::fromUtf8(QJsonDocument(a.alert.facts).toJson(QJsonDocument::Compact)), a.id})
                        == Server::SqlError::Ok);
            }
            QVERIFY(db.exec(QStringLiteral("UPDATE alert_schema SET version = 1")) == Server::SqlError::Ok);
            // An earlier version's code wrote no digest of the current schema script.
            QVERIFY(db.exec(QStringLiteral("DELETE FROM schema_state")) == Server::SqlError::Ok);
        });
    }

    /** Rows that still hold a day count (a count fact, or days overdue of an alert counted by day). */
    static qint64 rowsWithDayCounts(Server::SqlServerStore &store)
    {
        qint64 n = -1;
        store.withConnection([&](Server::SqlConnection &db) {
            Server::SqlRows r;
            db.exec(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE (rule_code <> 'contact_request' AND "
                                   "days_overdue <> 0) OR facts LIKE '%daysSinceContact%' OR facts LIKE "
                                   "'%daysSinceMove%' OR facts LIKE '%daysToDue%'"),
                    {}, &r);
            n = r.isEmpty() ? -1 : r.int64(0, 0);
        });
        return n;
    }

    /** The same alerts (ids, states, acknowledgements, findings with today's counts) before and after. */
    static void compare(const QHash<QString, Server::StoredAlert> &before,
                        const QHash<QString, Server::StoredAlert> &after)
    {
        QCOMPARE(after.size(), before.size());
        for (auto it = before.begin(); it != before.end(); ++it) {
            const Server::StoredAlert a = after.value(it.key());
            QCOMPARE(a.id, it->id);
            QCOMPARE(a.state, it->state);
            QCOMPARE(a.ackNote, it->ackNote);
            QCOMPARE(a.updatedAt, it->updatedAt);
            QCOMPARE(a.alert, it->alert);
        }
    }
};

} // namespace Pathway::Test
