// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/chronology.h"
#include "domain/contact.h"
#include "domain/documents.h"
#include "domain/health.h"
#include "domain/localoffer.h"
#include "domain/people.h"
#include "domain/plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Pathway {

/** Turns the domain's codes into translated words, in the plain language a young person reads. */
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString planArea(PlanArea area);
    /** The question a young person reads for the area, e.g. "Where I live". */
    static QString planAreaPlain(PlanArea area);
    static QString actionStatus(ActionStatus status);
    static QString healthKind(HealthKind kind);
    static QString documentKind(DocumentKind kind);
    static QString documentStatus(DocumentStatus status);
    static QString entitlementStatus(EntitlementStatus status);
    static QString contactKind(ContactKind kind);
    static QString legalCategory(LegalCategory category);
    static QString chronologyKind(ChronologyKind kind);
    static QString reviewReason(ReviewReason reason);
    /** How a health history was handed over ("Paper copy"). */
    static QString handoverFormat(HandoverFormat format);
    /** An alert rule in a few words, e.g. "No contact for 60 days". */
    static QString alert(const QString &ruleCode, int daysOverdue, const QString &subject);
    /** A date as the user's locale writes it (short), or "no date". */
    static QString date(const std::optional<QDate> &date);
    /**
     * Text a person wrote (in whatever language they wrote it), ready to go into a translated
     * sentence: isolated (Unicode FSI ... PDI) so that it keeps its own direction, and an English
     * note's full stop does not jump to the other end of an Arabic sentence. Qt 6.4 gives no way to
     * tell a screen reader the language of a piece of text, so this is all that can be marked.
     */
    static QString freeText(const QString &text);
    /** How long ago, in days/weeks/months ("today", "3 days ago", "5 weeks ago"). */
    static QString ago(const QDate &date, const QDate &today);
    /** For staff: "Needs an interpreter: Tigrinya" when the record asks for one, else empty. */
    static QString interpreterNeed(const YoungPerson &person);
    static QString money(qint64 pence, const QString &period);
};

} // namespace Pathway
