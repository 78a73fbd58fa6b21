// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "caseloadmodel.h"
#include "domain/contact.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

class AppController;

/**
 * Logging a contact in seconds: defaults to a successful visit now, so one tap saves it
 * (instantly, offline); the time can be set back to when the contact happened, never ahead.
 * One form, one contact: the contact's id is chosen when the form starts, so a second tap on
 * Save adds nothing. Also amends a saved contact or marks it entered in error, which adds an
 * amendment and never changes the original.
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
    /** When the contact happened (local time in QML, saved as UTC). Defaults to now. */
    Q_PROPERTY(QDateTime at READ at WRITE setAt NOTIFY changed)
    /** The latest time the form accepts: now, as of the last change of the form. */
    Q_PROPERTY(QDateTime latestAt READ latestAt NOTIFY changed)
    /** The contact request this contact answers, if any (empty: none). */
    Q_PROPERTY(QString respondsToRequestId READ respondsToRequestId WRITE setRespondsToRequestId NOTIFY changed)
    /** This form's contact is saved: Save does nothing more until startAnother(). */
    Q_PROPERTY(bool saved READ isSaved NOTIFY changed)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(Pathway::CaseloadModel *people READ people CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /** The message says what went wrong (nothing was saved), rather than what was done. */
    Q_PROPERTY(bool problem READ isProblem NOTIFY messageChanged)

public:
    /** How a one-tap visit went. */
    enum class OneTap
    {
        Saved,
        AlreadySaved, ///< the same visit was saved moments ago (a double tap): nothing new
        Failed
    };

    /** Seconds within which a second one-tap visit with the same young person is the same tap. */
    static constexpr qint64 OneTapRepeatSecs = 120;

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
    QDateTime at() const { return m_at; }
    void setAt(const QDateTime &at);
    QDateTime latestAt() const;
    QString respondsToRequestId() const { return m_respondsToRequestId; }
    void setRespondsToRequestId(const QString &id);
    bool isSaved() const { return m_saved; }
    /** The kinds of contact as {code, label} for a chooser. */
    QVariantList kinds() const;
    CaseloadModel *people() const { return m_people; }
    QString message() const { return m_message; }
    bool isProblem() const { return m_problem; }
    /** The id the contact of this form is (or will be) saved under. */
    QString submissionId() const { return m_submissionId; }

    /** The defaults: a successful visit now, by the signed-in member of staff. */
    static ContactLog defaultContact(const AppController &app, const QString &youngPersonId);
    /**
     * One tap: a successful visit now. A second tap for the same young person within
     * OneTapRepeatSecs of a visit this member of staff saved is the same visit (AlreadySaved).
     * @p message gets what to tell the user.
     */
    static OneTap saveVisitNow(AppController &app, const QString &youngPersonId, QString *message);

    /**
     * Saves this form's contact, once: the form keeps it (saved becomes true) until
     * startAnother(). A time in the future (beyond 5 minutes of clock drift) is refused and
     * nothing is saved.
     */
    Q_INVOKABLE bool save();
    /** One tap: a successful visit with youngPersonId now (see saveVisitNow()). */
    Q_INVOKABLE bool logVisitNow();
    /** Adds an amendment to a saved contact: corrected notes and outcome, and why. */
    Q_INVOKABLE bool amend(const QString &contactLogId, const QString &reason, const QString &notes, bool successful);
    /**
     * Marks a saved contact "entered in error" with why: an amendment, so the original stays
     * on the record (shown struck out to staff) and leaves every count and alert. A request to
     * talk that it alone answered is open again. Marking it again adds nothing.
     */
    Q_INVOKABLE bool markEnteredInError(const QString &contactLogId, const QString &reason);
    /**
     * A new form for the next contact, with the same young person: a successful visit now, no
     * notes, answering no request, and a new id.
     */
    Q_INVOKABLE void startAnother();

Q_SIGNALS:
    void appChanged();
    void changed();
    void messageChanged();

private:
    void setMessage(const QString &m, bool problem = false);
    void refreshPeople();
    /**
     * A request to talk that @p contact (now entered in error) was the only answer to is open
     * again; true when one was reopened.
     */
    bool reopenRequestAnsweredBy(const ContactLog &contact);
    /** The contact log with @p id as saved on this device, before amendments. */
    const ContactLog *originalContact(const QString &id) const;

    QPointer<AppController> m_app;
    QString m_youngPersonId;
    QString m_kind;
    bool m_successful = true;
    bool m_seenAlone = false;
    QString m_notes;
    QDateTime m_at;
    QString m_respondsToRequestId;
    QString m_submissionId;
    bool m_saved = false;
    QString m_message;
    bool m_problem = false;
    CaseloadModel *m_people;
};

} // namespace Pathway
