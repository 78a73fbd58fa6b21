// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/rendererchoice.h"

#include <QQuickWindow>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway;

/** The software renderer is chosen where OpenGL is only emulated, and either choice can be forced. */
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

    void cpuRasterisersAreRecognised()
    {
        QVERIFY(RendererChoice::isSoftwareRasteriser(u"llvmpipe (LLVM 15.0.6, 256 bits)"_s));
        QVERIFY(RendererChoice::isSoftwareRasteriser(u"softpipe"_s));
        QVERIFY(RendererChoice::isSoftwareRasteriser(u"Software Rasterizer"_s));
        QVERIFY(RendererChoice::isSoftwareRasteriser(u"Google SwiftShader"_s));
        QVERIFY(!RendererChoice::isSoftwareRasteriser(u"Mesa Intel(R) UHD Graphics 620 (KBL GT2)"_s));
        QVERIFY(!RendererChoice::isSoftwareRasteriser(u"NVIDIA GeForce RTX 3060/PCIe/SSE2"_s));
    }

    void noGpuDeviceMeansSoftwareWithoutAskingOpenGl()
    {
        int asked = 0;
        const auto probe = [&asked] {
            ++asked;
            return u"Mesa Intel(R) UHD Graphics 620"_s;
        };
        QVERIFY(RendererChoice::useSoftware(RendererChoice::Preference::Automatic, false, probe));
        QCOMPARE(asked, 0); // asking would load the rasteriser, the very cost avoided
    }

    void aGpuDeviceIsAskedWhatRendersOpenGl()
    {
        const auto emulated = [] {
            return u"llvmpipe (LLVM 15.0.6, 256 bits)"_s;
        };
        const auto hardware = [] {
            return u"AMD Radeon RX 6600 (navi23, LLVM 15.0.6, DRM 3.49)"_s;
        };
        const auto none = [] {
            return QString();
        };
        QVERIFY(RendererChoice::useSoftware(RendererChoice::Preference::Automatic, true, emulated));
        QVERIFY(!RendererChoice::useSoftware(RendererChoice::Preference::Automatic, true, hardware));
        QVERIFY(RendererChoice::useSoftware(RendererChoice::Preference::Automatic, true, none));
    }

    void aForcedChoiceWinsOverTheMachine()
    {
        const auto hardware = [] {
            return u"AMD Radeon RX 6600"_s;
        };
        const auto emulated = [] {
            return u"llvmpipe (LLVM 15.0.6, 256 bits)"_s;
        };
        QVERIFY(RendererChoice::useSoftware(RendererChoice::Preference::Software, true, hardware));
        QVERIFY(!RendererChoice::useSoftware(RendererChoice::Preference::Gpu, false, emulated));
        QVERIFY(!RendererChoice::useSoftware(RendererChoice::Preference::Gpu, true, emulated));
    }

    void testPlatformsKeepQtsDefault()
    {
        // The tests run on the offscreen platform: left to Qt unless asked.
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
