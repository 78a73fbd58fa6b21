// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "recordeditor.h"

#include <QVariantList>

namespace Pathway {

/**
 * One line of the documents checklist: staff set its status, due date, expiry and who is
 * helping (or add a missing kind); the young person says "I have it now" and staff confirm.
 * Without documentId it adds a new line of kindCode for youngPersonId.
 */
class DocumentEditController : public Pathway::RecordEditor
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString documentId READ documentId WRITE setDocumentId NOTIFY documentIdChanged)
    Q_PROPERTY(QString title READ title NOTIFY formChanged)
    Q_PROPERTY(QString kindCode READ kindCode WRITE setKindCode NOTIFY formChanged)
    Q_PROPERTY(QVariantList kindOptions READ kindOptions NOTIFY formChanged)
    Q_PROPERTY(QString statusCode READ statusCode WRITE setStatusCode NOTIFY formChanged)
    Q_PROPERTY(QVariantList statusOptions READ statusOptions CONSTANT)
    Q_PROPERTY(QString dueDate READ dueDate WRITE setDueDate NOTIFY formChanged)
    Q_PROPERTY(QString expiresOn READ expiresOn WRITE setExpiresOn NOTIFY formChanged)
    Q_PROPERTY(QString helpingId READ helpingId WRITE setHelpingId NOTIFY formChanged)
    Q_PROPERTY(QVariantList helperOptions READ helperOptions NOTIFY formChanged)
    Q_PROPERTY(int helperIndex READ helperIndex NOTIFY formChanged)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY formChanged)
    Q_PROPERTY(QString situationText READ situationText NOTIFY formChanged)
    Q_PROPERTY(bool awaitingConfirmation READ awaitingConfirmation NOTIFY formChanged)
    Q_PROPERTY(bool canSayHave READ canSayHave NOTIFY accessChanged)

public:
    explicit DocumentEditController(QObject *parent = nullptr);

    QString documentId() const { return m_documentId; }
    void setDocumentId(const QString &id);
    QString title() const;
    QString kindCode() const { return m_kind; }
    void setKindCode(const QString &code);
    QVariantList kindOptions() const;
    QString statusCode() const { return m_status; }
    void setStatusCode(const QString &code);
    QVariantList statusOptions() const;
    QString dueDate() const { return m_dueDate; }
    void setDueDate(const QString &iso);
    QString expiresOn() const { return m_expiresOn; }
    void setExpiresOn(const QString &iso);
    QString helpingId() const { return m_helpingId; }
    void setHelpingId(const QString &id);
    QVariantList helperOptions() const;
    /** The row of helperOptions that is helpingId. */
    int helperIndex() const;
    QString notes() const { return m_notes; }
    void setNotes(const QString &notes);
    QString situationText() const;
    bool awaitingConfirmation() const;
    bool canEdit() const override;
    /** The young person may say "I have it now" about their documents. */
    bool canSayHave() const;

    /** Staff: saves the form (a new line when there is no documentId). */
    Q_INVOKABLE bool save();
    /** Staff: the young person has the document: status "have", their claim answered. */
    Q_INVOKABLE bool confirmHave(const QString &documentId);
    /** The young person: "I have it now"; their PA confirms it. */
    Q_INVOKABLE bool sayHave(const QString &documentId);

Q_SIGNALS:
    void documentIdChanged();
    void formChanged();

protected:
    void load() override;

private:
    const DocumentItem *find(const QString &id) const;
    /** The record save() would write from the form (without checking it). */
    DocumentItem fromForm() const;

    QString m_documentId;
    QString m_kind;
    QString m_status;
    QString m_dueDate;
    QString m_expiresOn;
    QString m_helpingId;
    QString m_notes;
};

} // namespace Pathway
