// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "people.h"
#include "validation.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace Pathway {

/**
 * Who an offer item is for. Age in whole years, inclusive; an empty category list means
 * any care-leaver category. Circumstance codes: "in_education", "in_higher_education",
 * "in_work", "own_tenancy", "uasc", "parent", "staying_put", "disabled".
 */
struct OfferEligibility
{
    int minAge = 16;
    int maxAge = 25;
    QList<LegalCategory> categories;
    QStringList circumstances; ///< all must hold
    friend bool operator==(const OfferEligibility &, const OfferEligibility &) = default;
};

/** The circumstance codes above, the item categories and the amount periods below. */
QStringList offerCircumstanceCodes();
QStringList offerCategoryCodes();
QStringList offerAmountPeriodCodes();

/** An offer item's words in one language; an empty field is shown in English. */
struct OfferText
{
    QString title;
    QString plainDescription;
    QString howToClaim;
    friend bool operator==(const OfferText &, const OfferText &) = default;
};

/**
 * One item of an authority's published local offer. The catalogue is versioned: an import bumps
 * catalogueVersion, and an item the authority no longer offers is withdrawn, never deleted, so
 * every young person's status for it stays.
 */
struct OfferItem
{
    static constexpr const char *recordType = "offer_item";
    QString id;
    QString authorityId;
    int catalogueVersion = 1;
    QString
        key; ///< the authority's own stable name for the item ("setting_up_home"): an offer import matches items by it
    QString title;
    QString plainDescription; ///< short, plain words a 16-year-old reading English as a second language understands
    QString howToClaim;
    std::optional<qint64> amountPence; ///< money items; empty for services
    QString amountPeriod; ///< "once", "year", "month", "week", or empty
    QString category; ///< "money", "housing", "education", "health", "support", "leisure", "travel"
    OfferEligibility eligibility;
    bool national = false; ///< a statutory/national item rather than a local one
    bool withdrawn = false;
    /** The words in other languages, by BCP 47 language (e.g. "ar", "ti"), as the authority publishes them. */
    QMap<QString, OfferText> translations;

    QString ownerId() const { return {}; }
    /** The words in @p language ("ar", or "fa-AF" served by "fa") where the item has them, else in English. */
    OfferText textIn(const QString &language) const;
    /**
     * Whether a young person with these circumstances can get this item on a day: not
     * withdrawn, age on `day` within [minAge, maxAge], legal category on `day` in the list
     * (any care-leaver category when the list is empty), and every required circumstance
     * held ("uasc" also holds when yp.uasc is set).
     */
    bool isEligible(const YoungPerson &yp, const QDate &day, const QStringList &circumstances) const;
    QJsonObject toJson() const;
    static std::optional<OfferItem> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
};

/** Status of an entitlement. Codes: "not_claimed", "asked", "claimed", "received", "not_eligible", "declined". */
enum class EntitlementStatus
{
    NotClaimed,
    Asked,
    Claimed,
    Received,
    NotEligible,
    Declined
};
QString toCode(EntitlementStatus s);
std::optional<EntitlementStatus> entitlementStatusFromCode(const QString &code);

/** A young person's status for one local-offer item. */
struct Entitlement
{
    static constexpr const char *recordType = "entitlement";
    QString id;
    QString youngPersonId;
    QString offerItemId;
    EntitlementStatus status = EntitlementStatus::NotClaimed;
    std::optional<QDate> statusSince;
    QString notes;

    QString ownerId() const { return youngPersonId; }
    QJsonObject toJson() const;
    static std::optional<Entitlement> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
    /** validate() plus: statusSince not after now's (UTC) date. */
    ValidationErrors validateAt(const QDateTime &now) const;
};

} // namespace Pathway
