// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Pathway {

/**
 * Which renderer Qt Quick starts with: the platform's default (the GPU, or OpenGL emulated on the
 * CPU where there is none), or Qt Quick's software renderer when asked for.
 *
 * Where OpenGL is only emulated (Mesa's llvmpipe in a VM, a container or a virtual display), the
 * software renderer starts faster and takes about 100 MiB less (docs/performance.md). It is not
 * chosen on its own: the Material style draws the backgrounds of filled buttons, tool bars, cards
 * and dialogs through shader effects, which the software renderer leaves out, so a filled
 * button's white words would stand on nothing. PATHWAY_RENDERER or the `display/renderer`
 * setting ("software" or "gpu") chooses; Qt's own QT_QUICK_BACKEND / QSG_RHI_BACKEND still win.
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
};

} // namespace Pathway
