// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "performancecontroller.h"
#include "sessionbinding.h"

#include <QLocale>
#include <QVariantList>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

QString figureLabel(PerformanceFigure f)
{
    switch (f) {
    case PerformanceFigure::RecentContact:
        return PerformanceController::tr("Contact in the last 8 weeks", "@title figure");
    case PerformanceFigure::PlanReviewed:
        return PerformanceController::tr("Plan reviewed in the last 6 months", "@title figure");
    case PerformanceFigure::HealthBy18:
        return PerformanceController::tr("Health history handed over by 18", "@title figure");
    case PerformanceFigure::IdAndBankBy18:
        return PerformanceController::tr("Photo ID and bank account by 18", "@title figure");
    case PerformanceFigure::Neet:
        //: NEET: not in education, employment or training
        return PerformanceController::tr("Not in education, work or training (NEET)", "@title figure");
    case PerformanceFigure::InTouch:
        return PerformanceController::tr("In touch around their latest birthday", "@title figure");
    case PerformanceFigure::Unallocated:
        return PerformanceController::tr("No PA allocated", "@title figure");
    case PerformanceFigure::Caseload:
        return PerformanceController::tr("Caseload", "@title figure");
    }
    return {};
}

/** Who a figure is taken over, in words. */
QString figureGroup(PerformanceFigure f)
{
    switch (f) {
    case PerformanceFigure::RecentContact:
    case PerformanceFigure::PlanReviewed:
        return PerformanceController::tr("Of every care leaver.", "@info figure group");
    case PerformanceFigure::HealthBy18:
    case PerformanceFigure::IdAndBankBy18:
        return PerformanceController::tr("Of everyone aged 18 or over.", "@info figure group");
    case PerformanceFigure::Neet:
        return PerformanceController::tr("Of everyone whose activity is recorded.", "@info figure group");
    case PerformanceFigure::InTouch:
        //: The DfE's "in touch" check: a contact within a month of the 17th to 21st birthdays
        return PerformanceController::tr("Of everyone whose birthday check ended in the last year.",
                                         "@info figure group");
    case PerformanceFigure::Unallocated:
        return PerformanceController::tr("Care leavers with no PA.", "@info figure group");
    case PerformanceFigure::Caseload:
        return PerformanceController::tr("Care leavers with a PA.", "@info figure group");
    }
    return {};
}

/** Whether being counted by a figure is a problem to look at (NEET, no PA) rather than good. */
bool countedIsProblem(PerformanceFigure f)
{
    return f == PerformanceFigure::Neet || f == PerformanceFigure::Unallocated;
}

/** The chart value of a figure: a percentage, or a number of young people; nothing for an empty group. */
std::optional<double> chartValue(PerformanceFigure f, const FigureValue &v)
{
    if (!isShareFigure(f))
        return double(v.counted.size());
    if (const auto share = v.share())
        return std::round(*share * 1000.0) / 10.0;
    return std::nullopt;
}

} // namespace

PerformanceController::PerformanceController(QObject *parent)
    : QObject(parent)
    , m_scopes(new RowListModel({u"name"_s, u"accessibleName"_s}, this))
    , m_figures(new RowListModel({u"label"_s, u"group"_s, u"valueText"_s, u"isShare"_s, u"axisMax"_s, u"ticks"_s,
                                  u"points"_s, u"months"_s, u"accessibleName"_s},
                                 this))
    , m_people(new RowListModel({u"name"_s, u"countedText"_s, u"problem"_s, u"accessibleName"_s}, this))
{
}

void PerformanceController::setApp(AppController *app)
{
    if (!rebindApp(this, m_app, app, &PerformanceController::refresh))
        return;
    Q_EMIT appChanged();
    refresh();
}

void PerformanceController::setScope(const QString &scope)
{
    const QString next = scope.isEmpty() ? QString::fromLatin1(TeamScope) : scope;
    if (next == m_scope)
        return;
    m_scope = next;
    Q_EMIT scopeChanged();
    refreshFigures();
}

