#pragma once

#include "caseloadmodel.h"
#include "domain/contact.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

class AppController;

/**
 * Logging a contact in seconds: defaults to a successful visit now, so one tap saves it
 * (instantly, offline). Also amends a saved contact, which adds an amendment and never
 * changes the original.
 */
class ContactLogController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Pathway::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(QString youngPersonId READ youngPersonId WRITE setYoungPersonId NOTIFY changed)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY changed)
    Q_PROPERTY(bool successful READ successful WRITE setSuccessful NOTIFY changed)
    Q_PROPERTY(bool seenAlone READ seenAlone WRITE setSeenAlone NOTIFY changed)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY changed)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(Pathway::CaseloadModel *people READ people CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit ContactLogController(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    QString youngPersonId() const { return m_youngPersonId; }
    void setYoungPersonId(const QString &id);
    QString kind() const { return m_kind; }
    void setKind(const QString &code);
    bool successful() const { return m_successful; }
    void setSuccessful(bool successful);
    bool seenAlone() const { return m_seenAlone; }
    void setSeenAlone(bool alone);
    QString notes() const { return m_notes; }
    void setNotes(const QString &notes);
    /** The kinds of contact as {code, label} for a chooser. */
    QVariantList kinds() const;
    CaseloadModel *people() const { return m_people; }
    QString message() const { return m_message; }

    /** The defaults: a successful visit now, by the signed-in member of staff. */
    static ContactLog defaultContact(const AppController &app, const QString &youngPersonId);

    /** Saves the contact and resets the form to the defaults. */
    Q_INVOKABLE bool save();
    /** Adds an amendment to a saved contact: corrected notes and outcome, and why. */
    Q_INVOKABLE bool amend(const QString &contactLogId, const QString &reason, const QString &notes, bool successful);
    /** Back to a successful visit with no notes. */
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void appChanged();
    void changed();
    void messageChanged();

private:
    void setMessage(const QString &m);
    void refreshPeople();

    QPointer<AppController> m_app;
    QString m_youngPersonId;
    QString m_kind;
    bool m_successful = true;
    bool m_seenAlone = false;
    QString m_notes;
    QString m_message;
    CaseloadModel *m_people;
};

} // namespace Pathway
