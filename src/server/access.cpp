// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/access.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

/** Which record types exist, and whether a young person receives them at all. */
struct ReadRule
{
    const char *type;
    bool youngPersonReads;
};

constexpr ReadRule kReadRules[] = {
    {"young_person", true},      {"staff", true},           {"allocation", true},       {"plan_section", true},
    {"plan_action", true},       {"plan_review", true},     {"health_entry", true},     {"health_handover", true},
    {"offer_item", true},        {"entitlement", true},     {"document", true},         {"contact_log", true},
    {"contact_amendment", true}, {"contact_request", true}, {"chronology_event", true}, {"authority_settings", true},
    {"activity", true},          {"accommodation", true},   {"in_touch", true},
};

const ReadRule *ruleFor(const QString &type)
{
    for (const auto &r : kReadRules) {
        if (type == QLatin1StringView(r.type)) {
            return &r;
        }
    }
    return nullptr;
}

/** As Allocation::isCurrentOn: `until` is the last day of the period (inclusive). */
bool isCurrent(const AllocationRow &a, const QDate &day)
{
    return a.from <= day && (!a.until || day <= *a.until);
}

/** The change as the shared write table (domain/writeaccess.h) sees it. */
WriteRequest writeRequestOf(const AccessContext &ctx, const Sync::Change &c, const ServerRecord *current)
{
    WriteRequest w;
    w.role = ctx.who.role;
    w.writerId = ctx.who.subjectId;
    w.recordType = c.recordType;
    w.ownerId = c.ownerId;
    w.isDelete = c.op == Sync::ChangeOp::Delete;
    w.fields = c.fields;
    w.exists = current != nullptr;
    if (current) {
        w.current = current->state.body;
    }
    return w;
}

qint64 changeMillis(const Sync::Change &c)
{
    const auto hlc = Sync::Hlc::parse(c.hlc);
    return hlc ? hlc->millis : 0;
}

} // namespace

AccessContext buildAccessContext(ServerStore &store, const Principal &who, const QDate &today)
{
    AccessContext ctx {who, today, {}, {}, {}, {}};
    switch (who.role) {
    case Role::YoungPerson:
        ctx.visibleOwners.insert(who.subjectId);
        for (const auto &a : store.allocationsOfYoungPerson(who.subjectId)) {
            if (isCurrent(a, today)) {
                ctx.ownPaId = a.staffId;
            }
        }
        break;
    case Role::PersonalAdviser:
        for (const auto &a : store.allocationsOfStaff(who.subjectId)) {
            if (isCurrent(a, today)) {
                ctx.visibleOwners.insert(a.youngPersonId);
            } else if (a.until && *a.until < today) {
                auto &end = ctx.endedOwners[a.youngPersonId];
                end = std::max(end, *a.until);
                // When the end was recorded: the HLC of the allocation's `until` field.
                if (const auto rec = store.record(u"allocation"_s, a.id)) {
                    if (const auto at = Sync::Hlc::parse(rec->state.fieldHlc.value(u"until"_s).toString())) {
                        auto &recorded = ctx.endRecordedAt[a.youngPersonId];
                        recorded = std::max(recorded, at->millis);
                    }
                }
            }
        }
        for (const auto &id : std::as_const(ctx.visibleOwners)) {
            ctx.endedOwners.remove(id);
        }
        break;
    case Role::Manager: {
        // Invariant: every young person of the authority is visible to at least one of its
        // managers, whatever was pushed. A manager sees their own team's young people, and
        // every young person no manager would otherwise see: no current PA, or a "PA" who is
        // unknown, not an active PA of the authority, or in a team without an active manager.
        QSet<QString> team;
        for (const auto &s : store.staffOfTeam(who.teamId)) {
            if (s.authorityId == who.authorityId) {
                team.insert(s.id);
            }
        }
        QHash<QString, bool> teamManaged; // team id -> has an active manager of the authority
        auto managedBy = [&](const QString &staffId) {
            const auto pa = store.staffById(staffId);
            if (!pa || pa->authorityId != who.authorityId || pa->role != "pa"_L1 || !pa->active) {
                return false;
            }
            if (const auto it = teamManaged.constFind(pa->teamId); it != teamManaged.cend()) {
                return it.value();
            }
            bool managed = false;
            for (const auto &s : store.staffOfTeam(pa->teamId)) {
                managed = managed || (s.authorityId == who.authorityId && s.role == "manager"_L1 && s.active);
            }
            teamManaged.insert(pa->teamId, managed);
            return managed;
        };
        QSet<QString> covered; // young people some manager sees through their PA's team
        QHash<QString, bool> staffManaged;
        for (const auto &a : store.allocationsOfAuthority(who.authorityId)) {
            if (!isCurrent(a, today)) {
                continue;
            }
            if (team.contains(a.staffId)) {
                ctx.visibleOwners.insert(a.youngPersonId);
            }
            if (!staffManaged.contains(a.staffId)) {
                staffManaged.insert(a.staffId, managedBy(a.staffId));
            }
            if (staffManaged.value(a.staffId)) {
                covered.insert(a.youngPersonId);
            }
        }
        for (const auto &yp : store.youngPeopleOfAuthority(who.authorityId)) {
            if (!covered.contains(yp.id)) {
                ctx.visibleOwners.insert(yp.id);
            }
        }
        break;
    }
    case Role::Admin:
        for (const auto &yp : store.youngPeopleOfAuthority(who.authorityId)) {
            ctx.visibleOwners.insert(yp.id);
        }
        break;
    }
    return ctx;
}

