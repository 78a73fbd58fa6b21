// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "conflictsmodel.h"

#include "appcontroller.h"
#include "labels.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Pathway {

ConflictsModel::ConflictsModel(QObject *parent)
    : RowListModel({u"heading"_s, u"mine"_s, u"theirs"_s, u"accessibleName"_s}, parent)
{
}

void ConflictsModel::setApp(AppController *app)
{
    if (app == m_app)
        return;
    if (m_app)
        disconnect(m_app->session(), nullptr, this, nullptr);
    m_app = app;
    if (m_app) {
        connect(m_app->session(), &StoreSession::recordsChanged, this, &ConflictsModel::refresh);
        // After an unlock the list must agree with the sync indicator's count at once.
        connect(m_app->session(), &StoreSession::opened, this, &ConflictsModel::refresh);
        connect(m_app->session(), &StoreSession::closed, this, &ConflictsModel::refresh);
        connect(m_app->session(), &StoreSession::pendingChangesChanged, this, &ConflictsModel::refresh);
    }
    Q_EMIT appChanged();
    refresh();
}

namespace {
/** The conflicting text's place in plain words, never the stored codes. */
QString fieldLabel(const QString &recordType, const QString &field)
{
    if (field == "ownWords"_L1)
        return ConflictsModel::tr("The young person's own words", "@title conflict");
    if (field == "goal"_L1)
        return ConflictsModel::tr("The goal", "@title conflict");
    if (field == "contingency"_L1)
        return ConflictsModel::tr("What happens if the plan stops working", "@title conflict");
    if (field == "notes"_L1 || field == "details"_L1)
        return ConflictsModel::tr("The notes", "@title conflict");
    if (recordType == "plan_action"_L1)
        return ConflictsModel::tr("A step in the plan", "@title conflict");
    return ConflictsModel::tr("A text", "@title conflict");
}
} // namespace

void ConflictsModel::refresh()
{
    QList<ModelRow> rows;
    if (m_app) {
        const CaseData &data = m_app->session()->data();
        for (const ConflictRow &c : m_app->session()->conflicts()) {
            QString title = fieldLabel(c.recordType, c.field);
            for (const PlanSection &s : data.sections) {
                if (s.id == c.recordId) {
                    //: %1 a plan area, %2 which text in it, e.g. "Plan, Health: The goal"
                    title = tr("Plan, %1: %2", "@title conflict")
                                .arg(Labels::planArea(s.area), fieldLabel(c.recordType, c.field));
                }
                if (s.id == c.recordId && m_app->role() != Role::YoungPerson) {
                    if (const YoungPerson *yp = data.youngPerson(s.youngPersonId))
                        //: A conflict on a staff member's device: %1 the young person's name, %2 what
                        title = tr("%1: %2", "@title conflict").arg(yp->displayName, title);
                }
            }
            const QString mine = c.localValue.toString();
            const QString theirs = c.remoteValue.toString();
            rows.append({QString::number(c.id),
                         {{u"heading"_s, title},
                          {u"mine"_s, mine},
                          {u"theirs"_s, theirs},
                          //: Screen reader: %1 what, %2 this device's text, %3 the other text
                          {u"accessibleName"_s,
                           tr("%1. On this device: %2. From the server: %3", "@info").arg(title, mine, theirs)}}});
        }
    }
    setRows(rows);
}

bool ConflictsModel::resolve(const QString &conflictKey, bool keepLocal)
{
    if (!m_app)
        return false;
    return m_app->session()->resolveConflict(conflictKey.toLongLong(), keepLocal) == StoreSession::Error::None;
}

bool ConflictsModel::keepMine(const QString &conflictKey)
{
    return resolve(conflictKey, true);
}

bool ConflictsModel::keepTheirs(const QString &conflictKey)
{
    return resolve(conflictKey, false);
}

} // namespace Pathway
