// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "contactrequestsmodel.h"

#include "labels.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

ContactRequestsModel::ContactRequestsModel(QObject *parent)
    : RowListModel({u"heading"_s, u"whenText"_s, u"message"_s, u"stateText"_s, u"shortState"_s, u"answerText"_s,
                    u"detailText"_s, u"open"_s, u"urgent"_s, u"canAnswer"_s, u"accessibleName"_s},
                   parent)
{
}

namespace {

/** "Today at 18:40", "3 days ago at 09:15". */
QString whenText(const QDateTime &at, const QDate &today)
{
    const QDateTime local = at.toLocalTime();
    //: %1 how long ago ("today", "3 days ago"), %2 a time ("18:40")
    return ContactRequestsModel::tr("%1 at %2", "@info")
        .arg(Labels::ago(local.date(), today), QLocale().toString(local.time(), QLocale::ShortFormat));
}

} // namespace

void ContactRequestsModel::refresh(const CaseData &data,
                                   const QString &youngPersonId,
                                   const QDateTime &now,
                                   bool staffView,
                                   bool mayAnswer,
                                   bool openOnly,
                                   const SyncStateOf &syncStateOf)
{
    struct Item
    {
        const ContactRequest *request;
        RequestState state;
    };
    const QList<ContactLog> contacts = data.contactsOf(youngPersonId);
    QList<Item> items;
    for (const ContactRequest &r : data.requests) {
        if (r.youngPersonId != youngPersonId)
            continue;
        const RequestState state = requestState(r, contacts);
        if (openOnly && state != RequestState::Open)
            continue;
        items.append({&r, state});
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        const bool aOpen = a.state == RequestState::Open;
        const bool bOpen = b.state == RequestState::Open;
        if (aOpen != bOpen)
            return aOpen;
        if (aOpen) {
            const bool aUrgent = a.request->urgency == RequestUrgency::Urgent;
            const bool bUrgent = b.request->urgency == RequestUrgency::Urgent;
            if (aUrgent != bUrgent)
                return aUrgent;
            return a.request->requestedAt < b.request->requestedAt;
        }
        return a.request->requestedAt > b.request->requestedAt;
    });

    const QDate today = now.toLocalTime().date();
    QList<ModelRow> rows;
    for (const Item &i : items) {
        const ContactRequest &r = *i.request;
        const bool urgent = r.urgency == RequestUrgency::Urgent;
        QString heading;
        if (staffView)
            heading = urgent ? tr("Asked to talk today", "@info request") : tr("Asked to talk", "@info request");
        else
            heading
                = urgent ? tr("You asked to talk today", "@info request") : tr("You asked to talk", "@info request");
        QString state;
        QString shortState;
        QString answer;
        switch (i.state) {
        case RequestState::Open: {
            shortState = tr("Waiting", "@info:status request");
            const QString sync = syncStateOf ? syncStateOf(r.id) : QString();
            if (!staffView && sync == "local"_L1)
                state = tr("Saved on your phone. It goes to your PA when you are online.", "@info:status");
            else if (!staffView && sync == "rejected"_L1)
                state = tr("Not accepted: ask your PA in another way.", "@info:status");
            else
                state = staffView ? tr("Waiting for your answer", "@info:status")
                                  : tr("Your PA has it. Waiting for an answer.", "@info:status");
            break;
        }
        case RequestState::Answered: {
            state = tr("Answered", "@info:status");
            shortState = state;
            const auto contact = responseTo(r, contacts);
            const StaffMember *who = data.staffMember(contact ? contact->staffId : r.answeredBy);
            const QString name = who ? who->displayName : tr("Your PA", "@info");
            if (!r.reply.isEmpty()) {
                //: %1 the PA's name, %2 their reply
                answer = tr("%1 replied: %2", "@info").arg(name, r.reply);
            } else if (contact) {
                //: %1 the PA's name, %2 kind of contact ("Phone"), %3 when
                answer = tr("%1 answered: %2, %3", "@info")
                             .arg(name, Labels::contactKind(contact->kind), whenText(contact->at, today));
            } else if (r.answeredAt) {
                //: %1 the PA's name, %2 when
                answer = tr("Answered by %1, %2", "@info").arg(name, whenText(*r.answeredAt, today));
            }
            break;
        }
        case RequestState::Withdrawn:
            state = tr("Withdrawn", "@info:status");
            shortState = state;
            break;
        }
        const QString when = whenText(r.requestedAt, today);
        const bool open = i.state == RequestState::Open;
        // Under the message: how it was answered, or when it was sent and where it stands.
        //: %1 when the request was made, %2 where it stands ("Your PA has it. Waiting for an answer.")
        const QString detail = !answer.isEmpty() ? answer : tr("%1. %2", "@info request").arg(when, state);
        //: Screen reader: %1 heading, %2 when, %3 where it stands, %4 the message or the answer
        const QString spoken
            = tr("%1, %2. %3. %4", "@info").arg(heading, when, state, answer.isEmpty() ? r.message : answer);
        rows.append({r.id,
                     {{u"heading"_s, heading},
                      {u"whenText"_s, when},
                      {u"message"_s, r.message},
                      {u"stateText"_s, state},
                      {u"shortState"_s, shortState},
                      {u"answerText"_s, answer},
                      {u"detailText"_s, detail},
                      {u"open"_s, open},
                      {u"urgent"_s, urgent},
                      {u"canAnswer"_s, mayAnswer && open},
                      {u"accessibleName"_s, spoken}}});
    }
    setRows(rows);
}

} // namespace Pathway
