// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Pathway {

/** How contact happened. Codes: "visit", "phone", "video", "text", "letter", "drop_in", "attempted". */
enum class ContactKind
{
    Visit,
    Phone,
    Video,
    Text,
    Letter,
    DropIn,
    Attempted
};
QString toCode(ContactKind k);
std::optional<ContactKind> contactKindFromCode(const QString &code);

/** Where a visit happened. Codes: "home", "office", "community", "custody", "out_of_area", "hospital", "other". */
QStringList contactLocationCodes();

/**
 * A contact log entry (Care Leavers (England) Regs 2010 reg 8(1)(g)). Append-only: once saved
 * it is never edited or deleted; a correction is a ContactAmendment pointing at it.
 * "Successful" means the young person was actually reached: Attempted is never successful,
 * and a Letter alone does not count as successful contact. A contact marked "entered in
 * error" (by an amendment, never when it is first saved) is neither contact nor an attempt:
 * it leaves every count and alert, and staff still see it, marked.
 */
struct ContactLog
{
    static constexpr const char *recordType = "contact_log";
    QString id;
    QString youngPersonId;
    QString staffId; ///< who made (or attempted) the contact
    QDateTime at; ///< when, UTC
    ContactKind kind = ContactKind::Visit;
    bool successful = true;
    bool seenAlone = false;
    QString location; ///< location code above (contactLocationCodes()), or empty
    QString notes;
    bool confidential = false; ///< staff-only: never sent to the young person's device
    std::optional<int> wellbeing; ///< 1 (struggling) .. 5 (doing well)
    QStringList followUps; ///< short follow-up actions
    QString respondsToRequestId; ///< the ContactRequest this answers, if any
    bool enteredInError = false; ///< set only by an amendment: this contact did not happen as logged

    QString ownerId() const { return youngPersonId; }
    bool countsAsContact() const
    {
        return successful && !enteredInError && kind != ContactKind::Attempted && kind != ContactKind::Letter;
    }
    /** Logged and not withdrawn, but the young person was not reached (an attempt, a letter, no answer). */
    bool countsAsAttempt() const { return !enteredInError && !countsAsContact(); }
    QJsonObject toJson() const;
    static std::optional<ContactLog> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
    /** validate() plus: `at` no more than 5 minutes after now. */
    ValidationErrors validateAt(const QDateTime &now) const;
};

/** A correction to a saved contact log. Only the fields present in `changes` are corrected. */
struct ContactAmendment
{
    static constexpr const char *recordType = "contact_amendment";
    QString id;
    QString youngPersonId;
    QString contactLogId;
    QString amendedBy;
    QDateTime amendedAt;
    QString reason;
    QJsonObject changes; ///< subset of ContactLog JSON fields, e.g. {"seenAlone": true}

    QString ownerId() const { return youngPersonId; }
    QJsonObject toJson() const;
    static std::optional<ContactAmendment> fromJson(const QJsonObject &json);
    /** Also checks that `changes` names only amendableContactFields() with values of the right type. */
    ValidationErrors validate() const;
    /** validate() plus: amendedAt no more than 5 minutes after now. */
    ValidationErrors validateAt(const QDateTime &now) const;
};

/** The ContactLog JSON fields an amendment may correct: all but id and youngPersonId. */
QStringList amendableContactFields();

/**
 * The amendment that marked the contact log "entered in error", if it reads so after all its
 * amendments (the latest that set enteredInError, in the order applyAmendments uses).
 */
std::optional<ContactAmendment> enteredInErrorBy(const ContactLog &original, QList<ContactAmendment> amendments);

/**
 * The contact log as it reads after applying its amendments in time order (amendedAt, then
 * id). Amendments for another contact log, fields outside amendableContactFields() and
 * amendments whose changes do not read as contact-log fields are ignored. A change to null
 * clears an optional field (e.g. {"wellbeing": null}).
 */
ContactLog applyAmendments(const ContactLog &original, QList<ContactAmendment> amendments);

/** Urgency codes: "urgent", "when_convenient". Status codes: "open", "answered", "withdrawn". */
enum class RequestUrgency
{
    Urgent,
    WhenConvenient
};
QString toCode(RequestUrgency u);
std::optional<RequestUrgency> requestUrgencyFromCode(const QString &code);
QStringList contactRequestStatusCodes();

/**
 * A young person asking their PA for contact. Staff answer it by logging a contact that
 * responds to it (ContactLog::respondsToRequestId) or with a reply the young person reads;
 * either way the request is then "answered" (answeredAt, answeredBy).
 */
struct ContactRequest
{
    static constexpr const char *recordType = "contact_request";
    QString id;
    QString youngPersonId;
    QDateTime requestedAt;
    RequestUrgency urgency = RequestUrgency::WhenConvenient;
    QString message;
    QString status = QStringLiteral("open");
    std::optional<QDateTime> answeredAt;
    QString answeredBy;
    QString reply; ///< staff's words to the young person (only with answeredAt)

    QString ownerId() const { return youngPersonId; }
    QJsonObject toJson() const;
    static std::optional<ContactRequest> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
    /** validate() plus: requestedAt and answeredAt no more than 5 minutes after now. */
    ValidationErrors validateAt(const QDateTime &now) const;
};

/** Where a contact request stands. */
enum class RequestState
{
    Open,
    Answered,
    Withdrawn
};
/**
 * The first contact logged in answer to @p request (respondsToRequestId), if any; contacts
 * entered in error do not count (pass them with their amendments applied).
 */
std::optional<ContactLog> responseTo(const ContactRequest &request, const QList<ContactLog> &contacts);
/** Answered when its status says so, or a contact answers it (as the contact_request alert rule reads it). */
RequestState requestState(const ContactRequest &request, const QList<ContactLog> &contacts);

} // namespace Pathway
