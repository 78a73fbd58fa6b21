// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "contactrequestcontroller.h"
#include "sessionbinding.h"

#include "appcontroller.h"
#include "domain/authority.h"
#include "domain/record.h"
#include "labels.h"
#include "store/recordstore.h"

using namespace Qt::StringLiterals;

namespace Pathway {

ContactRequestController::ContactRequestController(QObject *parent)
    : QObject(parent)
    , m_requests(new ContactRequestsModel(this))
{
}

void ContactRequestController::setApp(AppController *app)
{
    if (!rebindApp(this, m_app, app, &ContactRequestController::refresh))
        return;
    Q_EMIT appChanged();
    refresh();
}

QString ContactRequestController::youngPersonId() const
{
    if (!m_youngPersonId.isEmpty() || !m_app)
        return m_youngPersonId;
    return m_app->role() == Role::YoungPerson ? m_app->userId() : QString();
}

void ContactRequestController::setYoungPersonId(const QString &id)
{
    if (id == m_youngPersonId)
        return;
    m_youngPersonId = id;
    Q_EMIT youngPersonIdChanged();
    refresh();
}

void ContactRequestController::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    Q_EMIT openOnlyChanged();
    refresh();
}

bool ContactRequestController::isStaff() const
{
    return m_app && m_app->hasRole() && m_app->role() != Role::YoungPerson;
}

bool ContactRequestController::mayAnswer(const QString &youngPersonId) const
{
    if (!isStaff() || !m_app->session()->isOpen() || youngPersonId.isEmpty())
        return false;
    // What answering writes, as the access table (domain/writeaccess.h) judges it.
    ContactLog log;
    log.id = newId();
    log.youngPersonId = youngPersonId;
    log.staffId = m_app->userId();
    log.at = m_app->session()->clock().now();
    log.kind = ContactKind::Phone;
    log.respondsToRequestId = newId();
    ContactRequest answered;
    answered.id = newId();
    answered.youngPersonId = youngPersonId;
    answered.requestedAt = log.at;
    answered.status = u"answered"_s;
    answered.answeredAt = log.at;
    answered.answeredBy = m_app->userId();
    answered.reply = u"-"_s;
    return m_app->session()->allows(log) && m_app->session()->allows(answered);
}

void ContactRequestController::refresh()
{
    if (!m_app)
        return;
    const CaseData &data = m_app->session()->data();
    const QString who = youngPersonId();
    RecordStore *store = m_app->session()->recordStore();
    m_requests->refresh(
        data, who, m_app->session()->clock().now(), isStaff(), mayAnswer(who), m_openOnly, [store](const QString &id) {
            return store ? store->syncState(QString::fromLatin1(ContactRequest::recordType), id).value_or(QString())
                         : QString();
        });
    const QList<ContactLog> contacts = data.contactsOf(who);
    bool urgent = false;
    for (const ContactRequest &r : data.requests) {
        urgent = urgent
            || (r.youngPersonId == who && r.urgency == RequestUrgency::Urgent
                && requestState(r, contacts) == RequestState::Open);
    }
    m_hasOpenUrgent = urgent;
    Q_EMIT refreshed();
}

QVariantList ContactRequestController::helplines() const
{
    QVariantList out;
    auto add = [&out](const QString &name, const QString &number, const QString &detail) {
        out.append(QVariantMap {{u"name"_s, name},
                                {u"number"_s, number},
                                {u"detail"_s, detail},
                                {u"url"_s, QString(u"tel:"_s + dialableNumber(number))},
                                //: A button that phones: %1 who, %2 their number
                                {u"accessibleName"_s, tr("Call %1 on %2", "@action:button").arg(name, number)}});
    };
    if (m_app) {
        const AuthoritySettings s = m_app->session()->data().settings();
        if (isPhoneNumber(s.outOfHoursPhone)) {
            add(s.outOfHoursName.isEmpty() ? tr("Out-of-hours team", "@info helpline") : s.outOfHoursName,
                s.outOfHoursPhone,
                s.outOfHoursHours.isEmpty() ? tr("When your PA cannot answer", "@info helpline") : s.outOfHoursHours);
        }
    }
    for (const Helpline &h : nationalHelplines()) {
        if (h.code == "emergency"_L1)
            add(tr("Emergency: police, ambulance, fire", "@info helpline"), h.number,
                tr("If you or someone else is in danger now", "@info helpline"));
        else if (h.code == "childline"_L1)
            add(tr("Childline", "@info helpline"), h.number,
                tr("Free, day or night, if you are under 19", "@info helpline"));
        else if (h.code == "samaritans"_L1)
            add(tr("Samaritans", "@info helpline"), h.number,
                tr("Free, day or night, whatever you are going through", "@info helpline"));
    }
    return out;
}

