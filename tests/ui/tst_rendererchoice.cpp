// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/rendererchoice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway;

/** The software renderer is chosen where OpenGL is only emulated, and either choice can be forced. */
class TestRendererChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cpuRasterisersAreRecognised()
    {
        QVERIFY(RendererChoice::isSoftwareRasteriser(u"llvmpipe (LLVM 15.0.6, 256 bits)"_s));
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
        QCOMPARE(asked, 0);
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

    void aForcedChoiceWins()
    {
        const auto hardware = [] {
            return u"AMD Radeon RX 6600"_s;
        };
        QCOMPARE(RendererChoice::preferenceFrom(u" Software"_s), RendererChoice::Preference::Software);
        QCOMPARE(RendererChoice::preferenceFrom(u"gpu"_s), RendererChoice::Preference::Gpu);
        QCOMPARE(RendererChoice::preferenceFrom(u"opengl"_s), RendererChoice::Preference::Gpu);
        QCOMPARE(RendererChoice::preferenceFrom(QString()), RendererChoice::Preference::Automatic);
        QVERIFY(RendererChoice::useSoftware(RendererChoice::Preference::Software, true, hardware));
        QVERIFY(!RendererChoice::useSoftware(RendererChoice::Preference::Gpu, false, hardware));
    }
};

QTEST_GUILESS_MAIN(TestRendererChoice)
#include "tst_rendererchoice.moc"
