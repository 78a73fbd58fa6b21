// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/admin.h"

#include "alerts/alertsettings.h"
#include "domain/authority.h"
#include "returns/annexa.h"
#include "returns/annexaxlsx.h"
#include "returns/oc3return.h"

#include "server/auth.h"
#include "server/csvimport.h"
#include "server/offerimport.h"
#include "server/returnssource.h"
#include "server/systemwriter.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

bool createStaffAccount(ServerStore &store,
                        const Clock &clock,
                        const QString &id,
                        const QString &authorityId,
                        const QString &teamId,
                        const QString &role,
                        const QString &email,
                        const QString &displayName,
                        const QByteArray &password,
                        QString *error)
{
    if (role != "pa"_L1 && role != "manager"_L1 && role != "admin"_L1) {
        *error = u"bad_role"_s;
        return false;
    }
    if (!store.teamExists(teamId, authorityId)) {
        *error = u"unknown_team"_s;
        return false;
    }
    if (password.size() < 10) {
        *error = u"password_too_short: at least 10 characters"_s;
        return false;
    }
    const auto hash = hashPassword(password);
    const auto st = store.createStaff({id, authorityId, teamId, email.toLower(), role, true, hash});
    if (st != StoreStatus::Ok) {
        *error = st == StoreStatus::Conflict ? u"staff_exists"_s : u"store_error"_s;
        return false;
    }
    const QJsonObject fields {{u"id"_s, id},
                              {u"authorityId"_s, authorityId},
                              {u"teamId"_s, teamId},
                              {u"displayName"_s, displayName},
                              {u"email"_s, email.toLower()},
                              {u"role"_s, role},
                              {u"active"_s, true}};
    writeAsServer(store, clock, contentChangeId(u"admin"_s, u"staff"_s, id, fields), u"staff"_s, id, QString(), fields);
    return true;
}

namespace {

/**
 * `export oc3 --year YEAR [--authority ID] FILE` and
 * `export annex-a --date YYYY-MM-DD [--format xlsx|csv] [--authority ID] FILE`.
 */
int exportReturn(ServerStore &store, const Clock &clock, const QStringList &a, QTextStream &out, QTextStream &err)
{
    const QString kind = a.value(0);
    const QString usageText = kind == "annex-a"_L1
        ? u"annex-a --date YYYY-MM-DD [--format xlsx|csv] [--authority AUTHORITY_ID] FILE"_s
        : u"oc3 --year YEAR [--authority AUTHORITY_ID] FILE"_s;
    auto usage = [&] {
        err << "usage: pathway-server admin export " << usageText << Qt::endl;
        return 2;
    };
    QMap<QString, QString> options;
    if ((kind != "oc3"_L1 && kind != "annex-a"_L1) || a.size() % 2 != 0) {
        return usage();
    }
    for (qsizetype i = 1; i + 1 < a.size(); i += 2) {
        if (!a[i].startsWith(u"--"_s) || options.contains(a[i])) {
            return usage();
        }
        options.insert(a[i], a[i + 1]);
    }
    const QStringList allowed = kind == "oc3"_L1 ? QStringList {u"--year"_s, u"--authority"_s}
                                                 : QStringList {u"--date"_s, u"--format"_s, u"--authority"_s};
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (!allowed.contains(it.key())) {
            return usage();
        }
    }
    bool yearOk = false;
    const int year = options.value(u"--year"_s).toInt(&yearOk);
    const QDate asOf = QDate::fromString(options.value(u"--date"_s), u"yyyy-MM-dd"_s);
    const QString format = options.value(u"--format"_s, u"xlsx"_s);
    if (kind == "oc3"_L1 ? !yearOk : (!asOf.isValid() || (format != "xlsx"_L1 && format != "csv"_L1))) {
        return usage();
    }
    if (kind == "annex-a"_L1 && asOf > clock.today()) {
        err << "error: the date is after today" << Qt::endl;
        return 2;
    }
    const QStringList authorities = ReturnsSource::authorities(store);
    const QString authority
        = options.value(u"--authority"_s, authorities.size() == 1 ? authorities.first() : QString());
    if (authority.isEmpty()) {
        err << "error: name the authority with --authority" << Qt::endl;
        return 1;
    }
    const QList<ReturnRecords> people = ReturnsSource::load(store, authority);
    QByteArray body;
    QList<Oc3Problem> problems;
    qsizetype rows = 0;
    if (kind == "oc3"_L1) {
        const QList<Oc3Row> oc3 = Oc3Return::rows(people, year);
        body = Oc3Return::csv(oc3);
        problems = Oc3Return::validate(oc3, year);
        rows = oc3.size();
    } else {
        const QList<AnnexARow> annex = AnnexA::rows(people, ReturnsSource::staff(store, authority), asOf);
        QString error;
        body = format == "csv"_L1 ? AnnexA::csv(annex) : AnnexAXlsx::write(annex, asOf, &error);
        if (body.isEmpty()) {
            err << "error: " << error << Qt::endl;
            return 1;
        }
        rows = annex.size();
    }
    QFile file(a.last());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(body) != body.size() || !file.flush()) {
        err << "error: cannot_write_file" << Qt::endl;
        return 1;
    }
    for (const auto &p : problems) {
        err << p.child << ": " << p.rule << Qt::endl;
    }
    out << "wrote " << rows << " row(s)";
    if (kind == "oc3"_L1) {
        out << "; " << problems.size() << " to correct";
    }
    out << Qt::endl;
    return 0;
}

} // namespace

