// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

AppSettings::AppSettings(const QString &filePath, QObject *parent)
    : QObject(parent)
{
    if (filePath.isEmpty())
        return;
    m_settings = std::make_unique<QSettings>(filePath, QSettings::IniFormat);
    m_fontScale = std::clamp(m_settings->value(u"display/fontScale"_s, 1.0).toReal(), MinFontScale, MaxFontScale);
    m_fontScaleChosen = m_settings->contains(u"display/fontScale"_s);
    m_darkTheme = m_settings->value(u"display/darkTheme"_s, false).toBool();
    m_autoLockMinutes
        = std::clamp(m_settings->value(u"lock/autoLockMinutes"_s, 5).toInt(), MinAutoLockMinutes, MaxAutoLockMinutes);
    m_serverUrl = m_settings->value(u"sync/serverUrl"_s).toString();
    m_language = m_settings->value(u"display/language"_s).toString();
    m_renderer = m_settings->value(u"display/renderer"_s).toString();
}

AppSettings::~AppSettings() = default;

void AppSettings::store(const QString &key, const QVariant &value)
{
    if (m_settings)
        m_settings->setValue(key, value);
}

void AppSettings::startFontScaleAt(qreal scale)
{
    if (!m_fontScaleChosen)
        setFontScale(scale);
}

void AppSettings::setFontScale(qreal scale)
{
    m_fontScaleChosen = true;
    scale = std::clamp(scale, MinFontScale, MaxFontScale);
    if (qFuzzyCompare(scale, m_fontScale))
        return;
    m_fontScale = scale;
    store(u"display/fontScale"_s, scale);
    Q_EMIT fontScaleChanged();
}

void AppSettings::setDarkTheme(bool dark)
{
    if (dark == m_darkTheme)
        return;
    m_darkTheme = dark;
    store(u"display/darkTheme"_s, dark);
    Q_EMIT darkThemeChanged();
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    minutes = std::clamp(minutes, MinAutoLockMinutes, MaxAutoLockMinutes);
    if (minutes == m_autoLockMinutes)
        return;
    m_autoLockMinutes = minutes;
    store(u"lock/autoLockMinutes"_s, minutes);
    Q_EMIT autoLockMinutesChanged();
}

void AppSettings::setServerUrl(const QString &url)
{
    if (url == m_serverUrl)
        return;
    m_serverUrl = url;
    store(u"sync/serverUrl"_s, url);
    Q_EMIT serverUrlChanged();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code == m_language)
        return;
    m_language = code;
    store(u"display/language"_s, code);
    Q_EMIT languageChanged();
}

} // namespace Pathway
