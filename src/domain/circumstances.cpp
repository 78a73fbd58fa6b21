// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "circumstances.h"

#include "checks.h"
#include "chronology.h"
#include "jsonutil.h"

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

constexpr std::array activityCodeList {u"F1", u"P1", u"F2", u"P2", u"F4", u"P4",
                                       u"F5", u"P5", u"G4", u"G5", u"G6", u"0"};
constexpr std::array inTouchCodeList {u"YES", u"NO", u"DIED", u"REFU", u"NREQ", u"RHOM"};
constexpr std::array recordedInTouchCodeList {u"DIED", u"REFU", u"NREQ", u"RHOM"};
constexpr std::array ethnicityCodeList {u"WBRI", u"WIRI", u"WOTH", u"WIRT", u"WROM", u"MWBC", u"MWBA",
                                        u"MWAS", u"MOTH", u"AIND", u"APKN", u"ABAN", u"AOTH", u"BCRB",
                                        u"BAFR", u"BOTH", u"CHNE", u"OOTH", u"REFU", u"NOBT"};
constexpr std::array genderCodeList {u"male", u"female", u"other", u"not_known"};

/** ACCOM letters that are never suitable: S (homeless, only S2) and X (custody, only X2). */
bool alwaysUnsuitable(const QString &type)
{
    return type == "S"_L1 || type == "X"_L1;
}

/** The one in force on `day`: latest `from` on or before it, ties to the greater id. */
template<typename T> std::optional<T> inForceOn(const QList<T> &history, const QDate &day)
{
    std::optional<T> found;
    for (const T &r : history) {
        if (r.deleted || !r.from.isValid() || r.from > day)
            continue;
        if (!found || r.from > found->from || (r.from == found->from && r.id > found->id))
            found = r;
    }
    return found;
}

/** The fields every dated fact shares. */
void checkCommon(Checks::Collector &c, const QString &id, const QString &youngPersonId, const QString &recordedBy)
{
    c.required(u"id"_s, id);
    c.required(u"youngPersonId"_s, youngPersonId);
    c.maxLength(u"recordedBy"_s, recordedBy, MaxShortText);
}

} // namespace

QStringList activityCodes()
{
    return Json::codeList(activityCodeList);
}

bool isNeetActivity(const QString &code)
{
    return code == "G4"_L1 || code == "G5"_L1 || code == "G6"_L1;
}

QStringList inTouchCodes()
{
    return Json::codeList(inTouchCodeList);
}

QStringList recordedInTouchCodes()
{
    return Json::codeList(recordedInTouchCodeList);
}

QStringList ethnicityCodes()
{
    return Json::codeList(ethnicityCodeList);
}

QStringList genderCodes()
{
    return Json::codeList(genderCodeList);
}

// ---- ActivityPeriod -------------------------------------------------------------------

QJsonObject ActivityPeriod::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.putIfValid(u"from"_s, from);
    w.put(u"code"_s, code);
    w.putIfNotEmpty(u"recordedBy"_s, recordedBy);
    w.put(u"deleted"_s, deleted);
    return w.result();
}

std::optional<ActivityPeriod> ActivityPeriod::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    ActivityPeriod a;
    a.id = r.string(u"id"_s);
    a.youngPersonId = r.string(u"youngPersonId"_s);
    a.from = r.date(u"from"_s);
    a.code = r.string(u"code"_s);
    a.recordedBy = r.string(u"recordedBy"_s);
    a.deleted = r.boolean(u"deleted"_s);
    if (!r.ok())
        return std::nullopt;
    return a;
}

ValidationErrors ActivityPeriod::validate() const
{
    Checks::Collector c;
    checkCommon(c, id, youngPersonId, recordedBy);
    c.required(u"from"_s, from);
    c.required(u"code"_s, code);
    c.knownCode(u"code"_s, code, activityCodes());
    return c.errors();
}

ValidationErrors ActivityPeriod::validateAt(const QDateTime &now) const
{
    Checks::Collector c;
    c.notAfter(u"from"_s, from.isValid() ? std::optional(from) : std::nullopt, now.toUTC().date());
    return validate() + c.errors();
}

// ---- AccommodationPeriod --------------------------------------------------------------

QString AccommodationPeriod::accomCode() const
{
    return type + (suitable ? u'1' : u'2');
}

QJsonObject AccommodationPeriod::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.putIfValid(u"from"_s, from);
    w.put(u"type"_s, type);
    w.put(u"suitable"_s, suitable);
    w.putIfNotEmpty(u"recordedBy"_s, recordedBy);
    w.put(u"deleted"_s, deleted);
    return w.result();
}

