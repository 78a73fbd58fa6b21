// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "teamcontroller.h"
#include "sessionbinding.h"

#include "alerts/evaluator.h"
#include "appcontroller.h"
#include "domain/record.h"
#include "labels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

TeamController::TeamController(QObject *parent)
    : QObject(parent)
    , m_figures(new RowListModel({u"label"_s, u"value"_s, u"accessibleName"_s}, this))
    , m_attention(new RowListModel({u"name"_s, u"alertText"_s, u"paName"_s, u"accessibleName"_s}, this))
    , m_staff(new RowListModel({u"name"_s, u"caseloadSize"_s, u"caseloadText"_s, u"accessibleName"_s}, this))
    , m_people(new RowListModel({u"name"_s, u"paId"_s, u"paName"_s, u"unallocated"_s, u"accessibleName"_s}, this))
    , m_reviews(
          new RowListModel({u"name"_s, u"heldText"_s, u"outcome"_s, u"tookPartText"_s, u"accessibleName"_s}, this))
{
}

void TeamController::setApp(AppController *app)
{
    if (!rebindApp(this, m_app, app, &TeamController::refresh))
        return;
    Q_EMIT appChanged();
    refresh();
}

QStringList TeamController::figureKeys()
{
    return {u"no_pa"_s,           u"contact_lost"_s, u"contact_escalated"_s, u"contact_overdue"_s,
            u"contact_warning"_s, u"plan_review"_s,  u"health_handover"_s,   u"missing_id"_s};
}

bool TeamController::alertInFigure(const Alert &alert, const QString &key)
{
    if (key.startsWith("contact_"_L1)) {
        if (alert.ruleCode != "no_contact"_L1)
            return false;
        switch (alert.tier) {
        case AlertTier::LostContact:
            return key == "contact_lost"_L1;
        case AlertTier::Escalated:
            return key == "contact_escalated"_L1;
        case AlertTier::Overdue:
            return key == "contact_overdue"_L1;
        case AlertTier::Warning:
            return key == "contact_warning"_L1;
        case AlertTier::Immediate:
            return false;
        }
        return false;
    }
    if (key == "plan_review"_L1)
        return alert.ruleCode == key && alert.daysOverdue > 0;
    return alert.ruleCode == key;
}

namespace {
QString figureLabel(const QString &key)
{
    if (key == "no_pa"_L1)
        return TeamController::tr("No PA allocated", "@label figure");
    if (key == "contact_lost"_L1)
        return TeamController::tr("Contact lost (6 months or more)", "@label figure");
    if (key == "contact_escalated"_L1)
        return TeamController::tr("No contact for 12 weeks or more", "@label figure");
    if (key == "contact_overdue"_L1)
        return TeamController::tr("Contact overdue (8 weeks)", "@label figure");
    if (key == "contact_warning"_L1)
        return TeamController::tr("Contact due soon", "@label figure");
    if (key == "plan_review"_L1)
        return TeamController::tr("Plan reviews overdue", "@label figure");
    if (key == "health_handover"_L1)
        return TeamController::tr("Health history not handed over at 18", "@label figure");
    return TeamController::tr("Missing ID documents", "@label figure");
}
} // namespace

void TeamController::refresh()
{
    if (!m_app)
        return;
    const CaseData &data = m_app->session()->data();
    const QDateTime now = m_app->session()->clock().now();
    const QDate today = now.toUTC().date();

    m_alerts.clear();
    for (const YoungPerson &yp : data.youngPeople)
        m_alerts.insert(yp.id, AlertEvaluator::evaluate(data.caseRecords(yp.id), now, m_app->alertSettings()));

    QList<ModelRow> figures;
    for (const QString &key : figureKeys()) {
        int count = 0;
        for (const auto &alerts : std::as_const(m_alerts))
            count += std::any_of(alerts.begin(), alerts.end(), [&](const Alert &a) { return alertInFigure(a, key); })
                ? 1
                : 0;
        const QString label = figureLabel(key);
        figures.append({key,
                        {{u"label"_s, label},
                         {u"value"_s, count},
                         //: Screen reader: %1 figure name, %2 the number of young people
                         {u"accessibleName"_s, tr("%1: %2", "@info").arg(label).arg(count)}}});
    }
    m_figures->setRows(figures);

    QHash<QString, int> sizes;
    QList<ModelRow> people;
    for (const YoungPerson &yp : data.youngPeople) {
        const QString pa = data.currentPaId(yp.id, today);
        if (!pa.isEmpty())
            ++sizes[pa];
        const StaffMember *s = data.staffMember(pa);
        const QString paName = s ? s->displayName : tr("No PA", "@info");
        people.append({yp.id,
                       {{u"name"_s, yp.displayName},
                        {u"paId"_s, pa},
                        {u"paName"_s, paName},
                        {u"unallocated"_s, pa.isEmpty()},
                        {u"accessibleName"_s, tr("%1, PA: %2", "@info").arg(yp.displayName, paName)}}});
    }
    std::stable_sort(people.begin(), people.end(), [](const ModelRow &a, const ModelRow &b) {
        const bool ua = a.values.value(u"unallocated"_s).toBool();
        const bool ub = b.values.value(u"unallocated"_s).toBool();
        if (ua != ub)
            return ua;
        return a.values.value(u"name"_s).toString().localeAwareCompare(b.values.value(u"name"_s).toString()) < 0;
    });
    m_people->setRows(people);

    QList<ModelRow> staff;
    for (const StaffMember &s : data.staff) {
        if (s.role != Role::PersonalAdviser || !s.active)
            continue;
        const int n = sizes.value(s.id);
        const QString text = tr("%n young people", "@info caseload size", n);
        staff.append({s.id,
                      {{u"name"_s, s.displayName},
                       {u"caseloadSize"_s, n},
                       {u"caseloadText"_s, text},
                       {u"accessibleName"_s, tr("%1, %2", "@info").arg(s.displayName, text)}}});
    }
    m_staff->setRows(staff);

    QList<ModelRow> reviews;
    for (const YoungPerson &yp : data.youngPeople) {
        const auto review = data.latestReview(yp.id);
        if (!review || !review->signedOffBy.isEmpty())
            continue;
        const QString held = tr("Held %1", "@info").arg(Labels::date(review->heldOn));
        const QString tookPart = review->youngPersonTookPart ? tr("The young person took part", "@info")
                                                             : tr("The young person did not take part", "@info");
        reviews.append({review->id,
                        {{u"name"_s, yp.displayName},
                         {u"heldText"_s, held},
                         {u"outcome"_s, review->outcome},
                         {u"tookPartText"_s, tookPart},
                         {u"accessibleName"_s, tr("%1, %2", "@info").arg(yp.displayName, held)}}});
    }
    m_reviews->setRows(reviews);
    refreshAttention();
}

