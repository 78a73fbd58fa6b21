// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "rules.h"

using namespace Qt::StringLiterals;

namespace Pathway::Rules {

namespace {

QString statusCode(const CaseFacts &f, DocumentKind k)
{
    const auto it = f.documents.constFind(k);
    return it == f.documents.cend() ? u"absent"_s : toCode(*it);
}

bool has(const CaseFacts &f, DocumentKind k)
{
    return f.documents.value(k, DocumentStatus::Missing) == DocumentStatus::Have;
}

bool notNeeded(const CaseFacts &f, DocumentKind k)
{
    return f.documents.value(k, DocumentStatus::Missing) == DocumentStatus::NotNeeded;
}

} // namespace

QList<Alert> missingIdRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t)
{
    if (!f.dateOfBirth.isValid()) {
        return {};
    }
    const QDate due = f.dateOfBirth.addYears(t.idCheckAgeYears);
    if (today < due) {
        return {};
    }
    QList<Alert> out;
    auto add = [&](const QString &item, const QJsonObject &facts) {
        Alert a;
        a.ruleCode = QString::fromLatin1(MissingId);
        a.youngPersonId = f.youngPersonId;
        a.subject = item;
        a.tier = AlertTier::Overdue;
        a.since = due;
        a.dueDate = due;
        a.facts = facts;
        a.facts.insert(u"item"_s, item);
        out.append(withDayCounts(a, today));
    };
    const bool photoNotNeeded = notNeeded(f, DocumentKind::Passport) && notNeeded(f, DocumentKind::ProvisionalLicence);
    if (!has(f, DocumentKind::Passport) && !has(f, DocumentKind::ProvisionalLicence) && !photoNotNeeded) {
        add(u"photo_id"_s,
            {{u"passport"_s, statusCode(f, DocumentKind::Passport)},
             {u"provisionalLicence"_s, statusCode(f, DocumentKind::ProvisionalLicence)}});
    }
    for (const auto &[kind, item] : {std::pair {DocumentKind::NiNumber, u"ni_number"_s},
                                     std::pair {DocumentKind::BankAccount, u"bank_account"_s}}) {
        if (!has(f, kind) && !notNeeded(f, kind)) {
            add(item, {{u"status"_s, statusCode(f, kind)}});
        }
    }
    return out;
}

QList<Alert> passportExpiryRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t)
{
    if (!f.passportExpiresOn) {
        return {};
    }
    const QDate expires = *f.passportExpiresOn;
    const QDate warnFrom = expires.addMonths(-t.passportExpiryWarningMonths);
    if (expires > today.addMonths(t.passportExpiryWarningMonths)) {
        return {};
    }
    Alert a;
    a.ruleCode = QString::fromLatin1(PassportExpiry);
    a.youngPersonId = f.youngPersonId;
    a.tier = expires < today ? AlertTier::Overdue : AlertTier::Warning;
    a.since = warnFrom;
    a.dueDate = expires;
    a.facts = QJsonObject {{u"expiresOn"_s, expires.toString(Qt::ISODate)}, {u"expired"_s, expires < today}};
    return {withDayCounts(a, today)};
}

} // namespace Pathway::Rules
