// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "enrolcodecontroller.h"

#include "appcontroller.h"
#include "enrolmentlink.h"
#include "sync/apiclient.h"
#include "sync/syncengine.h"
#include "uilog.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
constexpr int WatchIntervalMs = 4000;
} // namespace

EnrolCodeController::EnrolCodeController(QObject *parent)
    : QObject(parent)
{
    m_watch.setInterval(WatchIntervalMs);
    connect(&m_watch, &QTimer::timeout, this, &EnrolCodeController::checkNow);
}

void EnrolCodeController::setApp(AppController *app)
{
    if (app == m_app)
        return;
    m_app = app;
    reset();
    Q_EMIT appChanged();
}

void EnrolCodeController::setYoungPersonId(const QString &id)
{
    if (id == m_youngPersonId)
        return;
    m_youngPersonId = id;
    reset();
    Q_EMIT changed();
}

QString EnrolCodeController::spokenCode() const
{
    QStringList parts;
    for (const QChar c : m_code)
        parts.append(c == u'-' ? u","_s : QString(c));
    return parts.join(u' ').replace(u" ,"_s, u","_s);
}

QString EnrolCodeController::expiryText() const
{
    if (!m_expiresAt.isValid() || m_state != State::Waiting)
        return {};
    const QLocale locale;
    const QDateTime local = m_expiresAt.toLocalTime();
    // The locale's own order of hours and minutes (12 or 24 hours); seconds would only be noise.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s);
    //: %1 is a date, e.g. "Wednesday, 9 December 2026"; %2 a time, e.g. "14:05"
    return tr("It works once, until %1 at %2.", "@info")
        .arg(locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), timeFormat));
}

QString EnrolCodeController::statusText() const
{
    const auto *person = m_app ? m_app->session()->data().youngPerson(m_youngPersonId) : nullptr;
    const QString name = person ? person->displayName : QString();
    switch (m_state) {
    case State::Waiting:
        return tr("Waiting for their phone to use the code.", "@info");
    case State::Used:
        //: %1 is the young person's name
        return tr("Done: %1's phone is set up. Their plan arrives on it now.", "@info").arg(name);
    case State::Expired:
        return tr("This code has run out before it was used. Make a new one.", "@info");
    case State::Creating:
        return tr("Making a code…", "@info");
    case State::Idle:
    case State::Failed:
        break;
    }
    return {};
}

void EnrolCodeController::setState(State state, const QString &error)
{
    m_state = state;
    m_errorText = error;
    if (state == State::Waiting)
        m_watch.start();
    else
        m_watch.stop();
    Q_EMIT changed();
}

void EnrolCodeController::reset()
{
    ++m_generation;
    m_code.clear();
    m_link.clear();
    m_expiresAt = {};
    m_checking = false;
    setState(State::Idle);
}

void EnrolCodeController::create()
{
    if (m_state == State::Creating || !m_app || m_youngPersonId.isEmpty())
        return;
    Sync::SyncEngine *engine = m_app->syncController()->engine();
    if (m_app->isDemo() || !engine) {
        reset();
        m_retryable = false;
        setState(State::Failed,
                 tr("The demo has no server, so it cannot make a real code. Signed in to your council's server, "
                    "this shows a code and a QR code for their phone.",
                    "@info"));
        return;
    }
    reset();
    m_retryable = true;
    setState(State::Creating);
    const int generation = m_generation;
    const QUrl server = m_app->syncController()->serverUrl();
    engine->api()->post(
        u"/v1/auth/enrol-code"_s, {{u"youngPersonId"_s, m_youngPersonId}},
        [this, generation, server, guard = QPointer(this)](const Sync::ApiReply &reply) {
            if (!guard || generation != m_generation)
                return;
            const QString code = reply.body.value("code"_L1).toString();
            if (reply.ok() && !code.isEmpty()) {
                m_code = code;
                m_link = EnrolmentLink {server, code}.toString();
                m_expiresAt = QDateTime::fromString(reply.body.value("expiresAt"_L1).toString(), Qt::ISODate);
                setState(State::Waiting);
                return;
            }
            qCInfo(lcUi) << "no enrolment code:" << Sync::toCode(reply.error);
            QString text;
            switch (reply.error) {
            case Sync::ApiError::Network:
            case Sync::ApiError::Timeout:
                text = tr("Cannot reach the server. Making a code needs a connection: try again "
                          "when you are online.",
                          "@info");
                break;
            case Sync::ApiError::LoginRequired:
                text = tr("Your sign-in has expired. Sign in again, then make the code.", "@info");
                break;
            case Sync::ApiError::Forbidden:
                text = tr("Only their PA or their PA's manager can make a code for their phone.", "@info");
                break;
            default:
                text = tr("The server could not make a code. Try again in a few minutes.", "@info");
                break;
            }
            setState(State::Failed, text);
        });
}

void EnrolCodeController::checkNow()
{
    if (m_state != State::Waiting || m_checking || !m_app)
        return;
    Sync::SyncEngine *engine = m_app->syncController()->engine();
    if (!engine)
        return;
    m_checking = true;
    const int generation = m_generation;
    engine->api()->post(u"/v1/auth/enrol-code/status"_s, {{u"code"_s, m_code}},
                        [this, generation, guard = QPointer(this)](const Sync::ApiReply &reply) {
                            if (!guard || generation != m_generation)
                                return;
                            m_checking = false;
                            // A failed check changes nothing: the next one asks again.
                            if (reply.ok())
                                onStatus(reply.body.value("used"_L1).toBool(), reply.body.value("expired"_L1).toBool());
                        });
}

void EnrolCodeController::onStatus(bool used, bool expired)
{
    if (used) {
        qCInfo(lcUi) << "the enrolment code was used";
        setState(State::Used);
        // Their first sync may already have sent something: fetch it.
        if (m_app && m_app->sync())
            m_app->sync()->syncNow();
    } else if (expired) {
        setState(State::Expired);
    }
}

} // namespace Pathway
