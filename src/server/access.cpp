#include "server/access.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

enum StaffRoles : unsigned
{
    NoStaff = 0,
    PA = 1,
    Mgr = 2,
    Adm = 4,
    AllStaff = PA | Mgr | Adm
};

/** What a young person may write in a type: the fields, and extra checks on values. */
enum class YoungPersonWrite
{
    None,
    OwnRequests, // contact_request: create/edit own requests, not the answer fields
    OwnWords, // plan_section: ownWords, youngPersonTookPart (existing sections)
    ActionDone, // plan_action: status "done" (+ completedAt/completedBy)
    OwnHealthNote, // health_entry kinds appointment/note, added by themselves
    HelpRequested, // document: helpRequested (existing items)
    AskEntitlement // entitlement: status "asked"
};

struct TypeRule
{
    const char *type;
    bool youngPersonReads;
    YoungPersonWrite youngPersonWrites;
    unsigned staffWrites; ///< roles that may write it (within what they see)
};

// The access table. Rows are record types; see access.h for the prose version.
constexpr TypeRule kTypeRules[] = {
    {"young_person", true, YoungPersonWrite::None, AllStaff},
    {"staff", true, YoungPersonWrite::None, Adm},
    {"allocation", true, YoungPersonWrite::None, Mgr | Adm},
    {"plan_section", true, YoungPersonWrite::OwnWords, AllStaff},
    {"plan_action", true, YoungPersonWrite::ActionDone, AllStaff},
    {"plan_review", true, YoungPersonWrite::None, AllStaff},
    {"health_entry", true, YoungPersonWrite::OwnHealthNote, AllStaff},
    {"health_handover", true, YoungPersonWrite::None, AllStaff},
    {"offer_item", true, YoungPersonWrite::None, Mgr | Adm},
    {"entitlement", true, YoungPersonWrite::AskEntitlement, AllStaff},
    {"document", true, YoungPersonWrite::HelpRequested, AllStaff},
    {"contact_log", true, YoungPersonWrite::None, AllStaff},
    {"contact_amendment", true, YoungPersonWrite::None, AllStaff},
    {"contact_request", true, YoungPersonWrite::OwnRequests, AllStaff},
    {"chronology_event", true, YoungPersonWrite::None, AllStaff},
};

const TypeRule *ruleFor(const QString &type)
{
    for (const auto &r : kTypeRules) {
        if (type == QLatin1StringView(r.type)) {
            return &r;
        }
    }
    return nullptr;
}

unsigned roleBit(Role r)
{
    switch (r) {
    case Role::PersonalAdviser:
        return PA;
    case Role::Manager:
        return Mgr;
    case Role::Admin:
        return Adm;
    case Role::YoungPerson:
        return NoStaff;
    }
    return NoStaff;
}

/** As Allocation::isCurrentOn: `until` is the last day of the period (inclusive). */
bool isCurrent(const AllocationRow &a, const QDate &day)
{
    return a.from <= day && (!a.until || day <= *a.until);
}