FigureValue PerformanceController::value(PerformanceFigure figure, int month) const
{
    return m_points.value(month).value(figure);
}

void PerformanceController::refresh()
{
    if (!m_app)
        return;
    const CaseData &data = m_app->session()->data();
    const QDate today = m_app->session()->clock().today();
    const AlertSettings settings = m_app->alertSettings();

    QList<ModelRow> scopes {{QString::fromLatin1(TeamScope),
                             {{u"name"_s, tr("Whole team", "@item:inlistbox")},
                              {u"accessibleName"_s, tr("Whole team", "@item:inlistbox")}}}};
    for (const StaffMember &s : data.staff) {
        if (s.role == Role::PersonalAdviser && s.active)
            scopes.append({s.id, {{u"name"_s, s.displayName}, {u"accessibleName"_s, s.displayName}}});
    }
    m_scopes->setRows(scopes);
    if (m_scopes->indexOfKey(m_scope) < 0) {
        m_scope = QString::fromLatin1(TeamScope);
        Q_EMIT scopeChanged();
    }

    QList<CaseRecords> people;
    people.reserve(data.youngPeople.size());
    for (const YoungPerson &yp : data.youngPeople)
        people.append(data.caseRecords(yp.id));
    m_days = Performance::reportingDays(today);
    m_standings.clear();
    for (const QDate &day : std::as_const(m_days)) {
        QList<PersonStanding> standings;
        standings.reserve(people.size());
        for (const CaseRecords &r : std::as_const(people))
            standings.append(Performance::standingOn(r, day, settings.forYoungPerson(r.youngPerson.id)));
        m_standings.append(standings);
    }
    refreshFigures();
}

QString PerformanceController::valueText(PerformanceFigure figure, const FigureValue &v) const
{
    if (!isShareFigure(figure))
        return tr("%n young people", "@info figure value", int(v.counted.size()));
    const auto share = v.share();
    if (!share)
        return tr("Nobody in this group", "@info figure value");
    //: %1 a percentage (e.g. 75), %2 how many are counted, %3 out of how many
    return tr("%1% (%2 of %3)", "@info figure value")
        .arg(QLocale().toString(std::round(*share * 100.0), 'f', 0))
        .arg(QLocale().toString(v.counted.size()), QLocale().toString(v.outOf.size()));
}

void PerformanceController::refreshFigures()
{
    const QString paId = m_scope == QLatin1String(TeamScope) ? QString() : m_scope;
    m_points.clear();
    for (const QList<PersonStanding> &standings : std::as_const(m_standings))
        m_points.append(Performance::figures(standings, paId));

    QList<ModelRow> rows;
    const int last = int(m_days.size()) - 1;
    for (PerformanceFigure f : allPerformanceFigures()) {
        if (last < 0 || !m_points.constLast().contains(f))
            continue;
        const QString label = figureLabel(f);
        QVariantList points;
        QVariantList months;
        double maxValue = isShareFigure(f) ? 100.0 : 1.0;
        for (int i = 0; i <= last; ++i) {
            const FigureValue v = m_points.at(i).value(f);
            const auto y = chartValue(f, v);
            if (y) {
                points.append(QVariantMap {{u"x"_s, i}, {u"y"_s, *y}});
                maxValue = std::max(maxValue, *y);
            }
            const QString month = i == last
                //: The current month on the Performance page, counted up to today; %1 month and year
                ? tr("%1 (so far)", "@info month").arg(QLocale().toString(m_days.at(i), u"MMMM yyyy"_s))
                : QLocale().toString(m_days.at(i), u"MMMM yyyy"_s);
            const QString text = valueText(f, v);
            months.append(QVariantMap {
                {u"index"_s, i},
                {u"shortMonth"_s, QLocale().toString(m_days.at(i), u"MMM"_s)},
                //: One month of a figure: %1 the month, %2 the figure's value
                {u"text"_s, tr("%1: %2", "@info figure month").arg(month, text)},
            });
        }
        // The value axis: 0 to 100% in quarters, or to a whole number of young people in four equal steps.
        const int axisMax = isShareFigure(f) ? 100 : 4 * int(std::ceil(maxValue * 1.25 / 4.0));
        QVariantList ticks;
        for (int i = 0; i <= 4; ++i) {
            const int tick = axisMax * i / 4;
            //: A chart's percentage axis: %1 a number from 0 to 100
            const QString text = isShareFigure(f) ? tr("%1%", "@info chart axis").arg(QLocale().toString(tick))
                                                  : QLocale().toString(tick);
            ticks.append(QVariantMap {{u"value"_s, tick}, {u"label"_s, text}});
        }
        const QString current = valueText(f, m_points.constLast().value(f));
        rows.append({toCode(f),
                     {{u"label"_s, label},
                      {u"group"_s, figureGroup(f)},
                      {u"valueText"_s, current},
                      {u"isShare"_s, isShareFigure(f)},
                      {u"axisMax"_s, axisMax},
                      {u"ticks"_s, ticks},
                      {u"points"_s, points},
                      {u"months"_s, months},
                      //: Screen reader: %1 the figure, %2 this month's value, %3 who it is taken over
                      {u"accessibleName"_s, tr("%1: %2. %3", "@info").arg(label, current, figureGroup(f))}}});
    }
    m_figures->setRows(rows);
    refreshPeople();
}

