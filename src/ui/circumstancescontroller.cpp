// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "circumstancescontroller.h"

#include "circumstancelabels.h"
#include "labels.h"

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

QVariantList optionsOf(const QStringList &codes, QString (*label)(const QString &))
{
    QVariantList out;
    for (const QString &code : codes)
        out.append(QVariantMap {{u"code"_s, code}, {u"label"_s, label(code)}});
    return out;
}

bool neverSuitable(const QString &letter)
{
    return letter == "S"_L1 || letter == "X"_L1;
}

} // namespace

CircumstancesController::CircumstancesController(QObject *parent)
    : RecordEditor(parent)
{
    connect(this, &RecordEditor::storeChanged, this, &CircumstancesController::statusChanged);
    connect(this, &RecordEditor::appChanged, this, &CircumstancesController::statusChanged);
    connect(this, &RecordEditor::youngPersonIdChanged, this, &CircumstancesController::statusChanged);
}

template<typename T> QList<T> CircumstancesController::mine(const QList<T> &all) const
{
    return CaseData::ownedBy(all, youngPersonId());
}

template<typename T> T CircumstancesController::newRecord() const
{
    T r;
    r.id = newId();
    r.youngPersonId = youngPersonId();
    r.recordedBy = userId();
    return r;
}

void CircumstancesController::load()
{
    const QString todayText = todayIso();
    const auto activity = session() ? activityOn(mine(session()->data().activities), this->today()) : std::nullopt;
    m_activityCode = activity ? activity->code : u"F2"_s;
    m_activityFrom = todayText;
    const auto home = session() ? accommodationOn(mine(session()->data().accommodations), this->today()) : std::nullopt;
    m_accommodationType = home ? home->type : u"U"_s;
    m_suitable = home ? home->suitable : true;
    m_accommodationFrom = todayText;
    m_inTouchCode = u"REFU"_s;
    m_inTouchOn = todayText;
    const YoungPerson *yp = session() ? session()->data().youngPerson(youngPersonId()) : nullptr;
    m_gender = yp ? yp->gender : QString();
    m_ethnicity = yp ? yp->ethnicity : QString();
    m_disability = yp && yp->disability ? (*yp->disability ? u"yes"_s : u"no"_s) : QString();
    Q_EMIT formChanged();
}

QString CircumstancesController::activityText() const
{
    const auto a = session() ? activityOn(mine(session()->data().activities), today()) : std::nullopt;
    if (!a)
        return tr("No activity recorded yet.", "@info");
    //: %1 an activity ("Other education, full time"), %2 a date
    return tr("%1, since %2.", "@info activity").arg(CircumstanceLabels::activity(a->code), Labels::date(a->from));
}

QString CircumstancesController::accommodationText() const
{
    const auto h = session() ? accommodationOn(mine(session()->data().accommodations), today()) : std::nullopt;
    if (!h)
        return tr("No accommodation recorded yet.", "@info");
    const QString what = CircumstanceLabels::accommodation(h->type);
    //: %1 accommodation ("Independent living"), %2 a date
    return h->suitable ? tr("%1, suitable, since %2.", "@info accommodation").arg(what, Labels::date(h->from))
                       //: %1 accommodation ("Bed and breakfast"), %2 a date
                       : tr("%1, not suitable, since %2.", "@info accommodation").arg(what, Labels::date(h->from));
}

QString CircumstancesController::inTouchText() const
{
    std::optional<InTouchRecord> latest;
    if (session()) {
        for (const InTouchRecord &r : mine(session()->data().inTouch)) {
            if (!r.deleted && (!latest || r.on > latest->on))
                latest = r;
        }
    }
    if (!latest)
        return tr("Worked out from contacts around each birthday; nothing else recorded.", "@info");
    //: %1 an in-touch status ("Refuses contact"), %2 a date
    return tr("%1, recorded from %2.", "@info in touch")
        .arg(CircumstanceLabels::inTouch(latest->status), Labels::date(latest->on));
}

QString CircumstancesController::identityText() const
{
    const YoungPerson *yp = session() ? session()->data().youngPerson(youngPersonId()) : nullptr;
    if (!yp)
        return {};
    const QString disability = !yp->disability ? tr("disability not recorded", "@info")
        : *yp->disability                      ? tr("has a disability", "@info")
                                               : tr("no disability", "@info");
    //: %1 gender, %2 ethnicity, %3 disability ("no disability")
    return tr("Gender: %1. Ethnicity: %2. %3.", "@info")
        .arg(CircumstanceLabels::gender(yp->gender), CircumstanceLabels::ethnicity(yp->ethnicity), disability);
}

QVariantList CircumstancesController::activityOptions() const
{
    return optionsOf(activityCodes(), &CircumstanceLabels::activity);
}

QVariantList CircumstancesController::accommodationOptions() const
{
    return optionsOf(accommodationTypeCodes(), &CircumstanceLabels::accommodation);
}

QVariantList CircumstancesController::inTouchOptions() const
{
    return optionsOf(recordedInTouchCodes(), &CircumstanceLabels::inTouch);
}

QVariantList CircumstancesController::genderOptions() const
{
    return optionsOf(genderCodes(), &CircumstanceLabels::gender);
}