/** Only these fields (plus id and youngPersonId) may appear in the change. */
bool onlyFields(const Sync::Change &c, std::initializer_list<const char *> allowed)
{
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
        if (it.key() == "id"_L1 || it.key() == "youngPersonId"_L1) {
            continue;
        }
        bool ok = false;
        for (const char *a : allowed) {
            ok = ok || it.key() == QLatin1StringView(a);
        }
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool youngPersonMayWrite(const AccessContext &ctx,
                         const TypeRule &rule,
                         const Sync::Change &c,
                         const StoredRecord *current)
{
    if (c.ownerId != ctx.who.subjectId) {
        return false;
    }
    if (c.fields.contains(u"youngPersonId"_s) && c.fields.value(u"youngPersonId"_s).toString() != c.ownerId) {
        return false;
    }
    const bool isDelete = c.op == Sync::ChangeOp::Delete;
    switch (rule.youngPersonWrites) {
    case YoungPersonWrite::None:
        return false;
    case YoungPersonWrite::OwnRequests:
        return !isDelete && onlyFields(c, {"requestedAt", "urgency", "message", "status"})
            && (!c.fields.contains(u"status"_s) || c.fields.value(u"status"_s) == u"open"_s
                || c.fields.value(u"status"_s) == u"withdrawn"_s);
    case YoungPersonWrite::OwnWords:
        return !isDelete && current && onlyFields(c, {"ownWords", "youngPersonTookPart", "updatedBy"});
    case YoungPersonWrite::ActionDone:
        return !isDelete && current && onlyFields(c, {"status", "completedAt", "completedBy"})
            && c.fields.value(u"status"_s) == u"done"_s;
    case YoungPersonWrite::OwnHealthNote: {
        if (current) {
            const auto &b = current->state.body;
            const auto kind = b.value(u"kind"_s).toString();
            if (b.value(u"addedBy"_s).toString() != ctx.who.subjectId
                || (kind != "appointment"_L1 && kind != "note"_L1)) {
                return false;
            }
            if (isDelete) {
                return true;
            }
        } else if (isDelete) {
            return false;
        }
        if (c.fields.contains(u"kind"_s) && c.fields.value(u"kind"_s) != u"appointment"_s
            && c.fields.value(u"kind"_s) != u"note"_s) {
            return false;
        }
        if (!current && !c.fields.contains(u"kind"_s)) {
            return false;
        }
        if ((!current || c.fields.contains(u"addedBy"_s))
            && c.fields.value(u"addedBy"_s).toString() != ctx.who.subjectId) {
            return false;
        }
        return onlyFields(c, {"kind", "title", "details", "date", "addedBy", "deleted"});
    }
    case YoungPersonWrite::HelpRequested:
        return !isDelete && current && onlyFields(c, {"helpRequested"});
    case YoungPersonWrite::AskEntitlement:
        if (isDelete || !onlyFields(c, {"status", "statusSince", "offerItemId"})
            || c.fields.value(u"status"_s) != u"asked"_s) {
            return false;
        }
        // The offer item of an existing entitlement is not theirs to change.
        return !current || !c.fields.contains(u"offerItemId"_s)
            || c.fields.value(u"offerItemId"_s) == current->state.body.value(u"offerItemId"_s);
    }
    return false;
}

qint64 changeMillis(const Sync::Change &c)
{
    const auto hlc = Sync::Hlc::parse(c.hlc);
    return hlc ? hlc->millis : 0;
}

} // namespace

QString toCode(Role role)
{
    switch (role) {
    case Role::YoungPerson:
        return u"young_person"_s;
    case Role::PersonalAdviser:
        return u"pa"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (auto r : {Role::YoungPerson, Role::PersonalAdviser, Role::Manager, Role::Admin}) {
        if (toCode(r) == code) {
            return r;
        }
    }
    return std::nullopt;
}

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
        QSet<QString> team;
        for (const auto &s : store.staffOfTeam(who.teamId)) {
            if (s.authorityId == who.authorityId) {
                team.insert(s.id);
            }
        }
        QSet<QString> allocated;
        for (const auto &a : store.allocationsOfAuthority(who.authorityId)) {
            if (isCurrent(a, today)) {
                allocated.insert(a.youngPersonId);
                if (team.contains(a.staffId)) {
                    ctx.visibleOwners.insert(a.youngPersonId);
                }
            }
        }
        for (const auto &yp : store.youngPeopleOfAuthority(who.authorityId)) {
            if (!allocated.contains(yp.id)) {
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

bool canRead(const AccessContext &ctx, const StoredRecord &rec)
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

StoredRecord redactFor(const AccessContext &ctx, const StoredRecord &rec)
{
    if (ctx.who.role != Role::YoungPerson || rec.recordType != "staff"_L1) {
        return rec;
    }
    StoredRecord out = rec;
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

QString checkPush(const AccessContext &ctx, const Sync::Change &change, const StoredRecord *current)
{
    const QString forbidden = QString::fromLatin1(Sync::Reason::Forbidden);
    const auto *rule = ruleFor(change.recordType);
    if (!rule) {
        return forbidden;
    }
    if (ctx.who.role == Role::YoungPerson) {
        return youngPersonMayWrite(ctx, *rule, change, current) ? QString() : forbidden;
    }
    if (!(rule->staffWrites & roleBit(ctx.who.role))) {
        return forbidden;
    }
    const QString authority = current ? current->authorityId : change.fields.value(u"authorityId"_s).toString();
    if (change.ownerId.isEmpty() || (change.recordType == "young_person"_L1 && !current)) {
        // Authority-wide records and new young people: within the principal's own authority.
        if (authority != ctx.who.authorityId) {
            return forbidden;
        }
        if (change.recordType == "young_person"_L1 && ctx.who.role == Role::PersonalAdviser) {
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
        const qint64 madeAt = changeMillis(change);
        const QDate madeOn = QDateTime::fromMSecsSinceEpoch(madeAt, Qt::UTC).date();
        const qint64 recordedAt = ctx.endRecordedAt.value(change.ownerId, 0);
        if ((madeOn <= lastDay || madeAt < recordedAt) && ctx.today <= lastDay.addDays(ReallocationGraceDays)) {
            return {};
        }
    }
    return forbidden;
}

} // namespace Pathway::Server
