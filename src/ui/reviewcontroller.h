// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "recordeditor.h"

#include <QVariantList>

namespace Pathway {

/**
 * Staff record that a pathway plan review was held: when, why, who took part, whether the
 * young person took part and their views, the outcome and the next review date (six months
 * on unless changed). Saving it clears the review-due alert.
 */
class ReviewController : public Pathway::RecordEditor
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString dueText READ dueText NOTIFY statusChanged)
    Q_PROPERTY(bool overdue READ overdue NOTIFY statusChanged)
    Q_PROPERTY(QString heldOn READ heldOn WRITE setHeldOn NOTIFY formChanged)
    Q_PROPERTY(QString reasonCode READ reasonCode WRITE setReasonCode NOTIFY formChanged)
    Q_PROPERTY(QVariantList reasonOptions READ reasonOptions CONSTANT)
    Q_PROPERTY(QString participants READ participants WRITE setParticipants NOTIFY formChanged)
    Q_PROPERTY(bool youngPersonTookPart READ youngPersonTookPart WRITE setYoungPersonTookPart NOTIFY formChanged)
    Q_PROPERTY(QString youngPersonViews READ youngPersonViews WRITE setYoungPersonViews NOTIFY formChanged)
    Q_PROPERTY(QString outcome READ outcome WRITE setOutcome NOTIFY formChanged)
    Q_PROPERTY(QString nextReviewDue READ nextReviewDue WRITE setNextReviewDue NOTIFY formChanged)

public:
    explicit ReviewController(QObject *parent = nullptr);

    /** When the review is due, from the same rule as the alert ("Overdue: it was due 3 May"). */
    QString dueText() const;
    bool overdue() const;
    QString heldOn() const { return m_heldOn; }
    void setHeldOn(const QString &iso);
    QString reasonCode() const { return m_reason; }
    void setReasonCode(const QString &code);
    QVariantList reasonOptions() const;
    QString participants() const { return m_participants; }
    void setParticipants(const QString &text);
    bool youngPersonTookPart() const { return m_tookPart; }
    void setYoungPersonTookPart(bool tookPart);
    QString youngPersonViews() const { return m_views; }
    void setYoungPersonViews(const QString &text);
    QString outcome() const { return m_outcome; }
    void setOutcome(const QString &text);
    QString nextReviewDue() const { return m_nextDue; }
    /** Sets the next review date; from then on a change of heldOn no longer moves it. */
    void setNextReviewDue(const QString &iso);
    bool canEdit() const override;

    /** Saves the review (saving again corrects the same review, it never adds a second one). */
    Q_INVOKABLE bool save();

Q_SIGNALS:
    void formChanged();
    void statusChanged();

protected:
    void load() override;

private:
    std::optional<QDate> reviewDueDate() const;
    /** The record save() would write from the form. */
    PlanReview fromForm() const;

    QString m_savedId;
    QString m_heldOn;
    QString m_reason;
    QString m_participants;
    bool m_tookPart = true;
    QString m_views;
    QString m_outcome;
    QString m_nextDue;
    bool m_nextDueChosen = false;
};

} // namespace Pathway