QVariantList CircumstancesController::ethnicityOptions() const
{
    return optionsOf(ethnicityCodes(), &CircumstanceLabels::ethnicity);
}

QVariantList CircumstancesController::disabilityOptions() const
{
    return {QVariantMap {{u"code"_s, u"yes"_s}, {u"label"_s, tr("Has a disability", "@option")}},
            QVariantMap {{u"code"_s, u"no"_s}, {u"label"_s, tr("No disability", "@option")}},
            QVariantMap {{u"code"_s, QString()}, {u"label"_s, tr("Not recorded", "@option")}}};
}

void CircumstancesController::setActivityCode(const QString &code)
{
    if (code == m_activityCode || !activityCodes().contains(code))
        return;
    m_activityCode = code;
    Q_EMIT formChanged();
}

void CircumstancesController::setActivityFrom(const QString &iso)
{
    if (iso == m_activityFrom)
        return;
    m_activityFrom = iso;
    Q_EMIT formChanged();
}

void CircumstancesController::setAccommodationType(const QString &letter)
{
    if (letter == m_accommodationType || !accommodationTypeCodes().contains(letter))
        return;
    m_accommodationType = letter;
    if (neverSuitable(letter))
        m_suitable = false;
    Q_EMIT formChanged();
}

void CircumstancesController::setAccommodationSuitable(bool suitable)
{
    if (suitable == m_suitable || (suitable && neverSuitable(m_accommodationType)))
        return;
    m_suitable = suitable;
    Q_EMIT formChanged();
}

bool CircumstancesController::suitabilityChoosable() const
{
    return !neverSuitable(m_accommodationType);
}

void CircumstancesController::setAccommodationFrom(const QString &iso)
{
    if (iso == m_accommodationFrom)
        return;
    m_accommodationFrom = iso;
    Q_EMIT formChanged();
}

void CircumstancesController::setInTouchCode(const QString &code)
{
    if (code == m_inTouchCode || !recordedInTouchCodes().contains(code))
        return;
    m_inTouchCode = code;
    Q_EMIT formChanged();
}

void CircumstancesController::setInTouchOn(const QString &iso)
{
    if (iso == m_inTouchOn)
        return;
    m_inTouchOn = iso;
    Q_EMIT formChanged();
}

void CircumstancesController::setGender(const QString &code)
{
    if (code == m_gender || (!code.isEmpty() && !genderCodes().contains(code)))
        return;
    m_gender = code;
    Q_EMIT formChanged();
}

void CircumstancesController::setEthnicity(const QString &code)
{
    if (code == m_ethnicity || (!code.isEmpty() && !ethnicityCodes().contains(code)))
        return;
    m_ethnicity = code;
    Q_EMIT formChanged();
}

void CircumstancesController::setDisability(const QString &code)
{
    if (code == m_disability || (!code.isEmpty() && code != "yes"_L1 && code != "no"_L1))
        return;
    m_disability = code;
    Q_EMIT formChanged();
}

bool CircumstancesController::canEdit() const
{
    if (!session() || !session()->isOpen() || youngPersonId().isEmpty())
        return false;
    auto a = newRecord<ActivityPeriod>();
    a.from = today();
    a.code = m_activityCode;
    return session()->allows(a);
}

bool CircumstancesController::saveActivity()
{
    if (!canEdit())
        return false;
    auto a = newRecord<ActivityPeriod>();
    a.from = dateFromIso(m_activityFrom);
    a.code = m_activityCode;
    if (!a.from.isValid()) {
        setProblem(tr("Choose the day it started.", "@info"));
        return false;
    }
    return saveRecord(a, tr("The activity is recorded.", "@info"));
}

bool CircumstancesController::saveAccommodation()
{
    if (!canEdit())
        return false;
    auto h = newRecord<AccommodationPeriod>();
    h.from = dateFromIso(m_accommodationFrom);
    h.type = m_accommodationType;
    h.suitable = m_suitable;
    if (!h.from.isValid()) {
        setProblem(tr("Choose the day they moved in.", "@info"));
        return false;
    }
    return saveRecord(h, tr("The accommodation is recorded.", "@info"));
}

bool CircumstancesController::saveInTouch()
{
    if (!canEdit())
        return false;
    auto t = newRecord<InTouchRecord>();
    t.on = dateFromIso(m_inTouchOn);
    t.status = m_inTouchCode;
    if (!t.on.isValid()) {
        setProblem(tr("Choose the day it applies from.", "@info"));
        return false;
    }
    return saveRecord(t, tr("The in-touch status is recorded.", "@info"));
}

bool CircumstancesController::saveIdentity()
{
    const YoungPerson *current = session() ? session()->data().youngPerson(youngPersonId()) : nullptr;
    if (!current)
        return false;
    YoungPerson yp = *current;
    yp.gender = m_gender;
    yp.ethnicity = m_ethnicity;
    yp.disability = m_disability.isEmpty() ? std::nullopt : std::optional(m_disability == "yes"_L1);
    if (!session()->allows(yp)) {
        setProblem(tr("You cannot change this record.", "@info"));
        return false;
    }
    return saveRecord(yp, tr("Gender, ethnicity and disability are saved.", "@info"));
}

} // namespace Pathway
