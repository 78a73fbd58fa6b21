// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "handovercontroller.h"

#include "appcontroller.h"
#include "labels.h"

using namespace Qt::StringLiterals;

namespace Pathway {

HandoverController::HandoverController(QObject *parent)
    : RecordEditor(parent)
{
    connect(this, &RecordEditor::storeChanged, this, &HandoverController::statusChanged);
    connect(this, &RecordEditor::appChanged, this, &HandoverController::statusChanged);
    connect(this, &RecordEditor::youngPersonIdChanged, this, &HandoverController::statusChanged);
}

std::optional<HealthHandover> HandoverController::current() const
{
    if (!session())
        return std::nullopt;
    return session()->data().handoverOf(youngPersonId());
}

void HandoverController::load()
{
    const auto h = current();
    m_handedOverOn = h && h->handedOverOn ? isoFromDate(h->handedOverOn) : todayIso();
    m_format = toCode(h && h->format ? *h->format : HandoverFormat::Paper);
    m_consent = h && h->consentToShare;
    m_hasCopy = !h || !h->handedOverOn || h->youngPersonHasCopy;
    m_notes = h ? h->notes : QString();
    Q_EMIT formChanged();
}

bool HandoverController::complete() const
{
    const auto h = current();
    return h && h->isComplete();
}

QString HandoverController::statusText() const
{
    const auto h = current();
    const bool youngPerson = app() && app()->role() == Role::YoungPerson;
    if (!h || !h->handedOverOn) {
        return youngPerson
            ? tr("Your health history has not been handed to you yet. Your PA will do this before you are "
                 "18.",
                 "@info")
            : tr("The health history has not been handed over yet.", "@info");
    }
    const QString when = Labels::date(h->handedOverOn);
    const QString how = h->format ? Labels::handoverFormat(*h->format) : QString();
    if (!h->youngPersonHasCopy)
        //: %1 a date
        return tr("Handed over on %1, but the young person does not have their copy yet.", "@info").arg(when);
    if (youngPerson)
        //: %1 a date, %2 the format ("Paper copy")
        return how.isEmpty() ? tr("Your health history was handed to you on %1.", "@info").arg(when)
                             : tr("Your health history was handed to you on %1 (%2).", "@info").arg(when, how);
    //: %1 a date, %2 the format ("Paper copy")
    return how.isEmpty() ? tr("Health history handed over on %1.", "@info").arg(when)
                         : tr("Health history handed over on %1 (%2).", "@info").arg(when, how);
}

void HandoverController::setHandedOverOn(const QString &iso)
{
    if (iso == m_handedOverOn)
        return;
    m_handedOverOn = iso;
    Q_EMIT formChanged();
}

void HandoverController::setFormatCode(const QString &code)
{
    if (code == m_format || !handoverFormatFromCode(code))
        return;
    m_format = code;
    Q_EMIT formChanged();
}

QVariantList HandoverController::formatOptions() const
{
    QVariantList out;
    for (HandoverFormat f : allHandoverFormats())
        out.append(QVariantMap {{u"code"_s, toCode(f)}, {u"label"_s, Labels::handoverFormat(f)}});
    return out;
}

void HandoverController::setConsentToShare(bool consent)
{
    if (consent == m_consent)
        return;
    m_consent = consent;
    Q_EMIT formChanged();
}

void HandoverController::setYoungPersonHasCopy(bool hasCopy)
{
    if (hasCopy == m_hasCopy)
        return;
    m_hasCopy = hasCopy;
    Q_EMIT formChanged();
}

void HandoverController::setNotes(const QString &notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    Q_EMIT formChanged();
}

HealthHandover HandoverController::fromForm() const
{
    HealthHandover h;
    if (const auto existing = current()) {
        h = *existing;
    } else {
        h.id = newId();
        h.youngPersonId = youngPersonId();
    }
    const QDate on = dateFromIso(m_handedOverOn);
    h.handedOverOn = on.isValid() ? std::optional(on) : std::nullopt;
    h.format = handoverFormatFromCode(m_format).value_or(HandoverFormat::Paper);
    h.consentToShare = m_consent;
    h.youngPersonHasCopy = m_hasCopy && on.isValid();
    h.handedOverBy = on.isValid() ? userId() : QString();
    h.notes = m_notes.trimmed();
    return h;
}

bool HandoverController::canEdit() const
{
    if (!session() || !session()->isOpen() || youngPersonId().isEmpty())
        return false;
    HealthHandover h = fromForm();
    h.handedOverOn = today();
    h.youngPersonHasCopy = !h.youngPersonHasCopy;
    h.handedOverBy = userId();
    return session()->allows(h);
}

bool HandoverController::save()
{
    if (!canEdit())
        return false;
    const HealthHandover h = fromForm();
    if (!h.handedOverOn) {
        setProblem(tr("Choose the day it was handed over.", "@info"));
        return false;
    }
    return saveRecord(h, tr("The health history handover is recorded.", "@info"));
}

} // namespace Pathway
