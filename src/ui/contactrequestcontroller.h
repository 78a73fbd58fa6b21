// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "contactrequestsmodel.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

class AppController;

/**
 * A young person's requests to talk, for their own Talk page and for their PA: where each one
 * stands, staff answering one (a contact that responds to it, or a reply the young person reads),
 * and who to call now when a PA may not answer (the authority's out-of-hours line from its synced
 * settings, then 999, Childline and Samaritans), all of it offline. Without youngPersonId it
 * shows the signed-in young person.
 */
class ContactRequestController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Pathway::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(QString youngPersonId READ youngPersonId WRITE setYoungPersonId NOTIFY youngPersonIdChanged)
    Q_PROPERTY(bool openOnly READ openOnly WRITE setOpenOnly NOTIFY openOnlyChanged)
    Q_PROPERTY(Pathway::ContactRequestsModel *requests READ requests CONSTANT)
    Q_PROPERTY(bool hasOpenUrgent READ hasOpenUrgent NOTIFY refreshed)
    Q_PROPERTY(QVariantList helplines READ helplines NOTIFY refreshed)
    Q_PROPERTY(QVariantList answerKinds READ answerKinds CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit ContactRequestController(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    QString youngPersonId() const;
    void setYoungPersonId(const QString &id);
    bool openOnly() const { return m_openOnly; }
    void setOpenOnly(bool openOnly);
    ContactRequestsModel *requests() const { return m_requests; }
    bool hasOpenUrgent() const { return m_hasOpenUrgent; }
    /** Who to call now: maps with name, number, detail, url (tel:) and accessibleName. */
    QVariantList helplines() const;
    /** The ways a contact can answer a request: maps with code and label. */
    QVariantList answerKinds() const;
    QString message() const { return m_message; }

    /** Staff: answers an open request with a reply the young person reads, and closes it. */
    Q_INVOKABLE bool reply(const QString &requestId, const QString &text);
    /**
     * Staff: logs a successful contact (now, of @p kindCode: phone, visit, video or text) that
     * responds to the open request, and closes the request. @p notes stay with staff.
     */
    Q_INVOKABLE bool respondWithContact(const QString &requestId, const QString &kindCode, const QString &notes);

Q_SIGNALS:
    void appChanged();
    void youngPersonIdChanged();
    void openOnlyChanged();
    void refreshed();
    void messageChanged();

private:
    void refresh();
    void setMessage(const QString &message);
    /** The open request with this id, for staff; sets the message and returns nullopt otherwise. */
    std::optional<ContactRequest> openRequest(const QString &requestId);
    bool isStaff() const;
    /** Whether this user may answer the young person's requests (the access table). */
    bool mayAnswer(const QString &youngPersonId) const;

    QPointer<AppController> m_app;
    QString m_youngPersonId;
    bool m_openOnly = false;
    bool m_hasOpenUrgent = false;
    QString m_message;
    ContactRequestsModel *m_requests;
};

} // namespace Pathway
