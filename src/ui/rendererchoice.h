// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QtQmlIntegration>

namespace Pathway {

/**
 * Which renderer Qt Quick starts with: the platform's default (the GPU, or OpenGL emulated on the
 * CPU where there is none), or Qt Quick's software renderer when asked for.
 *
 * Where OpenGL is only emulated (Mesa's llvmpipe in a VM, a container or a virtual display), the
 * software renderer starts faster and takes about 100 MiB less (docs/performance.md). Under it the
 * pages turn off the Material style's elevation layers, which it cannot draw (FlatBackground.qml).
 * PATHWAY_RENDERER or the `display/renderer` setting ("software" or "gpu") chooses; Qt's own
 * QT_QUICK_BACKEND / QSG_RHI_BACKEND still win.
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

    /**
     * Sets Qt Quick's graphics API for this process from PATHWAY_RENDERER, else @p setting (the
     * `display/renderer` setting), before the first window. Returns whether the software
     * renderer was chosen.
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
