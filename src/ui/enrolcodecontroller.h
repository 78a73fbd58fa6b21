// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

class AppController;

/**
 * Setting up a young person's phone, for their PA: makes a one-time enrolment code on the server
 * (POST /v1/auth/enrol-code), gives it as a short code to type and as a link for a QR code that also
 * carries the server, and watches the code until their phone has used it or it runs out.
 */
class EnrolCodeController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Pathway::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(QString youngPersonId READ youngPersonId WRITE setYoungPersonId NOTIFY changed)
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(bool busy READ isBusy NOTIFY changed)
    Q_PROPERTY(bool hasCode READ hasCode NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString spokenCode READ spokenCode NOTIFY changed)
    Q_PROPERTY(QString link READ link NOTIFY changed)
    Q_PROPERTY(QString expiryText READ expiryText NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY changed)

public:
    enum class State
    {
        Idle,
        Creating,
        Waiting, ///< the code is shown; their phone has not used it yet
        Used, ///< their phone is set up
        Expired,
        Failed
    };
    Q_ENUM(State)

    explicit EnrolCodeController(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    QString youngPersonId() const { return m_youngPersonId; }
    void setYoungPersonId(const QString &id);
    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Creating; }
    bool hasCode() const { return m_state == State::Waiting || m_state == State::Used; }
    QString code() const { return m_code; }
    /** The code as a screen reader (or a PA reading it out) says it: one character at a time. */
    QString spokenCode() const;
    /** pathway://enrol?server=...&code=..., what the QR code holds. */
    QString link() const { return m_link; }
    QString expiryText() const;
    QString statusText() const;
    QString errorText() const { return m_errorText; }
    /** Whether "Try again" / "Make a new code" makes sense now. */
    bool canRetry() const { return (m_state == State::Failed && m_retryable) || m_state == State::Expired; }
    /** How often the code's state is asked while it waits (ms); tests shorten it. */
    void setWatchIntervalMs(int ms) { m_watch.setInterval(ms); }
    QDateTime expiresAt() const { return m_expiresAt; }

    /** Makes a new code (a code made before stays valid until it is used or runs out). */
    Q_INVOKABLE void create();
    /** Asks the server at once whether the code was used. */
    Q_INVOKABLE void checkNow();
    /** Forgets the code shown and stops watching it (the sheet closed). */
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void appChanged();
    void changed();

private:
    void setState(State state, const QString &error = {});
    void onStatus(bool used, bool expired);

    QPointer<AppController> m_app;
    QString m_youngPersonId;
    QString m_code;
    QString m_link;
    QString m_errorText;
    QDateTime m_expiresAt;
    QTimer m_watch;
    State m_state = State::Idle;
    int m_generation = 0; ///< answers for a code that was reset are ignored
    bool m_checking = false;
    bool m_retryable = true; ///< false when trying again cannot help (the demo has no server)
};

} // namespace Pathway
