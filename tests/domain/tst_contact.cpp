// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/contact.h"

#include "domaintest.h"

#include <QJsonArray>
#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 5, day), QTime(hour, minute), Qt::UTC);
}

ContactLog goodLog()
{
    ContactLog c;
    c.id = u"6f1c2b9e-0000-4000-8000-000000000001"_s;
    c.youngPersonId = u"3a7d0000-0000-4000-8000-000000000002"_s;
    c.staffId = u"5b0c0000-0000-4000-8000-000000000003"_s;
    c.at = QDateTime(QDate(2026, 5, 20), QTime(14, 30, 0, 250), Qt::UTC);
    c.kind = ContactKind::Visit;
    c.successful = true;
    c.seenAlone = true;
    c.location = u"home"_s;
    c.notes = u"Visited at home. Flat warm and tidy. Talked about college."_s;
    c.confidential = false;
    c.wellbeing = 4;
    c.followUps = {u"Chase bursary form"_s, u"Book GP appointment"_s};
    c.respondsToRequestId = u"9f1e0000-0000-4000-8000-000000000004"_s;
    return c;
}

ContactAmendment goodAmendment()
{
    ContactAmendment a;
    a.id = u"a1000000-0000-4000-8000-000000000005"_s;
    a.youngPersonId = goodLog().youngPersonId;
    a.contactLogId = goodLog().id;
    a.amendedBy = goodLog().staffId;
    a.amendedAt = QDateTime(QDate(2026, 5, 21), QTime(9, 0), Qt::UTC);
    a.reason = u"Ticked the wrong box."_s;
    a.changes = QJsonObject {{u"seenAlone"_s, false}};
    return a;
}

ContactRequest goodRequest()
{
    ContactRequest r;
    r.id = u"9f1e0000-0000-4000-8000-000000000004"_s;
    r.youngPersonId = goodLog().youngPersonId;
    r.requestedAt = QDateTime(QDate(2026, 5, 19), QTime(18, 40), Qt::UTC);
    r.urgency = RequestUrgency::Urgent;
    r.message = u"Can you call me? My heating is broken."_s;
    r.status = u"answered"_s;
    r.answeredAt = goodLog().at;
    r.answeredBy = goodLog().staffId;
    r.reply = u"I've called the landlord. He is coming tomorrow morning."_s;
    return r;
}

ContactAmendment amend(const QString &id, const QDateTime &at, const QJsonObject &changes)
{
    ContactAmendment a = goodAmendment();
    a.id = id;
    a.amendedAt = at;
    a.changes = changes;
    return a;
}

/** A JSON value of a type different from `v`'s. */
QJsonValue wrongType(const QJsonValue &v)
{
    return v.isString() ? QJsonValue(7) : QJsonValue(u"wrong"_s);
}

} // namespace

