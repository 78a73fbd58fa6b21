// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "serverfixture.h"
#include "validbodies.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;

/** docs/api/openapi.yaml matches the server: the same routes both ways, and required fields present. */
class TestOpenApi : public QObject
{
    Q_OBJECT

    QSet<QString> documented;
    QMap<QString, QStringList> required; // schema name -> required fields

    void parse()
    {
        QFile f(QStringLiteral(PATHWAY_SOURCE_DIR "/docs/api/openapi.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto lines = QString::fromUtf8(f.readAll()).split(u'\n');
        static const QRegularExpression pathRe(u"^  (/\\S*):\\s*$"_s);
        static const QRegularExpression methodRe(u"^    (get|post|put|patch|delete|head|options):\\s*$"_s);
        static const QRegularExpression schemaRe(u"^    ([A-Za-z]+):\\s*$"_s);
        static const QRegularExpression requiredRe(u"^      required: \\[(.*)\\]\\s*$"_s);
        QString section;
        QString path;
        QString schema;
        for (const auto &line : lines) {
            if (!line.startsWith(u' ') && line.endsWith(u':')) {
                section = line.chopped(1);
                continue;
            }
            if (line.startsWith("  "_L1) && !line.startsWith("   "_L1)) {
                const auto sub = line.trimmed();
                if (section == "components"_L1) {
                    section = u"components."_s + sub.chopped(1);
                    continue;
                }
                if (section.startsWith("components."_L1)) {
                    section = u"components."_s + sub.chopped(1);
                    continue;
                }
            }
            if (section == "paths"_L1) {
                if (auto m = pathRe.match(line); m.hasMatch()) {
                    path = m.captured(1);
                } else if (auto mm = methodRe.match(line); mm.hasMatch()) {
                    documented.insert(mm.captured(1).toUpper() + u' ' + path);
                }
            } else if (section == "components.schemas"_L1) {
                if (auto m = schemaRe.match(line); m.hasMatch()) {
                    schema = m.captured(1);
                } else if (auto r = requiredRe.match(line); r.hasMatch()) {
                    for (const auto &field : r.captured(1).split(u',')) {
                        required[schema].append(field.trimmed());
                    }
                }
            }
        }
    }

    static void checkRequired(const QStringList &fields, const QJsonObject &actual, const QString &schema)
    {
        QVERIFY2(!fields.isEmpty(), qPrintable(u"no required list for "_s + schema));
        for (const auto &field : fields) {
            QVERIFY2(actual.contains(field), qPrintable(schema + u": missing "_s + field));
        }
    }

private Q_SLOTS:
    void initTestCase() { parse(); }

    void routesMatchBothWays()
    {
        Test::Fixture fx;
        QSet<QString> served;
        for (const auto &r : fx.router.routes()) {
            served.insert(r.method + u' ' + r.pathTemplate);
        }
        QVERIFY(served.size() >= 11);
        for (const auto &route : std::as_const(served)) {
            QVERIFY2(documented.contains(route), qPrintable(u"not documented: "_s + route));
        }
        for (const auto &route : std::as_const(documented)) {
            QVERIFY2(served.contains(route), qPrintable(u"documented but not served: "_s + route));
        }
    }

    void responsesHaveRequiredFields()
    {
        Test::Fixture fx;
        fx.seedDirectory();
        fx.addYoungPerson(u"ypA"_s, u"pa1"_s);
        const auto loginBody = Test::Fixture::json(fx.post(
            u"/v1/auth/login"_s, {{u"email"_s, u"pa1@example.org"_s}, {u"password"_s, u"correct horse battery"_s}}));
        checkRequired(required.value(u"TokenResponse"_s), loginBody, u"TokenResponse"_s);
        const auto token = loginBody.value(u"token"_s).toString();
        checkRequired(required.value(u"Me"_s), Test::Fixture::json(fx.call(u"GET"_s, u"/v1/me"_s, {}, token)), u"Me"_s);
        const auto code
            = Test::Fixture::json(fx.post(u"/v1/auth/enrol-code"_s, {{u"youngPersonId"_s, u"ypA"_s}}, token));
        checkRequired(required.value(u"EnrolCode"_s), code, u"EnrolCode"_s);
        const QJsonObject change {
            {u"changeId"_s, u"c1"_s},
            {u"recordType"_s, u"plan_section"_s},
            {u"recordId"_s, u"ps1"_s},
            {u"ownerId"_s, u"ypA"_s},
            {u"op"_s, u"upsert"_s},
            {u"hlc"_s, fx.hlc()},
            {u"fields"_s, Test::validBody(u"plan_section"_s, u"ps1"_s, u"ypA"_s, {{u"goal"_s, u"x"_s}})}};
        const auto push
            = Test::Fixture::json(fx.post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {change}}}, token));
        checkRequired(required.value(u"PushResponse"_s), push, u"PushResponse"_s);
        checkRequired(required.value(u"PushResult"_s), push.value(u"results"_s).toArray().at(0).toObject(),
                      u"PushResult"_s);
        const auto pull = Test::Fixture::json(fx.post(u"/v1/sync/pull"_s, {}, token));
        checkRequired(required.value(u"PullResponse"_s), pull, u"PullResponse"_s);
        checkRequired(required.value(u"PulledRecord"_s), pull.value(u"records"_s).toArray().at(0).toObject(),
                      u"PulledRecord"_s);
        checkRequired(required.value(u"Error"_s), Test::Fixture::json(fx.call(u"GET"_s, u"/v1/me"_s)), u"Error"_s);
        checkRequired(required.value(u"Health"_s), Test::Fixture::json(fx.call(u"GET"_s, u"/healthz"_s)), u"Health"_s);
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