void PerformanceController::select(const QString &figure, int month)
{
    if (!performanceFigureFromCode(figure) || month < 0 || month >= m_days.size())
        return;
    if (figure == m_selectedFigure && month == m_selectedMonth)
        return;
    m_selectedFigure = figure;
    m_selectedMonth = month;
    refreshPeople();
}

void PerformanceController::clearSelection()
{
    if (m_selectedFigure.isEmpty())
        return;
    m_selectedFigure.clear();
    m_selectedMonth = -1;
    refreshPeople();
}

QString PerformanceController::selectionText() const
{
    const auto figure = performanceFigureFromCode(m_selectedFigure);
    if (!figure || m_selectedMonth < 0 || m_selectedMonth >= m_points.size())
        return {};
    //: Who is behind a figure: %1 the figure, %2 month and year, %3 its value
    return tr("%1, %2: %3", "@title")
        .arg(figureLabel(*figure), QLocale().toString(m_days.at(m_selectedMonth), u"MMMM yyyy"_s),
             valueText(*figure, value(*figure, m_selectedMonth)));
}

void PerformanceController::refreshPeople()
{
    QList<ModelRow> rows;
    const auto figure = performanceFigureFromCode(m_selectedFigure);
    if (m_app && figure && m_selectedMonth >= 0 && m_selectedMonth < m_points.size()) {
        const CaseData &data = m_app->session()->data();
        const FigureValue v = value(*figure, m_selectedMonth);
        for (const QString &id : v.outOf) {
            const YoungPerson *yp = data.youngPerson(id);
            const bool counted = v.counted.contains(id);
            const QString name = yp ? yp->displayName : id;
            const QString countedText
                = counted ? tr("Counted", "@info figure person") : tr("Not counted", "@info figure person");
            rows.append({id,
                         {{u"name"_s, name},
                          {u"countedText"_s, countedText},
                          {u"problem"_s, counted == countedIsProblem(*figure)},
                          //: Screen reader: %1 young person, %2 counted or not
                          {u"accessibleName"_s, tr("%1, %2", "@info").arg(name, countedText)}}});
        }
        // Those to look at first, then by name.
        std::stable_sort(rows.begin(), rows.end(), [](const ModelRow &a, const ModelRow &b) {
            const bool pa = a.values.value(u"problem"_s).toBool();
            const bool pb = b.values.value(u"problem"_s).toBool();
            if (pa != pb)
                return pa;
            return a.values.value(u"name"_s).toString().localeAwareCompare(b.values.value(u"name"_s).toString()) < 0;
        });
    }
    m_people->setRows(rows);
    Q_EMIT selectionChanged();
}

} // namespace Pathway
