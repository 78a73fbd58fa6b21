// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "writeaccess.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

enum StaffRoles : unsigned
{
    NoStaff = 0,
    PA = 1,
    Mgr = 2,
    Adm = 4,
    AllStaff = PA | Mgr | Adm
};

/** What a young person may write in a record type (the value checks are in youngPersonMayWrite). */
enum class YoungPersonWrite
{
    None,
    OwnRequests,
    OwnWords,
    ProposeOrFinishStep,
    AskForReview,
    OwnHealthNote,
    DocumentSay,
    AskEntitlement
};

struct TypeRule
{
    const char *type;
    YoungPersonWrite youngPerson;
    unsigned staff; ///< staff roles that may write it (within the records they see)
};

// The access table for writes. Rows are record types; see writeaccess.h for the prose version.
constexpr TypeRule kTypeRules[] = {
    {"young_person", YoungPersonWrite::None, AllStaff},
    {"staff", YoungPersonWrite::None, Adm},
    {"allocation", YoungPersonWrite::None, Mgr | Adm},
    {"plan_section", YoungPersonWrite::OwnWords, AllStaff},
    {"plan_action", YoungPersonWrite::ProposeOrFinishStep, AllStaff},
    {"plan_review", YoungPersonWrite::None, AllStaff},
    {"health_entry", YoungPersonWrite::OwnHealthNote, AllStaff},
    {"health_handover", YoungPersonWrite::None, AllStaff},
    {"offer_item", YoungPersonWrite::None, Mgr | Adm},
    {"entitlement", YoungPersonWrite::AskEntitlement, AllStaff},
    {"document", YoungPersonWrite::DocumentSay, AllStaff},
    {"contact_log", YoungPersonWrite::None, AllStaff},
    {"contact_amendment", YoungPersonWrite::None, AllStaff},
    {"contact_request", YoungPersonWrite::OwnRequests, AllStaff},
    {"chronology_event", YoungPersonWrite::AskForReview, AllStaff},
    {"authority_settings", YoungPersonWrite::None, Mgr | Adm},
    {"activity", YoungPersonWrite::None, AllStaff},
    {"accommodation", YoungPersonWrite::None, AllStaff},
    {"in_touch", YoungPersonWrite::None, AllStaff},
};

