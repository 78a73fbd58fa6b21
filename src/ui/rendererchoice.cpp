// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "rendererchoice.h"

#include <QQuickWindow>
#include <QSGRendererInterface>

using namespace Qt::StringLiterals;

namespace Pathway {

RendererChoice::Preference RendererChoice::preferenceFrom(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"software"_s)
        return Preference::Software;
    if (t == u"gpu"_s || t == u"opengl"_s)
        return Preference::Gpu;
    return Preference::Automatic;
}

bool RendererChoice::apply(const QString &setting)
{
    // Qt's own variables are a deliberate choice by whoever runs the app: leave them to Qt.
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        return false;
    const QString forced = qEnvironmentVariable("PATHWAY_RENDERER");
    if (preferenceFrom(forced.isEmpty() ? setting : forced) != Preference::Software)
        return false; // the platform's default
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    return true;
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
