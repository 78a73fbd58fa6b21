// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "copydocument.h"

#include "labels.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

/**
 * Text someone wrote (a goal, a name, a note) set apart from the sentence around it (Unicode
 * first-strong isolates), so English written into an Arabic document keeps its own direction
 * and its full stop stays at its end.
 */
QString own(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString heading(int level, const QString &text)
{
    return u"<h%1>%2</h%1>"_s.arg(level).arg(esc(text));
}

QString paragraph(const QString &text)
{
    return u"<p>"_s + esc(text) + u"</p>"_s;
}

/** A labelled line: "Label: value" with the label in bold (both already in the document's language). */
QString field(const QString &label, const QString &value)
{
    return u"<p><b>"_s + esc(label) + u"</b> "_s + esc(own(value)) + u"</p>"_s;
}

QString personName(const CaseData &data, const QString &id)
{
    if (const StaffMember *s = data.staffMember(id))
        return s->displayName;
    return id;
}

} // namespace

QString CopyDocument::title(Kind kind)
{
    return kind == Kind::Plan ? tr("My pathway plan", "@title document to keep")
                              : tr("My health history", "@title document to keep");
}

QString CopyDocument::html(Kind kind, const CaseData &data, const QString &youngPersonId, const QDate &today)
{
    const YoungPerson *yp = data.youngPerson(youngPersonId);
    if (!yp)
        return {};
    QString out = heading(1, title(kind));
    //: On a document to keep: %1 the young person's name, %2 the day it was made
    out += paragraph(tr("%1. Made on %2.", "@info document to keep").arg(own(yp->displayName), Labels::date(today)));
    out += kind == Kind::Plan ? planHtml(data, youngPersonId, today) : healthHtml(data, youngPersonId);
    return out;
}

QString CopyDocument::planHtml(const CaseData &data, const QString &youngPersonId, const QDate &today)
{
    QString out;
    if (const QString pa = data.currentPaId(youngPersonId, today); !pa.isEmpty())
        out += field(tr("My personal adviser (PA):", "@label document to keep"), personName(data, pa));
    if (const auto review = data.latestReview(youngPersonId)) {
        out += field(tr("Last reviewed:", "@label document to keep"), Labels::date(review->heldOn));
        out += field(tr("Next review:", "@label document to keep"), Labels::date(review->nextReviewDue));
    }
    for (PlanArea area : allPlanAreas()) {
        out += heading(2, Labels::planArea(area));
        bool any = false;
        for (const PlanSection &s : data.sections) {
            if (s.youngPersonId != youngPersonId || s.area != area || s.deleted)
                continue;
            any = true;
            if (!s.goal.isEmpty())
                out += field(tr("What we are aiming for:", "@label document to keep"), s.goal);
            if (!s.ownWords.isEmpty())
                out += field(tr("In my own words:", "@label document to keep"), s.ownWords);
            if (!s.contingency.isEmpty())
                out += field(tr("If the plan stops working:", "@label document to keep"), s.contingency);
        }
        QString steps;
        for (const PlanAction &a : data.actions) {
            if (a.youngPersonId != youngPersonId || a.area != area || a.deleted || a.status == ActionStatus::Dropped)
                continue;
            //: One step of a plan on a document to keep: %1 what, %2 who does it, %3 by when, %4 its status
            steps += u"<li>"_s
                + esc(tr("%1. Who: %2. By: %3. %4.", "@info document to keep")
                          .arg(own(a.what),
                               a.who.isEmpty() ? tr("not agreed yet", "@info who") : own(personName(data, a.who)),
                               a.byWhen ? Labels::date(a.byWhen) : tr("no date yet", "@info by when"),
                               Labels::actionStatus(a.status)))
                + u"</li>"_s;
            any = true;
        }
        if (!steps.isEmpty())
            out += heading(3, tr("Steps", "@title document to keep")) + u"<ul>"_s + steps + u"</ul>"_s;
        if (!any)
            out += paragraph(tr("Nothing written yet. Talk to your PA about it.", "@info document to keep"));
    }
    return out;
}

