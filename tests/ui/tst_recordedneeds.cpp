// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/** A young person's recorded accessibility needs in the app, and the glossary of words. */

#include "uitestutil.h"

#include "ui/caseloadmodel.h"
#include "ui/glossarymodel.h"
#include "ui/planmodel.h"

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

namespace {
const YoungPerson *withNeed(const CaseData &data, const QString &need, bool has = true)
{
    for (const YoungPerson &yp : data.youngPeople) {
        if (yp.accessibilityNeeds.contains(need) == has)
            return &yp;
    }
    return nullptr;
}
} // namespace

class TestRecordedNeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largeTextStartsAt150UnlessChosen()
    {
        AppSettings settings {QString()};
        QCOMPARE(settings.fontScale(), 1.0);
        settings.startFontScaleAt(AppSettings::LargeTextFontScale);
        QCOMPARE(settings.fontScale(), 1.5);
        AppSettings chosen {QString()};
        chosen.setFontScale(1.0);
        chosen.setFontScale(1.25);
        chosen.startFontScaleAt(AppSettings::LargeTextFontScale);
        QCOMPARE(chosen.fontScale(), 1.25);
    }

    void easyReadShowsThePlainSummaryFirst()
    {
        DemoDevice d(AppController::Role::Manager);
        const CaseData &data = d.session->data();
        const YoungPerson *easy = withNeed(data, u"easy_read"_s);
        const YoungPerson *other = withNeed(data, u"easy_read"_s, false);
        QVERIFY(easy && other);
        const QDate today = d.clock.today();
        PlanModel easyPlan;
        easyPlan.refresh(data, easy->id, today, {});
        PlanModel otherPlan;
        otherPlan.refresh(data, other->id, today, {});
        int withGoal = 0;
        for (int i = 0; i < easyPlan.rowCount(); ++i) {
            const QString plain = easyPlan.valueAt(i, u"plain"_s).toString();
            QCOMPARE(easyPlan.valueAt(i, u"lead"_s).toString(), plain);
            const QString goal = easyPlan.valueAt(i, u"goal"_s).toString();
            QCOMPARE(easyPlan.valueAt(i, u"more"_s).toString(), goal);
            withGoal += goal.isEmpty() ? 0 : 1;
        }
        QVERIFY(withGoal > 0);
        for (int i = 0; i < otherPlan.rowCount(); ++i) {
            const QString goal = otherPlan.valueAt(i, u"goal"_s).toString();
            if (!goal.isEmpty())
                QCOMPARE(otherPlan.valueAt(i, u"lead"_s).toString(), goal);
        }
    }

    void interpreterShownToStaffWithTheLanguage()
    {
        DemoDevice d(AppController::Role::Manager);
        const CaseData &data = d.session->data();
        CaseloadModel caseload;
        caseload.refresh(data, QString(), d.clock.now(), AlertSettings {});
        int interpreters = 0;
        for (int i = 0; i < caseload.rowCount(); ++i) {
            const YoungPerson *yp = data.youngPerson(caseload.valueAt(i, u"key"_s).toString());
            QVERIFY(yp);
            const QString text = caseload.valueAt(i, u"interpreterText"_s).toString();
            QCOMPARE(!text.isEmpty(), yp->accessibilityNeeds.contains(u"interpreter"_s));
            if (text.isEmpty())
                continue;
            ++interpreters;
            const QString language = QLocale::languageToString(QLocale(yp->firstLanguage).language());
            QVERIFY2(text.contains(language), qPrintable(text));
            QVERIFY(caseload.valueAt(i, u"accessibleName"_s).toString().contains(text));
        }
        QVERIFY(interpreters > 0);
    }

    void glossaryExplainsEachWord()
    {
        GlossaryModel glossary;
        QStringList terms = GlossaryModel::allTerms();
        QCOMPARE(terms.size(), 6);
        terms << u"not_a_word"_s;
        glossary.setTerms(terms);
        QCOMPARE(glossary.rowCount(), 6);
        for (int i = 0; i < glossary.rowCount(); ++i) {
            const QString word = glossary.valueAt(i, u"word"_s).toString();
            QVERIFY(!word.isEmpty());
            QVERIFY(glossary.valueAt(i, u"meaning"_s).toString().contains(word));
            QVERIFY(glossary.valueAt(i, u"accessibleName"_s).toString().contains(word));
        }
    }
};

QTEST_MAIN(TestRecordedNeeds)

#include "tst_recordedneeds.moc"
