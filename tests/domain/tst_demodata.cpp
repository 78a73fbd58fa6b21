// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/demodata.h"

#include "domain/bodyvalidation.h"

#include "domaintest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 6, 1);

QDateTime noon(const QDate &day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC);
}

/** Calls f(record) for every record of every list. */
template<typename F> void forEachRecord(const DemoAuthority &a, F &&f)
{
    auto each = [&](const auto &list) {
        for (const auto &r : list)
            f(r);
    };
    each(a.staff);
    each(a.youngPeople);
    each(a.allocations);
    each(a.planSections);
    each(a.planActions);
    each(a.reviews);
    each(a.health);
    each(a.handovers);
    each(a.offer);
    each(a.entitlements);
    each(a.documents);
    each(a.contacts);
    each(a.amendments);
    each(a.requests);
    each(a.events);
}

/** Every record as JSON, for comparing two authorities. */
QJsonArray everything(const DemoAuthority &a)
{
    QJsonArray out;
    forEachRecord(a, [&](const auto &r) { out.append(r.toJson()); });
    return out;
}

/** Days since the last successful contact, or -1 for none. */
int daysSinceContact(const DemoAuthority &a, const QString &ypId, const QDate &day)
{
    std::optional<QDateTime> last;
    for (const ContactLog &c : a.contacts) {
        if (c.youngPersonId == ypId && c.countsAsContact() && (!last || c.at > *last))
            last = c.at;
    }
    return last ? static_cast<int>(last->date().daysTo(day)) : -1;
}

