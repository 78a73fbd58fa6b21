// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Journey: a PA records a young person's gender, ethnicity, disability, home and activity; after a
// sync the manager taps "Save Annex A" against the real server, and the file saved on their device
// has that young person's row with what the PA recorded, and every row the shared return code
// gives from the records on the manager's own device. A day the server refuses is shown with its
// reason and no file; a PA is not offered the list.
#include "journeydevice.h"
#include "journeyserverapi.h"

#include "returns/annexa.h"
#include "ui/circumstancescontroller.h"
#include "ui/returnscontroller.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

namespace {

/** The team every demo staff member is in, as the server's demo seed names it. */
constexpr auto DemoTeamName = "Demo team";

/** Annex A as the shared return code gives it from what @p device holds. */
QList<AnnexARow> annexAOnDevice(JourneyDevice &device, const QDate &asOf)
{
    const CaseData &data = device.session.data();
    QList<ReturnRecords> people;
    for (const YoungPerson &yp : data.youngPeople) {
        ReturnRecords r;
        r.youngPerson = yp;
        r.contacts = data.contactsOf(yp.id);
        r.activities = CaseData::ownedBy(data.activities, yp.id);
        r.accommodations = CaseData::ownedBy(data.accommodations, yp.id);
        r.inTouch = CaseData::ownedBy(data.inTouch, yp.id);
        r.allocations = data.allocationsOf(yp.id);
        r.reviews = CaseData::ownedBy(data.reviews, yp.id);
        people.append(r);
    }
    QHash<QString, AnnexAStaff> staff;
    for (const StaffMember &s : data.staff)
        staff.insert(s.id, {s.displayName, QString::fromLatin1(DemoTeamName)});
    return AnnexA::rows(people, staff, asOf);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestJourneyAnnexAExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void managerSavesAnnexAWithWhatThePaRecorded()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        const QDate today = manager.clock.today();

        // A care leaver on today's list whose PA can sign in, and whose recorded home and activity
        // are older than what the PA records below (so the PA's are the ones in force).
        QString ypId;
        QString child;
        DemoLogin paLogin;
        for (const AnnexARow &row : annexAOnDevice(manager, today)) {
            for (const YoungPerson &yp : manager.session.data().youngPeople) {
                const DemoLogin l = loginOfStaff(server, manager.session.data().currentPaId(yp.id, today));
                if (ypId.isEmpty() && yp.caseSystemRef == row.child && !l.email.isEmpty()
                    && circumstancesRecordedBefore(manager, yp.id, today.addDays(-7), today.addDays(-7))) {
                    ypId = yp.id;
                    child = row.child;
                    paLogin = l;
                }
            }
        }
        QVERIFY2(!ypId.isEmpty(), "the demo authority has a care leaver whose PA can sign in");

        // The PA records who they are, a suitable flat from last week, and full-time work.
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), paLogin));
        CircumstancesController editor;
        editor.setApp(&pa.app);
        editor.setYoungPersonId(ypId);
        QVERIFY(editor.canEdit());
        editor.setGender(u"female"_s);
        editor.setEthnicity(u"WBRI"_s);
        editor.setDisability(u"no"_s);
        QVERIFY(editor.saveIdentity());
        editor.setAccommodationType(u"U"_s);
        editor.setAccommodationSuitable(true);
        editor.setAccommodationFrom(today.addDays(-7).toString(Qt::ISODate));
        QVERIFY(editor.saveAccommodation());
        editor.setActivityCode(u"F5"_s);
        editor.setActivityFrom(today.addDays(-7).toString(Qt::ISODate));
        QVERIFY(editor.saveActivity());
        QVERIFY(pa.syncNow());
        QCOMPARE(pa.session.rejectedCount(), 0);
        QVERIFY(manager.syncNow());

        // The manager saves the list as CSV: the file on their device has the PA's facts.
        QTemporaryDir folder;
        ReturnsController returns;
        returns.setApp(&manager.app);
        returns.setFolder(folder.path());
        QVERIFY(returns.canExport());
        QCOMPARE(returns.annexADate(), today.toString(Qt::ISODate));
        returns.exportAnnexA(u"csv"_s);
        QVERIFY(returns.annexABusy());
        QVERIFY(returns.annexAMessage().contains(u"Fetching"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!returns.annexABusy(), 30000);
        QVERIFY2(!returns.annexASavedPath().isEmpty(), qPrintable(returns.annexAMessage()));
        QVERIFY(!returns.annexAProblem());
        QVERIFY(returns.annexAMessage().contains(QDir::toNativeSeparators(returns.annexASavedPath())));
        QCOMPARE(QFileInfo(returns.annexASavedPath()).fileName(), AnnexA::fileName(today, u"csv"_s));
        const QByteArray csv = readAll(returns.annexASavedPath());
        const QList<AnnexARow> rows = annexAOnDevice(manager, today);
        QCOMPARE(csv, AnnexA::csv(rows));
        const auto mine
            = std::find_if(rows.cbegin(), rows.cend(), [&](const AnnexARow &r) { return r.child == child; });
        QVERIFY(mine != rows.cend());
        QCOMPARE(mine->gender, u"Female"_s);
        QCOMPARE(mine->ethnicity, u"WBRI"_s);
        QCOMPARE(mine->disability, u"No"_s);
        QCOMPARE(mine->accommodationType, u"U"_s);
        QCOMPARE(mine->suitability, u"Suitable"_s);
        QCOMPARE(mine->activity, u"F5"_s);
        QString paName;
        for (const StaffMember &s : manager.session.data().staff)
            if (s.id == paLogin.staffId)
                paName = s.displayName;
        QVERIFY(!paName.isEmpty());
        QCOMPARE(mine->allocatedPa, paName);
        QCOMPARE(mine->allocatedTeam, QString::fromLatin1(DemoTeamName));
        QVERIFY(csv.contains(QByteArray(child.toUtf8() + ",Female,WBRI,")));

        // And as a workbook.
        returns.exportAnnexA(u"xlsx"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!returns.annexABusy(), 30000);
        QVERIFY2(returns.annexASavedPath().endsWith(u".xlsx"_s), qPrintable(returns.annexAMessage()));
        const QByteArray xlsx = readAll(returns.annexASavedPath());
        QVERIFY(xlsx.startsWith("PK"));
        QVERIFY(xlsx.contains("xl/worksheets/sheet1.xml"));

        // A day before 2000 is refused by the server, with its reason, and nothing is saved.
        const QStringList before = QDir(folder.path()).entryList(QDir::Files);
        returns.setAnnexADate(u"1999-12-31"_s);
        returns.exportAnnexA(u"xlsx"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!returns.annexABusy(), 30000);
        QVERIFY(returns.annexASavedPath().isEmpty());
        QVERIFY(returns.annexAProblem());
        QVERIFY2(returns.annexAMessage().contains(u"refused the day"_s), qPrintable(returns.annexAMessage()));
        QVERIFY(!returns.annexAMessage().contains(u"Saved"_s));
        // A day after today is not even asked for.
        returns.setAnnexADate(today.addDays(1).toString(Qt::ISODate));
        returns.exportAnnexA(u"csv"_s);
        QVERIFY(!returns.annexABusy());
        QVERIFY(returns.annexAProblem());
        QVERIFY(returns.annexASavedPath().isEmpty());
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files), before);

        // A PA is not offered the list.
        ReturnsController notForPa;
        notForPa.setApp(&pa.app);
        QVERIFY(!notForPa.canExport());
    }
};

QTEST_MAIN(TestJourneyAnnexAExport)
#include "tst_journey_annexa_export.moc"
