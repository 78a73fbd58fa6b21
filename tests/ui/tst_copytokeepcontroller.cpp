// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/copytokeepcontroller.h"
#include "ui/labels.h"
#include "uitestutil.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QTranslator>

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
        QTranslator arabic;
        QVERIFY(arabic.load(QStringLiteral(PATHWAY_BINARY_DIR) + u"/translations/pathway_ar.qm"_s));
        QCoreApplication::installTranslator(&arabic);
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const QString health = Labels::planArea(PlanArea::Health);
        const QString identity = Labels::planArea(PlanArea::Identity);
        DemoDevice d(AppController::Role::YoungPerson);
        CopyToKeepController c;
        c.setApp(d.app.get());
        const QUrl file = QUrl::fromLocalFile(m_out.filePath(u"plan-ar.pdf"_s));
        const bool made = c.make(u"plan"_s, file);
        QCoreApplication::removeTranslator(&arabic);
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QVERIFY(made);
        QVERIFY2(health != Labels::planArea(PlanArea::Health), "the Arabic translation is loaded");
        const QString text = flat(pdfText(file.toLocalFile()));
        QVERIFY2(text.contains(flat(health)), qPrintable(health + u" in: "_s + text.left(600)));
        QVERIFY2(text.contains(flat(identity)), qPrintable(identity));
        QVERIFY(text.contains(d.session->data().youngPerson(c.youngPersonId())->displayName));
    }
};

QTEST_MAIN(TestCopyToKeepController)
#include "tst_copytokeepcontroller.moc"
