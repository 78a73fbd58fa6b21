// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "recordeditor.h"

#include <QVariantList>

namespace Pathway {

/**
 * The health-history handover ("health passport"): where it stands, for the young person and
 * staff alike; staff record when and how it was handed over, the young person's consent and
 * that they have their copy. A complete handover clears the health-handover alert.
 */
class HandoverController : public Pathway::RecordEditor
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY statusChanged)
    Q_PROPERTY(QString handedOverOn READ handedOverOn WRITE setHandedOverOn NOTIFY formChanged)
    Q_PROPERTY(QString formatCode READ formatCode WRITE setFormatCode NOTIFY formChanged)
    Q_PROPERTY(QVariantList formatOptions READ formatOptions CONSTANT)
    Q_PROPERTY(bool consentToShare READ consentToShare WRITE setConsentToShare NOTIFY formChanged)
    Q_PROPERTY(bool youngPersonHasCopy READ youngPersonHasCopy WRITE setYoungPersonHasCopy NOTIFY formChanged)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY formChanged)

public:
    explicit HandoverController(QObject *parent = nullptr);

    /** Where the handover stands, in words for whoever reads it. */
    QString statusText() const;
    bool complete() const;
    QString handedOverOn() const { return m_handedOverOn; }
    void setHandedOverOn(const QString &iso);
    QString formatCode() const { return m_format; }
    void setFormatCode(const QString &code);
    QVariantList formatOptions() const;
    bool consentToShare() const { return m_consent; }
    void setConsentToShare(bool consent);
    bool youngPersonHasCopy() const { return m_hasCopy; }
    void setYoungPersonHasCopy(bool hasCopy);
    QString notes() const { return m_notes; }
    void setNotes(const QString &notes);
    bool canEdit() const override;

    /** Staff: records the handover. */
    Q_INVOKABLE bool save();

Q_SIGNALS:
    void formChanged();
    void statusChanged();

protected:
    void load() override;

private:
    std::optional<HealthHandover> current() const;
    /** The record save() would write from the form. */
    HealthHandover fromForm() const;

    QString m_handedOverOn;
    QString m_format;
    bool m_consent = false;
    bool m_hasCopy = true;
    QString m_notes;
};

} // namespace Pathway
