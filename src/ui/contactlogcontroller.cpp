// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "contactlogcontroller.h"
#include "sessionbinding.h"

#include "appcontroller.h"
#include "domain/record.h"
#include "labels.h"

#include <QLocale>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

/** A contact's time as the user reads it: the local date and time, in the locale's short format. */
QString localTimeText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ContactLogController::ContactLogController(QObject *parent)
    : QObject(parent)
    , m_kind(toCode(ContactKind::Visit))
    , m_submissionId(newId())
    , m_people(new CaseloadModel(this))
{
}

void ContactLogController::setApp(AppController *app)
{
    if (!rebindApp(this, m_app, app, &ContactLogController::refreshPeople))
        return;
    if (m_app && !m_at.isValid())
        m_at = m_app->session()->clock().now();
    Q_EMIT appChanged();
    Q_EMIT changed();
    refreshPeople();
}

void ContactLogController::refreshPeople()
{
    if (!m_app)
        return;
    const QString staff = m_app->role() == Role::PersonalAdviser ? m_app->userId() : QString();
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

void ContactLogController::setAt(const QDateTime &at)
{
    if (at == m_at)
        return;
    m_at = at;
    // A new time clears the refusal of the old one.
    if (m_problem)
        setMessage({});
    Q_EMIT changed();
}

QDateTime ContactLogController::latestAt() const
{
    return m_app ? m_app->session()->clock().now() : QDateTime();
}

void ContactLogController::setRespondsToRequestId(const QString &id)
{
    if (id == m_respondsToRequestId)
        return;
    m_respondsToRequestId = id;
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

ContactLogController::OneTap
ContactLogController::saveVisitNow(AppController &app, const QString &youngPersonId, QString *message)
{
    const CaseData &data = app.session()->data();
    const YoungPerson *yp = data.youngPerson(youngPersonId);
    const QString name = yp ? yp->displayName : QString();
    const QDateTime now = app.session()->clock().now();
    // A double tap reaches here twice: a visit this member of staff saved moments ago is that visit.
    for (const ContactLog &c : data.contactsOf(youngPersonId)) {
        if (c.staffId == app.userId() && c.kind == ContactKind::Visit && c.countsAsContact()
            && std::abs(c.at.secsTo(now)) <= OneTapRepeatSecs) {
            //: %1 name, %2 the time it was saved
            *message = tr("The visit with %1 is already saved (%2).", "@info").arg(name, localTimeText(c.at));
            return OneTap::AlreadySaved;
        }
    }
    const ContactLog log = defaultContact(app, youngPersonId);
    if (app.session()->save(log) != StoreSession::Error::None) {
        *message = tr("The visit could not be saved.", "@info");
        return OneTap::Failed;
    }
    *message = tr("Visit with %1 saved on this device.", "@info").arg(name);
    return OneTap::Saved;
}

void ContactLogController::setMessage(const QString &m, bool problem)
{
    m_message = m;
    m_problem = problem && !m.isEmpty();
    Q_EMIT messageChanged();
}

const ContactLog *ContactLogController::originalContact(const QString &id) const
{
    if (!m_app)
        return nullptr;
    for (const ContactLog &c : m_app->session()->data().contacts) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool ContactLogController::save()
{
    if (!m_app)
        return false;
    // The same form saved twice (a double tap) is the same contact: nothing more to do.
    if (m_saved || originalContact(m_submissionId))
        return true;
    if (m_youngPersonId.isEmpty()) {
        setMessage(tr("Choose who the contact was with.", "@info"), true);
        return false;
    }
    if (!m_at.isValid()) {
        setMessage(tr("Choose when the contact happened.", "@info"), true);
        return false;
    }
    ContactLog log = defaultContact(*m_app, m_youngPersonId);
    log.id = m_submissionId;
    log.at = m_at.toUTC();
    log.kind = contactKindFromCode(m_kind).value_or(ContactKind::Visit);
    log.successful = m_successful && log.kind != ContactKind::Attempted;
    log.seenAlone = m_seenAlone;
    log.notes = m_notes.trimmed();
    log.respondsToRequestId = m_respondsToRequestId;
    if (log.kind != ContactKind::Visit)
        log.location.clear();
    const ValidationErrors errors = log.validateAt(m_app->session()->clock().now());
    if (hasError(errors, u"date_in_future"_s, u"at"_s)) {
        //: %1 the time chosen
        setMessage(tr("%1 is in the future. Choose when the contact happened: now or earlier.", "@info")
                       .arg(localTimeText(log.at)),
                   true);
        return false;
    }
    if (!errors.isEmpty()) {
        setMessage(tr("Some of that is missing or too long.", "@info"), true);
        return false;
    }
    const StoreSession::Error e = m_app->session()->save(log);
    if (e != StoreSession::Error::None) {
        setMessage(e == StoreSession::Error::Invalid ? tr("Some of that is missing or too long.", "@info")
                                                     : tr("The contact could not be saved.", "@info"),
                   true);
        return false;
    }
    m_saved = true;
    const YoungPerson *yp = m_app->session()->data().youngPerson(m_youngPersonId);
    //: %1 kind of contact, %2 name
    setMessage(tr("%1 with %2 saved on this device.", "@info")
                   .arg(Labels::contactKind(log.kind), yp ? yp->displayName : QString()));
    Q_EMIT changed();
    return true;
}

bool ContactLogController::logVisitNow()
{
    if (!m_app)
        return false;
    if (m_youngPersonId.isEmpty()) {
        setMessage(tr("Choose who the contact was with.", "@info"), true);
        return false;
    }
    QString text;
    const OneTap result = saveVisitNow(*m_app, m_youngPersonId, &text);
    setMessage(text, result == OneTap::Failed);
    return result != OneTap::Failed;
}

bool ContactLogController::amend(const QString &contactLogId,
                                 const QString &reason,
                                 const QString &notes,
                                 bool successful)
{
    if (!m_app)
        return false;
    const ContactLog *original = originalContact(contactLogId);
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
        setMessage(tr("Nothing was changed.", "@info"), true);
        return false;
    }
    a.changes = changes;
    if (m_app->session()->save(a) != StoreSession::Error::None) {
        setMessage(tr("Give a reason for the amendment.", "@info"), true);
        return false;
    }
    setMessage(tr("Amendment saved. The original contact is kept.", "@info"));
    return true;
}

bool ContactLogController::markEnteredInError(const QString &contactLogId, const QString &reason)
{
    if (!m_app || m_app->role() == Role::YoungPerson)
        return false;
    const ContactLog *original = originalContact(contactLogId);
    if (!original) {
        setMessage(tr("That contact is not on this device.", "@info"), true);
        return false;
    }
    for (const ContactLog &c : m_app->session()->data().contactsOf(original->youngPersonId)) {
        // Marked already (a second tap, or another device): nothing more to add.
        if (c.id == original->id && c.enteredInError) {
            setMessage(tr("This contact is marked as entered in error.", "@info"));
            return true;
        }
    }
    if (reason.trimmed().isEmpty()) {
        setMessage(tr("Say why this contact was entered in error.", "@info"), true);
        return false;
    }
    ContactAmendment a;
    a.id = newId();
    a.youngPersonId = original->youngPersonId;
    a.contactLogId = original->id;
    a.amendedBy = m_app->userId();
    a.amendedAt = m_app->session()->clock().now();
    a.reason = reason.trimmed();
    a.changes = QJsonObject {{u"enteredInError"_s, true}};
    if (!a.validate().isEmpty()) {
        setMessage(tr("The reason is too long.", "@info"), true);
        return false;
    }
    if (m_app->session()->save(a) != StoreSession::Error::None) {
        setMessage(tr("The contact could not be marked as entered in error.", "@info"), true);
        return false;
    }
    if (reopenRequestAnsweredBy(*original)) {
        setMessage(tr("Marked as entered in error. It no longer counts as contact, and the request to talk it "
                      "answered is open again. The original stays on the record.",
                      "@info"));
        return true;
    }
    setMessage(
        tr("Marked as entered in error. It no longer counts as contact; the original stays on the record.", "@info"));
    return true;
}

bool ContactLogController::reopenRequestAnsweredBy(const ContactLog &contact)
{
    if (contact.respondsToRequestId.isEmpty())
        return false;
    const CaseData &data = m_app->session()->data();
    for (const ContactRequest &r : data.requests) {
        // Answered by this contact alone: no reply of its own, and no other contact answers it.
        if (r.id != contact.respondsToRequestId || r.status != "answered"_L1 || !r.reply.isEmpty()
            || responseTo(r, data.contactsOf(r.youngPersonId)))
            continue;
        ContactRequest reopened = r;
        reopened.status = u"open"_s;
        reopened.answeredAt.reset();
        reopened.answeredBy.clear();
        return m_app->session()->save(reopened) == StoreSession::Error::None;
    }
    return false;
}

void ContactLogController::startAnother()
{
    m_submissionId = newId();
    m_saved = false;
    m_kind = toCode(ContactKind::Visit);
    m_successful = true;
    m_seenAlone = false;
    m_notes.clear();
    m_respondsToRequestId.clear();
    m_at = m_app ? m_app->session()->clock().now() : QDateTime();
    setMessage({});
    Q_EMIT changed();
}

} // namespace Pathway
