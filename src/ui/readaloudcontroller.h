// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "speaker.h"
#include "youngpersoncontroller.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

/**
 * "Read aloud" on a young person's page: builds the words to say from what the page shows (the
 * plan, one plan area, the offer, documents, health history) and speaks them in the app's
 * language. It stops when asked, when another reading starts, and when its page goes.
 */
class ReadAloudController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Pathway::YoungPersonController *person READ person WRITE setPerson NOTIFY personChanged)
    Q_PROPERTY(bool speaking READ isSpeaking NOTIFY speakingChanged)
    Q_PROPERTY(bool available READ isAvailable NOTIFY personChanged)
    /** The young person's record asks for a screen reader: the read-aloud button goes first. */
    Q_PROPERTY(bool first READ isFirst NOTIFY personChanged)

public:
    explicit ReadAloudController(QObject *parent = nullptr);
    ~ReadAloudController() override;

    YoungPersonController *person() const { return m_person; }
    void setPerson(YoungPersonController *person);
    /** Replaces the device's speaker (tests); not owned. */
    void setSpeaker(Speaker *speaker);
    bool isSpeaking() const;
    bool isAvailable() const;
    bool isFirst() const;

    /** The words for @p what: "plan", "area" (with @p areaCode), "offer", "documents" or "health". */
    Q_INVOKABLE QString textFor(const QString &what, const QString &areaCode = {}) const;
    /** Starts reading @p what aloud (stopping any reading first), or stops if it is already reading. */
    Q_INVOKABLE void toggle(const QString &what, const QString &areaCode = {});
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void personChanged();
    void speakingChanged();

private:
    Speaker *speaker();
    QString planText(const QString &areaCode) const;

    QPointer<YoungPersonController> m_person;
    QPointer<Speaker> m_speaker;
    bool m_ownSpeaker = false;
};

} // namespace Pathway
