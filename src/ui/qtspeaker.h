// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "speaker.h"

class QTextToSpeech;

namespace Pathway {

/** Speaks through Qt TextToSpeech (on Linux: speech-dispatcher and espeak-ng). */
class QtSpeaker : public Speaker
{
    Q_OBJECT

public:
    explicit QtSpeaker(QObject *parent = nullptr);
    void say(const QString &text, const QLocale &locale) override;
    void stop() override;
    bool isSpeaking() const override;
    bool isAvailable() const override;

private:
    QTextToSpeech *m_tts = nullptr;
};

} // namespace Pathway
