// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Journey: a manager taps "Save the OC3 file" against the real server; the file saved on their
// device is the DfE's CSV with the demo's rows, the same rows the shared return code gives from
// the records on the manager's own device. A PA is not offered it.
#include "journeydevice.h"

#include "returns/oc3return.h"
#include "ui/returnscontroller.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

class TestJourneyOc3Export : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void managerSavesTheOc3File()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        QTemporaryDir folder;
        ReturnsController returns;
        returns.setApp(&manager.app);
        returns.setFolder(folder.path());
        QVERIFY(returns.canExport());
        const int year = returns.year();
        QVERIFY(year > 2000);

        returns.exportOc3();
        QVERIFY(returns.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!returns.busy(), 30000);
        QVERIFY2(!returns.savedPath().isEmpty(), qPrintable(returns.message()));
        QVERIFY(returns.message().contains(QDir::toNativeSeparators(returns.savedPath())));
        QFile file(returns.savedPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.startsWith("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\n"));

        // The same rows from the records on the manager's device.
        const CaseData &data = manager.session.data();
        QList<ReturnRecords> people;
        for (const YoungPerson &yp : data.youngPeople) {
            ReturnRecords r;
            r.youngPerson = yp;
            r.contacts = data.contactsOf(yp.id);
            r.activities = CaseData::ownedBy(data.activities, yp.id);
            r.accommodations = CaseData::ownedBy(data.accommodations, yp.id);
            r.inTouch = CaseData::ownedBy(data.inTouch, yp.id);
            people.append(r);
        }
        const QList<Oc3Row> rows = Oc3Return::rows(people, year);
        QVERIFY2(!rows.isEmpty(), "the demo authority has care leavers due a return this year");
        QCOMPARE(saved, Oc3Return::csv(rows));
        for (const Oc3Row &row : rows)
            QVERIFY(saved.contains(
                QByteArray(row.child.toUtf8() + ',' + row.dateOfBirth.toString(u"dd/MM/yyyy"_s).toUtf8())));

        // A PA is not offered the return.
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), server.login(u"pa"_s)));
        ReturnsController notForPa;
        notForPa.setApp(&pa.app);
        QVERIFY(!notForPa.canExport());
    }
};

QTEST_MAIN(TestJourneyOc3Export)
#include "tst_journey_oc3_export.moc"
