// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chronologymodel.h"
#include "contactsmodel.h"
#include "documentsmodel.h"
#include "healthmodel.h"
#include "offermodel.h"
#include "planmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

class AppController;

/**
 * Everything about one young person that their own pages and their PA's record page show,
 * and the changes either of them can make (own words, steps done, review and contact
 * requests, health notes, asking for help). Without youngPersonId it shows the signed-in
 * young person.
 */
class YoungPersonController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Pathway::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(QString youngPersonId READ youngPersonId WRITE setYoungPersonId NOTIFY youngPersonIdChanged)
    Q_PROPERTY(QString name READ name NOTIFY summaryChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY summaryChanged)
    /** For staff: the interpreter the record asks for, with the language; empty if none. */
    Q_PROPERTY(QString interpreterText READ interpreterText NOTIFY summaryChanged)
    Q_PROPERTY(QString paName READ paName NOTIFY summaryChanged)
    Q_PROPERTY(QString lastContactText READ lastContactText NOTIFY summaryChanged)
    Q_PROPERTY(QString nextStepText READ nextStepText NOTIFY summaryChanged)
    Q_PROPERTY(QString nextStepWhen READ nextStepWhen NOTIFY summaryChanged)
    Q_PROPERTY(QString reviewText READ reviewText NOTIFY summaryChanged)
    Q_PROPERTY(bool isStaff READ isStaff NOTIFY appChanged)
    // What the access table (domain/writeaccess.h) lets this user do here: pages offer only these.
    Q_PROPERTY(bool canAddStep READ canAddStep NOTIFY summaryChanged)
    Q_PROPERTY(bool canAddOwnWords READ canAddOwnWords NOTIFY summaryChanged)
    Q_PROPERTY(bool canUpdatePlanArea READ canUpdatePlanArea NOTIFY summaryChanged)
    Q_PROPERTY(bool canRequestReview READ canRequestReview NOTIFY summaryChanged)
    Q_PROPERTY(bool canAddHealthEntry READ canAddHealthEntry NOTIFY summaryChanged)
    Q_PROPERTY(bool canRequestContact READ canRequestContact NOTIFY summaryChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(Pathway::PlanModel *plan READ plan CONSTANT)
    Q_PROPERTY(Pathway::HealthModel *health READ health CONSTANT)
    Q_PROPERTY(Pathway::OfferModel *offer READ offer CONSTANT)
    Q_PROPERTY(Pathway::DocumentsModel *documents READ documents CONSTANT)
    Q_PROPERTY(Pathway::ContactsModel *contacts READ contacts CONSTANT)
    Q_PROPERTY(Pathway::ChronologyModel *chronology READ chronology CONSTANT)

public:
    explicit YoungPersonController(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    QString youngPersonId() const;
    void setYoungPersonId(const QString &id);

    QString name() const;
    QString summaryText() const;
    QString interpreterText() const;
    QString paName() const;
    QString lastContactText() const;
    QString nextStepText() const;
    QString nextStepWhen() const;
    QString reviewText() const;
    bool isStaff() const;
    bool canAddStep() const;
    bool canAddOwnWords() const;
    bool canUpdatePlanArea() const;
    bool canRequestReview() const;
    bool canAddHealthEntry() const;
    bool canRequestContact() const;
    QString message() const { return m_message; }

    PlanModel *plan() const { return m_plan; }
    HealthModel *health() const { return m_health; }
    OfferModel *offer() const { return m_offer; }
    DocumentsModel *documents() const { return m_documents; }
    ContactsModel *contacts() const { return m_contacts; }
    ChronologyModel *chronology() const { return m_chronology; }

    /** Marks a plan step done. */
    Q_INVOKABLE bool markStepDone(const QString &actionId);
    /** Saves the young person's own words for a plan area. */
    Q_INVOKABLE bool saveOwnWords(const QString &areaCode, const QString &text);
    /** Staff: updates a plan area with the young person, recording whether they took part. */
    Q_INVOKABLE bool
    savePlanSection(const QString &areaCode, const QString &goal, const QString &ownWords, bool tookPart);
    /**
     * Adds a step: what, who, and by when as days from today (0: no date). A young person's step is
     * a proposal that their PA accepts, edits or declines.
     */
    Q_INVOKABLE bool addStep(const QString &areaCode, const QString &what, const QString &who, int withinDays);
    /** Staff: accepts a step the young person proposed (it becomes a step of the plan). */
    Q_INVOKABLE bool acceptStep(const QString &actionId);
    /** Staff: declines a proposed step (kept, as "not needed now"). */
    Q_INVOKABLE bool declineStep(const QString &actionId);
    /** The young person asks for a plan review. */
    Q_INVOKABLE bool requestReview();
    /** Adds to the health history (an appointment when @p appointment); @p dateIso empty means today. */
    Q_INVOKABLE bool
    addHealthEntry(const QString &title, const QString &details, const QString &dateIso, bool appointment);
    /** Today as yyyy-MM-dd (the date field's starting value). */
    Q_INVOKABLE QString todayIso() const;
    /** Asks the PA for help with a document. */
    Q_INVOKABLE bool askDocumentHelp(const QString &documentId);
    /** Asks for an item of the local offer. */
    Q_INVOKABLE bool askForOffer(const QString &offerItemId);
    /** Asks the PA for contact. */
    Q_INVOKABLE bool requestContact(bool urgent, const QString &message);

Q_SIGNALS:
    void appChanged();
    void youngPersonIdChanged();
    void summaryChanged();
    void messageChanged();

private:
    void refresh();
    void onRecordsChanged(const QString &recordType);
    template<typename T> bool save(const T &record, const QString &doneMessage);
    void setMessage(const QString &message);
    bool setStepStatus(const QString &actionId, ActionStatus status, const QString &doneMessage);
    /** The records this controller would write for each action, as the access table will see them. */
    PlanAction newStep(PlanArea area) const;
    ContactRequest newContactRequest(bool urgent) const;

    QPointer<AppController> m_app;
    QString m_youngPersonId;
    QString m_message;
    PlanModel *m_plan;
    HealthModel *m_health;
    OfferModel *m_offer;
    DocumentsModel *m_documents;
    ContactsModel *m_contacts;
    ChronologyModel *m_chronology;
};

} // namespace Pathway
