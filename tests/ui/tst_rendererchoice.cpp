// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/rendererchoice.h"

#include <QQuickWindow>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway;

/** Qt Quick's software renderer is used only when asked for, by the variable or the setting. */
class TestRendererChoice : public QObject
{
    Q_OBJECT

    static bool softwareRenderer() { return QQuickWindow::sceneGraphBackend() == u"software"_s; }

private Q_SLOTS:
    void init()
    {
        qunsetenv("PATHWAY_RENDERER");
        qunsetenv("QT_QUICK_BACKEND");
        qunsetenv("QSG_RHI_BACKEND");
        QQuickWindow::setSceneGraphBackend(QString()); // undo what an earlier test chose
    }

    void preferenceWords()
    {
        QCOMPARE(RendererChoice::preferenceFrom(u" Software"_s), RendererChoice::Preference::Software);
        QCOMPARE(RendererChoice::preferenceFrom(u"gpu"_s), RendererChoice::Preference::Gpu);
        QCOMPARE(RendererChoice::preferenceFrom(u"opengl"_s), RendererChoice::Preference::Gpu);
        QCOMPARE(RendererChoice::preferenceFrom(QString()), RendererChoice::Preference::Automatic);
        QCOMPARE(RendererChoice::preferenceFrom(u"fast"_s), RendererChoice::Preference::Automatic);
    }

    void defaultIsThePlatformsRenderer()
    {
        QVERIFY(!RendererChoice::apply(QString()));
        QVERIFY(!softwareRenderer());
        QVERIFY(!RendererChoice::apply(u"gpu"_s));
        QVERIFY(!softwareRenderer());
    }

    void theSettingChoosesSoftware()
    {
        QVERIFY(RendererChoice::apply(u"software"_s));
        QVERIFY(softwareRenderer());
        QVERIFY(RendererChoice::softwareInUse()); // what the pages are told (Rendering.software)
    }

    void theVariableWinsOverTheSetting()
    {
        qputenv("PATHWAY_RENDERER", "gpu");
        QVERIFY(!RendererChoice::apply(u"software"_s));
        QVERIFY(!softwareRenderer());
        qputenv("PATHWAY_RENDERER", "software");
        QVERIFY(RendererChoice::apply(QString()));
        QVERIFY(softwareRenderer());
    }

    void qtsOwnChoiceIsLeftToQt()
    {
        qputenv("QT_QUICK_BACKEND", "software");
        QVERIFY(!RendererChoice::apply(u"software"_s));
        QVERIFY(!softwareRenderer());
        QVERIFY(RendererChoice::softwareInUse()); // Qt draws with it all the same
        qputenv("QT_QUICK_BACKEND", "rhi");
        QVERIFY(!RendererChoice::softwareInUse());
    }
};

QTEST_MAIN(TestRendererChoice)
#include "tst_rendererchoice.moc"
