// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QtQmlIntegration>

#include <functional>

namespace Pathway {

/**
 * Which renderer Qt Quick starts with: its software renderer where OpenGL would only be emulated
 * on the CPU (Mesa's llvmpipe in a VM, a container or a virtual display), the GPU otherwise.
 *
 * Emulated OpenGL costs more than it gives a 2D app: on a machine without a GPU, loading LLVM and
 * compiling the scene graph's shaders took about 100 MiB and a slower first frame more than the
 * software renderer (docs/performance.md). Under the software renderer the pages turn off the
 * Material style's elevation layers, which it cannot draw (FlatBackground.qml). The choice can be
 * forced with PATHWAY_RENDERER or the `display/renderer` setting ("software" or "gpu"); Qt's own
 * QT_QUICK_BACKEND / QSG_RHI_BACKEND are left to win.
 */
class RendererChoice
{
public:
    enum class Preference
    {
        Automatic,
        Software,
        Gpu
    };

    /** "software" or "gpu" (also "opengl"), anything else Automatic. */
    static Preference preferenceFrom(const QString &text);

    /** Whether an OpenGL renderer's name (GL_RENDERER) is a CPU rasteriser rather than a GPU. */
    static bool isSoftwareRasteriser(const QString &glRenderer);

    /**
     * Whether to use the software renderer. Without a GPU device there is no need to ask OpenGL
     * (asking loads the rasteriser, the very cost avoided); with one, @p probeRenderer names the
     * OpenGL renderer (empty when no OpenGL context could be made).
     */
    static bool
    useSoftware(Preference preference, bool gpuDevicePresent, const std::function<QString()> &probeRenderer);

    /**
     * Decides for this process and sets Qt Quick's graphics API, before the first window. Call
     * after the QGuiApplication exists; @p setting is the `display/renderer` setting. Returns
     * whether the software renderer was chosen.
     */
    static bool apply(const QString &setting);

    /** Whether Qt Quick draws with its software renderer in this process, chosen here or by Qt's variables. */
    static bool softwareInUse();
};

/**
 * What the pages need to know of the renderer: whether it is Qt Quick's software renderer, under
 * which the Material style's shadows (layers with shader effects) cannot be drawn.
 */
class Rendering : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool software READ software CONSTANT)

public:
    explicit Rendering(QObject *parent = nullptr);

    bool software() const { return m_software; }

private:
    bool m_software;
};

} // namespace Pathway
