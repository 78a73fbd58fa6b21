// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

namespace Pathway {

/** Something that speaks text aloud; the app's is QtSpeaker, tests use a recording one. */
class Speaker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    /** Speaks @p text in @p locale's language when a voice for it exists (else the default voice). */
    virtual void say(const QString &text, const QLocale &locale) = 0;
    virtual void stop() = 0;
    virtual bool isSpeaking() const = 0;
    /** Whether this device can speak at all. */
    virtual bool isAvailable() const = 0;

Q_SIGNALS:
    void speakingChanged();
};

} // namespace Pathway
