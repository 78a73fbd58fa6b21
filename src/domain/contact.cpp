// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "contact.h"

#include "checks.h"
#include "jsonutil.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

constexpr std::array contactKindCodes {u"visit", u"phone", u"video", u"text", u"letter", u"drop_in", u"attempted"};
constexpr std::array locationCodes {u"home",        u"office",   u"community", u"custody",
                                    u"out_of_area", u"hospital", u"other"};
constexpr std::array urgencyCodes {u"urgent", u"when_convenient"};
constexpr std::array requestStatusCodes {u"open", u"answered", u"withdrawn"};
constexpr std::array amendableFields {
    u"staffId", u"at",           u"kind",      u"successful", u"seenAlone",           u"location",
    u"notes",   u"confidential", u"wellbeing", u"followUps",  u"respondsToRequestId", u"enteredInError",
};

/** `json` with the amendable fields of `changes` set (null removes the key). */
QJsonObject withChanges(QJsonObject json, const QJsonObject &changes)
{
    for (const char16_t *field : amendableFields) {
        const QString key = QString::fromUtf16(field);
        const auto it = changes.constFind(key);
        if (it == changes.constEnd())
            continue;
        if (it->isNull())
            json.remove(key);
        else
            json.insert(key, *it);
    }
    return json;
}

} // namespace

QString toCode(ContactKind k)
{
    return Json::codeOf(contactKindCodes, k);
}

std::optional<ContactKind> contactKindFromCode(const QString &code)
{
    return Json::enumFromCode<ContactKind>(contactKindCodes, code);
}

QStringList contactLocationCodes()
{
    return Json::codeList(locationCodes);
}

QString toCode(RequestUrgency u)
{
    return Json::codeOf(urgencyCodes, u);
}

std::optional<RequestUrgency> requestUrgencyFromCode(const QString &code)
{
    return Json::enumFromCode<RequestUrgency>(urgencyCodes, code);
}

QStringList contactRequestStatusCodes()
{
    return Json::codeList(requestStatusCodes);
}

QStringList amendableContactFields()
{
    return Json::codeList(amendableFields);
}

// ---- ContactLog -----------------------------------------------------------------------

QJsonObject ContactLog::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.put(u"staffId"_s, staffId);
    w.putIfValid(u"at"_s, at);
    w.put(u"kind"_s, toCode(kind));
    w.put(u"successful"_s, successful);
    w.put(u"seenAlone"_s, seenAlone);
    w.putIfNotEmpty(u"location"_s, location);
    w.putIfNotEmpty(u"notes"_s, notes);
    w.put(u"confidential"_s, confidential);
    w.putOptional(u"wellbeing"_s, wellbeing);
    w.putIfNotEmpty(u"followUps"_s, followUps);
    w.putIfNotEmpty(u"respondsToRequestId"_s, respondsToRequestId);
    if (enteredInError)
        w.put(u"enteredInError"_s, true);
    return w.result();
}

std::optional<ContactLog> ContactLog::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    ContactLog c;
    c.id = r.string(u"id"_s);
    c.youngPersonId = r.string(u"youngPersonId"_s);
    c.staffId = r.string(u"staffId"_s);
    c.at = r.instant(u"at"_s);
    c.kind = r.enumeration(u"kind"_s, contactKindFromCode, ContactKind::Visit);
    c.successful = r.boolean(u"successful"_s, true);
    c.seenAlone = r.boolean(u"seenAlone"_s);
    c.location = r.string(u"location"_s);
    c.notes = r.string(u"notes"_s);
    c.confidential = r.boolean(u"confidential"_s);
    c.wellbeing = r.optionalInt(u"wellbeing"_s);
    c.followUps = r.stringList(u"followUps"_s);
    c.respondsToRequestId = r.string(u"respondsToRequestId"_s);
    c.enteredInError = r.boolean(u"enteredInError"_s);
    if (!r.ok())
        return std::nullopt;
    return c;
}

