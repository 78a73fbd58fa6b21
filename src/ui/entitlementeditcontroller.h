// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "recordeditor.h"

#include <QVariantList>

namespace Pathway {

/** Staff record where a young person stands with one item of the local offer: asked, claimed, received, declined, since
 * when. */
class EntitlementEditController : public Pathway::RecordEditor
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString offerItemId READ offerItemId WRITE setOfferItemId NOTIFY offerItemIdChanged)
    Q_PROPERTY(QString title READ title NOTIFY formChanged)
    Q_PROPERTY(QString currentText READ currentText NOTIFY formChanged)
    Q_PROPERTY(QString statusCode READ statusCode WRITE setStatusCode NOTIFY formChanged)
    Q_PROPERTY(QVariantList statusOptions READ statusOptions CONSTANT)
    Q_PROPERTY(QString since READ since WRITE setSince NOTIFY formChanged)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY formChanged)

public:
    explicit EntitlementEditController(QObject *parent = nullptr);

    QString offerItemId() const { return m_offerItemId; }
    void setOfferItemId(const QString &id);
    QString title() const;
    /** The status as recorded now, with its date. */
    QString currentText() const;
    QString statusCode() const { return m_status; }
    void setStatusCode(const QString &code);
    QVariantList statusOptions() const;
    /** When the status began: as recorded, or today once the status changes, unless a day was chosen. */
    QString since() const { return m_since; }
    void setSince(const QString &iso);
    QString notes() const { return m_notes; }
    void setNotes(const QString &notes);
    bool canEdit() const override;

    /** Staff: saves the status, its date and notes. */
    Q_INVOKABLE bool save();

Q_SIGNALS:
    void offerItemIdChanged();
    void formChanged();

protected:
    void load() override;

private:
    const Entitlement *current() const;
    /** The record save() would write from the form. */
    Entitlement fromForm() const;

    QString m_offerItemId;
    QString m_status;
    QString m_since;
    bool m_sinceChosen = false;
    QString m_notes;
};

} // namespace Pathway
