// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "youngpersoncontroller.h"
#include "sessionbinding.h"

#include "appcontroller.h"
#include "domain/record.h"
#include "labels.h"

using namespace Qt::StringLiterals;

namespace Pathway {

YoungPersonController::YoungPersonController(QObject *parent)
    : QObject(parent)
    , m_plan(new PlanModel(this))
    , m_health(new HealthModel(this))
    , m_offer(new OfferModel(this))
    , m_documents(new DocumentsModel(this))
    , m_contacts(new ContactsModel(this))
    , m_chronology(new ChronologyModel(this))
{
}

void YoungPersonController::setApp(AppController *app)
{
    if (!rebindApp(this, m_app, app, &YoungPersonController::onRecordsChanged))
        return;
    Q_EMIT appChanged();
    refresh();
}

QString YoungPersonController::youngPersonId() const
{
    if (!m_youngPersonId.isEmpty() || !m_app)
        return m_youngPersonId;
    return m_app->role() == Role::YoungPerson ? m_app->userId() : QString();
}

void YoungPersonController::setYoungPersonId(const QString &id)
{
    if (id == m_youngPersonId)
        return;
    m_youngPersonId = id;
    Q_EMIT youngPersonIdChanged();
    refresh();
}

bool YoungPersonController::isStaff() const
{
    return m_app && (m_app->role() == Role::PersonalAdviser || m_app->role() == Role::Manager);
}

void YoungPersonController::onRecordsChanged(const QString &recordType)
{
    Q_UNUSED(recordType)
    refresh();
}

void YoungPersonController::refresh()
{
    if (!m_app)
        return;
    const CaseData &data = m_app->session()->data();
    const QString id = youngPersonId();
    const QDate today = m_app->session()->clock().today();
    m_plan->refresh(data, id, today, [this](const PlanAction &a, ActionStatus to) {
        PlanAction changed = a;
        changed.status = to;
        return m_app->session()->allows(changed);
    });
    m_health->refresh(data, id, today);
    m_offer->refresh(data, id, today);
    m_documents->refresh(data, id, today, isStaff());
    m_contacts->refresh(data, id, today, isStaff());
    m_chronology->refresh(data, id);
    Q_EMIT summaryChanged();
}

QString YoungPersonController::name() const
{
    if (!m_app)
        return {};
    const YoungPerson *yp = m_app->session()->data().youngPerson(youngPersonId());
    return yp ? yp->displayName : QString();
}

QString YoungPersonController::interpreterText() const
{
    if (!m_app || !isStaff())
        return {};
    const YoungPerson *person = m_app->session()->data().youngPerson(youngPersonId());
    return person ? Labels::interpreterNeed(*person) : QString();
}

QString YoungPersonController::summaryText() const
{
    if (!m_app)
        return {};
    const YoungPerson *yp = m_app->session()->data().youngPerson(youngPersonId());
    if (!yp)
        return {};
    const QDate today = m_app->session()->clock().today();
    //: %1 age in years, %2 care-leaver category
    return tr("Age %1, %2", "@info").arg(yp->ageOn(today)).arg(Labels::legalCategory(yp->legalCategoryOn(today)));
}

QString YoungPersonController::paName() const
{
    if (!m_app)
        return {};
    const CaseData &data = m_app->session()->data();
    const QString paId = data.currentPaId(youngPersonId(), m_app->session()->clock().today());
    if (const StaffMember *pa = data.staffMember(paId))
        return pa->displayName;
    return tr("No PA yet", "@info");
}

QString YoungPersonController::lastContactText() const
{
    if (!m_app)
        return {};
    const auto last = m_app->session()->data().lastSuccessfulContact(youngPersonId());
    if (!last)
        return tr("Not yet", "@info last contact");
    return Labels::ago(last->at.toUTC().date(), m_app->session()->clock().today());
}

namespace {
std::optional<PlanAction> nextStep(const CaseData &data, const QString &id)
{
    std::optional<PlanAction> best;
    for (const PlanAction &a : data.actions) {
        if (a.youngPersonId != id || a.deleted || a.status == ActionStatus::Done || a.status == ActionStatus::Dropped
            || a.status == ActionStatus::Proposed)
            continue;
        if (!best || a.byWhen.value_or(QDate(9999, 1, 1)) < best->byWhen.value_or(QDate(9999, 1, 1)))
            best = a;
    }
    return best;
}
} // namespace

QString YoungPersonController::nextStepText() const
{
    if (!m_app)
        return {};
    const auto step = nextStep(m_app->session()->data(), youngPersonId());
    return step ? step->what : tr("Nothing to do right now", "@info");
}

QString YoungPersonController::nextStepWhen() const
{
    if (!m_app)
        return {};
    const auto step = nextStep(m_app->session()->data(), youngPersonId());
    if (!step || !step->byWhen)
        return {};
    if (step->isOverdueOn(m_app->session()->clock().today()))
        //: %1 is a date
        return tr("Late: was due %1", "@info").arg(Labels::date(step->byWhen));
    return tr("By %1", "@info").arg(Labels::date(step->byWhen));
}

QString YoungPersonController::reviewText() const
{
    if (!m_app)
        return {};
    const auto review = m_app->session()->data().latestReview(youngPersonId());
    if (!review)
        return tr("No review yet", "@info");
    //: %1 is a date
    return tr("Next review %1", "@info").arg(Labels::date(review->nextReviewDue));
}

void YoungPersonController::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

template<typename T> bool YoungPersonController::save(const T &record, const QString &doneMessage)
{
    if (!m_app || !m_app->session()->isOpen())
        return false;
    const StoreSession::Error e = m_app->session()->save(record);
    if (e == StoreSession::Error::NotAllowed) {
        setMessage(isStaff() ? tr("Your role cannot change this. Ask your manager.", "@info")
                             : tr("Only your PA can change this. Ask them on the Talk page.", "@info"));
        return false;
    }
    if (e == StoreSession::Error::Invalid) {
        setMessage(tr("Some of that is missing or too long. Check and try again.", "@info"));
        return false;
    }
    if (e != StoreSession::Error::None) {
        setMessage(tr("That could not be saved on this device.", "@info"));
        return false;
    }
    setMessage(doneMessage);
    return true;
}

bool YoungPersonController::markStepDone(const QString &actionId)
{
    if (!m_app)
        return false;
    for (const PlanAction &a : m_app->session()->data().actions) {
        if (a.id != actionId)
            continue;
        PlanAction done = a;
        done.status = ActionStatus::Done;
        done.completedAt = m_app->session()->clock().now();
        done.completedBy = m_app->userId();
        return save(done, tr("Well done! Step marked as done.", "@info"));
    }
    return false;
}

namespace {
PlanSection sectionFor(const CaseData &data, const QString &ypId, PlanArea area)
{
    for (const PlanSection &s : data.sections) {
        if (s.youngPersonId == ypId && s.area == area && !s.deleted)
            return s;
    }
    PlanSection s;
    s.id = newId();
    s.youngPersonId = ypId;
    s.area = area;
    return s;
}
} // namespace

bool YoungPersonController::saveOwnWords(const QString &areaCode, const QString &text)
{
    const auto area = planAreaFromCode(areaCode);
    if (!m_app || !area)
        return false;
    PlanSection s = sectionFor(m_app->session()->data(), youngPersonId(), *area);
    s.ownWords = text.trimmed();
    s.updatedBy = m_app->userId();
    s.youngPersonTookPart = s.youngPersonTookPart || m_app->role() == Role::YoungPerson;
    return save(s, tr("Your words are saved.", "@info"));
}

bool YoungPersonController::savePlanSection(const QString &areaCode,
                                            const QString &goal,
                                            const QString &ownWords,
                                            bool tookPart)
{
    const auto area = planAreaFromCode(areaCode);
    if (!m_app || !area || !isStaff())
        return false;
    PlanSection s = sectionFor(m_app->session()->data(), youngPersonId(), *area);
    s.goal = goal.trimmed();
    s.ownWords = ownWords.trimmed();
    s.youngPersonTookPart = tookPart;
    s.updatedBy = m_app->userId();
    return save(s, tr("Plan updated.", "@info"));
}

PlanAction YoungPersonController::newStep(PlanArea area) const
{
    PlanAction a;
    a.id = newId();
    a.youngPersonId = youngPersonId();
    a.area = area;
    if (m_app && m_app->role() == Role::YoungPerson) {
        a.status = ActionStatus::Proposed;
        a.proposedBy = m_app->userId();
    }
    return a;
}

bool YoungPersonController::addStep(const QString &areaCode, const QString &what, const QString &who, int withinDays)
{
    const auto area = planAreaFromCode(areaCode);
    if (!m_app || !area)
        return false;
    PlanAction a = newStep(*area);
    a.what = what.trimmed();
    a.who = who.trimmed();
    if (withinDays > 0)
        a.byWhen = m_app->session()->clock().today().addDays(withinDays);
    if (a.status == ActionStatus::Proposed)
        return save(a, tr("Your idea for a step is saved. Your PA will see it and agree it with you.", "@info"));
    return save(a, tr("Step added.", "@info"));
}

bool YoungPersonController::setStepStatus(const QString &actionId, ActionStatus status, const QString &doneMessage)
{
    if (!m_app)
        return false;
    for (const PlanAction &a : m_app->session()->data().actions) {
        if (a.id != actionId)
            continue;
        PlanAction changed = a;
        changed.status = status;
        return save(changed, doneMessage);
    }
    return false;
}

bool YoungPersonController::acceptStep(const QString &actionId)
{
    return setStepStatus(actionId, ActionStatus::NotStarted, tr("Step accepted. It is now part of the plan.", "@info"));
}

bool YoungPersonController::declineStep(const QString &actionId)
{
    return setStepStatus(actionId, ActionStatus::Dropped,
                         tr("Step declined. Tell them why when you next talk.", "@info"));
}

bool YoungPersonController::canAddStep() const
{
    return m_app && m_app->session()->isOpen() && !youngPersonId().isEmpty() && m_app->session()->allows([this] {
        PlanAction a = newStep(PlanArea::ContactAndSupport);
        a.what = u"-"_s;
        return a;
    }());
}

bool YoungPersonController::canAddOwnWords() const
{
    if (!m_app || !m_app->session()->isOpen() || youngPersonId().isEmpty())
        return false;
    PlanSection s;
    s.id = newId();
    s.youngPersonId = youngPersonId();
    s.ownWords = u"-"_s;
    s.updatedBy = m_app->userId();
    s.youngPersonTookPart = m_app->role() == Role::YoungPerson;
    return m_app->session()->allows(s);
}

bool YoungPersonController::canUpdatePlanArea() const
{
    if (!m_app || !m_app->session()->isOpen() || youngPersonId().isEmpty())
        return false;
    PlanSection s;
    s.id = newId();
    s.youngPersonId = youngPersonId();
    s.goal = u"-"_s;
    s.updatedBy = m_app->userId();
    return m_app->session()->allows(s);
}

bool YoungPersonController::canRequestReview() const
{
    if (!m_app || !m_app->session()->isOpen() || youngPersonId().isEmpty() || isStaff())
        return false;
    ChronologyEvent e;
    e.id = newId();
    e.youngPersonId = youngPersonId();
    e.date = m_app->session()->clock().today();
    e.kind = ChronologyKind::ReviewRequested;
    e.recordedBy = m_app->userId();
    return m_app->session()->allows(e);
}

bool YoungPersonController::canAddHealthEntry() const
{
    if (!m_app || !m_app->session()->isOpen() || youngPersonId().isEmpty())
        return false;
    HealthEntry h;
    h.id = newId();
    h.youngPersonId = youngPersonId();
    h.kind = HealthKind::Note;
    h.title = u"-"_s;
    h.date = m_app->session()->clock().today();
    h.addedBy = m_app->userId();
    return m_app->session()->allows(h);
}

ContactRequest YoungPersonController::newContactRequest(bool urgent) const
{
    ContactRequest r;
    r.id = newId();
    r.youngPersonId = youngPersonId();
    r.requestedAt = m_app->session()->clock().now();
    r.urgency = urgent ? RequestUrgency::Urgent : RequestUrgency::WhenConvenient;
    return r;
}

bool YoungPersonController::canRequestContact() const
{
    return m_app && m_app->session()->isOpen() && !youngPersonId().isEmpty() && !isStaff()
        && m_app->session()->allows(newContactRequest(true));
}

QString YoungPersonController::todayIso() const
{
    return m_app ? m_app->session()->clock().today().toString(Qt::ISODate) : QString();
}

bool YoungPersonController::requestReview()
{
    // A young person's own request: staff record a review as held instead.
    if (!canRequestReview())
        return false;
    ChronologyEvent e;
    e.id = newId();
    e.youngPersonId = youngPersonId();
    e.date = m_app->session()->clock().today();
    e.kind = ChronologyKind::ReviewRequested;
    e.recordedBy = m_app->userId();
    return save(e, tr("You asked for a review. Your PA will arrange it.", "@info"));
}

bool YoungPersonController::addHealthEntry(const QString &title,
                                           const QString &details,
                                           const QString &dateIso,
                                           bool appointment)
{
    if (!m_app)
        return false;
    HealthEntry h;
    h.id = newId();
    h.youngPersonId = youngPersonId();
    h.kind = appointment ? HealthKind::Appointment : HealthKind::Note;
    h.title = title.trimmed();
    h.details = details.trimmed();
    // Empty means today; anything else must be a real date, never silently replaced by today.
    const QDate d = dateIso.isEmpty() ? m_app->session()->clock().today() : QDate::fromString(dateIso, Qt::ISODate);
    if (!d.isValid()) {
        setMessage(tr("That date is not a real date. Choose it from the calendar.", "@info"));
        return false;
    }
    h.date = d;
    h.addedBy = m_app->userId();
    return save(h, tr("Added to your health history.", "@info"));
}

bool YoungPersonController::askDocumentHelp(const QString &documentId)
{
    if (!m_app)
        return false;
    for (const DocumentItem &d : m_app->session()->data().documents) {
        if (d.id != documentId)
            continue;
        DocumentItem asked = d;
        asked.helpRequested = true;
        return save(asked, tr("Your PA will help you with this.", "@info"));
    }
    return false;
}

bool YoungPersonController::askForOffer(const QString &offerItemId)
{
    if (!m_app)
        return false;
    const CaseData &data = m_app->session()->data();
    Entitlement e;
    e.id = newId();
    for (const Entitlement &existing : data.entitlements) {
        if (existing.youngPersonId == youngPersonId() && existing.offerItemId == offerItemId)
            e = existing;
    }
    e.youngPersonId = youngPersonId();
    e.offerItemId = offerItemId;
    e.status = EntitlementStatus::Asked;
    e.statusSince = m_app->session()->clock().today();
    return save(e, tr("You asked for it. Your PA will tell you what happens next.", "@info"));
}

bool YoungPersonController::requestContact(bool urgent, const QString &message)
{
    // The young person asks; staff answer (they log a contact instead).
    if (!canRequestContact())
        return false;
    ContactRequest r = newContactRequest(urgent);
    r.message = message.trimmed();
    return save(r,
                // Saved here first: the request's card below says when the PA has it.
                urgent ? tr("Saved. Your PA gets it as soon as you are online, and will contact you as soon as "
                            "possible.",
                            "@info")
                       : tr("Saved. Your PA gets it as soon as you are online, and will get in touch soon.", "@info"));
}

} // namespace Pathway
