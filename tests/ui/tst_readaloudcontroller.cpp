// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/** Read aloud: the words built for each page, starting and stopping, and stopping when the page goes. */

#include "uitestutil.h"

#include "ui/readaloudcontroller.h"
#include "ui/youngpersoncontroller.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

namespace {
/** Records what it was asked to say, instead of speaking. */
class FakeSpeaker : public Speaker
{
    Q_OBJECT

public:
    void say(const QString &text, const QLocale &locale) override
    {
        said << text;
        lastLocale = locale;
        m_speaking = true;
        Q_EMIT speakingChanged();
    }
    void stop() override
    {
        ++stops;
        m_speaking = false;
        Q_EMIT speakingChanged();
    }
    bool isSpeaking() const override { return m_speaking; }
    bool isAvailable() const override { return true; }

    QStringList said;
    QLocale lastLocale;
    int stops = 0;

private:
    bool m_speaking = false;
};
} // namespace

class TestReadAloudController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textOfEachPage()
    {
        DemoDevice d(AppController::Role::YoungPerson);
        YoungPersonController person;
        person.setApp(d.app.get());
        ReadAloudController reader;
        FakeSpeaker speaker;
        reader.setSpeaker(&speaker);
        QCOMPARE(reader.textFor(u"plan"_s), QString()); // no person yet
        reader.setPerson(&person);

        const PlanModel *plan = person.plan();
        QVERIFY(plan->rowCount() >= 2);
        const QString plainText = reader.textFor(u"plan"_s);
        for (int i = 0; i < plan->rowCount(); ++i)
            QVERIFY(plainText.contains(plan->valueAt(i, u"heading"_s).toString()));
        // One area: its own heading and not the next area's.
        const QString area = reader.textFor(u"area"_s, plan->valueAt(0, u"key"_s).toString());
        QVERIFY(area.contains(plan->valueAt(0, u"heading"_s).toString()));
        QVERIFY(!area.contains(plan->valueAt(1, u"heading"_s).toString()));
        QVERIFY(area.size() < plainText.size());

        QVERIFY(person.offer()->rowCount() > 0);
        QVERIFY(reader.textFor(u"offer"_s).contains(person.offer()->valueAt(0, u"heading"_s).toString()));
        QVERIFY(person.documents()->rowCount() > 0);
        QVERIFY(reader.textFor(u"documents"_s).contains(person.documents()->valueAt(0, u"heading"_s).toString()));
        QVERIFY(person.health()->rowCount() > 0);
        QVERIFY(reader.textFor(u"health"_s).contains(person.health()->valueAt(0, u"heading"_s).toString()));
        QCOMPARE(reader.textFor(u"nothing"_s), QString());
    }

    void startsStopsAndStopsWithItsPage()
    {
        DemoDevice d(AppController::Role::YoungPerson);
        YoungPersonController person;
        person.setApp(d.app.get());
        FakeSpeaker speaker;
        auto reader = std::make_unique<ReadAloudController>();
        reader->setSpeaker(&speaker);
        reader->setPerson(&person);
        QSignalSpy speaking(reader.get(), &ReadAloudController::speakingChanged);

        reader->toggle(u"offer"_s);
        QCOMPARE(speaker.said.size(), 1);
        QCOMPARE(speaker.said.first(), reader->textFor(u"offer"_s));
        QCOMPARE(speaker.lastLocale, QLocale());
        QVERIFY(reader->isSpeaking());
        QVERIFY(!speaking.isEmpty());
        // Pressed again: it stops, and does not start again.
        reader->toggle(u"offer"_s);
        QVERIFY(!reader->isSpeaking());
        QCOMPARE(speaker.stops, 1);
        QCOMPARE(speaker.said.size(), 1);

        // The page goes while reading: the reading stops.
        reader->toggle(u"plan"_s);
        QVERIFY(speaker.isSpeaking());
        reader.reset();
        QVERIFY(!speaker.isSpeaking());
        QCOMPARE(speaker.stops, 2);
    }
};

QTEST_MAIN(TestReadAloudController)

#include "tst_readaloudcontroller.moc"
