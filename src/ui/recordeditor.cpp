// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "recordeditor.h"

#include "appcontroller.h"

using namespace Qt::StringLiterals;

namespace Pathway {

RecordEditor::RecordEditor(QObject *parent)
    : QObject(parent)
{
    connect(this, &RecordEditor::appChanged, this, &RecordEditor::accessChanged);
    connect(this, &RecordEditor::youngPersonIdChanged, this, &RecordEditor::accessChanged);
    connect(this, &RecordEditor::storeChanged, this, &RecordEditor::accessChanged);
}

void RecordEditor::setApp(AppController *app)
{
    if (app == m_app)
        return;
    if (m_app)
        disconnect(m_app->session(), nullptr, this, nullptr);
    m_app = app;
    if (m_app) {
        connect(m_app->session(), &StoreSession::recordsChanged, this, [this] {
            updateState();
            Q_EMIT storeChanged();
        });
        connect(m_app->session(), &StoreSession::pendingChangesChanged, this, &RecordEditor::updateState);
    }
    Q_EMIT appChanged();
    load();
}

QString RecordEditor::youngPersonId() const
{
    if (!m_youngPersonId.isEmpty() || !m_app)
        return m_youngPersonId;
    return m_app->role() == Role::YoungPerson ? m_app->userId() : QString();
}

void RecordEditor::setYoungPersonId(const QString &id)
{
    if (id == m_youngPersonId)
        return;
    m_youngPersonId = id;
    Q_EMIT youngPersonIdChanged();
    load();
}

QString RecordEditor::youngPersonName() const
{
    if (!m_app)
        return {};
    const YoungPerson *yp = m_app->session()->data().youngPerson(youngPersonId());
    return yp ? yp->displayName : QString();
}

bool RecordEditor::isStaff() const
{
    return m_app && (m_app->role() == Role::PersonalAdviser || m_app->role() == Role::Manager);
}

StoreSession *RecordEditor::session() const
{
    return m_app ? m_app->session() : nullptr;
}

QDate RecordEditor::today() const
{
    return m_app ? m_app->session()->clock().today() : QDate();
}

QString RecordEditor::todayIso() const
{
    return isoFromDate(today());
}

QString RecordEditor::userId() const
{
    return m_app ? m_app->userId() : QString();
}

QDate RecordEditor::dateFromIso(const QString &iso)
{
    return iso.size() == 10 ? QDate::fromString(iso, Qt::ISODate) : QDate();
}

QString RecordEditor::isoFromDate(const std::optional<QDate> &date)
{
    return date && date->isValid() ? date->toString(Qt::ISODate) : QString();
}

void RecordEditor::setProblem(const QString &text)
{
    m_trackedType.clear();
    m_trackedId.clear();
    m_state = SaveState::None;
    m_message = text;
    Q_EMIT messageChanged();
}

void RecordEditor::follow(const QString &recordType, const QString &recordId, const QString &done)
{
    m_trackedType = recordType;
    m_trackedId = recordId;
    m_done = done;
    m_state = SaveState::OnDevice;
    updateState();
}

void RecordEditor::updateState()
{
    if (m_trackedId.isEmpty() || !session() || !session()->recordStore())
        return;
    const auto code = session()->recordStore()->syncState(m_trackedType, m_trackedId);
    SaveState state = SaveState::OnDevice;
    if (code == "synced"_L1)
        state = SaveState::Sent;
    else if (code == "rejected"_L1)
        state = SaveState::Refused;
    else if (code == "conflict"_L1)
        state = SaveState::Conflict;
    QString where;
    switch (state) {
    case SaveState::None:
    case SaveState::OnDevice:
        where = tr("Saved on this device. It goes to the server when there is a connection.", "@info");
        break;
    case SaveState::Sent:
        where = tr("Saved on this device and on the server.", "@info");
        break;
    case SaveState::Refused:
        where = tr("The server did not accept this change. Check it and save again, or ask your manager.", "@info");
        break;
    case SaveState::Conflict:
        where = tr("Someone else changed this at the same time. Open Conflicts to choose which to keep.", "@info");
        break;
    }
    //: %1 what was done ("The review is recorded."), %2 where it is saved
    const QString text = tr("%1 %2", "@info save result").arg(m_done, where);
    if (state == m_state && text == m_message)
        return;
    m_state = state;
    m_message = text;
    Q_EMIT messageChanged();
}

QString RecordEditor::invalidMessage(const ValidationErrors &errors)
{
    if (hasError(errors, u"date_in_future"_s))
        return tr("A date cannot be in the future. Choose an earlier date.", "@info");
    if (hasError(errors, u"too_long"_s))
        return tr("Some of that is too long. Shorten it and try again.", "@info");
    if (hasError(errors, u"invalid_combination"_s))
        return tr("Some of the dates do not fit together. Check them and try again.", "@info");
    return tr("Some of that is missing. Check and try again.", "@info");
}

QString RecordEditor::notAllowedMessage()
{
    return tr("You cannot make this change. Ask your PA or manager.", "@info");
}

QString RecordEditor::notSavedMessage()
{
    return tr("That could not be saved on this device. Try again.", "@info");
}

} // namespace Pathway
