// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/copytokeepcontroller.h"
#include "ui/labels.h"
#include "ui/languages.h"
#include "uitestutil.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTranslator>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

namespace {

/** The text of a PDF as pdftotext reads it (poppler-utils), in NFKC so Arabic letters read as typed. */
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

/** Text with every run of white space made one space, for phrases a line break may split. */
QString flat(const QString &text)
{
    return text.simplified();
}

/**
 * How many of the first page's lines start at its left margin and how many end at its right
 * margin, out of how many lines, from pdftotext's bounding boxes. A left-to-right document has
 * (nearly) every line at the left margin; a right-to-left one has them at the right.
 */
struct MarginCounts
{
    int lines = 0;
    int atLeft = 0;
    int atRight = 0;
    double medianHeight = 0; ///< of a line, in points: about 1.3 times the font size
};

MarginCounts marginCounts(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-bbox-layout"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, path, u"-"_s});
    p.waitForFinished(30000);
    const QString xhtml = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpression lineRe(
        u"<line xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\""_s);
    QList<std::pair<double, double>> edges;
    QList<double> heights;
    for (auto it = lineRe.globalMatch(xhtml); it.hasNext();) {
        const auto m = it.next();
        edges.append({m.captured(1).toDouble(), m.captured(3).toDouble()});
        heights.append(m.captured(4).toDouble() - m.captured(2).toDouble());
    }
    MarginCounts c;
    if (edges.isEmpty())
        return c;
    double left = edges.first().first;
    double right = edges.first().second;
    for (const auto &[l, r] : edges) {
        left = std::min(left, l);
        right = std::max(right, r);
    }
    c.lines = int(edges.size());
    std::sort(heights.begin(), heights.end());
    c.medianHeight = heights.at(heights.size() / 2);
    for (const auto &[l, r] : edges) {
        c.atLeft += l - left < 1.0 ? 1 : 0;
        c.atRight += right - r < 1.0 ? 1 : 0;
    }
    return c;
}

const ChronologyEvent *copyEvent(const CaseData &data, const QString &youngPersonId, const QString &summary)
{
    for (const ChronologyEvent &e : data.events) {
        if (e.youngPersonId == youngPersonId && e.kind == ChronologyKind::CopyMade && e.summary == summary)
            return &e;
    }
    return nullptr;
}

} // namespace

/**
 * A copy to keep of the plan and the health history as PDFs: what pdftotext reads in them in
 * English and in Arabic, and that making one is on the chronology (and waits to be sent).
 */
