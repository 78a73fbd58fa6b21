// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "contactsmodel.h"

#include "labels.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

ContactsModel::ContactsModel(QObject *parent)
    : RowListModel({u"heading"_s, u"whenText"_s, u"outcomeText"_s, u"notes"_s, u"amended"_s, u"canAmend"_s,
                    u"enteredInError"_s, u"errorText"_s, u"accessibleName"_s},
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
        // A contact entered in error stays on the record for staff, marked; the young person no longer sees it.
        if ((c.confidential || c.enteredInError) && !staffView)
            continue;
        QList<ContactAmendment> mine;
        for (const ContactAmendment &a : data.amendments) {
            if (a.contactLogId == c.id)
                mine.append(a);
        }
        const QString kind = Labels::contactKind(c.kind);
        const QString when = Labels::ago(c.at.toUTC().date(), today);
        const StaffMember *who = data.staffMember(c.staffId);
        // Entered in error: the outcome as it was logged, shown struck through beside why.
        ContactLog asLogged = c;
        asLogged.enteredInError = false;
        QString outcome = asLogged.countsAsContact() ? tr("We talked", "@info contact outcome")
                                                     : tr("Could not reach", "@info contact outcome");
        if (who)
            //: %1 outcome, %2 the staff member
            outcome = tr("%1 (%2)", "@info").arg(outcome, who->displayName);
        QString errorText;
        if (c.enteredInError) {
            std::optional<ContactAmendment> marking;
            for (const ContactLog &original : data.contacts) {
                if (original.id == c.id)
                    marking = enteredInErrorBy(original, mine);
            }
            const StaffMember *by = marking ? data.staffMember(marking->amendedBy) : nullptr;
            if (marking && by)
                //: %1 why the contact was entered in error, %2 who marked it
                errorText = tr("Entered in error: %1 (marked by %2)", "@info").arg(marking->reason, by->displayName);
            else if (marking)
                //: %1 why the contact was entered in error
                errorText = tr("Entered in error: %1", "@info").arg(marking->reason);
            else
                errorText = tr("Entered in error", "@info contact outcome");
        }
        //: Screen reader: %1 kind of contact, %2 when, %3 outcome
        const QString spoken = tr("%1, %2, %3", "@info").arg(kind, when, c.enteredInError ? errorText : outcome);
        items.append({c.at,
                      {c.id,
                       {{u"heading"_s, kind},
                        {u"whenText"_s, when},
                        {u"outcomeText"_s, outcome},
                        {u"notes"_s, staffView ? c.notes : QString()},
                        {u"amended"_s, !mine.isEmpty()},
                        {u"canAmend"_s, staffView && !c.enteredInError},
                        {u"enteredInError"_s, c.enteredInError},
                        {u"errorText"_s, errorText},
                        {u"accessibleName"_s, spoken}}}});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.at > b.at; });
    QList<ModelRow> rows;
    for (const Item &i : items)
        rows.append(i.row);
    setRows(rows);
}

} // namespace Pathway
