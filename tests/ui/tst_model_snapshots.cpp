// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "modelsnapshot.h"
#include "ui/caseloadcontroller.h"
#include "ui/contactrequestcontroller.h"
#include "ui/navigationmodel.h"
#include "ui/teamcontroller.h"
#include "ui/youngpersoncontroller.h"
#include "uitestutil.h"

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::compareModelSnapshot;
using Pathway::Test::DemoDevice;

/**
 * Every list model the pages bind to, written whole to JSON and compared with a golden file in
 * tests/data/ui/snapshots: the demo authority on a fixed day, for each role. A change to what a
 * page shows shows up here as a diff to review.
 */
class TestModelSnapshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void youngPersonPages()
    {
        DemoDevice d(Role::YoungPerson);
        YoungPersonController c;
        c.setApp(d.app.get());
        QVERIFY(compareModelSnapshot(*d.app->navigation(), u"young_person-navigation"_s));
        QVERIFY(compareModelSnapshot(*c.plan(), u"young_person-plan"_s));
        QVERIFY(compareModelSnapshot(*c.health(), u"young_person-health"_s));
        QVERIFY(compareModelSnapshot(*c.offer(), u"young_person-offer"_s));
        QVERIFY(compareModelSnapshot(*c.documents(), u"young_person-documents"_s));
        QVERIFY(compareModelSnapshot(*c.contacts(), u"young_person-contacts"_s));
        QVERIFY(compareModelSnapshot(*c.chronology(), u"young_person-chronology"_s));
    }

    void personalAdviserPages()
    {
        DemoDevice d(Role::PersonalAdviser);
        QVERIFY(compareModelSnapshot(*d.app->navigation(), u"pa-navigation"_s));
        CaseloadController caseload;
        caseload.setApp(d.app.get());
        QVERIFY(compareModelSnapshot(*caseload.model(), u"pa-caseload"_s));
        ContactRequestController requests;
        requests.setApp(d.app.get());
        QVERIFY(compareModelSnapshot(*requests.requests(), u"pa-requests"_s));
    }

    void managerPages()
    {
        DemoDevice d(Role::Manager);
        QVERIFY(compareModelSnapshot(*d.app->navigation(), u"manager-navigation"_s));
        TeamController team;
        team.setApp(d.app.get());
        QVERIFY(compareModelSnapshot(*team.figures(), u"manager-figures"_s));
        QVERIFY(compareModelSnapshot(*team.attention(), u"manager-attention"_s));
        QVERIFY(compareModelSnapshot(*team.staff(), u"manager-staff"_s));
        QVERIFY(compareModelSnapshot(*team.reviews(), u"manager-reviews"_s));
    }
};

QTEST_MAIN(TestModelSnapshots)
#include "tst_model_snapshots.moc"
