// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "documenteditcontroller.h"

#include "appcontroller.h"
#include "labels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

QVariantMap option(const QString &code, const QString &label)
{
    return {{u"code"_s, code}, {u"label"_s, label}};
}

/** Marks a document as held today, keeping the dates consistent (an expired one keeps its dates). */
void markHave(DocumentItem &d, const QDate &today)
{
    d.status = DocumentStatus::Have;
    d.youngPersonHasIt = false;
    d.helpRequested = false;
    if (!d.obtainedOn && (!d.expiresOn || *d.expiresOn >= today))
        d.obtainedOn = today;
}

} // namespace

DocumentEditController::DocumentEditController(QObject *parent)
    : RecordEditor(parent)
{
    connect(this, &RecordEditor::youngPersonIdChanged, this, &DocumentEditController::formChanged);
    connect(this, &RecordEditor::storeChanged, this, &DocumentEditController::formChanged);
}

void DocumentEditController::setDocumentId(const QString &id)
{
    if (id == m_documentId)
        return;
    m_documentId = id;
    Q_EMIT documentIdChanged();
    load();
}

const DocumentItem *DocumentEditController::find(const QString &id) const
{
    if (!session() || id.isEmpty())
        return nullptr;
    for (const DocumentItem &d : session()->data().documents) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

void DocumentEditController::load()
{
    if (const DocumentItem *d = find(m_documentId)) {
        if (youngPersonId() != d->youngPersonId)
            setYoungPersonId(d->youngPersonId); // calls load() again, with the same document
        m_kind = toCode(d->kind);
        m_status = toCode(d->status);
        m_dueDate = isoFromDate(d->dueDate);
        m_expiresOn = isoFromDate(d->expiresOn);
        m_helpingId = d->helpingId;
        m_notes = d->notes;
    } else {
        const QVariantList kinds = kindOptions();
        const bool offered = std::any_of(kinds.begin(), kinds.end(), [this](const QVariant &k) {
            return k.toMap().value(u"code"_s).toString() == m_kind;
        });
        if (!offered)
            m_kind = kinds.isEmpty() ? QString() : kinds.first().toMap().value(u"code"_s).toString();
        if (m_status.isEmpty())
            m_status = toCode(DocumentStatus::Missing);
    }
    Q_EMIT formChanged();
}

QString DocumentEditController::title() const
{
    if (const auto kind = documentKindFromCode(m_kind))
        return Labels::documentKind(*kind);
    return tr("A document", "@title");
}

void DocumentEditController::setKindCode(const QString &code)
{
    if (code == m_kind || !m_documentId.isEmpty())
        return;
    m_kind = code;
    Q_EMIT formChanged();
}

QVariantList DocumentEditController::kindOptions() const
{
    QVariantList out;
    if (const DocumentItem *d = find(m_documentId)) {
        out.append(option(toCode(d->kind), Labels::documentKind(d->kind)));
        return out;
    }
    if (!session())
        return out;
    // A new line: only the kinds not on this young person's checklist yet.
    for (DocumentKind kind : allDocumentKinds()) {
        bool listed = false;
        for (const DocumentItem &d : session()->data().documents)
            listed = listed || (d.youngPersonId == youngPersonId() && d.kind == kind && !d.deleted);
        if (!listed)
            out.append(option(toCode(kind), Labels::documentKind(kind)));
    }
    return out;
}

void DocumentEditController::setStatusCode(const QString &code)
{
    if (code == m_status || !documentStatusFromCode(code))
        return;
    m_status = code;
    Q_EMIT formChanged();
}

QVariantList DocumentEditController::statusOptions() const
{
    QVariantList out;
    for (DocumentStatus s :
         {DocumentStatus::Have, DocumentStatus::Applied, DocumentStatus::Missing, DocumentStatus::NotNeeded})
        out.append(option(toCode(s), Labels::documentStatus(s)));
    return out;
}

void DocumentEditController::setDueDate(const QString &iso)
{
    if (iso == m_dueDate)
        return;
    m_dueDate = iso;
    Q_EMIT formChanged();
}

void DocumentEditController::setExpiresOn(const QString &iso)
{
    if (iso == m_expiresOn)
        return;
    m_expiresOn = iso;
    Q_EMIT formChanged();
}

void DocumentEditController::setHelpingId(const QString &id)
{
    if (id == m_helpingId)
        return;
    m_helpingId = id;
    Q_EMIT formChanged();
}

QVariantList DocumentEditController::helperOptions() const
{
    QVariantList out {option(QString(), tr("Nobody yet", "@item:inlistbox who is helping"))};
    if (!session())
        return out;
    const CaseData &data = session()->data();
    const QString paId = data.currentPaId(youngPersonId(), today());
    if (const StaffMember *pa = data.staffMember(paId))
        //: %1 the PA's name
        out.append(option(pa->id, tr("%1 (their PA)", "@item:inlistbox").arg(pa->displayName)));
    bool helperListed = m_helpingId.isEmpty() || m_helpingId == paId;
    for (const StaffMember &s : data.staff) {
        if (!s.active || s.id == paId)
            continue;
        out.append(option(s.id, s.displayName));
        helperListed = helperListed || s.id == m_helpingId;
    }
    if (!helperListed) // someone outside the staff list, written as words
        out.append(option(m_helpingId, m_helpingId));
    return out;
}

int DocumentEditController::helperIndex() const
{
    const QVariantList options = helperOptions();
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (options.at(i).toMap().value(u"code"_s).toString() == m_helpingId)
            return int(i);
    }
    return 0;
}