/** The built-in demo file as JSON. */
QJsonObject builtInFile()
{
    QFile f(u":/pathway/demo/northbrook.json"_s);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

/** @p root with @p field of its first record of @p type set to @p value. */
QJsonObject withFirstRecord(QJsonObject root, const QString &type, const QString &field, const QJsonValue &value)
{
    QJsonObject records = root.value(u"records"_s).toObject();
    QJsonArray list = records.value(type).toArray();
    QJsonObject first = list.first().toObject();
    first.insert(field, value);
    list.replace(0, first);
    records.insert(type, list);
    root.insert(u"records"_s, records);
    return root;
}

const YoungPerson *byName(const DemoAuthority &a, const QString &name)
{
    for (const YoungPerson &yp : a.youngPeople) {
        if (yp.displayName == name)
            return &yp;
    }
    return nullptr;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_demo = makeDemoAuthority(today); }

    void staffAndPeopleCounts()
    {
        QCOMPARE(m_demo.staff.size(), 5);
        QMap<Role, int> roles;
        for (const StaffMember &s : m_demo.staff)
            ++roles[s.role];
        QCOMPARE(roles.value(Role::Manager), 1);
        QCOMPARE(roles.value(Role::PersonalAdviser), 3);
        QCOMPARE(roles.value(Role::Admin), 1);
        QCOMPARE(m_demo.youngPeople.size(), 40);
        QVERIFY(!m_demo.authorityId.isEmpty());
        QVERIFY(!m_demo.authorityName.isEmpty());
    }

    void allFourCategoriesAndUasc()
    {
        QMap<LegalCategory, int> categories;
        QSet<QString> languages;
        QSet<QString> pronouns;
        int uasc = 0;
        int withNeeds = 0;
        for (const YoungPerson &yp : m_demo.youngPeople) {
            ++categories[yp.legalCategoryOn(today)];
            if (yp.uasc) {
                ++uasc;
                languages.insert(yp.firstLanguage);
            }
            pronouns.insert(yp.pronouns);
            withNeeds += yp.accessibilityNeeds.isEmpty() ? 0 : 1;
            const int age = yp.ageOn(today);
            QVERIFY2(age >= 16 && age <= 24, qPrintable(yp.displayName));
        }
        QCOMPARE(categories.value(LegalCategory::Eligible), 7);
        QCOMPARE(categories.value(LegalCategory::Relevant), 6);
        QCOMPARE(categories.value(LegalCategory::FormerRelevant), 20);
        QCOMPARE(categories.value(LegalCategory::Qualifying), 7);
        QCOMPARE(categories.value(LegalCategory::NotACareLeaver), 0);
        QCOMPARE(uasc, 12);
        for (const QString &tag : {u"ti"_s, u"ar"_s, u"ps"_s, u"ku"_s, u"fa"_s, u"sq"_s, u"vi"_s})
            QVERIFY2(languages.contains(tag), qPrintable(tag));
        QVERIFY(pronouns.contains(u"they/them"_s));
        QVERIFY(withNeeds >= 5);
    }

    void threeUnallocated()
    {
        int unallocated = 0;
        for (const YoungPerson &yp : m_demo.youngPeople) {
            QList<Allocation> mine;
            for (const Allocation &a : m_demo.allocations) {
                if (a.youngPersonId == yp.id)
                    mine.append(a);
            }
            if (!currentAllocation(mine, today))
                ++unallocated;
        }
        QCOMPARE(unallocated, 3);
    }

    void contactGaps()
    {
        QMap<int, QString> longGaps;
        int withinEightWeeks = 0;
        for (const YoungPerson &yp : m_demo.youngPeople) {
            const int days = daysSinceContact(m_demo, yp.id, today);
            QVERIFY2(days >= 0, qPrintable(yp.displayName));
            if (days <= 56)
                ++withinEightWeeks;
            else
                longGaps.insert(days, yp.id);
        }
        QCOMPARE(longGaps.keys(), (QList<int> {70, 400, 800}));
        QCOMPARE(withinEightWeeks, 37);
        // After the last successful contact, the PA kept trying.
        for (const QString &ypId : std::as_const(longGaps)) {
            const int days = daysSinceContact(m_demo, ypId, today);
            int attemptsAfter = 0;
            for (const ContactLog &c : m_demo.contacts) {
                if (c.youngPersonId == ypId && !c.countsAsContact() && c.at.date().daysTo(today) < days)
                    ++attemptsAfter;
            }
            QVERIFY2(attemptsAfter >= 2, qPrintable(ypId));
        }
    }

    void everythingValidates_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("2026-06-01") << today << 1u;
        QTest::newRow("leap day") << QDate(2028, 2, 29) << 2u;
        QTest::newRow("new year's eve") << QDate(2025, 12, 31) << 3u;
        QTest::newRow("1 March after a leap year") << QDate(2029, 3, 1) << 4u;
        QTest::newRow("seed 0") << QDate(2027, 9, 15) << 0u;
    }

    void everythingValidates()
    {
        QFETCH(QDate, day);
        QFETCH(quint32, seed);
        const DemoAuthority demo = makeDemoAuthority(day, seed);
        QSet<QString> ids;
        int records = 0;
        forEachRecord(demo, [&](const auto &r) {
            ++records;
            const ValidationErrors errors = validateRecordAt(r, noon(day));
            if (!errors.isEmpty())
                qWarning().noquote() << r.recordType << QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)
                                     << QTest::toString(errors);
            QVERIFY(errors.isEmpty());
            QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
            ids.insert(r.id);
        });
        QVERIFY(records > 1000);
        // The facts hold on every day, not only on the day the profiles were written for.
        int longGaps = 0;
        for (const YoungPerson &yp : demo.youngPeople)
            longGaps += daysSinceContact(demo, yp.id, day) > 56 ? 1 : 0;
        QCOMPARE(longGaps, 3);
    }

    void referencesResolve()
    {
        QSet<QString> people;
        for (const YoungPerson &yp : m_demo.youngPeople)
            people.insert(yp.id);
        QSet<QString> staff;
        for (const StaffMember &s : m_demo.staff)
            staff.insert(s.id);
        QSet<QString> offer;
        for (const OfferItem &o : m_demo.offer)
            offer.insert(o.id);
        QSet<QString> contactIds;
        for (const ContactLog &c : m_demo.contacts)
            contactIds.insert(c.id);
        forEachRecord(m_demo, [&](const auto &r) {
            if (!r.ownerId().isEmpty())
                QVERIFY2(people.contains(r.ownerId()), r.recordType);
        });
        for (const Allocation &a : m_demo.allocations)
            QVERIFY(staff.contains(a.staffId) && staff.contains(a.allocatedBy));
        for (const ContactLog &c : m_demo.contacts)
            QVERIFY(staff.contains(c.staffId));
        for (const Entitlement &e : m_demo.entitlements)
            QVERIFY(offer.contains(e.offerItemId));
        for (const ContactAmendment &a : m_demo.amendments)
            QVERIFY(contactIds.contains(a.contactLogId));
        QCOMPARE(m_demo.amendments.size(), 2);
    }

    void deterministic()
    {
        const DemoAuthority again = makeDemoAuthority(today);
        QCOMPARE(everything(again), everything(m_demo));
        const DemoAuthority otherSeed = makeDemoAuthority(today, 2);
        QVERIFY(otherSeed.youngPeople.first().id != m_demo.youngPeople.first().id);
        QCOMPARE(otherSeed.youngPeople.size(), m_demo.youngPeople.size());
    }

    void plansAndReviews()
    {
        QMap<QString, int> sections;
        for (const PlanSection &s : m_demo.planSections)
            ++sections[s.youngPersonId];
        int fullPlans = 0;
        for (const YoungPerson &yp : m_demo.youngPeople) {
            QVERIFY2(sections.value(yp.id) >= 4, qPrintable(yp.displayName));
            fullPlans += sections.value(yp.id) == PlanAreaCount ? 1 : 0;
        }
        QCOMPARE(fullPlans, 37);

        QMap<QString, PlanReview> latest;
        for (const PlanReview &r : m_demo.reviews) {
            if (!latest.contains(r.youngPersonId) || latest[r.youngPersonId].heldOn < r.heldOn)
                latest[r.youngPersonId] = r;
        }
        QCOMPARE(latest.size(), 40);
        int overdue = 0;
        for (const PlanReview &r : std::as_const(latest))
            overdue += r.nextReviewDue < today ? 1 : 0;
        QCOMPARE(overdue, 5);

        int overdueActions = 0;
        for (const PlanAction &a : m_demo.planActions) {
            QVERIFY(!a.who.isEmpty() && a.byWhen);
            overdueActions += a.isOverdueOn(today) ? 1 : 0;
        }
        QVERIFY(overdueActions >= 5);
    }

    void justEighteenWithoutHealthHandover()
    {
        const YoungPerson *jordan = byName(m_demo, u"Jordan"_s);
        QVERIFY(jordan);
        QCOMPARE(jordan->ageOn(today), 18);
        QCOMPARE(jordan->ageOn(today.addDays(-30)), 17);
        int incompleteAdults = 0;
        for (const YoungPerson &yp : m_demo.youngPeople) {
            if (yp.ageOn(today) < 18)
                continue;
            bool complete = false;
            for (const HealthHandover &h : m_demo.handovers)
                complete = complete || (h.youngPersonId == yp.id && h.isComplete());
            if (!complete) {
                ++incompleteAdults;
                QCOMPARE(yp.id, jordan->id);
            }
        }
        QCOMPARE(incompleteAdults, 1);
    }

    void documents()
    {
        QMap<QString, QSet<DocumentKind>> kinds;
        int missingPassports = 0;
        int expiring = 0;
        for (const DocumentItem &d : m_demo.documents) {
            kinds[d.youngPersonId].insert(d.kind);
            if (d.kind != DocumentKind::Passport)
                continue;
            missingPassports += d.status == DocumentStatus::Missing ? 1 : 0;
            if (d.status == DocumentStatus::Have && d.expiresOn && *d.expiresOn <= today.addMonths(3))
                ++expiring;
        }
        for (const YoungPerson &yp : m_demo.youngPeople)
            QCOMPARE(kinds.value(yp.id).size(), int(allDocumentKinds().size()));
        QCOMPARE(missingPassports, 3);
        QCOMPARE(expiring, 1);
    }

    void recentMoveWithoutVisit()
    {
        int found = 0;
        for (const ChronologyEvent &e : m_demo.events) {
            if (e.kind != ChronologyKind::MovedHome || !e.authorityProvided || e.date != today.addDays(-3))
                continue;
            ++found;
            for (const ContactLog &c : m_demo.contacts) {
                if (c.youngPersonId == e.youngPersonId && c.kind == ContactKind::Visit && c.successful)
                    QVERIFY(c.at.date() < e.date);
            }
        }
        QCOMPARE(found, 1);
    }

    void careLeaversHaveActivityAndAccommodationHistory()
    {
        // Every care leaver has what they do and where they live on record (OC3, Annex A and the
        // Performance page's NEET figure read them); each record starts after their 16th birthday.
        QStringList neetNow;
        QStringList neetLong;
        QStringList unsuitable;
        for (const YoungPerson &yp : m_demo.youngPeople) {
            QList<ActivityPeriod> activities;
            for (const ActivityPeriod &a : m_demo.activities) {
                if (a.youngPersonId == yp.id) {
                    QVERIFY2(a.from >= yp.dateOfBirth.addYears(16), qPrintable(a.id));
                    activities.append(a);
                }
            }
            QList<AccommodationPeriod> homes;
            for (const AccommodationPeriod &h : m_demo.accommodations) {
                if (h.youngPersonId == yp.id)
                    homes.append(h);
            }
            QVERIFY2(activityOn(activities, today), qPrintable(yp.displayName));
            QVERIFY(!yp.gender.isEmpty() || !yp.ethnicity.isEmpty() || yp.displayName == u"Tyler"_s);
            if (yp.care.stillLookedAfter)
                continue; // in foster care: no care leaver's accommodation yet
            QVERIFY2(accommodationOn(homes, today), qPrintable(yp.displayName));
            if (const auto since = neetSince(activities, today)) {
                neetNow << yp.displayName;
                if (since->addMonths(3) <= today)
                    neetLong << yp.displayName;
            }
            if (!accommodationOn(homes, today)->suitable)
                unsuitable << yp.displayName;
        }
        neetNow.sort();
        QCOMPARE(neetNow,
                 (QStringList {u"Besnik"_s, u"Callum"_s, u"Kieran"_s, u"Liam"_s, u"Rhys"_s, u"Ryan"_s, u"Sophie"_s,
                               u"Tyler"_s}));
        QCOMPARE(neetLong, QStringList {u"Besnik"_s});
        unsuitable.sort();
        QCOMPARE(unsuitable, (QStringList {u"Megan"_s, u"Rhys"_s}));
    }

    void oneUrgentRequestOpenForThreeDays()
    {
        int urgentOpen = 0;
        for (const ContactRequest &r : m_demo.requests) {
            if (r.urgency != RequestUrgency::Urgent || r.status != u"open"_s)
                continue;
            ++urgentOpen;
            QCOMPARE(r.requestedAt.date(), today.addDays(-3));
            for (const ContactLog &c : m_demo.contacts)
                QVERIFY(c.respondsToRequestId != r.id);
        }
        QCOMPARE(urgentOpen, 1);
    }

    void localOffer()
    {
        QVERIFY(m_demo.offer.size() >= 18);
        QSet<qint64> amounts;
        bool hub = false;
        for (const OfferItem &o : m_demo.offer) {
            QCOMPARE(o.catalogueVersion, 2);
            QVERIFY(!o.plainDescription.isEmpty() && !o.howToClaim.isEmpty());
            if (o.amountPence)
                amounts.insert(*o.amountPence);
            hub = hub || o.plainDescription.contains(u"09:30 to 17:00"_s);
            // Every item is published in each of the app's languages too,.
            for (const QString &language : {u"ar"_s, u"fa"_s, u"ps"_s, u"ti"_s, u"ckb"_s, u"sq"_s, u"vi"_s, u"so"_s}) {
                const OfferText text = o.translations.value(language);
                QVERIFY2(!text.title.isEmpty() && !text.plainDescription.isEmpty() && !text.howToClaim.isEmpty(),
                         qPrintable(language + u' ' + o.title));
            }
            QVERIFY(o.validate().isEmpty());
        }
        QVERIFY(hub);
        for (qint64 pence : {200000, 120000, 300000})
            QVERIFY(amounts.contains(pence));
        QMap<QString, int> perPerson;
        for (const Entitlement &e : m_demo.entitlements)
            ++perPerson[e.youngPersonId];
        for (const YoungPerson &yp : m_demo.youngPeople)
            QVERIFY2(perPerson.value(yp.id) >= 3, qPrintable(yp.displayName));
    }

    void chronologies()
    {
        int moves = 0;
        for (const ChronologyEvent &e : m_demo.events)
            moves += e.kind == ChronologyKind::MovedHome ? 1 : 0;
        QVERIFY(moves >= 20);
        for (const YoungPerson &yp : m_demo.youngPeople) {
            ChronologySources s;
            s.youngPerson = yp;
            s.explicitEvents = m_demo.events;
            s.allocations = m_demo.allocations;
            s.contacts = m_demo.contacts;
            s.reviews = m_demo.reviews;
            s.documents = m_demo.documents;
            const QList<ChronologyEvent> timeline = buildChronology(s);
            QVERIFY(timeline.size() > 5);
            QCOMPARE(timeline.last().kind, ChronologyKind::Born);
            for (qsizetype i = 1; i < timeline.size(); ++i)
                QVERIFY(timeline.at(i - 1).date >= timeline.at(i).date);
            for (const ChronologyEvent &e : timeline)
                QVERIFY(validateRecordAt(e, noon(today)).isEmpty());
        }
    }

    void theFileLoadsAndEveryRecordValidates()
    {
        const DemoLoadResult r = loadDemoAuthority(u":/pathway/demo/northbrook.json"_s, today);
        QVERIFY2(r.ok(), qPrintable(r.error));
        int records = 0;
        forEachRecord(r.authority, [&](const auto &record) {
            ++records;
            const ValidationErrors errors = validateRecordBody(QString::fromLatin1(record.recordType), record.id,
                                                               record.ownerId(), record.toJson(), noon(today));
            if (!errors.isEmpty())
                qWarning().noquote() << record.recordType << record.id << QTest::toString(errors);
            QVERIFY(errors.isEmpty());
        });
        QVERIFY(records > 2000);
        QCOMPARE(r.authority.teams.size(), 1);
        // Relative dates: "-P16Y40D" is 16 years and 40 days before today, whatever today is.
        const YoungPerson *kai = byName(r.authority, u"Kai"_s);
        QVERIFY(kai);
        QCOMPARE(kai->dateOfBirth, today.addYears(-16).addDays(-40));
        // The published offer comes from the offer file (the docs' example); the withdrawn item from the demo file.
        QCOMPARE(r.authority.offer.last().key, u"gym_membership"_s);
        QVERIFY(r.authority.offer.last().withdrawn);
    }

    void aBadFileSaysWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("offerFile"); // empty: none
        QTest::addColumn<QString>("error");
        const QJsonObject root = builtInFile();
        QFile offerFile(u":/pathway/demo/local-offer.json"_s);
        QVERIFY(offerFile.open(QIODevice::ReadOnly));
        const QByteArray offer = offerFile.readAll();
        auto json = [](const QJsonObject &o) {
            return QJsonDocument(o).toJson();
        };
        QTest::newRow("not JSON") << json(root).left(500) << offer << u"demo.json: line "_s;
        QJsonObject otherFormat = root;
        otherFormat.insert(u"format"_s, u"pathway-offer"_s);
        QTest::newRow("another format") << json(otherFormat) << offer
                                        << u"demo.json: format: not a demo authority file"_s;
        QTest::newRow("no offer file") << json(root) << QByteArray() << u"demo.json: local-offer.json: "_s;
        struct Change
        {
            const char *name;
            QString type;
            QString field;
            QJsonValue value;
            QString error;
        };
        const Change changes[] = {
            {"a value of the wrong type", u"contact_log"_s, u"wellbeing"_s, u"lots"_s,
             u"demo.json: records.contact_log[0] (@contact/kai/1).wellbeing: invalid_type"_s},
            {"a field no record has", u"staff"_s, u"shoeSize"_s, 9,
             u"demo.json: records.staff[0] (@staff/manager).shoeSize: unknown_field"_s},
            {"a contact in the future", u"contact_log"_s, u"at"_s, u"+P3D 10:00"_s,
             u"demo.json: records.contact_log[0] (@contact/kai/1).at: date_in_future"_s},
            {"no such time", u"contact_log"_s, u"at"_s, u"-P3D 25:00"_s,
             u"demo.json: records.contact_log[0].at: \"-P3D 25:00\": no such time of day"_s},
            {"a reference to nobody", u"allocation"_s, u"staffId"_s, u"@staff/nobody"_s,
             u"demo.json: records.allocation[0].staffId (@staff/nobody): names no record"_s},
            {"not a reference", u"allocation"_s, u"staffId"_s, u"@"_s,
             u"demo.json: records.allocation[0].staffId: \"@\" is not a reference (@kind/key)"_s},
            {"the same id twice", u"health_entry"_s, u"id"_s, u"@health/kai/2"_s,
             u"demo.json: records.health_entry[1] (@health/kai/2): a second record with this id"_s},
        };
        for (const Change &c : changes)
            QTest::newRow(c.name) << json(withFirstRecord(root, c.type, c.field, c.value)) << offer << c.error;
        QJsonObject untitled = QJsonDocument::fromJson(offer).object();
        QJsonArray items = untitled.value(u"items"_s).toArray();
        QJsonObject first = items.first().toObject();
        first.remove(u"title"_s);
        items.replace(0, first);
        untitled.insert(u"items"_s, items);
        QTest::newRow("an offer item without a title")
            << json(root) << json(untitled) << u"demo.json: local-offer.json items[0] (@offer/pa_to_21).title: "_s;
        QJsonObject unknownType = root;
        QJsonObject records = root.value(u"records"_s).toObject();
        records.insert(u"pets"_s, QJsonArray());
        unknownType.insert(u"records"_s, records);
        QTest::newRow("an unknown record type")
            << json(unknownType) << offer << u"demo.json: records.pets: unknown record type"_s;
    }

    void aBadFileSaysWhatAndWhere()
    {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, offerFile);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QFile demo(dir.filePath(u"demo.json"_s));
        QVERIFY(demo.open(QIODevice::WriteOnly));
        demo.write(file);
        demo.close();
        QFile offer(dir.filePath(u"local-offer.json"_s));
        if (!offerFile.isEmpty()) {
            QVERIFY(offer.open(QIODevice::WriteOnly));
            offer.write(offerFile);
            offer.close();
        }
        const DemoLoadResult r = loadDemoAuthority(demo.fileName(), today);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    }

    void scaled()
    {
        const DemoAuthority a = makeScaledAuthority(today, 2000, 10, 7);
        QCOMPARE(a.youngPeople.size(), 2000);
        QCOMPARE(a.contacts.size(), 20000);
        QCOMPARE(a.reviews.size(), 2000);
        QCOMPARE(a.staff.size(), 2 + 80);
        QSet<QString> ids;
        QMap<LegalCategory, int> categories;
        forEachRecord(a, [&](const auto &r) {
            const ValidationErrors errors = validateRecordAt(r, noon(today));
            if (!errors.isEmpty())
                qWarning().noquote() << r.recordType << QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact)
                                     << QTest::toString(errors);
            QVERIFY(errors.isEmpty());
            QVERIFY(!ids.contains(r.id));
            ids.insert(r.id);
        });
        for (const YoungPerson &yp : a.youngPeople)
            ++categories[yp.legalCategoryOn(today)];
        for (LegalCategory c : {LegalCategory::Eligible, LegalCategory::Relevant, LegalCategory::FormerRelevant,
                                LegalCategory::Qualifying})
            QVERIFY(categories.value(c) > 50);
        QVERIFY(a.allocations.size() < 2000 && a.allocations.size() > 1850);
        QCOMPARE(everything(makeScaledAuthority(today, 50, 3, 7)), everything(makeScaledAuthority(today, 50, 3, 7)));
        QVERIFY(makeScaledAuthority(today, 1, 1, 7).youngPeople.first().id
                != makeScaledAuthority(today, 1, 1, 8).youngPeople.first().id);
        QCOMPARE(makeScaledAuthority(today, 0, 5, 1).youngPeople.size(), 0);
    }

    void scaledIsFast()
    {
        QElapsedTimer timer;
        timer.start();
        const DemoAuthority a = makeScaledAuthority(today, 100000, 5, 1);
        const qint64 ms = timer.elapsed();
        qInfo("100,000 young people, 500,000 contacts: %lld ms", ms);
        QCOMPARE(a.youngPeople.size(), 100000);
        // A few seconds in a release build; generous so sanitizer builds pass too.
        QVERIFY2(ms < 60000, qPrintable(QString::number(ms)));
    }

private:
    DemoAuthority m_demo;
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
