#include "contactlogcontroller.h"
#include "sessionbinding.h"

#include "appcontroller.h"
#include "domain/record.h"
#include "labels.h"

using namespace Qt::StringLiterals;

namespace Pathway {

ContactLogController::ContactLogController(QObject *parent)
    : QObject(parent)
    , m_kind(toCode(ContactKind::Visit))
    , m_people(new CaseloadModel(this))
{
}

void ContactLogController::setApp(AppController *app)
{
    if (!rebindApp(this, m_app, app, &ContactLogController::refreshPeople))
        return;
    Q_EMIT appChanged();
    refreshPeople();
}

void ContactLogController::refreshPeople()
{
    if (!m_app)
        return;
    const QString staff = m_app->role() == AppController::Role::PersonalAdviser ? m_app->userId() : QString();
    m_people->refresh(m_app->session()->data(), staff, m_app->session()->clock().now(), m_app->alertSettings());
}

void ContactLogController::setYoungPersonId(const QString &id)
{
    if (id == m_youngPersonId)
        return;
    m_youngPersonId = id;
    Q_EMIT changed();
}

void ContactLogController::setKind(const QString &code)
{
    const auto k = contactKindFromCode(code);
    if (!k || code == m_kind)
        return;
    m_kind = code;
    // An attempt is never successful (DOMAIN.md); choosing one clears the flag.
    if (*k == ContactKind::Attempted)
        m_successful = false;
    Q_EMIT changed();
}

void ContactLogController::setSuccessful(bool successful)
{
    if (successful == m_successful)
        return;
    m_successful = successful && m_kind != toCode(ContactKind::Attempted);
    Q_EMIT changed();
}

void ContactLogController::setSeenAlone(bool alone)
{
    if (alone == m_seenAlone)
        return;
    m_seenAlone = alone;
    Q_EMIT changed();
}

void ContactLogController::setNotes(const QString &notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    Q_EMIT changed();
}

QVariantList ContactLogController::kinds() const
{
    QVariantList out;
    for (ContactKind k : {ContactKind::Visit, ContactKind::Phone, ContactKind::Video, ContactKind::Text,
                          ContactKind::DropIn, ContactKind::Letter, ContactKind::Attempted})
        out.append(QVariantMap {{u"code"_s, toCode(k)}, {u"label"_s, Labels::contactKind(k)}});
    return out;
}

ContactLog ContactLogController::defaultContact(const AppController &app, const QString &youngPersonId)
{
    ContactLog log;
    log.id = newId();
    log.youngPersonId = youngPersonId;
    log.staffId = app.userId();
    log.at = app.session()->clock().now();
    log.kind = ContactKind::Visit;
    log.successful = true;
    log.location = u"home"_s;
    return log;
}

void ContactLogController::setMessage(const QString &m)
{
    m_message = m;
    Q_EMIT messageChanged();
}

bool ContactLogController::save()
{
    if (!m_app)
        return false;
    if (m_youngPersonId.isEmpty()) {
        setMessage(tr("Choose who the contact was with.", "@info"));
        return false;
    }
    ContactLog log = defaultContact(*m_app, m_youngPersonId);
    log.kind = contactKindFromCode(m_kind).value_or(ContactKind::Visit);
    log.successful = m_successful && log.kind != ContactKind::Attempted;
    log.seenAlone = m_seenAlone;
    log.notes = m_notes.trimmed();
    if (log.kind != ContactKind::Visit)
        log.location.clear();
    const StoreSession::Error e = m_app->session()->save(log);
    if (e != StoreSession::Error::None) {
        setMessage(e == StoreSession::Error::Invalid ? tr("Some of that is missing or too long.", "@info")
                                                     : tr("The contact could not be saved.", "@info"));
        return false;
    }
    const YoungPerson *yp = m_app->session()->data().youngPerson(m_youngPersonId);
    //: %1 kind of contact, %2 name
    setMessage(tr("%1 with %2 saved on this device.", "@info")
                   .arg(Labels::contactKind(log.kind), yp ? yp->displayName : QString()));
    reset();
    return true;
}

bool ContactLogController::amend(const QString &contactLogId,
                                 const QString &reason,
                                 const QString &notes,
                                 bool successful)
{
    if (!m_app)
        return false;
    const ContactLog *original = nullptr;
    for (const ContactLog &c : m_app->session()->data().contacts) {
        if (c.id == contactLogId)
            original = &c;
    }
    if (!original)
        return false;
    // Compare with the contact as it reads now, after earlier amendments.
    ContactLog current = *original;
    for (const ContactLog &c : m_app->session()->data().contactsOf(original->youngPersonId)) {
        if (c.id == original->id)
            current = c;
    }
    ContactAmendment a;
    a.id = newId();
    a.youngPersonId = original->youngPersonId;
    a.contactLogId = original->id;
    a.amendedBy = m_app->userId();
    a.amendedAt = m_app->session()->clock().now();
    a.reason = reason.trimmed();
    QJsonObject changes;
    if (notes.trimmed() != current.notes)
        changes.insert(u"notes"_s, notes.trimmed());
    if (successful != current.successful && original->kind != ContactKind::Attempted)
        changes.insert(u"successful"_s, successful);
    if (changes.isEmpty()) {
        setMessage(tr("Nothing was changed.", "@info"));
        return false;
    }
    a.changes = changes;
    if (m_app->session()->save(a) != StoreSession::Error::None) {
        setMessage(tr("Give a reason for the amendment.", "@info"));
        return false;
    }
    setMessage(tr("Amendment saved. The original contact is kept.", "@info"));
    return true;
}

void ContactLogController::reset()
{
    m_kind = toCode(ContactKind::Visit);
    m_successful = true;
    m_seenAlone = false;
    m_notes.clear();
    Q_EMIT changed();
}

} // namespace Pathway