void DocumentEditController::setNotes(const QString &notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    Q_EMIT formChanged();
}

bool DocumentEditController::awaitingConfirmation() const
{
    const DocumentItem *d = find(m_documentId);
    return d && d->youngPersonHasIt;
}

QString DocumentEditController::situationText() const
{
    const DocumentItem *d = find(m_documentId);
    if (!d)
        return {};
    if (d->youngPersonHasIt)
        //: %1 the young person's name
        return tr("%1 says they have it now. Check it, then save it as \"Have it\".", "@info").arg(youngPersonName());
    if (d->helpRequested)
        return tr("%1 asked for help with this.", "@info").arg(youngPersonName());
    return {};
}

DocumentItem DocumentEditController::fromForm() const
{
    DocumentItem d;
    if (const DocumentItem *existing = find(m_documentId)) {
        d = *existing;
    } else {
        d.id = newId();
        d.youngPersonId = youngPersonId();
        d.kind = documentKindFromCode(m_kind).value_or(DocumentKind::NiNumber);
    }
    const auto status = documentStatusFromCode(m_status).value_or(DocumentStatus::Missing);
    const QDate due = dateFromIso(m_dueDate);
    const QDate expires = dateFromIso(m_expiresOn);
    d.dueDate = due.isValid() ? std::optional(due) : std::nullopt;
    d.expiresOn = expires.isValid() ? std::optional(expires) : std::nullopt;
    d.helpingId = m_helpingId.trimmed();
    d.notes = m_notes.trimmed();
    if (status == DocumentStatus::Have)
        markHave(d, today());
    else
        d.status = status;
    return d;
}

bool DocumentEditController::canEdit() const
{
    if (!session() || !session()->isOpen() || youngPersonId().isEmpty())
        return false;
    // Staff change the status; whoever may do that may use this editor.
    DocumentItem d = fromForm();
    d.status = d.status == DocumentStatus::Applied ? DocumentStatus::Missing : DocumentStatus::Applied;
    return session()->allows(d);
}

bool DocumentEditController::canSayHave() const
{
    if (!session() || !session()->isOpen() || !app() || app()->role() != Role::YoungPerson)
        return false;
    for (const DocumentItem &d : session()->data().documents) {
        if (d.youngPersonId != youngPersonId() || d.deleted)
            continue;
        DocumentItem said = d;
        said.youngPersonHasIt = !d.youngPersonHasIt;
        return session()->allows(said);
    }
    return false;
}

bool DocumentEditController::save()
{
    if (!canEdit())
        return false;
    if (!find(m_documentId) && (!documentKindFromCode(m_kind) || youngPersonId().isEmpty())) {
        setProblem(tr("Choose which document to add.", "@info"));
        return false;
    }
    const DocumentItem d = fromForm();
    if (d.obtainedOn && d.expiresOn && *d.expiresOn < *d.obtainedOn) {
        setProblem(tr("The expiry date is before the day they got it. Check the expiry date.", "@info"));
        return false;
    }
    if (!saveRecord(d, tr("%1 updated.", "@info document").arg(Labels::documentKind(d.kind))))
        return false;
    if (m_documentId != d.id) {
        m_documentId = d.id;
        Q_EMIT documentIdChanged();
    }
    Q_EMIT formChanged();
    return true;
}

bool DocumentEditController::confirmHave(const QString &documentId)
{
    const DocumentItem *existing = find(documentId);
    if (!existing)
        return false;
    DocumentItem d = *existing;
    markHave(d, today());
    if (!saveRecord(d, tr("%1: confirmed that they have it.", "@info document").arg(Labels::documentKind(d.kind))))
        return false;
    if (documentId == m_documentId)
        load();
    return true;
}

bool DocumentEditController::sayHave(const QString &documentId)
{
    const DocumentItem *existing = find(documentId);
    if (!existing || !app() || app()->role() != Role::YoungPerson)
        return false;
    DocumentItem d = *existing;
    d.youngPersonHasIt = true;
    return saveRecord(d, tr("Thank you. Your PA will check it and confirm.", "@info"));
}

} // namespace Pathway
