#include "caseloadmodel.h"

#include "alerts/evaluator.h"
#include "labels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

CaseloadModel::CaseloadModel(QObject *parent)
    : RowListModel({u"name"_s, u"summary"_s, u"attentionText"_s, u"moreText"_s, u"tier"_s, u"needsAttention"_s,
                    u"lastContactText"_s, u"paName"_s, u"accessibleName"_s},
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
                        alerts.isEmpty() ? 0 : alerts.first().daysOverdue});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
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
                      //: Screen reader: %1 name, %2 what needs attention, %3 last contact
                      {u"accessibleName"_s, tr("%1. %2. %3", "@info").arg(yp.displayName, attention, lastText)}}});
    }
    setRows(rows);
}

} // namespace Pathway
