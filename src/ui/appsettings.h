// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSettings>
#include <QUrl>

#include <QtQml/qqmlregistration.h>
#include <memory>

namespace Pathway {

/** The device's display and lock preferences, kept in a settings file next to the store (nothing sensitive). */
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(qreal fontScale READ fontScale WRITE setFontScale NOTIFY fontScaleChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockMinutesChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)

public:
    /** Settings stored in @p filePath (INI); an empty path keeps them in memory only. */
    explicit AppSettings(const QString &filePath, QObject *parent = nullptr);
    ~AppSettings() override;

    static constexpr qreal MinFontScale = 1.0;
    static constexpr qreal MaxFontScale = 2.0;
    static constexpr int MinAutoLockMinutes = 1;
    static constexpr int MaxAutoLockMinutes = 60;

    qreal fontScale() const { return m_fontScale; }
    void setFontScale(qreal scale);
    /** Sets the text size unless one was ever chosen on this device (a recorded need for large text). */
    void startFontScaleAt(qreal scale);
    /** The text size a young person who asked for large text starts at. */
    static constexpr qreal LargeTextFontScale = 1.5;
    bool darkTheme() const { return m_darkTheme; }
    void setDarkTheme(bool dark);
    int autoLockMinutes() const { return m_autoLockMinutes; }
    void setAutoLockMinutes(int minutes);
    QString serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString &url);
    /** The language the user chose (or their record's first language), e.g. "ar"; empty if none yet. */
    QString language() const { return m_language; }
    void setLanguage(const QString &code);
    /** The `display/renderer` setting: "software", "gpu", or empty to decide at start (RendererChoice). */
    QString renderer() const { return m_renderer; }

Q_SIGNALS:
    void fontScaleChanged();
    void darkThemeChanged();
    void autoLockMinutesChanged();
    void serverUrlChanged();
    void languageChanged();

private:
    void store(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
    qreal m_fontScale = 1.0;
    bool m_fontScaleChosen = false;
    bool m_darkTheme = false;
    int m_autoLockMinutes = 5;
    QString m_serverUrl;
    QString m_language;
    QString m_renderer;
};

} // namespace Pathway
