// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>

#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QTranslator;

namespace Pathway {

class AppSettings;

/** The app's language: the shipped translations, the one in use (remembered), and right to left. */
class Languages : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(QString current READ current NOTIFY changed)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY changed)
    Q_PROPERTY(QVariantList available READ available CONSTANT)
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY changed)

public:
    /** Languages whose translation ships with the app (@p qmDirectory/pathway_<code>.qm), English first. */
    explicit Languages(AppSettings *settings,
                       QObject *parent = nullptr,
                       QString qmDirectory = QStringLiteral(":/i18n"));
    ~Languages() override;

    /** The codes Pathway can be translated into, in the order the choice lists them. */
    static QStringList knownCodes();
    /** The language's own name for itself (shown untranslated, so each reader finds their own). */
    static QString nativeName(const QString &code);
    /** Whether the language is written right to left. */
    static bool isRightToLeft(const QString &code);
    /** The shipped code that serves @p tag (a BCP 47 tag such as "fa-AF" or "prs"), or empty. */
    QString codeFor(const QString &tag) const;

    QString current() const { return m_current; }
    bool rightToLeft() const { return isRightToLeft(m_current); }
    QVariantList available() const;
    int currentIndex() const;

    /** The engine whose bindings are re-evaluated when the language changes. */
    void setEngine(QQmlEngine *engine);
    /**
     * Starts in the remembered language; without one, in @p fallbackTag (e.g. from --lang or the
     * system locale) where a translation serves it, else English.
     */
    void start(const QString &fallbackTag);
    /** The user chose @p code: switch to it now and remember it. False if it is not shipped. */
    Q_INVOKABLE bool choose(const QString &code);
    /**
     * The young person's first language (from their record), used when nobody has chosen one:
     * switches to it and remembers it. False if nothing changed.
     */
    bool adoptFirstLanguage(const QString &tag);

Q_SIGNALS:
    /** The language changed: texts made in C++ must be made again. */
    void changed();

private:
    void apply(const QString &code);
    QString qmPath(const QString &code) const;

    AppSettings *m_settings;
    QString m_qmDirectory;
    QPointer<QQmlEngine> m_engine;
    QStringList m_shipped;
    QString m_current;
    QTranslator *m_qtTranslator = nullptr;
    QTranslator *m_translator = nullptr;
};

} // namespace Pathway