ValidationErrors ContactLog::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"youngPersonId"_s, youngPersonId);
    c.required(u"staffId"_s, staffId);
    c.required(u"at"_s, at);
    c.knownCode(u"location"_s, location, contactLocationCodes());
    c.maxLength(u"notes"_s, notes, MaxLongText);
    c.maxLength(u"followUps"_s, followUps, MaxLineText);
    if (wellbeing)
        c.range(u"wellbeing"_s, *wellbeing, 1, 5);
    const bool attempt = kind == ContactKind::Attempted;
    c.combination(u"successful"_s, attempt && successful);
    // Nobody is seen, alone or otherwise, by an attempt, a letter or a text.
    const bool couldSee = successful && !attempt && kind != ContactKind::Letter && kind != ContactKind::Text;
    c.combination(u"seenAlone"_s, seenAlone && !couldSee);
    // Wellbeing is what the young person said or showed: it needs them to have been reached.
    c.combination(u"wellbeing"_s, wellbeing.has_value() && (!successful || attempt));
    // Only an amendment marks a contact entered in error: a new log saying so makes no sense.
    c.combination(u"enteredInError"_s, enteredInError);
    return c.errors();
}

ValidationErrors ContactLog::validateAt(const QDateTime &now) const
{
    Checks::Collector c;
    c.notAfter(u"at"_s, at.isValid() ? std::optional(at) : std::nullopt, now);
    return validate() + c.errors();
}

// ---- ContactAmendment -----------------------------------------------------------------

QJsonObject ContactAmendment::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.put(u"contactLogId"_s, contactLogId);
    w.put(u"amendedBy"_s, amendedBy);
    w.putIfValid(u"amendedAt"_s, amendedAt);
    w.put(u"reason"_s, reason);
    w.put(u"changes"_s, changes);
    return w.result();
}

std::optional<ContactAmendment> ContactAmendment::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    ContactAmendment a;
    a.id = r.string(u"id"_s);
    a.youngPersonId = r.string(u"youngPersonId"_s);
    a.contactLogId = r.string(u"contactLogId"_s);
    a.amendedBy = r.string(u"amendedBy"_s);
    a.amendedAt = r.instant(u"amendedAt"_s);
    a.reason = r.string(u"reason"_s);
    a.changes = r.object(u"changes"_s);
    if (!r.ok())
        return std::nullopt;
    return a;
}

ValidationErrors ContactAmendment::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"youngPersonId"_s, youngPersonId);
    c.required(u"contactLogId"_s, contactLogId);
    c.required(u"amendedBy"_s, amendedBy);
    c.required(u"amendedAt"_s, amendedAt);
    c.required(u"reason"_s, reason);
    c.maxLength(u"reason"_s, reason, MaxLineText);
    if (changes.isEmpty())
        c.add(u"required"_s, u"changes"_s);
    const QStringList amendable = amendableContactFields();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (!amendable.contains(it.key()))
            c.add(u"unknown_code"_s, u"changes."_s + it.key());
    }
    // The corrected values must read as contact-log fields.
    ContactLog probe;
    probe.at = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    if (!ContactLog::fromJson(withChanges(probe.toJson(), changes)))
        c.add(u"invalid_format"_s, u"changes"_s);
    return c.errors();
}

ValidationErrors ContactAmendment::validateAt(const QDateTime &now) const
{
    Checks::Collector c;
    c.notAfter(u"amendedAt"_s, amendedAt.isValid() ? std::optional(amendedAt) : std::nullopt, now);
    return validate() + c.errors();
}

namespace {
void sortAmendments(QList<ContactAmendment> &amendments)
{
    std::stable_sort(amendments.begin(), amendments.end(), [](const ContactAmendment &a, const ContactAmendment &b) {
        if (a.amendedAt != b.amendedAt)
            return a.amendedAt < b.amendedAt;
        return a.id < b.id;
    });
}
} // namespace

ContactLog applyAmendments(const ContactLog &original, QList<ContactAmendment> amendments)
{
    sortAmendments(amendments);
    ContactLog current = original;
    for (const ContactAmendment &a : std::as_const(amendments)) {
        if (a.contactLogId != original.id)
            continue;
        if (const std::optional<ContactLog> amended = ContactLog::fromJson(withChanges(current.toJson(), a.changes)))
            current = *amended;
    }
    return current;
}

