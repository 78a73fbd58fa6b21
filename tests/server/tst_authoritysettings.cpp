// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "serverfixture.h"

#include "server/admin.h"

#include <QJsonArray>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;
using namespace Pathway::Server::Test;

/**
 * The authority's synced settings (its out-of-hours line): set by the admin command, received by
 * every device of the authority (a young person's too, for use offline), written by managers and
 * admins only.
 */
class TestAuthoritySettings : public QObject
{
    Q_OBJECT

    static int admin(Fixture &fx, const QStringList &args, QString *errors = nullptr)
    {
        QString input, output, error;
        QTextStream in(&input), out(&output), err(&error);
        const int code = runAdmin(*fx.store, fx.clock, args, {}, in, out, err);
        if (errors) {
            *errors = error;
        }
        return code;
    }

    static QJsonObject change(const QString &id, const QJsonObject &fields)
    {
        return {{u"changeId"_s, id},
                {u"recordType"_s, u"authority_settings"_s},
                {u"recordId"_s, u"a1"_s},
                {u"ownerId"_s, QString()},
                {u"op"_s, u"upsert"_s},
                {u"hlc"_s,
                 Sync::Hlc {QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch(), 1, u"dev"_s}
                     .toString()},
                {u"fields"_s, fields}};
    }

private Q_SLOTS:
    void setByAdminAndReadByEveryone()
    {
        Fixture fx;
        fx.seedDirectory();
        fx.addYoungPerson(u"yp1"_s, u"pa1"_s);
        QString errors;
        QCOMPARE(admin(fx, {u"set-out-of-hours"_s, u"a1"_s, u"Emergency duty team"_s, u"not a number"_s}, &errors), 1);
        QVERIFY(errors.contains(u"outOfHoursPhone"_s));
        QCOMPARE(admin(fx, {u"set-out-of-hours"_s, u"nowhere"_s, u"Team"_s, u"0161 253 6606"_s}), 1);
        QCOMPARE(admin(fx,
                       {u"set-out-of-hours"_s, u"a1"_s, u"Emergency duty team"_s, u"0161 253 6606"_s,
                        u"Evenings and weekends"_s}),
                 0);
        const auto stored = fx.store->record(u"authority_settings"_s, u"a1"_s);
        QVERIFY(stored);
        QCOMPARE(stored->state.body.value(u"outOfHoursPhone"_s).toString(), u"0161 253 6606"_s);

        // A young person's device receives it in a pull.
        const QString pa = fx.login(u"pa1"_s);
        const QString yp = fx.enrolYoungPerson(pa, u"yp1"_s, u"yp-phone"_s);
        const auto pulled = Fixture::json(fx.post(u"/v1/sync/pull"_s, {{u"cursors"_s, QJsonObject()}}, yp));
        bool seen = false;
        for (const auto &r : pulled.value(u"records"_s).toArray()) {
            seen = seen || r.toObject().value(u"recordType"_s).toString() == u"authority_settings"_s;
        }
        QVERIFY(seen);

        // Only managers and admins change it.
        const QJsonObject fields {{u"outOfHoursPhone"_s, u"0800 000 000"_s}};
        auto result = [&](const QString &token, const QString &id) {
            return Fixture::json(fx.post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {change(id, fields)}}}, token))
                .value(u"results"_s)
                .toArray()
                .at(0)
                .toObject()
                .value(u"status"_s)
                .toString();
        };
        QCOMPARE(result(yp, u"c-yp"_s), u"rejected"_s);
        QCOMPARE(result(pa, u"c-pa"_s), u"rejected"_s);
        QCOMPARE(result(fx.login(u"mgr1"_s), u"c-mgr"_s), u"applied"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuthoritySettings)
#include "tst_authoritysettings.moc"