QVariantList ContactRequestController::answerKinds() const
{
    QVariantList out;
    for (ContactKind k : {ContactKind::Phone, ContactKind::Visit, ContactKind::Video, ContactKind::Text})
        out.append(QVariantMap {{u"code"_s, toCode(k)}, {u"label"_s, Labels::contactKind(k)}});
    return out;
}

void ContactRequestController::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

std::optional<ContactRequest> ContactRequestController::openRequest(const QString &requestId)
{
    if (!isStaff())
        return std::nullopt;
    const CaseData &data = m_app->session()->data();
    for (const ContactRequest &r : data.requests) {
        if (r.id != requestId)
            continue;
        if (!mayAnswer(r.youngPersonId))
            return std::nullopt;
        // Answered already (a second tap, or a colleague's answer that arrived): nothing to do.
        if (requestState(r, data.contactsOf(r.youngPersonId)) != RequestState::Open) {
            setMessage(tr("This request has been answered already.", "@info"));
            return std::nullopt;
        }
        return r;
    }
    setMessage(tr("This request is no longer on this device.", "@info"));
    return std::nullopt;
}

bool ContactRequestController::reply(const QString &requestId, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        setMessage(tr("Write your reply first.", "@info"));
        return false;
    }
    auto request = openRequest(requestId);
    if (!request)
        return false;
    request->status = u"answered"_s;
    request->answeredAt = m_app->session()->clock().now();
    request->answeredBy = m_app->userId();
    request->reply = text.trimmed();
    if (m_app->session()->save(*request) != StoreSession::Error::None) {
        setMessage(tr("The reply could not be saved. It may be too long.", "@info"));
        return false;
    }
    setMessage(tr("Reply saved on this device. It is sent when you are online.", "@info"));
    return true;
}

bool ContactRequestController::respondWithContact(const QString &requestId,
                                                  const QString &kindCode,
                                                  const QString &notes)
{
    const auto kind = contactKindFromCode(kindCode);
    if (!kind || *kind == ContactKind::Attempted || *kind == ContactKind::Letter || *kind == ContactKind::DropIn) {
        setMessage(tr("Choose how you talked.", "@info"));
        return false;
    }
    auto request = openRequest(requestId);
    if (!request)
        return false;
    const QDateTime now = m_app->session()->clock().now();
    ContactLog log;
    log.id = newId();
    log.youngPersonId = request->youngPersonId;
    log.staffId = m_app->userId();
    log.at = now;
    log.kind = *kind;
    log.successful = true;
    log.notes = notes.trimmed();
    log.respondsToRequestId = request->id;
    if (m_app->session()->save(log) != StoreSession::Error::None) {
        setMessage(tr("The contact could not be saved. The notes may be too long.", "@info"));
        return false;
    }
    // The contact answers the request by itself (respondsToRequestId); closing the request too
    // lets every device and the server's alert read it without the contact.
    request->status = u"answered"_s;
    request->answeredAt = now;
    request->answeredBy = m_app->userId();
    m_app->session()->save(*request);
    //: %1 kind of contact ("Phone call")
    setMessage(tr("%1 saved on this device. The request is answered.", "@info").arg(Labels::contactKind(*kind)));
    return true;
}

} // namespace Pathway