class TestContact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes()
    {
        for (ContactKind k : {ContactKind::Visit, ContactKind::Phone, ContactKind::Video, ContactKind::Text,
                              ContactKind::Letter, ContactKind::DropIn, ContactKind::Attempted})
            QCOMPARE(contactKindFromCode(toCode(k)), k);
        QCOMPARE(toCode(ContactKind::DropIn), u"drop_in"_s);
        QVERIFY(!contactKindFromCode(u"Visit"_s));
        QCOMPARE(toCode(RequestUrgency::WhenConvenient), u"when_convenient"_s);
        QCOMPARE(requestUrgencyFromCode(u"urgent"_s), RequestUrgency::Urgent);
        QVERIFY(!requestUrgencyFromCode(u""_s));
        QCOMPARE(contactLocationCodes(),
                 (QStringList {u"home"_s, u"office"_s, u"community"_s, u"custody"_s, u"out_of_area"_s, u"hospital"_s,
                               u"other"_s}));
        QVERIFY(!amendableContactFields().contains(u"id"_s));
        QVERIFY(!amendableContactFields().contains(u"youngPersonId"_s));
    }

    void goldenJson()
    {
        QCOMPARE(goodLog().toJson().value(u"at"_s).toString(), u"2026-05-20T14:30:00.250Z"_s);
        QVERIFY(DomainTest::matchesGolden(u"contact_log.json"_s, goodLog().toJson()));
        QVERIFY(DomainTest::matchesGolden(u"contact_amendment.json"_s, goodAmendment().toJson()));
        QVERIFY(DomainTest::matchesGolden(u"contact_request.json"_s, goodRequest().toJson()));
    }

    void roundTrip()
    {
        QVERIFY(DomainTest::roundTrips(goodLog()));
        QVERIFY(DomainTest::roundTrips(goodAmendment()));
        QVERIFY(DomainTest::roundTrips(goodRequest()));
        ContactLog minimal;
        QVERIFY(DomainTest::roundTrips(minimal));
        QVERIFY(DomainTest::roundTrips(ContactRequest()));
    }

    void optionalFieldsOmitted()
    {
        ContactLog c = goodLog();
        c.location.clear();
        c.notes.clear();
        c.wellbeing.reset();
        c.followUps.clear();
        c.respondsToRequestId.clear();
        const QJsonObject json = c.toJson();
        for (const QString &key : {u"location"_s, u"notes"_s, u"wellbeing"_s, u"followUps"_s, u"respondsToRequestId"_s})
            QVERIFY2(!json.contains(key), qPrintable(key));
        QVERIFY(json.contains(u"successful"_s));
    }

    void fromJsonRejectsWrongTypes()
    {
        const QList<QJsonObject> all {goodLog().toJson(), goodAmendment().toJson(), goodRequest().toJson()};
        for (qsizetype i = 0; i < all.size(); ++i) {
            for (const QString &key : all.at(i).keys()) {
                QJsonObject json = all.at(i);
                json.insert(key, wrongType(json.value(key)));
                const bool parsed = i == 0 ? ContactLog::fromJson(json).has_value()
                    : i == 1               ? ContactAmendment::fromJson(json).has_value()
                                           : ContactRequest::fromJson(json).has_value();
                QVERIFY2(!parsed, qPrintable(key));
            }
        }
        QJsonObject json = goodLog().toJson();
        json.insert(u"kind"_s, u"carrier_pigeon"_s);
        QVERIFY(!ContactLog::fromJson(json));
        json = goodLog().toJson();
        json.insert(u"at"_s, u"2026-05-20 14:30"_s);
        QVERIFY(!ContactLog::fromJson(json));
        json = goodLog().toJson();
        json.insert(u"wellbeing"_s, 3.5);
        QVERIFY(!ContactLog::fromJson(json));
        json = goodLog().toJson();
        json.insert(u"followUps"_s, QJsonArray {u"ok"_s, 3});
        QVERIFY(!ContactLog::fromJson(json));
        json = goodRequest().toJson();
        json.insert(u"status"_s, u"closed"_s);
        QVERIFY(!ContactRequest::fromJson(json));
        json = goodRequest().toJson();
        json.insert(u"urgency"_s, u"now"_s);
        QVERIFY(!ContactRequest::fromJson(json));
    }

    void fromJsonIgnoresUnknownKeysAndNulls()
    {
        QJsonObject json = goodLog().toJson();
        json.insert(u"addedInVersion9"_s, QJsonObject {{u"x"_s, 1}});
        QCOMPARE(ContactLog::fromJson(json)->toJson(), goodLog().toJson());
        json.insert(u"wellbeing"_s, QJsonValue());
        QCOMPARE(ContactLog::fromJson(json)->wellbeing, std::nullopt);
        // Missing booleans take the struct defaults.
        const std::optional<ContactLog> bare = ContactLog::fromJson(QJsonObject {{u"id"_s, u"x"_s}});
        QVERIFY(bare);
        QCOMPARE(bare->successful, true);
        QCOMPARE(bare->kind, ContactKind::Visit);
    }

    void countsAsContact()
    {
        ContactLog c = goodLog();
        QVERIFY(c.countsAsContact());
        c.successful = false;
        QVERIFY(!c.countsAsContact());
        c.successful = true;
        c.kind = ContactKind::Letter;
        QVERIFY(!c.countsAsContact());
        c.kind = ContactKind::Attempted;
        QVERIFY(!c.countsAsContact());
        c.kind = ContactKind::Text;
        QVERIFY(c.countsAsContact());
        QVERIFY(!c.countsAsAttempt());
        c.kind = ContactKind::Attempted;
        c.successful = false;
        QVERIFY(c.countsAsAttempt());
        // Entered in error: neither contact nor an attempt.
        c.enteredInError = true;
        QVERIFY(!c.countsAsAttempt());
        c = goodLog();
        c.enteredInError = true;
        QVERIFY(!c.countsAsContact());
        QVERIFY(!c.countsAsAttempt());
    }

    void enteredInErrorOnlyByAmendment()
    {
        // Not written when false, so logs saved before the field existed read the same.
        QVERIFY(!goodLog().toJson().contains(u"enteredInError"_s));
        ContactLog marked = goodLog();
        marked.enteredInError = true;
        QCOMPARE(marked.toJson().value(u"enteredInError"_s), QJsonValue(true));
        QVERIFY(DomainTest::roundTrips(marked));
        // A new log cannot say it was entered in error: only an amendment can.
        QVERIFY(DomainTest::reports(marked, u"invalid_combination"_s, u"enteredInError"_s));

        const ContactAmendment mark = amend(u"m"_s, utc(22, 9), QJsonObject {{u"enteredInError"_s, true}});
        QCOMPARE(mark.validate(), ValidationErrors());
        QVERIFY(DomainTest::reports(amend(u"w"_s, utc(22, 9), QJsonObject {{u"enteredInError"_s, u"yes"_s}}),
                                    u"invalid_format"_s, u"changes"_s));
        const ContactLog original = goodLog();
        const ContactLog read = applyAmendments(original, {mark});
        QVERIFY(read.enteredInError);
        QVERIFY(!read.countsAsContact());
        QVERIFY(!original.enteredInError);

        // Who marked it and why: the marking amendment, also among other corrections.
        const ContactAmendment earlier = amend(u"e"_s, utc(21, 9), QJsonObject {{u"notes"_s, u"Typo fixed"_s}});
        const std::optional<ContactAmendment> by = enteredInErrorBy(original, {mark, earlier});
        QVERIFY(by);
        QCOMPARE(by->id, u"m"_s);
        QCOMPARE(enteredInErrorBy(original, {earlier}), std::nullopt);
        // Marked, then unmarked by a later amendment: it counts again.
        const ContactAmendment unmark = amend(u"u"_s, utc(23, 9), QJsonObject {{u"enteredInError"_s, false}});
        QCOMPARE(enteredInErrorBy(original, {unmark, mark}), std::nullopt);
        QVERIFY(applyAmendments(original, {unmark, mark}).countsAsContact());
    }

    void validateLog()
    {
        QCOMPARE(goodLog().validate(), ValidationErrors());
        QCOMPARE(goodLog().validateAt(DomainTest::now()), ValidationErrors());

        for (const QString &field : {u"id"_s, u"youngPersonId"_s, u"staffId"_s}) {
            QJsonObject json = goodLog().toJson();
            json.remove(field);
            QVERIFY2(DomainTest::reports(*ContactLog::fromJson(json), u"required"_s, field), qPrintable(field));
        }
        ContactLog c = goodLog();
        c.at = QDateTime();
        QVERIFY(DomainTest::reports(c, u"required"_s, u"at"_s));

        c = goodLog();
        c.id = u"   "_s;
        QVERIFY(DomainTest::reports(c, u"required"_s, u"id"_s));

        for (int w : {0, 6, -1}) {
            c = goodLog();
            c.wellbeing = w;
            QVERIFY(DomainTest::reports(c, u"out_of_range"_s, u"wellbeing"_s));
        }
        for (int w : {1, 5}) {
            c = goodLog();
            c.wellbeing = w;
            QCOMPARE(c.validate(), ValidationErrors());
        }

        c = goodLog();
        c.kind = ContactKind::Attempted;
        c.seenAlone = false;
        c.wellbeing.reset();
        QVERIFY(DomainTest::reports(c, u"invalid_combination"_s, u"successful"_s));
        c.successful = false;
        QCOMPARE(c.validate(), ValidationErrors());
        c.seenAlone = true;
        QVERIFY(DomainTest::reports(c, u"invalid_combination"_s, u"seenAlone"_s));
        c.seenAlone = false;
        c.wellbeing = 3;
        QVERIFY(DomainTest::reports(c, u"invalid_combination"_s, u"wellbeing"_s));

        c = goodLog();
        c.kind = ContactKind::Letter;
        QVERIFY(DomainTest::reports(c, u"invalid_combination"_s, u"seenAlone"_s));

        c = goodLog();
        c.location = u"moon"_s;
        QVERIFY(DomainTest::reports(c, u"unknown_code"_s, u"location"_s));

        c = goodLog();
        c.notes = QString(MaxLongText, u'x');
        QCOMPARE(c.validate(), ValidationErrors());
        c.notes += u'x';
        QVERIFY(DomainTest::reports(c, u"too_long"_s, u"notes"_s));
        c = goodLog();
        c.followUps.append(QString(MaxLineText + 1, u'x'));
        QVERIFY(DomainTest::reports(c, u"too_long"_s, u"followUps.2"_s));

        // More than 5 minutes ahead of now is in the future; within 5 minutes is clock drift.
        c = goodLog();
        c.at = DomainTest::now().addSecs(5 * 60);
        QCOMPARE(c.validateAt(DomainTest::now()), ValidationErrors());
        c.at = DomainTest::now().addSecs(5 * 60 + 1);
        QVERIFY(hasError(c.validateAt(DomainTest::now()), u"date_in_future"_s, u"at"_s));
        QCOMPARE(c.validate(), ValidationErrors()); // no clock, no future check
        QCOMPARE(validateRecordAt(c, DomainTest::now()), c.validateAt(DomainTest::now()));
    }

    void validateAmendment()
    {
        QCOMPARE(goodAmendment().validateAt(DomainTest::now()), ValidationErrors());
        for (const QString &field :
             {u"id"_s, u"youngPersonId"_s, u"contactLogId"_s, u"amendedBy"_s, u"amendedAt"_s, u"reason"_s}) {
            QJsonObject json = goodAmendment().toJson();
            json.remove(field);
            QVERIFY2(DomainTest::reports(*ContactAmendment::fromJson(json), u"required"_s, field), qPrintable(field));
        }
        ContactAmendment a = goodAmendment();
        a.changes = {};
        QVERIFY(DomainTest::reports(a, u"required"_s, u"changes"_s));
        a.changes = QJsonObject {{u"youngPersonId"_s, u"someone else"_s}};
        QVERIFY(DomainTest::reports(a, u"unknown_code"_s, u"changes.youngPersonId"_s));
        a.changes = QJsonObject {{u"wellbeing"_s, u"four"_s}};
        QVERIFY(DomainTest::reports(a, u"invalid_format"_s, u"changes"_s));
        a.changes = QJsonObject {{u"wellbeing"_s, QJsonValue()}};
        QCOMPARE(a.validate(), ValidationErrors());
        a = goodAmendment();
        a.reason = QString(MaxLineText + 1, u'r');
        QVERIFY(DomainTest::reports(a, u"too_long"_s, u"reason"_s));
        a = goodAmendment();
        a.amendedAt = DomainTest::now().addSecs(3600);
        QVERIFY(hasError(a.validateAt(DomainTest::now()), u"date_in_future"_s, u"amendedAt"_s));
    }

    void validateRequest()
    {
        QCOMPARE(goodRequest().validateAt(DomainTest::now()), ValidationErrors());
        ContactRequest r;
        const ValidationErrors empty = r.validate();
        QVERIFY(hasError(empty, u"required"_s, u"id"_s));
        QVERIFY(hasError(empty, u"required"_s, u"youngPersonId"_s));
        QVERIFY(hasError(empty, u"required"_s, u"requestedAt"_s));

        r = goodRequest();
        r.answeredAt.reset();
        r.answeredBy.clear();
        QVERIFY(DomainTest::reports(r, u"required"_s, u"answeredAt"_s));
        r = goodRequest();
        r.status = u"open"_s;
        QVERIFY(DomainTest::reports(r, u"invalid_combination"_s, u"answeredAt"_s));
        r.answeredAt.reset();
        QVERIFY(DomainTest::reports(r, u"invalid_combination"_s, u"answeredBy"_s));
        r.answeredBy.clear();
        r.reply.clear();
        QCOMPARE(r.validate(), ValidationErrors());
        r = goodRequest();
        r.answeredAt = r.requestedAt.addSecs(-60);
        QVERIFY(DomainTest::reports(r, u"invalid_combination"_s, u"answeredAt"_s));
        r = goodRequest();
        r.status = u"closed"_s;
        QVERIFY(DomainTest::reports(r, u"unknown_code"_s, u"status"_s));
        r = goodRequest();
        r.message = QString(MaxLongText + 1, u'm');
        QVERIFY(DomainTest::reports(r, u"too_long"_s, u"message"_s));
        r = goodRequest();
        r.reply = QString(MaxLongText + 1, u'm');
        QVERIFY(DomainTest::reports(r, u"too_long"_s, u"reply"_s));
        r = goodRequest();
        r.status = u"open"_s;
        r.answeredAt.reset();
        r.answeredBy.clear();
        QVERIFY(DomainTest::reports(r, u"invalid_combination"_s, u"reply"_s)); // a reply answers it
        r = goodRequest();
        r.requestedAt = DomainTest::now().addDays(1);
        r.answeredAt = DomainTest::now().addDays(2);
        const ValidationErrors future = r.validateAt(DomainTest::now());
        QVERIFY(hasError(future, u"date_in_future"_s, u"requestedAt"_s));
        QVERIFY(hasError(future, u"date_in_future"_s, u"answeredAt"_s));
    }

    void requestStates()
    {
        ContactRequest r = goodRequest();
        QCOMPARE(requestState(r, {}), RequestState::Answered);
        r.status = u"open"_s;
        r.answeredAt.reset();
        r.answeredBy.clear();
        r.reply.clear();
        ContactLog unrelated = goodLog();
        unrelated.respondsToRequestId.clear();
        QCOMPARE(requestState(r, {unrelated}), RequestState::Open);
        ContactLog answer = goodLog();
        answer.respondsToRequestId = r.id;
        ContactLog later = answer;
        later.id = u"later"_s;
        later.at = answer.at.addDays(1);
        QCOMPARE(requestState(r, {later, answer}), RequestState::Answered);
        QCOMPARE(responseTo(r, {later, answer})->id, answer.id);
        QVERIFY(!responseTo(r, {unrelated}));
        // A contact entered in error answered nothing.
        ContactLog mistaken = answer;
        mistaken.enteredInError = true;
        QCOMPARE(responseTo(r, {later, mistaken})->id, later.id);
        QCOMPARE(requestState(r, {mistaken}), RequestState::Open);
        r.status = u"withdrawn"_s;
        QCOMPARE(requestState(r, {answer}), RequestState::Withdrawn);
    }

    void amendmentsApplyInTimeOrder()
    {
        const ContactLog original = goodLog();
        // Listed out of order: the later correction must win.
        const QList<ContactAmendment> amendments {
            amend(u"b"_s, utc(23, 9), QJsonObject {{u"wellbeing"_s, 2}}),
            amend(u"a"_s, utc(22, 9), QJsonObject {{u"wellbeing"_s, 5}, {u"seenAlone"_s, false}}),
        };
        const ContactLog amended = applyAmendments(original, amendments);
        QCOMPARE(amended.wellbeing, 2);
        QCOMPARE(amended.seenAlone, false);
        // Only fields present change.
        QCOMPARE(amended.notes, original.notes);
        QCOMPARE(amended.at, original.at);
        QCOMPARE(amended.followUps, original.followUps);
        // The original is untouched: the log is append-only.
        QCOMPARE(original.wellbeing, 4);
        // Same instant: ordered by id, so the result does not depend on the list order.
        const QList<ContactAmendment> tied {amend(u"2"_s, utc(22, 9), QJsonObject {{u"wellbeing"_s, 1}}),
                                            amend(u"1"_s, utc(22, 9), QJsonObject {{u"wellbeing"_s, 3}})};
        QCOMPARE(applyAmendments(original, tied).wellbeing, 1);
        QCOMPARE(applyAmendments(original, {tied.at(1), tied.at(0)}).wellbeing, 1);
    }

    void amendmentsIgnoreWhatTheyMayNotChange()
    {
        const ContactLog original = goodLog();
        ContactAmendment other = amend(u"x"_s, utc(22, 9), QJsonObject {{u"wellbeing"_s, 1}});
        other.contactLogId = u"another log"_s;
        ContactAmendment identity
            = amend(u"y"_s, utc(22, 10), QJsonObject {{u"id"_s, u"new"_s}, {u"youngPersonId"_s, u"someone"_s}});
        ContactAmendment badType = amend(u"z"_s, utc(22, 11), QJsonObject {{u"wellbeing"_s, u"good"_s}});
        const ContactLog result = applyAmendments(original, {other, identity, badType});
        QCOMPARE(result.toJson(), original.toJson());

        const ContactLog cleared = applyAmendments(
            original,
            {amend(u"c"_s, utc(22, 9),
                   QJsonObject {{u"wellbeing"_s, QJsonValue()}, {u"notes"_s, u""_s}, {u"kind"_s, u"phone"_s}})});
        QCOMPARE(cleared.wellbeing, std::nullopt);
        QCOMPARE(cleared.notes, QString());
        QCOMPARE(cleared.kind, ContactKind::Phone);
        QCOMPARE(applyAmendments(original, {}).toJson(), original.toJson());
    }
};

QTEST_GUILESS_MAIN(TestContact)
#include "tst_contact.moc"
