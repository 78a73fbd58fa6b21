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
 * Kinds of health history entry (DOMAIN.md "Health history at 18"). Codes:
 * "birth_details", "family_history", "development", "immunisation", "allergy", "medicine",
 * "illness", "hospital_visit", "dental_check", "optical_check", "mental_health",
 * "gp_contact", "dentist_contact", "optician_contact", "nhs_guidance", "appointment", "note".
 */
enum class HealthKind
{
    BirthDetails,
    FamilyHistory,
    Development,
    Immunisation,
    Allergy,
    Medicine,
    Illness,
    HospitalVisit,
    DentalCheck,
    OpticalCheck,
    MentalHealth,
    GpContact,
    DentistContact,
    OpticianContact,
    NhsGuidance,
    Appointment,
    Note,
};
QString toCode(HealthKind k);
std::optional<HealthKind> healthKindFromCode(const QString &code);

/** One entry in a young person's health history. */
struct HealthEntry
{
    static constexpr const char *recordType = "health_entry";
    QString id;
    QString youngPersonId;
    HealthKind kind = HealthKind::Note;
    QString title;
    QString details;
    std::optional<QDate> date; ///< when it happened / is booked
    QString addedBy; ///< young person or staff id
    bool deleted = false;

    QString ownerId() const { return youngPersonId; }
    QJsonObject toJson() const;
    static std::optional<HealthEntry> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
    /** validate() plus: only an Appointment may be dated after now's (UTC) date. */
    ValidationErrors validateAt(const QDateTime &now) const;
};

/** How the health history was handed over. Codes: "paper", "digital", "both". */
enum class HandoverFormat
{
    Paper,
    Digital,
    Both
};
QString toCode(HandoverFormat f);
std::optional<HandoverFormat> handoverFormatFromCode(const QString &code);
QList<HandoverFormat> allHandoverFormats();

/** The health-history handover ("health passport"): consent, when and how handed over, and that they have it. */
struct HealthHandover
{
    static constexpr const char *recordType = "health_handover";
    QString id;
    QString youngPersonId;
    bool consentToShare = false;
    std::optional<QDate> handedOverOn;
    std::optional<HandoverFormat> format; ///< how it was handed over (only with handedOverOn)
    bool youngPersonHasCopy = false;
    QString handedOverBy; ///< staff id
    QString notes;

    QString ownerId() const { return youngPersonId; }
    bool isComplete() const { return handedOverOn.has_value() && youngPersonHasCopy; }
    QJsonObject toJson() const;
    static std::optional<HealthHandover> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
    /** validate() plus: handedOverOn not after now's (UTC) date. */
    ValidationErrors validateAt(const QDateTime &now) const;
};

} // namespace Pathway