QString CopyDocument::healthHtml(const CaseData &data, const QString &youngPersonId)
{
    QList<const HealthEntry *> entries;
    for (const HealthEntry &h : data.health) {
        if (h.youngPersonId == youngPersonId && !h.deleted)
            entries.append(&h);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const HealthEntry *a, const HealthEntry *b) {
        return a->date.value_or(QDate()) > b->date.value_or(QDate());
    });
    auto section = [&](HealthKind kind, bool sayIfNone) -> QString {
        QString s;
        for (const HealthEntry *h : std::as_const(entries)) {
            if (h->kind != kind)
                continue;
            s += u"<p><b>"_s + esc(own(h->title)) + u"</b>"_s;
            if (h->date)
                s += u" ("_s + esc(Labels::date(h->date)) + u")"_s;
            if (!h->details.isEmpty())
                s += u"<br>"_s + esc(own(h->details));
            s += u"</p>"_s;
        }
        if (s.isEmpty() && !sayIfNone)
            return QString();
        return heading(3, Labels::healthKind(kind))
            + (s.isEmpty() ? paragraph(tr("Not written down yet. Ask your PA.", "@info document to keep")) : s);
    };

    QString out = heading(2, tr("My GP, dentist and optician", "@title document to keep"));
    out += section(HealthKind::GpContact, true);
    out += section(HealthKind::DentistContact, true);
    out += section(HealthKind::OpticianContact, true);

    out += heading(2, tr("How to use the NHS", "@title document to keep"));
    out += u"<ul><li>"_s
        + esc(tr("In an emergency, when a life is at risk, call 999 or go to A&E.", "@info NHS guidance"))
        + u"</li><li>"_s
        + esc(tr("When you need help fast but it is not an emergency, call 111 or go to 111.nhs.uk. It is "
                 "free, day and night.",
                 "@info NHS guidance"))
        + u"</li><li>"_s
        + esc(tr("For most health problems, book with your GP practice. Tell them when you move home.",
                 "@info NHS guidance"))
        + u"</li><li>"_s
        + esc(tr("A pharmacist can help with minor illnesses without an appointment.", "@info NHS guidance"))
        + u"</li><li>"_s
        + esc(tr("Register with a dentist and an optician near where you live, and go for check-ups.",
                 "@info NHS guidance"))
        + u"</li></ul>"_s;
    out += section(HealthKind::NhsGuidance, false);

    QString history;
    for (HealthKind kind : {HealthKind::BirthDetails, HealthKind::FamilyHistory, HealthKind::Development,
                            HealthKind::Immunisation, HealthKind::Allergy, HealthKind::Medicine, HealthKind::Illness,
                            HealthKind::HospitalVisit, HealthKind::DentalCheck, HealthKind::OpticalCheck,
                            HealthKind::MentalHealth, HealthKind::Appointment, HealthKind::Note})
        history += section(kind, false);
    out += heading(2, tr("My health history", "@title document to keep"));
    out += history.isEmpty() ? paragraph(tr("Nothing written down yet. Ask your PA.", "@info document to keep"))
                             : history;
    if (const auto handover = data.handoverOf(youngPersonId); handover && handover->handedOverOn) {
        //: On a document to keep: %1 the day the health history was handed over
        out += paragraph(tr("My health history was handed over to me on %1.", "@info document to keep")
                             .arg(Labels::date(handover->handedOverOn)));
    }
    return out;
}

bool CopyDocument::writePdf(const QString &html,
                            const QString &title,
                            const QString &path,
                            Qt::LayoutDirection direction)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QPdfWriter writer(&file);
    writer.setTitle(title);
    writer.setCreator(u"Pathway"_s);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                     QPageLayout::Millimeter));
    QTextDocument doc;
    // Lay the text out with the writer's own metrics, so point sizes are points on the page.
    doc.documentLayout()->setPaintDevice(&writer);
    QTextOption option = doc.defaultTextOption();
    option.setTextDirection(direction);
    option.setAlignment(direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    doc.setDefaultTextOption(option);
    doc.setDefaultStyleSheet(u"body { font-size: 11pt; } h1 { font-size: 20pt; } h2 { font-size: 15pt; "
                             "margin-top: 14px; } h3 { font-size: 12pt; }"_s);
    doc.setHtml(u"<html><body>"_s + html + u"</body></html>"_s);
    // Every paragraph, heading and list item runs in the document's direction, from its start edge.
    QTextCursor cursor(&doc);
    cursor.select(QTextCursor::Document);
    QTextBlockFormat block;
    block.setLayoutDirection(direction);
    block.setAlignment(Qt::AlignLeading);
    cursor.mergeBlockFormat(block);
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
    file.close();
    return file.error() == QFileDevice::NoError && file.size() > 0;
}

} // namespace Pathway
