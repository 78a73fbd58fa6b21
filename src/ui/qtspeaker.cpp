// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "qtspeaker.h"

#ifdef PATHWAY_HAVE_SPEECH
#include <QTextToSpeech>
#endif

namespace Pathway {

QtSpeaker::QtSpeaker(QObject *parent)
    : Speaker(parent)
{
#ifdef PATHWAY_HAVE_SPEECH
    m_tts = new QTextToSpeech(this);
    connect(m_tts, &QTextToSpeech::stateChanged, this, &Speaker::speakingChanged);
#endif
}

void QtSpeaker::say(const QString &text, const QLocale &locale)
{
#ifdef PATHWAY_HAVE_SPEECH
    if (!m_tts)
        return;
    // The chosen language's voice where one exists; otherwise the engine's default voice.
    for (const QLocale &available : m_tts->availableLocales()) {
        if (available.language() == locale.language()) {
            m_tts->setLocale(available);
            break;
        }
    }
    m_tts->say(text);
#else
    Q_UNUSED(text)
    Q_UNUSED(locale)
#endif
}

void QtSpeaker::stop()
{
#ifdef PATHWAY_HAVE_SPEECH
    if (m_tts)
        m_tts->stop();
#endif
}

bool QtSpeaker::isSpeaking() const
{
#ifdef PATHWAY_HAVE_SPEECH
    return m_tts && m_tts->state() == QTextToSpeech::Speaking;
#else
    return false;
#endif
}

bool QtSpeaker::isAvailable() const
{
#ifdef PATHWAY_HAVE_SPEECH
    return m_tts && m_tts->state() != QTextToSpeech::Error;
#else
    return false;
#endif
}

} // namespace Pathway