int runAdmin(ServerStore &store,
             const Clock &clock,
             const QStringList &args,
             const QMap<QString, QString> &env,
             QTextStream &in,
             QTextStream &out,
             QTextStream &err)
{
    const QString cmd = args.value(0);
    const QStringList a = args.mid(1);
    auto usage = [&](const QString &text) {
        err << "usage: pathway-server admin " << cmd << ' ' << text << Qt::endl;
        return 2;
    };
    auto failed = [&](const QString &code) {
        err << "error: " << code << Qt::endl;
        return 1;
    };
    if (cmd == "create-authority"_L1) {
        if (a.size() != 2) {
            return usage(u"ID NAME"_s);
        }
        return store.createAuthority(a[0], a[1]) == StoreStatus::Ok ? (out << "ok" << Qt::endl, 0)
                                                                    : failed(u"authority_exists_or_store_error"_s);
    }
    if (cmd == "create-team"_L1) {
        if (a.size() != 3) {
            return usage(u"ID AUTHORITY_ID NAME"_s);
        }
        if (!store.authorityExists(a[1])) {
            return failed(u"unknown_authority"_s);
        }
        return store.createTeam(a[0], a[1], a[2]) == StoreStatus::Ok ? (out << "ok" << Qt::endl, 0)
                                                                     : failed(u"team_exists_or_store_error"_s);
    }
    if (cmd == "create-staff"_L1) {
        if (a.size() != 6) {
            return usage(
                u"ID AUTHORITY_ID TEAM_ID ROLE EMAIL DISPLAY_NAME  (password: stdin or PATHWAY_ADMIN_PASSWORD)"_s);
        }
        QByteArray password = env.value(u"PATHWAY_ADMIN_PASSWORD"_s).toUtf8();
        if (password.isEmpty()) {
            password = in.readLine().toUtf8();
        }
        QString error;
        if (!createStaffAccount(store, clock, a[0], a[1], a[2], a[3], a[4], a[5], password, &error)) {
            return failed(error);
        }
        out << "ok" << Qt::endl;
        return 0;
    }
    if (cmd == "create-young-person"_L1) {
        if (a.size() < 4 || a.size() > 5) {
            return usage(u"ID AUTHORITY_ID DISPLAY_NAME DOB(yyyy-mm-dd) [CASE_REF]"_s);
        }
        const QDate dob = QDate::fromString(a[3], Qt::ISODate);
        if (!dob.isValid() || !store.authorityExists(a[1])) {
            return failed(dob.isValid() ? u"unknown_authority"_s : u"invalid_date"_s);
        }
        const QJsonObject fields {{u"id"_s, a[0]},
                                  {u"authorityId"_s, a[1]},
                                  {u"displayName"_s, a[2]},
                                  {u"dateOfBirth"_s, dob.toString(Qt::ISODate)},
                                  {u"caseSystemRef"_s, a.value(4)}};
        const auto r = writeAsServer(store, clock, contentChangeId(u"admin"_s, u"young_person"_s, a[0], fields),
                                     u"young_person"_s, a[0], a[0], fields);
        return r.status == Sync::PushStatus::Rejected ? failed(r.reason) : (out << "ok" << Qt::endl, 0);
    }
    if (cmd == "set-out-of-hours"_L1) {
        if (a.size() < 3 || a.size() > 4) {
            return usage(u"AUTHORITY_ID NAME PHONE [WHEN]"_s);
        }
        AuthoritySettings settings;
        settings.id = a[0];
        settings.authorityId = a[0];
        settings.outOfHoursName = a[1];
        settings.outOfHoursPhone = a[2];
        settings.outOfHoursHours = a.value(3);
        if (!store.authorityExists(a[0])) {
            return failed(u"unknown_authority"_s);
        }
        if (!settings.validate().isEmpty()) {
            return failed(u"invalid_value: "_s + settings.validate().first().field);
        }
        const QJsonObject fields = settings.toJson();
        const auto r = writeAsServer(
            store, clock, contentChangeId(u"admin"_s, QString::fromLatin1(AuthoritySettings::recordType), a[0], fields),
            QString::fromLatin1(AuthoritySettings::recordType), a[0], QString(), fields);
        return r.status == Sync::PushStatus::Rejected ? failed(r.reason) : (out << "ok" << Qt::endl, 0);
    }
    if (cmd == "import-offer"_L1) {
        if (a.size() != 2) {
            return usage(u"AUTHORITY_ID FILE  (the file's format: docs/server-admin.md)"_s);
        }
        QFile f(a[1]);
        if (!f.open(QIODevice::ReadOnly)) {
            return failed(u"cannot_read_file"_s);
        }
        const OfferImportResult r = importOffer(store, clock, a[0], f.readAll());
        for (const auto &e : r.errors) {
            err << e << Qt::endl;
        }
        if (!r.ok()) {
            err << "nothing published: " << r.errors.size() << " error(s)" << Qt::endl;
            return 1;
        }
        out << "catalogue version " << r.catalogueVersion << ": created " << r.created << ", updated " << r.updated
            << ", withdrawn " << r.withdrawn << ", unchanged " << r.unchanged << Qt::endl;
        return 0;
    }
    if (cmd == "export-offer"_L1) {
        if (a.size() != 1 || !store.authorityExists(a[0])) {
            return a.size() != 1 ? usage(u"AUTHORITY_ID"_s) : failed(u"unknown_authority"_s);
        }
        out << QString::fromUtf8(QJsonDocument(exportOffer(store, a[0])).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (cmd == "set-alert-settings"_L1) {
        if (a.size() != 2) {
            return usage(u"AUTHORITY_ID FILE  ({\"thresholds\": {\"contactOverdueDays\": 28, ...}})"_s);
        }
        if (!store.authorityExists(a[0])) {
            return failed(u"unknown_authority"_s);
        }
        QFile f(a[1]);
        if (!f.open(QIODevice::ReadOnly)) {
            return failed(u"cannot_read_file"_s);
        }
        const QJsonObject file = QJsonDocument::fromJson(f.readAll()).object();
        const auto settings = AlertSettings::fromJson(file);
        if (!settings || !settings->overrides.isEmpty()) {
            // Per-young-person thresholds belong to their plan, not to the authority-wide record.
            return failed(settings ? u"overrides_not_allowed"_s : u"invalid_alert_settings"_s);
        }
        const QJsonObject thresholds = file.value(u"thresholds"_s).toObject();
        const QJsonObject fields {{u"id"_s, a[0]}, {u"authorityId"_s, a[0]}, {u"alertThresholds"_s, thresholds}};
        const auto r = writeAsServer(
            store, clock, contentChangeId(u"admin"_s, QString::fromLatin1(AuthoritySettings::recordType), a[0], fields),
            QString::fromLatin1(AuthoritySettings::recordType), a[0], QString(), fields);
        return r.status == Sync::PushStatus::Rejected ? failed(r.reason) : (out << "ok" << Qt::endl, 0);
    }
    if (cmd == "allocate"_L1) {
        if (a.size() != 3) {
            return usage(u"YOUNG_PERSON_ID STAFF_ID FROM(yyyy-mm-dd)"_s);
        }
        const QDate from = QDate::fromString(a[2], Qt::ISODate);
        const auto yp = store.youngPerson(a[0]);
        const auto staff = store.staffById(a[1]);
        if (!from.isValid() || !yp || !staff || staff->authorityId != yp->authorityId) {
            return failed(u"invalid_allocation"_s);
        }
        // The other PA's period ends the day before `from` (`until` is the last allocated day).
        const auto plan = planAllocation(store.allocationsOfYoungPerson(a[0]), a[1], from);
        if (plan.blocked && !plan.alreadyHeld) {
            return failed(u"not_after_existing_allocation"_s);
        }
        if (!plan.alreadyHeld) {
            applyAllocation(store, clock, plan, u"admin"_s, a[0], a[1], from, u"admin"_s);
        }
        out << "ok" << Qt::endl;
        return 0;
    }
    if (cmd == "import-csv"_L1) {
        if (a.size() != 4 || a[0] != "--kind"_L1 || (a[1] != "young-people"_L1 && a[1] != "allocations"_L1)) {
            return usage(u"--kind young-people|allocations AUTHORITY_ID FILE"_s);
        }
        QFile f(a[3]);
        if (!f.open(QIODevice::ReadOnly)) {
            return failed(u"cannot_read_file"_s);
        }
        const auto r = importCsv(store, clock, a[1] == "young-people"_L1 ? CsvKind::YoungPeople : CsvKind::Allocations,
                                 a[2], f.readAll());
        for (const auto &e : r.errors) {
            err << e << Qt::endl;
        }
        if (!r.ok()) {
            err << "nothing imported: " << r.errors.size() << " error(s)" << Qt::endl;
            return 1;
        }
        out << "created " << r.created << ", updated " << r.updated << ", unchanged " << r.unchanged << ", allocated "
            << r.allocated << Qt::endl;
        return 0;
    }
    if (cmd == "list-devices"_L1) {
        for (const auto &d : store.devices()) {
            out << d.id << '\t' << d.subjectKind << '\t' << d.subjectId << '\t'
                << QDateTime::fromMSecsSinceEpoch(d.createdAt, Qt::UTC).toString(Qt::ISODate) << '\t'
                << (d.revokedAt ? u"revoked"_s : u"active"_s) << Qt::endl;
        }
        return 0;
    }
    if (cmd == "revoke-device"_L1) {
        if (a.size() != 1) {
            return usage(u"DEVICE_ID"_s);
        }
        return store.revokeDevice(a[0], clock.now().toMSecsSinceEpoch()) == StoreStatus::Ok
            ? (out << "ok" << Qt::endl, 0)
            : failed(u"unknown_device"_s);
    }
    if (cmd == "export"_L1) {
        return exportReturn(store, clock, a, out, err);
    }
    err << "unknown admin command: " << cmd << Qt::endl;
    return 2;
}

} // namespace Pathway::Server
