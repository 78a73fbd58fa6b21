// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "readaloudcontroller.h"

#include "appcontroller.h"
#include "qtspeaker.h"
#include "youngpersoncontroller.h"

using namespace Qt::StringLiterals;

namespace Pathway {

ReadAloudController::ReadAloudController(QObject *parent)
    : QObject(parent)
{
}

ReadAloudController::~ReadAloudController()
{
    // The page goes (another page opened): its reading stops with it.
    if (m_speaker && m_speaker->isSpeaking())
        m_speaker->stop();
}

void ReadAloudController::setPerson(YoungPersonController *person)
{
    if (person == m_person)
        return;
    m_person = person;
    Q_EMIT personChanged();
}

void ReadAloudController::setSpeaker(Speaker *speaker)
{
    if (m_speaker && m_ownSpeaker)
        m_speaker->deleteLater();
    m_speaker = speaker;
    m_ownSpeaker = false;
    if (m_speaker)
        connect(m_speaker, &Speaker::speakingChanged, this, &ReadAloudController::speakingChanged);
    Q_EMIT personChanged();
}

Speaker *ReadAloudController::speaker()
{
    if (!m_speaker) {
        m_speaker = new QtSpeaker(this);
        m_ownSpeaker = true;
        connect(m_speaker, &Speaker::speakingChanged, this, &ReadAloudController::speakingChanged);
    }
    return m_speaker;
}

bool ReadAloudController::isSpeaking() const
{
    return m_speaker && m_speaker->isSpeaking();
}

bool ReadAloudController::isAvailable() const
{
    return const_cast<ReadAloudController *>(this)->speaker()->isAvailable();
}

bool ReadAloudController::isFirst() const
{
    if (!m_person || !m_person->app())
        return false;
    const YoungPerson *yp = m_person->app()->session()->data().youngPerson(m_person->youngPersonId());
    return yp && yp->accessibilityNeeds.contains(u"screen_reader"_s);
}

QString ReadAloudController::planText(const QString &areaCode) const
{
    QStringList parts;
    const PlanModel *plan = m_person->plan();
    for (int i = 0; i < plan->rowCount(); ++i) {
        if (!areaCode.isEmpty() && plan->valueAt(i, u"key"_s).toString() != areaCode)
            continue;
        parts << plan->valueAt(i, u"heading"_s).toString() << plan->valueAt(i, u"lead"_s).toString()
              << plan->valueAt(i, u"more"_s).toString() << plan->valueAt(i, u"ownWords"_s).toString();
        for (const QVariant &step : plan->valueAt(i, u"actions"_s).toList()) {
            const QVariantMap s = step.toMap();
            //: Read aloud: a plan step, %1 what, %2 who and when, %3 its status
            parts << tr("%1. %2. %3.", "@info read aloud")
                         .arg(s.value(u"what"_s).toString(), s.value(u"whoWhen"_s).toString(),
                              s.value(u"statusText"_s).toString());
        }
    }
    parts.removeAll(QString());
    return parts.join(u"\n"_s);
}

QString ReadAloudController::textFor(const QString &what, const QString &areaCode) const
{
    if (!m_person)
        return {};
    if (what == "plan"_L1 || what == "area"_L1)
        return planText(what == "area"_L1 ? areaCode : QString());
    const RowListModel *model = nullptr;
    QStringList roles;
    if (what == "offer"_L1) {
        model = m_person->offer();
        roles = {u"heading"_s, u"description"_s, u"amountText"_s, u"statusText"_s};
    } else if (what == "documents"_L1) {
        model = m_person->documents();
        roles = {u"heading"_s, u"statusText"_s, u"detailText"_s};
    } else if (what == "health"_L1) {
        model = m_person->health();
        roles = {u"heading"_s, u"kindText"_s, u"dateText"_s, u"details"_s};
    }
    if (!model)
        return {};
    QStringList parts;
    for (int i = 0; i < model->rowCount(); ++i) {
        for (const QString &role : roles)
            parts << model->valueAt(i, role).toString();
    }
    parts.removeAll(QString());
    return parts.join(u"\n"_s);
}

void ReadAloudController::toggle(const QString &what, const QString &areaCode)
{
    if (isSpeaking()) {
        stop();
        return;
    }
    const QString text = textFor(what, areaCode);
    if (!text.isEmpty())
        speaker()->say(text, QLocale());
}

void ReadAloudController::stop()
{
    if (m_speaker)
        m_speaker->stop();
}

} // namespace Pathway
