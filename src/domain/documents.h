// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "validation.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Pathway {

/**
 * The documents checklist of DOMAIN.md. Codes: "ni_number", "birth_certificate", "passport",
 * "provisional_licence", "bank_account", "evisa", "care_leaver_letter", "gp_registration",
 * "health_summary", "junior_isa", "voter_registration", "universal_credit".
 */
enum class DocumentKind
{
    NiNumber,
    BirthCertificate,
    Passport,
    ProvisionalLicence,
    BankAccount,
    EVisa,
    CareLeaverLetter,
    GpRegistration,
    HealthSummary,
    JuniorIsa,
    VoterRegistration,
    UniversalCredit,
};
QString toCode(DocumentKind k);
std::optional<DocumentKind> documentKindFromCode(const QString &code);
QList<DocumentKind> allDocumentKinds();

/** Status codes: "have", "applied", "missing", "not_needed". */
enum class DocumentStatus
{
    Have,
    Applied,
    Missing,
    NotNeeded
};
QString toCode(DocumentStatus s);
std::optional<DocumentStatus> documentStatusFromCode(const QString &code);

/** One line of a young person's document checklist. */
struct DocumentItem
{
    static constexpr const char *recordType = "document";
    QString id;
    QString youngPersonId;
    DocumentKind kind = DocumentKind::NiNumber;
    DocumentStatus status = DocumentStatus::Missing;
    QString helpingId; ///< staff id (or free text) of who is helping
    std::optional<QDate> dueDate;
    std::optional<QDate> expiresOn;
    std::optional<QDate> obtainedOn; ///< when the young person got it (status have); dates the chronology entry
    bool helpRequested = false; ///< the young person asked their PA for help
    /** The young person says they have it now; staff confirm it (status have) and clear this. */
    bool youngPersonHasIt = false;
    QString notes;
    bool deleted = false;

    QString ownerId() const { return youngPersonId; }
    bool isExpiredOn(const QDate &day) const { return expiresOn && *expiresOn < day; }
    QJsonObject toJson() const;
    static std::optional<DocumentItem> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
    /** validate() plus: obtainedOn not after now's (UTC) date. */
    ValidationErrors validateAt(const QDateTime &now) const;
};

} // namespace Pathway
