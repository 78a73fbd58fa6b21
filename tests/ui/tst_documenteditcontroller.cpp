// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/documenteditcontroller.h"
#include "ui/labels.h"
#include "ui/youngpersoncontroller.h"
#include "uitestutil.h"

#include "alerts/evaluator.h"

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

namespace {

QStringList alertKeys(const DemoDevice &d, const QString &youngPersonId)
{
    QStringList out;
    for (const Alert &a :
         AlertEvaluator::evaluate(d.session->data().caseRecords(youngPersonId), d.clock.now(), d.app->alertSettings()))
        out.append(a.key());
    return out;
}

const DocumentItem *document(const DemoDevice &d, const QString &id)
{
    for (const DocumentItem &doc : d.session->data().documents) {
        if (doc.id == id)
            return &doc;
    }
    return nullptr;
}

/** A document of @p kind with @p status on the device, or nullptr. */
const DocumentItem *findDocument(const DemoDevice &d, DocumentKind kind, DocumentStatus status)
{
    for (const DocumentItem &doc : d.session->data().documents) {
        if (doc.kind == kind && doc.status == status && !doc.deleted)
            return &doc;
    }
    return nullptr;
}

} // namespace

/** Staff set a document's status, dates and helper; the young person says "I have it now", staff confirm. */
class TestDocumentEditController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staffSetStatusExpiryAndHelper()
    {
        DemoDevice d(Role::PersonalAdviser);
        const DocumentItem *missing = findDocument(d, DocumentKind::Passport, DocumentStatus::Missing);
        QVERIFY2(missing, "a missing passport on the demo PA's caseload");
        const QString id = missing->id;
        const QString who = missing->youngPersonId;
        QVERIFY(alertKeys(d, who).contains(u"missing_id:%1:photo_id"_s.arg(who)));

        DocumentEditController c;
        c.setApp(d.app.get());
        c.setDocumentId(id);
        QCOMPARE(c.youngPersonId(), who);
        QCOMPARE(c.title(), Labels::documentKind(DocumentKind::Passport));
        QCOMPARE(c.statusCode(), u"missing"_s);
        QCOMPARE(c.kindOptions().size(), 1);
        QCOMPARE(c.statusOptions().size(), 4);
        // The PA is offered first after "nobody", then the other staff.
        const QVariantList helpers = c.helperOptions();
        QVERIFY(helpers.size() >= 3);
        QCOMPARE(helpers.at(0).toMap().value(u"code"_s).toString(), QString());
        QCOMPARE(helpers.at(1).toMap().value(u"code"_s).toString(), d.app->userId());

        // Applied for: still missing ID, with a due date and who is helping.
        c.setStatusCode(u"applied"_s);
        c.setDueDate(u"2026-04-15"_s);
        c.setHelpingId(d.app->userId());
        QCOMPARE(c.helperIndex(), 1);
        const int pending = d.session->pendingChanges();
        QVERIFY(c.save());
        QCOMPARE(d.session->pendingChanges(), pending + 1);
        QCOMPARE(document(d, id)->status, DocumentStatus::Applied);
        QCOMPARE(document(d, id)->dueDate, QDate(2026, 4, 15));
        QVERIFY(c.message().contains(u"Saved on this device."_s));
        QVERIFY(alertKeys(d, who).contains(u"missing_id:%1:photo_id"_s.arg(who)));

        // It arrived: have, with its expiry. Photo ID is no longer missing.
        c.setStatusCode(u"have"_s);
        c.setExpiresOn(u"2036-02-20"_s);
        QVERIFY(c.save());
        const DocumentItem *saved = document(d, id);
        QCOMPARE(saved->status, DocumentStatus::Have);
        QCOMPARE(saved->expiresOn, QDate(2036, 2, 20));
        QCOMPARE(saved->obtainedOn, d.clock.today());
        QVERIFY(!alertKeys(d, who).contains(u"missing_id:%1:photo_id"_s.arg(who)));

        // An expiry before the day they got it is refused, not saved.
        c.setExpiresOn(u"2026-01-01"_s);
        QVERIFY(!c.save());
        QVERIFY(!c.saved());
        QCOMPARE(document(d, id)->expiresOn, QDate(2036, 2, 20));
    }

    void aNewExpiryClearsPassportExpiry()
    {
        DemoDevice d(Role::PersonalAdviser);
        const DocumentItem *held = findDocument(d, DocumentKind::Passport, DocumentStatus::Have);
        QVERIFY(held);
        // The passport runs out in six weeks (as the sync would bring it from another device).
        DocumentItem expiring = *held;
        expiring.expiresOn = d.clock.today().addDays(42);
        expiring.obtainedOn.reset();
        QCOMPARE(d.session->save(expiring), StoreSession::Error::None);
        const QString who = expiring.youngPersonId;
        QVERIFY(alertKeys(d, who).contains(u"passport_expiry:%1"_s.arg(who)));

        // The renewed passport: a new expiry date clears the alert.
        DocumentEditController c;
        c.setApp(d.app.get());
        c.setDocumentId(expiring.id);
        QCOMPARE(c.expiresOn(), d.clock.today().addDays(42).toString(Qt::ISODate));
        c.setExpiresOn(u"2036-01-31"_s);
        QVERIFY(c.save());
        QVERIFY(!alertKeys(d, who).contains(u"passport_expiry:%1"_s.arg(who)));
    }

    void youngPersonSaysTheyHaveItAndStaffConfirm()
    {
        // The young person's device: "I have it now".
        DemoDevice yp(Role::YoungPerson);
        YoungPersonController person;
        person.setApp(yp.app.get());
        DocumentsModel *docs = person.documents();
        int row = -1;
        for (int i = 0; i < docs->rowCount() && row < 0; ++i) {
            if (docs->valueAt(i, u"canSayHave"_s).toBool())
                row = i;
        }
        QVERIFY2(row >= 0, "the demo young person has a document they could now have");
        const QString id = docs->valueAt(row, u"key"_s).toString();
        DocumentEditController mine;
        mine.setApp(yp.app.get());
        QVERIFY(mine.canSayHave());
        QVERIFY(!mine.canEdit()); // the access table: staff change documents
        QVERIFY(!mine.save());
        QVERIFY(!mine.confirmHave(id));
        QVERIFY(mine.sayHave(id));
        QVERIFY(document(yp, id)->youngPersonHasIt);
        QCOMPARE(docs->valueAt(row, u"statusText"_s).toString(), u"Waiting for your PA to confirm"_s);
        QVERIFY(!docs->valueAt(row, u"canSayHave"_s).toBool());
        QVERIFY(mine.message().contains(u"Saved on this device."_s));

        // The PA's device, once the change has arrived: waiting for confirmation, then confirmed.
        DemoDevice pa(Role::PersonalAdviser);
        const DocumentItem *missing = findDocument(pa, DocumentKind::BankAccount, DocumentStatus::Missing);
        if (!missing)
            missing = findDocument(pa, DocumentKind::Passport, DocumentStatus::Missing);
        QVERIFY(missing);
        DocumentItem claimed = *missing;
        claimed.youngPersonHasIt = true;
        QCOMPARE(pa.session->save(claimed), StoreSession::Error::None);
        YoungPersonController record;
        record.setApp(pa.app.get());
        record.setYoungPersonId(claimed.youngPersonId);
        const int paRow = record.documents()->indexOfKey(claimed.id);
        QCOMPARE(record.documents()->valueAt(paRow, u"statusText"_s).toString(), u"Says they have it: confirm"_s);
        QVERIFY(record.documents()->valueAt(paRow, u"saysHave"_s).toBool());
        DocumentEditController staff;
        staff.setApp(pa.app.get());
        QVERIFY(!staff.canEdit()); // no document, no young person yet
        staff.setDocumentId(claimed.id);
        QVERIFY(staff.canEdit());
        QVERIFY(!staff.canSayHave());
        QVERIFY(!staff.sayHave(claimed.id)); // only the young person says it
        QVERIFY(staff.awaitingConfirmation());
        QVERIFY(!staff.situationText().isEmpty());
        QVERIFY(staff.confirmHave(claimed.id));
        QCOMPARE(document(pa, claimed.id)->status, DocumentStatus::Have);
        QVERIFY(!document(pa, claimed.id)->youngPersonHasIt);
        QVERIFY(!staff.awaitingConfirmation());
        QCOMPARE(record.documents()->valueAt(paRow, u"statusText"_s).toString(),
                 Labels::documentStatus(DocumentStatus::Have));
    }

    void staffAddAKindNotOnTheChecklist()
    {
        DemoDevice d(Role::PersonalAdviser);
        const QString who = d.session->data().youngPeople.first().id;
        // Take one kind off the checklist (soft delete), as an imported record may lack it.
        DocumentItem gone;
        for (const DocumentItem &doc : d.session->data().documents) {
            if (doc.youngPersonId == who && doc.kind == DocumentKind::JuniorIsa)
                gone = doc;
        }
        QVERIFY(!gone.id.isEmpty());
        gone.deleted = true;
        QCOMPARE(d.session->save(gone), StoreSession::Error::None);

        DocumentEditController c;
        c.setApp(d.app.get());
        c.setYoungPersonId(who);
        QCOMPARE(c.kindOptions().size(), 1);
        QCOMPARE(c.kindCode(), u"junior_isa"_s);
        c.setStatusCode(u"applied"_s);
        QVERIFY(c.save());
        QVERIFY(!c.documentId().isEmpty());
        QVERIFY(c.documentId() != gone.id);
        QCOMPARE(document(d, c.documentId())->kind, DocumentKind::JuniorIsa);
        QCOMPARE(document(d, c.documentId())->status, DocumentStatus::Applied);
        QVERIFY(c.kindOptions().size() == 1); // now the edited line's own kind
    }
};

QTEST_MAIN(TestDocumentEditController)
#include "tst_documenteditcontroller.moc"