bool canRead(const AccessContext &ctx, const ServerRecord &rec)
{
    const auto *rule = ruleFor(rec.recordType);
    if (!rule) {
        return false;
    }
    if (rec.ownerId.isEmpty()) {
        if (rec.authorityId != ctx.who.authorityId) {
            return false;
        }
        if (ctx.who.role == Role::YoungPerson && rec.recordType == "staff"_L1) {
            return !ctx.ownPaId.isEmpty() && rec.recordId == ctx.ownPaId;
        }
        return ctx.who.role != Role::YoungPerson || rule->youngPersonReads;
    }
    if (!ctx.visibleOwners.contains(rec.ownerId)) {
        return false;
    }
    if (ctx.who.role == Role::YoungPerson) {
        return rule->youngPersonReads && !rec.staffOnly;
    }
    return true;
}

ServerRecord redactFor(const AccessContext &ctx, const ServerRecord &rec)
{
    if (ctx.who.role != Role::YoungPerson || rec.recordType != "staff"_L1) {
        return rec;
    }
    ServerRecord out = rec;
    QJsonObject body;
    QJsonObject hlcs;
    for (const auto &key : {u"id"_s, u"displayName"_s, u"role"_s}) {
        if (rec.state.body.contains(key)) {
            body.insert(key, rec.state.body.value(key));
            hlcs.insert(key, rec.state.fieldHlc.value(key));
        }
    }
    out.state.body = body;
    out.state.fieldHlc = hlcs;
    out.conflicts.clear();
    return out;
}

QString checkPush(const AccessContext &ctx, const Sync::Change &change, const ServerRecord *current)
{
    const QString forbidden = QString::fromLatin1(Sync::Reason::Forbidden);
    if (!ruleFor(change.recordType) || !mayWrite(writeRequestOf(ctx, change, current))) {
        return forbidden;
    }
    if (ctx.who.role == Role::YoungPerson) {
        return {}; // the table allows only their own records
    }
    const QString authority = current ? current->authorityId : change.fields.value(u"authorityId"_s).toString();
    if (change.ownerId.isEmpty() || (change.recordType == "young_person"_L1 && !current)) {
        // Authority-wide records and new young people: within the principal's own authority.
        if (authority != ctx.who.authorityId) {
            return forbidden;
        }
        return {};
    }
    if (ctx.visibleOwners.contains(change.ownerId)) {
        return {};
    }
    // A PA's offline work for a young person reallocated away from them: accepted if it was
    // made while they were still the PA, for a grace period after the allocation ended. "Still
    // the PA" means made on or before the last allocated day (`until`), or (a later day, such as
    // the handover day, or a backdated end) made before the instant the end was recorded on the
    // server. The grace period is the ReallocationGraceDays days after the last allocated day.
    if (const auto it = ctx.endedOwners.constFind(change.ownerId); it != ctx.endedOwners.cend()) {
        const QDate lastDay = it.value();
        // The device's clock alone is not trusted: a change is no older than its device's window.
        const qint64 madeAt = std::max(changeMillis(change), ctx.changeWindowStartMs);
        const QDate madeOn = QDateTime::fromMSecsSinceEpoch(madeAt, Qt::UTC).date();
        const qint64 recordedAt = ctx.endRecordedAt.value(change.ownerId, 0);
        if ((madeOn <= lastDay || madeAt < recordedAt) && ctx.today <= lastDay.addDays(ReallocationGraceDays)) {
            return {};
        }
    }
    return forbidden;
}

} // namespace Pathway::Server