void TeamController::setSelectedFigure(const QString &key)
{
    if (key == m_selected)
        return;
    m_selected = key;
    Q_EMIT selectedFigureChanged();
    refreshAttention();
}

void TeamController::refreshAttention()
{
    QList<ModelRow> rows;
    if (m_app && !m_selected.isEmpty()) {
        const CaseData &data = m_app->session()->data();
        const QDate today = m_app->session()->clock().today();
        for (const YoungPerson &yp : data.youngPeople) {
            for (const Alert &a : m_alerts.value(yp.id)) {
                if (!alertInFigure(a, m_selected))
                    continue;
                const StaffMember *pa = data.staffMember(data.currentPaId(yp.id, today));
                const QString text = Labels::alert(a.ruleCode, a.daysOverdue, a.subject);
                const QString paName = pa ? pa->displayName : tr("No PA", "@info");
                rows.append({yp.id,
                             {{u"name"_s, yp.displayName},
                              {u"alertText"_s, text},
                              {u"paName"_s, paName},
                              {u"accessibleName"_s, tr("%1. %2. PA: %3", "@info").arg(yp.displayName, text, paName)}}});
                break;
            }
        }
    }
    m_attention->setRows(rows);
}

void TeamController::setMessage(const QString &m)
{
    m_message = m;
    Q_EMIT messageChanged();
}

bool TeamController::allocate(const QString &youngPersonId, const QString &staffId, const QString &reason)
{
    if (!m_app || m_app->role() != Role::Manager)
        return false;
    StoreSession *session = m_app->session();
    const CaseData &data = session->data();
    const QDate today = session->clock().today();
    const YoungPerson *yp = data.youngPerson(youngPersonId);
    const StaffMember *pa = data.staffMember(staffId);
    if (!yp || !pa) {
        setMessage(tr("Choose a young person and a PA.", "@info"));
        return false;
    }
    const auto current = currentAllocation(data.allocationsOf(youngPersonId), today);
    if (current && current->staffId == staffId) {
        setMessage(tr("%1 is already %2's PA.", "@info").arg(pa->displayName, yp->displayName));
        return false;
    }
    if (current) {
        // The old period's last day (`until`, inclusive) is the day before the new one starts, so
        // nobody shares the handover day. A period that began today cannot end the day before.
        if (current->from >= today) {
            const StaffMember *currentPa = data.staffMember(current->staffId);
            //: %1 the current PA, %2 young person
            setMessage(tr("%1 became %2's PA today. Another PA can be allocated from tomorrow.", "@info")
                           .arg(currentPa ? currentPa->displayName : tr("Someone", "@info"), yp->displayName));
            return false;
        }
        Allocation ended = *current;
        ended.until = today.addDays(-1);
        if (session->save(ended) != StoreSession::Error::None) {
            setMessage(tr("The allocation could not be saved.", "@info"));
            return false;
        }
    }
    Allocation next;
    next.id = newId();
    next.youngPersonId = youngPersonId;
    next.staffId = staffId;
    next.from = today;
    next.allocatedBy = m_app->userId();
    next.reason = reason.trimmed();
    if (session->save(next) != StoreSession::Error::None) {
        setMessage(tr("The allocation could not be saved.", "@info"));
        return false;
    }
    //: %1 PA, %2 young person
    setMessage(tr("%1 is now %2's PA.", "@info").arg(pa->displayName, yp->displayName));
    return true;
}

bool TeamController::signOff(const QString &reviewId)
{
    if (!m_app || m_app->role() != Role::Manager)
        return false;
    for (const PlanReview &r : m_app->session()->data().reviews) {
        if (r.id != reviewId)
            continue;
        PlanReview signedOff = r;
        signedOff.signedOffBy = m_app->userId();
        signedOff.signedOffAt = m_app->session()->clock().now();
        const bool ok = m_app->session()->save(signedOff) == StoreSession::Error::None;
        setMessage(ok ? tr("Review signed off.", "@info") : tr("The sign-off could not be saved.", "@info"));
        return ok;
    }
    return false;
}

} // namespace Pathway