std::optional<ContactAmendment> enteredInErrorBy(const ContactLog &original, QList<ContactAmendment> amendments)
{
    sortAmendments(amendments);
    ContactLog current = original;
    std::optional<ContactAmendment> marking;
    for (const ContactAmendment &a : std::as_const(amendments)) {
        if (a.contactLogId != original.id)
            continue;
        const std::optional<ContactLog> amended = ContactLog::fromJson(withChanges(current.toJson(), a.changes));
        if (!amended)
            continue;
        if (amended->enteredInError && !current.enteredInError)
            marking = a;
        current = *amended;
    }
    if (!current.enteredInError)
        return std::nullopt;
    return marking;
}

// ---- ContactRequest -------------------------------------------------------------------

QJsonObject ContactRequest::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.putIfValid(u"requestedAt"_s, requestedAt);
    w.put(u"urgency"_s, toCode(urgency));
    w.putIfNotEmpty(u"message"_s, message);
    w.put(u"status"_s, status);
    w.putOptional(u"answeredAt"_s, answeredAt);
    w.putIfNotEmpty(u"answeredBy"_s, answeredBy);
    w.putIfNotEmpty(u"reply"_s, reply);
    return w.result();
}

std::optional<ContactRequest> ContactRequest::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    ContactRequest q;
    q.id = r.string(u"id"_s);
    q.youngPersonId = r.string(u"youngPersonId"_s);
    q.requestedAt = r.instant(u"requestedAt"_s);
    q.urgency = r.enumeration(u"urgency"_s, requestUrgencyFromCode, RequestUrgency::WhenConvenient);
    q.message = r.string(u"message"_s);
    if (r.has(u"status"_s)) {
        q.status = r.string(u"status"_s);
        if (!contactRequestStatusCodes().contains(q.status))
            r.fail();
    }
    q.answeredAt = r.optionalInstant(u"answeredAt"_s);
    q.answeredBy = r.string(u"answeredBy"_s);
    q.reply = r.string(u"reply"_s);
    if (!r.ok())
        return std::nullopt;
    return q;
}

ValidationErrors ContactRequest::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"youngPersonId"_s, youngPersonId);
    c.required(u"requestedAt"_s, requestedAt);
    c.maxLength(u"message"_s, message, MaxLongText);
    c.maxLength(u"answeredBy"_s, answeredBy, MaxShortText);
    c.knownCode(u"status"_s, status, contactRequestStatusCodes(), false);
    const bool answered = status == u"answered"_s;
    if (answered && !answeredAt)
        c.add(u"required"_s, u"answeredAt"_s);
    c.combination(u"answeredAt"_s, !answered && answeredAt.has_value());
    c.combination(u"answeredAt"_s,
                  answeredAt && requestedAt.isValid() && answeredAt->isValid() && *answeredAt < requestedAt);
    c.combination(u"answeredBy"_s, !answeredBy.isEmpty() && !answeredAt);
    c.maxLength(u"reply"_s, reply, MaxLongText);
    c.combination(u"reply"_s, !reply.isEmpty() && !answeredAt);
    return c.errors();
}

ValidationErrors ContactRequest::validateAt(const QDateTime &now) const
{
    Checks::Collector c;
    c.notAfter(u"requestedAt"_s, requestedAt.isValid() ? std::optional(requestedAt) : std::nullopt, now);
    c.notAfter(u"answeredAt"_s, answeredAt, now);
    return validate() + c.errors();
}

std::optional<ContactLog> responseTo(const ContactRequest &request, const QList<ContactLog> &contacts)
{
    std::optional<ContactLog> first;
    for (const ContactLog &c : contacts) {
        // A contact entered in error answered nothing.
        if (c.respondsToRequestId == request.id && !c.enteredInError && (!first || c.at < first->at))
            first = c;
    }
    return first;
}

RequestState requestState(const ContactRequest &request, const QList<ContactLog> &contacts)
{
    if (request.status == u"withdrawn"_s)
        return RequestState::Withdrawn;
    if (request.status == u"answered"_s || request.answeredAt || responseTo(request, contacts))
        return RequestState::Answered;
    return RequestState::Open;
}

} // namespace Pathway
