// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "documents.h"

#include "checks.h"
#include "jsonutil.h"

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

constexpr std::array documentKindCodes {
    u"ni_number",           u"birth_certificate",  u"passport",
    u"provisional_licence", u"bank_account",       u"evisa",
    u"care_leaver_letter",  u"gp_registration",    u"health_summary",
    u"junior_isa",          u"voter_registration", u"universal_credit",
};
constexpr std::array documentStatusCodes {u"have", u"applied", u"missing", u"not_needed"};

} // namespace

QString toCode(DocumentKind k)
{
    return Json::codeOf(documentKindCodes, k);
}

std::optional<DocumentKind> documentKindFromCode(const QString &code)
{
    return Json::enumFromCode<DocumentKind>(documentKindCodes, code);
}

QList<DocumentKind> allDocumentKinds()
{
    return Json::allOf<DocumentKind>(documentKindCodes);
}

QString toCode(DocumentStatus s)
{
    return Json::codeOf(documentStatusCodes, s);
}

std::optional<DocumentStatus> documentStatusFromCode(const QString &code)
{
    return Json::enumFromCode<DocumentStatus>(documentStatusCodes, code);
}

QJsonObject DocumentItem::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.put(u"kind"_s, toCode(kind));
    w.put(u"status"_s, toCode(status));
    w.putIfNotEmpty(u"helpingId"_s, helpingId);
    w.putOptional(u"dueDate"_s, dueDate);
    w.putOptional(u"expiresOn"_s, expiresOn);
    w.putOptional(u"obtainedOn"_s, obtainedOn);
    w.put(u"helpRequested"_s, helpRequested);
    w.put(u"youngPersonHasIt"_s, youngPersonHasIt);
    w.putIfNotEmpty(u"notes"_s, notes);
    w.put(u"deleted"_s, deleted);
    return w.result();
}

std::optional<DocumentItem> DocumentItem::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    DocumentItem d;
    d.id = r.string(u"id"_s);
    d.youngPersonId = r.string(u"youngPersonId"_s);
    d.kind = r.enumeration(u"kind"_s, documentKindFromCode, DocumentKind::NiNumber);
    d.status = r.enumeration(u"status"_s, documentStatusFromCode, DocumentStatus::Missing);
    d.helpingId = r.string(u"helpingId"_s);
    d.dueDate = r.optionalDate(u"dueDate"_s);
    d.expiresOn = r.optionalDate(u"expiresOn"_s);
    d.obtainedOn = r.optionalDate(u"obtainedOn"_s);
    d.helpRequested = r.boolean(u"helpRequested"_s);
    d.youngPersonHasIt = r.boolean(u"youngPersonHasIt"_s);
    d.notes = r.string(u"notes"_s);
    d.deleted = r.boolean(u"deleted"_s);
    if (!r.ok())
        return std::nullopt;
    return d;
}

ValidationErrors DocumentItem::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"youngPersonId"_s, youngPersonId);
    c.maxLength(u"helpingId"_s, helpingId, MaxShortText);
    c.maxLength(u"notes"_s, notes, MaxLongText);
    c.combination(u"expiresOn"_s, expiresOn && obtainedOn && *expiresOn < *obtainedOn);
    return c.errors();
}

ValidationErrors DocumentItem::validateAt(const QDateTime &now) const
{
    Checks::Collector c;
    c.notAfter(u"obtainedOn"_s, obtainedOn, now.toUTC().date());
    return validate() + c.errors();
}

} // namespace Pathway