const TypeRule *ruleFor(const QString &type)
{
    for (const auto &r : kTypeRules) {
        if (type == QLatin1StringView(r.type))
            return &r;
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

/** A value a new record carries without writing anything: false, "", null, [] or {}. */
bool isBlank(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isBool() && !v.toBool()) || (v.isString() && v.toString().isEmpty())
        || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
}

/**
 * Only these fields (plus id and youngPersonId) are written. For a new record, fields left at a
 * blank value (the body's defaults, such as "deleted": false) do not count as written.
 */
bool onlyFields(const WriteRequest &w, std::initializer_list<const char *> allowed)
{
    for (auto it = w.fields.begin(); it != w.fields.end(); ++it) {
        if (it.key() == "id"_L1 || it.key() == "youngPersonId"_L1)
            continue;
        if (!w.exists && isBlank(it.value()))
            continue;
        bool ok = false;
        for (const char *a : allowed)
            ok = ok || it.key() == QLatin1StringView(a);
        if (!ok)
            return false;
    }
    return true;
}

/** The value a field has after the write: the written one, else the stored one. */
QJsonValue after(const WriteRequest &w, const QString &key)
{
    return w.fields.contains(key) ? w.fields.value(key) : w.current.value(key);
}

/** A "by" field (updatedBy, addedBy, ...) that is written must name the writer. */
bool byWriter(const WriteRequest &w, const QString &key)
{
    return !w.fields.contains(key) || w.fields.value(key).toString() == w.writerId;
}

bool youngPersonMayWrite(const TypeRule &rule, const WriteRequest &w)
{
    if (w.ownerId.isEmpty() || w.ownerId != w.writerId)
        return false;
    if (w.fields.contains(u"youngPersonId"_s) && w.fields.value(u"youngPersonId"_s).toString() != w.ownerId)
        return false;
    switch (rule.youngPerson) {
    case YoungPersonWrite::None:
        return false;
    case YoungPersonWrite::OwnRequests:
        return !w.isDelete && onlyFields(w, {"requestedAt", "urgency", "message", "status"})
            && (!w.fields.contains(u"status"_s) || w.fields.value(u"status"_s) == u"open"_s
                || w.fields.value(u"status"_s) == u"withdrawn"_s);
    case YoungPersonWrite::OwnWords:
        // Their own words in an area; a new area record may name only its area besides.
        if (w.isDelete || !byWriter(w, u"updatedBy"_s))
            return false;
        if (!w.exists && !w.fields.contains(u"area"_s))
            return false;
        return w.exists ? onlyFields(w, {"ownWords", "youngPersonTookPart", "updatedBy"})
                        : onlyFields(w, {"area", "ownWords", "youngPersonTookPart", "updatedBy"});
    case YoungPersonWrite::ProposeOrFinishStep:
        if (w.isDelete)
            return false;
        if (!w.exists) {
            // A step they propose: the PA accepts, edits or declines it.
            return w.fields.value(u"status"_s) == u"proposed"_s && !w.fields.value(u"what"_s).toString().isEmpty()
                && byWriter(w, u"proposedBy"_s)
                && onlyFields(w, {"area", "what", "who", "byWhen", "status", "proposedBy"});
        }
        if (w.current.value(u"status"_s) == u"proposed"_s && w.current.value(u"proposedBy"_s) == w.writerId) {
            // Their own proposal, before the PA has answered it: they may still change or withdraw it.
            return after(w, u"status"_s) == u"proposed"_s
                && onlyFields(w, {"what", "who", "byWhen", "area", "deleted"});
        }
        return onlyFields(w, {"status", "completedAt", "completedBy"}) && w.fields.value(u"status"_s) == u"done"_s
            && byWriter(w, u"completedBy"_s);
    case YoungPersonWrite::AskForReview:
        return !w.isDelete && !w.exists
            && (w.fields.value(u"kind"_s) == u"review_requested"_s || w.fields.value(u"kind"_s) == u"copy_made"_s)
            && w.fields.value(u"recordedBy"_s).toString() == w.writerId
            && onlyFields(w, {"date", "kind", "recordedBy", "summary"});
    case YoungPersonWrite::OwnHealthNote: {
        if (w.exists) {
            const auto kind = w.current.value(u"kind"_s).toString();
            if (w.current.value(u"addedBy"_s).toString() != w.writerId
                || (kind != "appointment"_L1 && kind != "note"_L1))
                return false;
            if (w.isDelete)
                return true;
        } else if (w.isDelete) {
            return false;
        }
        if (w.fields.contains(u"kind"_s) && w.fields.value(u"kind"_s) != u"appointment"_s
            && w.fields.value(u"kind"_s) != u"note"_s)
            return false;
        if (!w.exists && !w.fields.contains(u"kind"_s))
            return false;
        if ((!w.exists || w.fields.contains(u"addedBy"_s)) && w.fields.value(u"addedBy"_s).toString() != w.writerId)
            return false;
        return onlyFields(w, {"kind", "title", "details", "date", "addedBy", "deleted"});
    }
    case YoungPersonWrite::DocumentSay:
        return !w.isDelete && w.exists && onlyFields(w, {"helpRequested", "youngPersonHasIt"});
    case YoungPersonWrite::AskEntitlement:
        if (w.isDelete || !onlyFields(w, {"status", "statusSince", "offerItemId"})
            || w.fields.value(u"status"_s) != u"asked"_s)
            return false;
        // The offer item of an existing entitlement is not theirs to change.
        return !w.exists || !w.fields.contains(u"offerItemId"_s)
            || w.fields.value(u"offerItemId"_s) == w.current.value(u"offerItemId"_s);
    }
    return false;
}

} // namespace

bool mayWrite(const WriteRequest &w)
{
    const auto *rule = ruleFor(w.recordType);
    if (!rule)
        return false;
    if (w.role == Role::YoungPerson)
        return youngPersonMayWrite(*rule, w);
    if (!(rule->staff & roleBit(w.role)))
        return false;
    // A PA works with the young people allocated to them; creating one is for managers and admins.
    if (w.recordType == "young_person"_L1 && !w.exists && w.role == Role::PersonalAdviser)
        return false;
    return true;
}

bool mayWriteType(Role role, const QString &recordType)
{
    const auto *rule = ruleFor(recordType);
    if (!rule)
        return false;
    if (role == Role::YoungPerson)
        return rule->youngPerson != YoungPersonWrite::None;
    return (rule->staff & roleBit(role)) != 0;
}

} // namespace Pathway
