// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "caseloadmodel.h"

#include "alerts/evaluator.h"
#include "labels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

/** The open request that puts a young person at the top: urgent before not, then the oldest. */
std::optional<ContactRequest> firstOpenRequest(const CaseData &data, const QString &youngPersonId)
{
    std::optional<ContactRequest> first;
    QList<ContactLog> contacts;
    bool contactsRead = false;
    for (const ContactRequest &r : data.requests) {
        if (r.youngPersonId != youngPersonId || r.status != "open"_L1)
            continue;
        if (!contactsRead) {
            contacts = data.contactsOf(youngPersonId);
            contactsRead = true;
        }
        if (requestState(r, contacts) != RequestState::Open)
            continue;
        const bool moreUrgent
            = first && r.urgency == RequestUrgency::Urgent && first->urgency != RequestUrgency::Urgent;
        const bool sameButOlder = first && r.urgency == first->urgency && r.requestedAt < first->requestedAt;
        if (!first || moreUrgent || sameButOlder)
            first = r;
    }
    return first;
}

} // namespace

CaseloadModel::CaseloadModel(QObject *parent)
    : RowListModel({u"name"_s, u"summary"_s, u"attentionText"_s, u"moreText"_s, u"tier"_s, u"needsAttention"_s,
                    u"lastContactText"_s, u"paName"_s, u"requestText"_s, u"urgentRequest"_s, u"accessibleName"_s,
                    u"interpreterText"_s},
                   parent)
{
}

void CaseloadModel::refresh(const CaseData &data,
                            const QString &staffId,
                            const QDateTime &now,
                            const AlertSettings &settings)
{
    const QDate today = now.toUTC().date();
    struct Entry
    {
        const YoungPerson *yp;
        QList<Alert> alerts;
        int rank;
        int overdue;
        std::optional<ContactRequest> request; ///< the open request that matters most, if any
    };
    QList<Entry> entries;
    m_alerts.clear();
    for (const YoungPerson &yp : data.youngPeople) {
        if (!staffId.isEmpty() && data.currentPaId(yp.id, today) != staffId)
            continue;
        QList<Alert> alerts = AlertEvaluator::evaluate(data.caseRecords(yp.id), now, settings);
        std::sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
            if (tierRank(a.tier) != tierRank(b.tier))
                return tierRank(a.tier) > tierRank(b.tier);
            return a.daysOverdue > b.daysOverdue;
        });
        m_alerts.insert(yp.id, alerts);
        entries.append({&yp, alerts, alerts.isEmpty() ? -1 : tierRank(alerts.first().tier),
                        alerts.isEmpty() ? 0 : alerts.first().daysOverdue, firstOpenRequest(data, yp.id)});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        // Asked to talk first: urgent before "when you can", then whoever has waited longest.
        if (a.request.has_value() != b.request.has_value())
            return a.request.has_value();
        if (a.request && b.request) {
            if (a.request->urgency != b.request->urgency)
                return a.request->urgency == RequestUrgency::Urgent;
            if (a.request->requestedAt != b.request->requestedAt)
                return a.request->requestedAt < b.request->requestedAt;
        }
        if (a.rank != b.rank)
            return a.rank > b.rank;
        if (a.overdue != b.overdue)
            return a.overdue > b.overdue;
        return a.yp->displayName.localeAwareCompare(b.yp->displayName) < 0;
    });

    QList<ModelRow> rows;
    for (const Entry &e : entries) {
        const YoungPerson &yp = *e.yp;
        const QString attention = e.alerts.isEmpty()
            ? tr("Nothing overdue", "@info")
            : Labels::alert(e.alerts.first().ruleCode, e.alerts.first().daysOverdue, e.alerts.first().subject);
        const QString more
            = e.alerts.size() > 1 ? tr("and %n more", "@info other alerts", int(e.alerts.size() - 1)) : QString();
        const auto last = data.lastSuccessfulContact(yp.id);
        const QString lastText = last ? tr("Last contact %1", "@info").arg(Labels::ago(last->at.toUTC().date(), today))
                                      : tr("No contact recorded", "@info");
        const StaffMember *pa = data.staffMember(data.currentPaId(yp.id, today));
        QString request;
        if (e.request)
            request = e.request->urgency == RequestUrgency::Urgent ? tr("Asked to talk today", "@info request")
                                                                   : tr("Asked to talk", "@info request");
        const QString interpreter = Labels::interpreterNeed(yp);
        const QString cardName = request.isEmpty()
            //: Screen reader: %1 name, %2 what needs attention, %3 last contact
            ? tr("%1. %2. %3", "@info").arg(yp.displayName, attention, lastText)
            //: Screen reader: %1 name, %2 "Asked to talk today", %3 what needs attention, %4 last contact
            : tr("%1. %2. %3. %4", "@info").arg(yp.displayName, request, attention, lastText);
        //: %1 age in years, %2 care-leaver category
        const QString summary
            = tr("Age %1, %2", "@info").arg(yp.ageOn(today)).arg(Labels::legalCategory(yp.legalCategoryOn(today)));
        rows.append({yp.id,
                     {{u"name"_s, yp.displayName},
                      {u"summary"_s, summary},
                      {u"attentionText"_s, attention},
                      {u"moreText"_s, more},
                      {u"tier"_s, e.alerts.isEmpty() ? QString() : toCode(e.alerts.first().tier)},
                      {u"needsAttention"_s, !e.alerts.isEmpty()},
                      {u"lastContactText"_s, lastText},
                      {u"paName"_s, pa ? pa->displayName : tr("No PA", "@info")},
                      {u"requestText"_s, request},
                      {u"urgentRequest"_s, e.request && e.request->urgency == RequestUrgency::Urgent},
                      {u"interpreterText"_s, interpreter},
                      {u"accessibleName"_s,
                       interpreter.isEmpty() ? cardName
                                             //: Screen reader: %1 the card's name, %2 "Needs an interpreter: ..."
                                             : tr("%1. %2", "@info recorded need").arg(cardName, interpreter)}}});
    }
    setRows(rows);
}

} // namespace Pathway
