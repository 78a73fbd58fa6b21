// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "rendererchoice.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>
#include <QSGRendererInterface>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
/** Whether Linux shows a GPU device a renderer could use (DRM render or card nodes, NVIDIA's own driver). */
bool linuxGpuDevicePresent()
{
    return !QDir(u"/dev/dri"_s).entryList({u"renderD*"_s, u"card*"_s}, QDir::AllEntries | QDir::System).isEmpty()
        || QFile::exists(u"/dev/nvidia0"_s);
}

/** GL_RENDERER of a throwaway OpenGL context; empty if none can be made. */
QString openGlRenderer()
{
    QOpenGLContext context;
    if (!context.create())
        return {};
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!context.makeCurrent(&surface))
        return {};
    const auto *name = reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    QString renderer = name ? QString::fromLatin1(name) : QString();
    context.doneCurrent();
    return renderer;
}
} // namespace

RendererChoice::Preference RendererChoice::preferenceFrom(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"software"_s)
        return Preference::Software;
    if (t == u"gpu"_s || t == u"opengl"_s)
        return Preference::Gpu;
    return Preference::Automatic;
}

bool RendererChoice::isSoftwareRasteriser(const QString &glRenderer)
{
    for (const QString &cpu : {u"llvmpipe"_s, u"softpipe"_s, u"software rasterizer"_s, u"swiftshader"_s, u"swrast"_s,
                               u"basic render driver"_s}) {
        if (glRenderer.contains(cpu, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RendererChoice::useSoftware(Preference preference,
                                 bool gpuDevicePresent,
                                 const std::function<QString()> &probeRenderer)
{
    switch (preference) {
    case Preference::Software:
        return true;
    case Preference::Gpu:
        return false;
    case Preference::Automatic:
        break;
    }
    if (!gpuDevicePresent)
        return true;
    const QString renderer = probeRenderer ? probeRenderer() : QString();
    return renderer.isEmpty() || isSoftwareRasteriser(renderer);
}

bool RendererChoice::apply(const QString &setting)
{
    // Qt's own variables are a deliberate choice by whoever runs the app: leave them to Qt.
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        return false;
    const QString forced = qEnvironmentVariable("PATHWAY_RENDERER");
    const Preference preference = preferenceFrom(forced.isEmpty() ? setting : forced);
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    // Only X11 and Wayland desktops can end up on an emulated OpenGL; test platforms are left alone.
    const QString platform = QGuiApplication::platformName();
    const bool desktop = platform == u"xcb"_s || platform.startsWith(u"wayland"_s);
    if (!desktop && preference == Preference::Automatic)
        return false;
    const bool gpu = linuxGpuDevicePresent();
#else
    // Phones and other desktops always have a GPU (or, on Windows, Direct3D's own fast fallback).
    if (preference == Preference::Automatic)
        return false;
    const bool gpu = true;
#endif
    const bool software = useSoftware(preference, gpu, openGlRenderer);
    if (software)
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    return software; // otherwise Qt's default for the platform
}

bool RendererChoice::softwareInUse()
{
    if (QQuickWindow::sceneGraphBackend() == u"software"_s)
        return true;
    for (const char *variable : {"QT_QUICK_BACKEND", "QMLSCENE_DEVICE"}) {
        if (qEnvironmentVariable(variable) == u"software"_s)
            return true;
    }
    return false;
}

Rendering::Rendering(QObject *parent)
    : QObject(parent)
    , m_software(RendererChoice::softwareInUse())
{
}

} // namespace Pathway