class TestCopyToKeepController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_temp;
    /** Where the PDFs go: PATHWAY_PDF_DIR keeps them to look at (scripts/screenshots.sh), else a temporary folder. */
    QDir m_out {qEnvironmentVariable("PATHWAY_PDF_DIR", m_temp.path())};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_out.mkpath(u"."_s));
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "pdftotext (poppler-utils, scripts/setup-debian.sh) is installed");
    }

    void youngPersonKeepsTheirPlan()
    {
        DemoDevice d(AppController::Role::YoungPerson);
        CopyToKeepController c;
        c.setApp(d.app.get());
        QVERIFY(c.canMake());
        const QString me = c.youngPersonId();
        const CaseData &data = d.session->data();
        QCOMPARE(c.suggestedFile(u"plan"_s).fileName(), u"pathway-plan-2026-03-02.pdf"_s);
        const QUrl file = QUrl::fromLocalFile(m_out.filePath(u"plan.pdf"_s));
        const int pendingBefore = d.session->pendingChanges();
        QVERIFY(c.make(u"plan"_s, file));
        QCOMPARE(c.lastFile(), file);
        QVERIFY(c.message().contains(u"plan.pdf"_s));

        const QString text = flat(pdfText(file.toLocalFile()));
        QVERIFY2(text.contains(u"My pathway plan"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(data.youngPerson(me)->displayName));
        // Printed at its point sizes (11 pt body text), from the left margin.
        const MarginCounts english = marginCounts(file.toLocalFile());
        QVERIFY2(english.medianHeight >= 11.0, qPrintable(QString::number(english.medianHeight)));
        QVERIFY2(english.atLeft * 10 >= english.lines * 9 && english.atRight * 2 < english.lines,
                 qPrintable(u"%1 of %2 lines at the left margin, %3 at the right"_s.arg(english.atLeft)
                                .arg(english.lines)
                                .arg(english.atRight)));
        for (PlanArea area : allPlanAreas())
            QVERIFY2(text.contains(flat(Labels::planArea(area))), qPrintable(Labels::planArea(area)));
        int goals = 0;
        for (const PlanSection &s : data.sections) {
            if (s.youngPersonId == me && !s.deleted && !s.goal.isEmpty()) {
                QVERIFY2(text.contains(flat(s.goal)), qPrintable(s.goal));
                ++goals;
            }
        }
        QVERIFY2(goals > 0, "the demo young person's plan has goals");
        for (const PlanAction &a : data.actions) {
            if (a.youngPersonId == me && !a.deleted && a.status != ActionStatus::Dropped)
                QVERIFY2(text.contains(flat(a.what)), qPrintable(a.what));
        }

        // Recorded on the chronology, by the young person, and waiting to be sent.
        const ChronologyEvent *e = copyEvent(data, me, u"My pathway plan"_s);
        QVERIFY(e);
        QCOMPARE(e->recordedBy, d.app->userId());
        QCOMPARE(e->date, QDate(2026, 3, 2));
        QCOMPARE(d.session->pendingChanges(), pendingBefore + 1);
    }

    void paMakesTheHealthHistoryForThem()
    {
        DemoDevice d(AppController::Role::PersonalAdviser);
        const CaseData &data = d.session->data();
        // A young person on the caseload with a GP on record.
        QString who;
        QString gp;
        for (const HealthEntry &h : data.health) {
            if (h.kind == HealthKind::GpContact && !h.deleted) {
                who = h.youngPersonId;
                gp = h.title;
            }
        }
        QVERIFY2(!who.isEmpty(), "a demo young person has a GP contact");
        CopyToKeepController c;
        c.setApp(d.app.get());
        QVERIFY(!c.canMake()); // staff choose whose copy
        c.setYoungPersonId(who);
        QVERIFY(c.canMake());
        const QUrl file = QUrl::fromLocalFile(m_out.filePath(u"health.pdf"_s));
        QVERIFY(c.make(u"health"_s, file));
        const QString text = flat(pdfText(file.toLocalFile()));
        QVERIFY2(text.contains(u"My health history"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(data.youngPerson(who)->displayName));
        QVERIFY(text.contains(u"My GP, dentist and optician"_s));
        QVERIFY(text.contains(flat(gp)));
        QVERIFY(text.contains(flat(Labels::healthKind(HealthKind::DentistContact))));
        QVERIFY(text.contains(flat(Labels::healthKind(HealthKind::OpticianContact))));
        QVERIFY(text.contains(u"How to use the NHS"_s));
        QVERIFY(text.contains(u"call 111 or go to 111.nhs.uk"_s));
        const ChronologyEvent *e = copyEvent(data, who, u"My health history"_s);
        QVERIFY(e);
        QCOMPARE(e->recordedBy, d.app->userId());

        // A folder that cannot be written: nothing is recorded.
        const int events = int(data.events.size());
        QVERIFY(!c.make(u"health"_s, QUrl::fromLocalFile(m_out.filePath(u"no/such/folder/health.pdf"_s))));
        QVERIFY(c.message().contains(u"could not be saved"_s));
        QCOMPARE(int(data.events.size()), events);
        QVERIFY(!c.make(u"letter"_s, file));
    }

    void arabicReadsRightToLeft()
    {
        DemoDevice d(AppController::Role::YoungPerson);
        // The young person chooses Arabic, through what the app's language picker calls (the
        // translations from the build, where the app has them in its resources).
        Languages languages(d.settings.get(), nullptr, QStringLiteral(PATHWAY_BINARY_DIR "/translations"));
        QVERIFY(languages.choose(u"ar"_s));
        const auto backToEnglish = qScopeGuard([&languages] { languages.choose(u"en"_s); });
        const QString health = Labels::planArea(PlanArea::Health);
        const QString identity = Labels::planArea(PlanArea::Identity);
        CopyToKeepController c;
        c.setApp(d.app.get());
        const QUrl file = QUrl::fromLocalFile(m_out.filePath(u"plan-ar.pdf"_s));
        QVERIFY(c.make(u"plan"_s, file));
        const QString text = flat(pdfText(file.toLocalFile()));
        QVERIFY2(text.contains(flat(health)), qPrintable(health + u" in: "_s + text.left(600)));
        QVERIFY2(text.contains(flat(identity)), qPrintable(identity));
        QVERIFY(text.contains(d.session->data().youngPerson(c.youngPersonId())->displayName));
        // Right to left: the lines start at the right margin (the English copy's at the left).
        const MarginCounts arabic = marginCounts(file.toLocalFile());
        QVERIFY2(arabic.lines >= 10, "pdftotext finds the page's lines");
        QVERIFY2(arabic.atRight * 10 >= arabic.lines * 9 && arabic.atLeft * 2 < arabic.lines,
                 qPrintable(u"%1 of %2 lines at the right margin, %3 at the left"_s.arg(arabic.atRight)
                                .arg(arabic.lines)
                                .arg(arabic.atLeft)));
    }
};

QTEST_MAIN(TestCopyToKeepController)
#include "tst_copytokeepcontroller.moc"
