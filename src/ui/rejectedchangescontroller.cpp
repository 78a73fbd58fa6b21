// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "rejectedchangescontroller.h"

#include "appcontroller.h"
#include "protocol/protocol.h"
#include "sessionbinding.h"
#include "sync/syncengine.h"
#include "synccontroller.h"

using namespace Qt::StringLiterals;

namespace Pathway {

RejectedChangesController::RejectedChangesController(QObject *parent)
    : QObject(parent)
    , m_model(new RowListModel({u"what"_s, u"reason"_s, u"advice"_s, u"accessibleName"_s}, this))
{
}

void RejectedChangesController::setApp(AppController *app)
{
    const QPointer<AppController> before = m_app;
    if (!rebindApp(this, m_app, app, &RejectedChangesController::refresh))
        return;
    if (before)
        disconnect(before->session(), &StoreSession::pendingChangesChanged, this, nullptr);
    if (m_app)
        connect(m_app->session(), &StoreSession::pendingChangesChanged, this, &RejectedChangesController::refresh);
    Q_EMIT appChanged();
    refresh();
}

void RejectedChangesController::refresh()
{
    const int before = m_model->rowCount();
    QList<ModelRow> rows;
    if (m_app && m_app->session()->isOpen()) {
        const bool staff = m_app->role() != Role::YoungPerson;
        for (const OutboxChange &c : m_app->session()->rejectedChanges()) {
            const QString title = recordText(c.recordType);
            const QString reason = reasonText(c.lastError, staff);
            rows.append({c.changeId,
                         {{u"what"_s, title},
                          {u"reason"_s, reason},
                          {u"advice"_s, adviceText(c.lastError, staff)},
                          //: Screen reader: a change the server refused; %1 what, %2 why
                          {u"accessibleName"_s, tr("Not accepted: %1. %2", "@info").arg(title, reason)}}});
        }
    }
    m_model->setRows(rows);
    if (m_model->rowCount() != before)
        Q_EMIT countChanged();
}

bool RejectedChangesController::undo(const QString &changeId)
{
    bool resync = false;
    if (!m_app || m_app->session()->undoRejected(changeId, &resync) != StoreSession::Error::None) {
        setMessage(tr("That could not be changed on this device.", "@info"));
        return false;
    }
    if (resync && m_app->syncController() && m_app->syncController()->engine())
        m_app->syncController()->engine()->syncNow();
    setMessage(resync ? tr("Your change is undone. The saved version comes back when the app syncs.", "@info")
                      : tr("Your change is undone.", "@info"));
    refresh();
    return true;
}

QString RejectedChangesController::reasonText(const QString &reasonCode, bool staff)
{
    if (reasonCode == "forbidden"_L1)
        return staff ? tr("You cannot change this record now: they may have moved to another PA, or your role does "
                          "not allow it.",
                          "@info rejected change")
                     : tr("Only your PA can make this change.", "@info rejected change");
    if (reasonCode == "append_only"_L1)
        return tr("A saved contact cannot be changed.", "@info rejected change");
    if (reasonCode == "clock_skew"_L1)
        return tr("The clock on this device is wrong.", "@info rejected change");
    if (reasonCode.startsWith("invalid_field:"_L1)) {
        const QStringList parts = Sync::refusalParts(reasonCode);
        if (parts.at(1) == "overlap"_L1)
            return tr("Someone else has already given them a PA for these dates.", "@info rejected change");
        if (parts.at(1) == "not_a_pa"_L1)
            return tr("The person chosen is not a PA of this service.", "@info rejected change");
        //: %1 is the name of the detail the server refused, as the app stores it (e.g. "notes", "from")
        return tr("The service could not accept one detail of this change (%1).", "@info rejected change")
            .arg(parts.at(2));
    }
    if (reasonCode == "invalid"_L1 || reasonCode.startsWith("invalid"_L1))
        return tr("Something in this change is missing or not right.", "@info rejected change");
    if (reasonCode == "owner_mismatch"_L1 || reasonCode == "unknown_owner"_L1)
        return tr("This record belongs to someone this device cannot change.", "@info rejected change");
    if (reasonCode == "device_revoked"_L1)
        return tr("This device was signed out by the service.", "@info rejected change");
    return tr("The server did not accept it.", "@info rejected change");
}

QString RejectedChangesController::adviceText(const QString &reasonCode, bool staff)
{
    if (reasonCode == "forbidden"_L1)
        return staff ? tr("Undo it here, and ask your manager who can make it.", "@info rejected change")
                     : tr("Undo it here, and tell your PA on the Talk page what you wanted.", "@info rejected change");
    if (reasonCode == "append_only"_L1)
        return tr("Undo it here. To correct a contact, mark it entered in error and log it again.",
                  "@info rejected change");
    if (reasonCode == "clock_skew"_L1)
        return tr("Set the right date and time in the device settings, then undo it here and make it again.",
                  "@info rejected change");
    if (reasonCode.startsWith("invalid_field:"_L1)) {
        const QString detail = Sync::refusalParts(reasonCode).at(1);
        if (detail == "overlap"_L1 || detail == "not_a_pa"_L1)
            return tr("Undo it here. Once the app has synced, check who their PA is now, and allocate again if it "
                      "is still needed.",
                      "@info rejected change");
        return staff ? tr("Undo it here and make the change again. If it is refused again, update the app, or tell "
                          "your manager.",
                          "@info rejected change")
                     : tr("Undo it here and make the change again. If it is refused again, update the app, or "
                          "tell your PA on the Talk page.",
                          "@info rejected change");
    }
    return staff ? tr("Undo it here and make the change again, or ask your manager.", "@info rejected change")
                 : tr("Undo it here and try again, or ask your PA.", "@info rejected change");
}

QString RejectedChangesController::recordText(const QString &recordType)
{
    if (recordType == "plan_section"_L1)
        return tr("Words in the plan", "@info rejected change");
    if (recordType == "plan_action"_L1)
        return tr("A step in the plan", "@info rejected change");
    if (recordType == "plan_review"_L1)
        return tr("A plan review", "@info rejected change");
    if (recordType == "health_entry"_L1 || recordType == "health_handover"_L1)
        return tr("The health history", "@info rejected change");
    if (recordType == "document"_L1)
        return tr("A document", "@info rejected change");
    if (recordType == "entitlement"_L1 || recordType == "offer_item"_L1)
        return tr("Something from the local offer", "@info rejected change");
    if (recordType == "contact_log"_L1 || recordType == "contact_amendment"_L1)
        return tr("A contact", "@info rejected change");
    if (recordType == "contact_request"_L1)
        return tr("A request to talk", "@info rejected change");
    if (recordType == "chronology_event"_L1)
        return tr("An event in the history", "@info rejected change");
    if (recordType == "allocation"_L1)
        return tr("A PA allocation", "@info rejected change");
    return tr("A change", "@info rejected change");
}

void RejectedChangesController::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace Pathway
