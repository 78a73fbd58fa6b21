// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/** Contrast of every text colour in Colours (qml/Colours.qml) against the background it is drawn on, in both themes. */

#include <QColor>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <cmath>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Pathway_UiPlugin)

using namespace Qt::StringLiterals;

namespace {
/** WCAG 2 relative luminance of an opaque colour. */
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

/** Reads Colours.pairs in the light and the dark theme and prints the contrast table. */
class TestPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrast_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void contrast()
    {
        QFETCH(bool, dark);
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_s);
        QQmlComponent component(&engine);
        component.setData("import QtQml\nimport Pathway.Ui\nQtObject {\n"
                          "    function pairs(dark) {\n"
                          "        Colours.dark = dark;\n"
                          "        return Colours.pairs.map(p => [p[0], p[1].toString(), p[2].toString()]);\n"
                          "    }\n}\n",
                          QUrl(u"palette.qml"_s));
        std::unique_ptr<QObject> probe(component.create());
        QVERIFY2(probe, qPrintable(component.errorString()));
        QVariant result;
        QVERIFY(QMetaObject::invokeMethod(probe.get(), "pairs", Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, dark)));
        const QVariantList pairs = result.toList();
        QVERIFY(pairs.size() >= 10);
        QStringList failures;
        for (const QVariant &p : pairs) {
            const QVariantList pair = p.toList();
            QCOMPARE(pair.size(), 3);
            const QColor text(pair.at(1).toString());
            const QColor background(pair.at(2).toString());
            QVERIFY(text.isValid() && background.isValid());
            const double ratio = ::contrast(text, background);
            std::printf("| %-5s | %-30s | %s | %s | %5.2f:1 |\n", dark ? "dark" : "light",
                        qPrintable(pair.at(0).toString()), qPrintable(text.name()), qPrintable(background.name()),
                        ratio);
            if (ratio < 4.5)
                failures << u"%1: %2:1"_s.arg(pair.at(0).toString()).arg(ratio, 0, 'f', 2);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));
    }

    void contrastFormula()
    {
        // The formula itself: black on white is 21:1, a colour on itself 1:1.
        QCOMPARE(qRound(::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(::contrast(QColor(u"#303f9f"_s), QColor(u"#303f9f"_s)), 1.0);
    }
};

QTEST_MAIN(TestPalette)

#include "tst_palette.moc"
