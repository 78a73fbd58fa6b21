#include "contactsmodel.h"

#include "labels.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

ContactsModel::ContactsModel(QObject *parent)
    : RowListModel(
        {u"heading"_s, u"whenText"_s, u"outcomeText"_s, u"notes"_s, u"amended"_s, u"canAmend"_s, u"accessibleName"_s},
        parent)
{
}

void ContactsModel::refresh(const CaseData &data, const QString &youngPersonId, const QDate &today, bool staffView)
{
    struct Item
    {
        QDateTime at;
        ModelRow row;
    };
    QList<Item> items;
    const QLocale locale;
    for (const ContactLog &c : data.contactsOf(youngPersonId)) {
        if (c.confidential && !staffView)
            continue;
        bool amended = false;
        for (const ContactAmendment &a : data.amendments)
            amended = amended || a.contactLogId == c.id;
        const QString kind = Labels::contactKind(c.kind);
        const QString when = Labels::ago(c.at.toUTC().date(), today);
        const StaffMember *who = data.staffMember(c.staffId);
        QString outcome = c.countsAsContact() ? tr("We talked", "@info contact outcome")
                                              : tr("Could not reach", "@info contact outcome");
        if (who)
            //: %1 outcome, %2 the staff member
            outcome = tr("%1 (%2)", "@info").arg(outcome, who->displayName);
        items.append({c.at,
                      {c.id,
                       {{u"heading"_s, kind},
                        {u"whenText"_s, when},
                        {u"outcomeText"_s, outcome},
                        {u"notes"_s, staffView ? c.notes : QString()},
                        {u"amended"_s, amended},
                        {u"canAmend"_s, staffView},
                        //: Screen reader: %1 kind of contact, %2 when, %3 outcome
                        {u"accessibleName"_s, tr("%1, %2, %3", "@info").arg(kind, when, outcome)}}}});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.at > b.at; });
    QList<ModelRow> rows;
    for (const Item &i : items)
        rows.append(i.row);
    setRows(rows);
}

} // namespace Pathway