std::optional<AccommodationPeriod> AccommodationPeriod::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    AccommodationPeriod a;
    a.id = r.string(u"id"_s);
    a.youngPersonId = r.string(u"youngPersonId"_s);
    a.from = r.date(u"from"_s);
    a.type = r.string(u"type"_s);
    a.suitable = r.boolean(u"suitable"_s, true);
    a.recordedBy = r.string(u"recordedBy"_s);
    a.deleted = r.boolean(u"deleted"_s);
    if (!r.ok())
        return std::nullopt;
    return a;
}

ValidationErrors AccommodationPeriod::validate() const
{
    Checks::Collector c;
    checkCommon(c, id, youngPersonId, recordedBy);
    c.required(u"from"_s, from);
    c.required(u"type"_s, type);
    c.knownCode(u"type"_s, type, accommodationTypeCodes());
    c.combination(u"suitable"_s, suitable && alwaysUnsuitable(type));
    return c.errors();
}

ValidationErrors AccommodationPeriod::validateAt(const QDateTime &now) const
{
    Checks::Collector c;
    c.notAfter(u"from"_s, from.isValid() ? std::optional(from) : std::nullopt, now.toUTC().date());
    return validate() + c.errors();
}

// ---- InTouchRecord --------------------------------------------------------------------

QJsonObject InTouchRecord::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.putIfValid(u"on"_s, on);
    w.put(u"status"_s, status);
    w.putIfNotEmpty(u"recordedBy"_s, recordedBy);
    w.put(u"deleted"_s, deleted);
    return w.result();
}

std::optional<InTouchRecord> InTouchRecord::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    InTouchRecord t;
    t.id = r.string(u"id"_s);
    t.youngPersonId = r.string(u"youngPersonId"_s);
    t.on = r.date(u"on"_s);
    t.status = r.string(u"status"_s);
    t.recordedBy = r.string(u"recordedBy"_s);
    t.deleted = r.boolean(u"deleted"_s);
    if (!r.ok())
        return std::nullopt;
    return t;
}

ValidationErrors InTouchRecord::validate() const
{
    Checks::Collector c;
    checkCommon(c, id, youngPersonId, recordedBy);
    c.required(u"on"_s, on);
    c.required(u"status"_s, status);
    c.knownCode(u"status"_s, status, recordedInTouchCodes());
    return c.errors();
}

ValidationErrors InTouchRecord::validateAt(const QDateTime &now) const
{
    Checks::Collector c;
    c.notAfter(u"on"_s, on.isValid() ? std::optional(on) : std::nullopt, now.toUTC().date());
    return validate() + c.errors();
}

// ---- derived facts --------------------------------------------------------------------

std::optional<ActivityPeriod> activityOn(const QList<ActivityPeriod> &history, const QDate &day)
{
    return inForceOn(history, day);
}

std::optional<AccommodationPeriod> accommodationOn(const QList<AccommodationPeriod> &history, const QDate &day)
{
    return inForceOn(history, day);
}

std::optional<QDate> neetSince(const QList<ActivityPeriod> &history, const QDate &day)
{
    auto current = activityOn(history, day);
    if (!current || !current->isNeet())
        return std::nullopt;
    // Walk back while the period before is NEET too.
    QDate since = current->from;
    while (const auto before = activityOn(history, since.addDays(-1))) {
        if (!before->isNeet())
            break;
        since = before->from;
    }
    return since;
}

QString inTouchCode(const QDate &first,
                    const QDate &last,
                    const QList<ContactLog> &contacts,
                    const QList<InTouchRecord> &records)
{
    std::optional<InTouchRecord> latest;
    for (const InTouchRecord &r : records) {
        if (r.deleted || !r.on.isValid() || r.on > last)
            continue;
        if (r.status == "DIED"_L1)
            return r.status;
        if (!latest || r.on > latest->on || (r.on == latest->on && r.id > latest->id))
            latest = r;
    }
    std::optional<QDate> lastContact;
    for (const ContactLog &c : contacts) {
        if (!c.countsAsContact())
            continue;
        const QDate day = c.at.toUTC().date();
        if (day >= first && day <= last)
            return u"YES"_s;
        if (day <= last && (!lastContact || day > *lastContact))
            lastContact = day;
    }
    if (latest && (!lastContact || *lastContact < latest->on))
        return latest->status;
    return u"NO"_s;
}

} // namespace Pathway
