// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/appsettings.h"
#include "ui/languages.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {
/** Where the build puts the .qm files the app embeds under :/i18n. */
QString qmDirectory()
{
    return QStringLiteral(PATHWAY_BINARY_DIR) + u"/translations"_s;
}

QString translatedSettingsTitle()
{
    return QCoreApplication::translate("SettingsPage", "Settings", "@title:page");
}
} // namespace

/** The language choice: what ships, starting, choosing (remembered), a record's first language, direction. */
class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageShips()
    {
        AppSettings settings(QString {});
        Languages languages(&settings, nullptr, qmDirectory());
        QStringList codes;
        for (const QVariant &v : languages.available())
            codes.append(v.toMap().value(u"code"_s).toString());
        QCOMPARE(codes, Languages::knownCodes());
        QCOMPARE(codes.size(), 9);
        QCOMPARE(Languages::nativeName(u"ti"_s), u"ትግርኛ"_s);
        for (const QString &code : {u"ar"_s, u"fa"_s, u"ps"_s, u"ckb"_s})
            QVERIFY(Languages::isRightToLeft(code));
        for (const QString &code : {u"en"_s, u"ti"_s, u"sq"_s, u"vi"_s, u"so"_s})
            QVERIFY(!Languages::isRightToLeft(code));
    }

    void tagsFindTheirTranslation()
    {
        AppSettings settings(QString {});
        Languages languages(&settings, nullptr, qmDirectory());
        QCOMPARE(languages.codeFor(u"fa-AF"_s), u"fa"_s);
        QCOMPARE(languages.codeFor(u"prs"_s), u"fa"_s); // Dari readers read Farsi
        QCOMPARE(languages.codeFor(u"ku-Arab"_s), u"ckb"_s);
        QCOMPARE(languages.codeFor(u"ti_ER"_s), u"ti"_s);
        QCOMPARE(languages.codeFor(u"pl"_s), QString());
        QCOMPARE(languages.codeFor(QString()), QString());
    }

    void chooseSwitchesAndRemembers()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        {
            AppSettings settings(file);
            Languages languages(&settings, nullptr, qmDirectory());
            languages.start(u"C"_s); // a system locale with no translation: English
            QCOMPARE(languages.current(), u"en"_s);
            QCOMPARE(translatedSettingsTitle(), u"Settings"_s);
            QSignalSpy changed(&languages, &Languages::changed);
            QVERIFY(languages.choose(u"ar"_s));
            QCOMPARE(changed.size(), 1);
            QCOMPARE(languages.current(), u"ar"_s);
            QVERIFY(languages.rightToLeft());
            QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
            QCOMPARE(translatedSettingsTitle(), u"الإعدادات"_s);
            QCOMPARE(settings.language(), u"ar"_s);
            QCOMPARE(languages.currentIndex(), 1);
            // Six Arabic plural forms: two is its own form.
            QVERIFY(QCoreApplication::translate("Labels", "%n day(s) ago", "@info time", 2)
                    != QCoreApplication::translate("Labels", "%n day(s) ago", "@info time", 5));
            QVERIFY(languages.choose(u"ti"_s));
            QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
            QVERIFY(translatedSettingsTitle() != u"Settings"_s);
            QVERIFY(!languages.choose(u"pl"_s)); // not shipped: nothing changes
            QCOMPARE(languages.current(), u"ti"_s);
        }
        // Remembered: the next start is in Tigrinya whatever the system says.
        AppSettings settings(file);
        Languages languages(&settings, nullptr, qmDirectory());
        languages.start(u"en_GB"_s);
        QCOMPARE(languages.current(), u"ti"_s);
        // A chosen language wins over the record's first language.
        QVERIFY(!languages.adoptFirstLanguage(u"so"_s));
        QCOMPARE(languages.current(), u"ti"_s);
        QVERIFY(languages.choose(u"en"_s));
    }

    void firstLanguageUntilChosen()
    {
        AppSettings settings(QString {});
        Languages languages(&settings, nullptr, qmDirectory());
        languages.start(u"en_GB"_s);
        // No translation for Polish: English stays, and nothing is remembered.
        QVERIFY(!languages.adoptFirstLanguage(u"pl"_s));
        QCOMPARE(languages.current(), u"en"_s);
        QVERIFY(settings.language().isEmpty());
        QVERIFY(languages.adoptFirstLanguage(u"ps"_s));
        QCOMPARE(languages.current(), u"ps"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(settings.language(), u"ps"_s);
        // Once it is the device's language, another record's language does not replace it.
        QVERIFY(!languages.adoptFirstLanguage(u"vi"_s));
        QCOMPARE(languages.current(), u"ps"_s);
        QVERIFY(languages.choose(u"en"_s));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
