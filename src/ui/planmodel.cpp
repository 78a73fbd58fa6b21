// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "planmodel.h"

#include "labels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

PlanModel::PlanModel(QObject *parent)
    : RowListModel({u"heading"_s, u"plain"_s, u"goal"_s, u"ownWords"_s, u"tookPart"_s, u"actions"_s, u"openSteps"_s,
                    u"accessibleName"_s, u"lead"_s, u"more"_s},
                   parent)
{
}

void PlanModel::refresh(const CaseData &data,
                        const QString &youngPersonId,
                        const QDate &today,
                        const StatusPermission &may)
{
    QList<ModelRow> rows;
    // A young person who asked for easy read sees each area's plain summary first.
    const YoungPerson *person = data.youngPerson(youngPersonId);
    const bool easyRead = person && person->accessibilityNeeds.contains(u"easy_read"_s);
    for (PlanArea area : allPlanAreas()) {
        const PlanSection *section = nullptr;
        for (const PlanSection &s : data.sections) {
            if (s.youngPersonId == youngPersonId && s.area == area && !s.deleted)
                section = &s;
        }
        QList<PlanAction> actions;
        for (const PlanAction &a : data.actions) {
            if (a.youngPersonId == youngPersonId && a.area == area && !a.deleted)
                actions.append(a);
        }
        std::sort(actions.begin(), actions.end(), [](const PlanAction &a, const PlanAction &b) {
            return a.byWhen.value_or(QDate(9999, 1, 1)) < b.byWhen.value_or(QDate(9999, 1, 1));
        });
        QVariantList steps;
        int open = 0;
        for (const PlanAction &a : actions) {
            const bool done = a.status == ActionStatus::Done || a.status == ActionStatus::Dropped;
            const bool proposed = a.status == ActionStatus::Proposed;
            open += done || proposed ? 0 : 1;
            const QString who = data.staffMember(a.who) ? data.staffMember(a.who)->displayName : a.who;
            steps.append(QVariantMap {
                {u"id"_s, a.id},
                {u"what"_s, a.what},
                //: A plan step: who does it and by when, e.g. "My PA, by 12/03/2026"
                {u"whoWhen"_s, tr("%1, by %2", "@info plan step").arg(Labels::freeText(who), Labels::date(a.byWhen))},
                {u"done"_s, done},
                {u"proposed"_s, proposed},
                {u"canMarkDone"_s, !done && !proposed && may && may(a, ActionStatus::Done)},
                {u"canAnswer"_s, proposed && may && may(a, ActionStatus::NotStarted)},
                {u"overdue"_s, a.isOverdueOn(today)},
                {u"statusText"_s, a.isOverdueOn(today) ? tr("Late", "@info:status") : Labels::actionStatus(a.status)},
            });
        }
        const QString title = Labels::planArea(area);
        const QString plain = Labels::planAreaPlain(area);
        const QString goal = section ? section->goal : QString();
        // What the card says first, and under it: the goal, or the plain summary first (easy read).
        QString lead = goal.isEmpty() ? plain : goal;
        QString more;
        if (easyRead && !goal.isEmpty()) {
            lead = plain;
            more = goal;
        }
        rows.append({toCode(area),
                     {{u"heading"_s, title},
                      {u"plain"_s, plain},
                      {u"goal"_s, goal},
                      {u"lead"_s, lead},
                      {u"more"_s, more},
                      {u"ownWords"_s, section ? section->ownWords : QString()},
                      {u"tookPart"_s, section && section->youngPersonTookPart},
                      {u"actions"_s, steps},
                      {u"openSteps"_s, open},
                      //: Screen reader: plan area and how many steps are still to do
                      {u"accessibleName"_s, tr("%1: %n step(s) to do", "@info", open).arg(title)}}});
    }
    setRows(rows);
}

} // namespace Pathway
