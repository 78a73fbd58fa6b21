// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "recordeditor.h"

namespace Pathway {

/** A manager's sign-off of one plan review: what the review recorded, then the sign-off itself. */
class SignOffController : public Pathway::RecordEditor
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString reviewId READ reviewId WRITE setReviewId NOTIFY reviewIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY detailsChanged)
    Q_PROPERTY(QString heldText READ heldText NOTIFY detailsChanged)
    Q_PROPERTY(QString reasonText READ reasonText NOTIFY detailsChanged)
    Q_PROPERTY(QString participantsText READ participantsText NOTIFY detailsChanged)
    Q_PROPERTY(QString tookPartText READ tookPartText NOTIFY detailsChanged)
    Q_PROPERTY(QString views READ views NOTIFY detailsChanged)
    Q_PROPERTY(QString outcome READ outcome NOTIFY detailsChanged)
    Q_PROPERTY(QString nextReviewText READ nextReviewText NOTIFY detailsChanged)
    Q_PROPERTY(bool signedOff READ signedOff NOTIFY detailsChanged)
    Q_PROPERTY(QString signedOffText READ signedOffText NOTIFY detailsChanged)
    Q_PROPERTY(bool canSignOff READ canSignOff NOTIFY detailsChanged)

public:
    explicit SignOffController(QObject *parent = nullptr);

    QString reviewId() const { return m_reviewId; }
    void setReviewId(const QString &id);
    bool found() const { return review().has_value(); }
    QString heldText() const;
    QString reasonText() const;
    QString participantsText() const;
    QString tookPartText() const;
    QString views() const;
    QString outcome() const;
    QString nextReviewText() const;
    bool signedOff() const;
    QString signedOffText() const;
    /** A manager, the review is not signed off yet, and the access table lets them sign it. */
    bool canSignOff() const;
    bool canEdit() const override { return canSignOff(); }

    /** Signs the review off as the signed-in manager (after they confirmed they read the plan). */
    Q_INVOKABLE bool signOff();

Q_SIGNALS:
    void reviewIdChanged();
    void detailsChanged();

protected:
    void load() override;

private:
    std::optional<PlanReview> review() const;
    QString staffName(const QString &id) const;

    QString m_reviewId;
};

} // namespace Pathway
