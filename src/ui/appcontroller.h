// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/role.h"

#include <optional>

#include "alerts/alertsettings.h"
#include "appsettings.h"
#include "conflictsmodel.h"
#include "enrolmentlink.h"
#include "idlelock.h"
#include "languages.h"
#include "navigationmodel.h"
#include "signinagaincontroller.h"
#include "storesession.h"
#include "synccontroller.h"
#include "syncstatus.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

class SignInJob;

/**
 * The app's top-level state: first run, locked or ready; who is signed in and in which
 * role; the store session; auto-lock. main.cpp makes one and hands it to Main.qml, which
 * passes it to every page.
 */
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by main.cpp")
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(Pathway::Role role READ role NOTIFY identityChanged)
    /** False until the store is open and says who uses the device. */
    Q_PROPERTY(bool hasRole READ hasRole NOTIFY identityChanged)
    /** Whether a young person uses the device (their pages and words); false for staff and before unlocking. */
    Q_PROPERTY(bool youngPerson READ isYoungPerson NOTIFY identityChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY identityChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY identityChanged)
    Q_PROPERTY(bool demo READ isDemo NOTIFY identityChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString signInError READ signInError NOTIFY errorChanged)
    Q_PROPERTY(bool checkingSignIn READ checkingSignIn NOTIFY signInStateChanged)
    Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY signInStateChanged)
    Q_PROPERTY(QString linkCode READ linkCode NOTIFY signInStateChanged)
    Q_PROPERTY(QString setupNotice READ setupNotice NOTIFY setupNoticeChanged)
    Q_PROPERTY(int retrySeconds READ retrySeconds NOTIFY retrySecondsChanged)
    Q_PROPERTY(Pathway::SignInAgainController *signInAgain READ signInAgain CONSTANT)
    Q_PROPERTY(bool compactLayout READ compactLayout WRITE setCompactLayout NOTIFY compactLayoutChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(Pathway::Languages *languages READ languages CONSTANT)
    Q_PROPERTY(Pathway::AppSettings *settings READ settings CONSTANT)
    Q_PROPERTY(Pathway::NavigationModel *navigation READ navigation CONSTANT)
    Q_PROPERTY(Pathway::SyncStatus *sync READ sync CONSTANT)
    Q_PROPERTY(Pathway::ConflictsModel *conflicts READ conflicts CONSTANT)

public:
    enum class Stage
    {
        Setup,
        FirstSync,
        Locked,
        Ready
    };
    Q_ENUM(Stage)
    /** Who uses the device: the domain's one role type. */
    using Role = Pathway::Role;

    AppController(StoreSession *session, AppSettings *settings, QObject *parent = nullptr);

    Stage stage() const { return m_stage; }
    /** Who uses the device; a young person until hasRole() (the least any check allows). */
    Role role() const { return m_role.value_or(Role::YoungPerson); }
    bool hasRole() const { return m_role.has_value(); }
    bool isYoungPerson() const { return m_role == Role::YoungPerson; }
    QString userId() const { return m_identity.userId; }
    QString userName() const;
    bool isDemo() const { return m_identity.demo; }
    bool isBusy() const;
    QString errorText() const { return m_errorText; }
    QString signInError() const { return m_signInError; }
    /** The server is checking what the user typed to sign in (before any passphrase is asked). */
    bool checkingSignIn() const;
    /**
     * The server a young person's typed code goes to: the one of an opened enrolment link, or the
     * app's configured one (--server, the build's default, or the last one used); empty when unknown.
     */
    QString serverAddress() const;
    /** The code of an enrolment link this device was opened with (a QR code scanned); empty if none. */
    QString linkCode() const { return m_link.code; }
    /** Why the app is back at the first run (this device was revoked and wiped); empty otherwise. */
    QString setupNotice() const { return m_setupNotice; }
    int retrySeconds() const { return m_retrySeconds; }
    /** Signing in again when the server no longer accepts this device's sign-in (the outbox waits). */
    SignInAgainController *signInAgain() const { return m_signInAgain; }
    bool compactLayout() const { return m_compact; }
    /** Whether the language reads right to left (layouts mirror). */
    bool rightToLeft() const;
    void setCompactLayout(bool compact);
    AppSettings *settings() const { return m_settings; }
    Languages *languages() const { return m_languages; }
    NavigationModel *navigation() const { return m_navigation; }
    StoreSession *session() const { return m_session; }
    SyncStatus *sync() const { return m_sync; }
    /** Conflicts waiting for the user, side by side. */
    ConflictsModel *conflicts() const { return m_conflicts; }
    SyncController *syncController() const { return m_syncController; }
    /** The authority's alert thresholds (defaults of DOMAIN.md until the server sends its own). */
    /** The alert settings: the authority's own thresholds (synced) over this device's defaults. */
    AlertSettings alertSettings() const;
    void setAlertSettings(const AlertSettings &settings) { m_alertSettings = settings; }
    IdleLock *idleLock() { return &m_idleLock; }

    /** Why this passphrase (typed twice) cannot be used, in words; empty when it is fine. */
    Q_INVOKABLE QString passphraseProblem(const QString &passphrase, const QString &repeated) const;
    /** Demo mode: a new encrypted store on this device, seeded with a synthetic authority. */
    void startDemo(Pathway::Role role, const QString &passphrase, const QString &repeated);
    /** startDemo() for QML, with the role's code ("young_person", "pa", "manager"). */
    Q_INVOKABLE void startDemoAs(const QString &roleCode, const QString &passphrase, const QString &repeated);
    /**
     * Signs in with the server before any passphrase is asked: a staff member's e-mail and password, or
     * an enrolment code (typed, or a whole pathway://enrol link). @p serverUrl may be empty: then the
     * server of an opened link, or the app's configured one. signInAccepted() follows, or signInError
     * (set at once for what cannot be sent, else when the server answers). The tokens stay in memory
     * until finishSignIn(); the same answers again reuse them (an enrolment code works only once).
     */
    Q_INVOKABLE void prepareSignIn(const QString &serverUrl,
                                   const QString &email,
                                   const QString &password,
                                   const QString &enrolmentCode);
    /** A young person's code (or link), to the server of an opened link or the app's configured one. */
    Q_INVOKABLE void prepareEnrolment(const QString &enrolmentCode, const QString &serverUrl = {});
    /**
     * Creates the encrypted store with the passphrase, keeps the sign-in prepareSignIn() got in it and
     * starts the first sync. While the server is still checking, it goes on once the check succeeded.
     */
    Q_INVOKABLE void finishSignIn(const QString &passphrase, const QString &repeated);
    /**
     * A pathway://enrol link (a QR code from a PA, or a link they sent) opened on this device: the
     * set-up flow shows its code ready to use, and the code goes to the link's server. False (with
     * signInError) when the link is not valid, or this device is already set up.
     */
    Q_INVOKABLE bool openLink(const QString &link);
    /** After a failed first sync: try again, or go on with what arrived. */
    Q_INVOKABLE void retryFirstSync();
    Q_INVOKABLE void skipFirstSync();
    /** Opens the store with the user's passphrase. */
    Q_INVOKABLE void unlock(const QString &passphrase);
    Q_INVOKABLE void lock();
    /** Clears the last error (e.g. when the user starts typing again). */
    Q_INVOKABLE void clearError();
    /** Asks the window to show a main page (a navigation key). */
    Q_INVOKABLE void navigate(const QString &key);
    /** Asks the window to open a page on top of the current one, e.g. "record" with a youngPersonId. */
    Q_INVOKABLE void push(const QString &key, const QVariantMap &properties);

Q_SIGNALS:
    void stageChanged();
    void identityChanged();
    /** The app's language changed (texts, and perhaps the direction, with it). */
    void languageChanged();
    void busyChanged();
    void errorChanged();
    void signInStateChanged();
    /** The server accepted the sign-in prepareSignIn() sent: the flow asks for a passphrase now. */
    void signInAccepted();
    void retrySecondsChanged();
    void setupNoticeChanged();
    void compactLayoutChanged();
    void navigationRequested(const QString &key);
    void pushRequested(const QString &key, const QVariantMap &properties);

private:
    /** A young person's recorded needs that set up the device: large text starts at 150%. */
    void applyRecordedNeeds();
    void setStage(Stage stage);
    void setError(const QString &text);
    void onOpened();
    void onFailed(StoreSession::Error error, const QDateTime &retryAfter);
    void adoptRecordLanguage();
    void updateRetry();
    void applyAutoLock();
    void startSignIn(
        const QString &serverUrl, const QString &email, const QString &password, const QString &code, bool enrolment);
    void refuseSignIn(const QString &code, bool enrolment);
    void onSignInChecked();
    void createSignedInStore();
    void clearPendingSignIn();
    void setSetupNotice(const QString &text);
    void forgetIdentity();
    void onDeviceWiped();

    StoreSession *m_session;
    AppSettings *m_settings;
    Languages *m_languages;
    NavigationModel *m_navigation;
    SyncStatus *m_sync;
    ConflictsModel *m_conflicts;
    SyncController *m_syncController;
    SignInAgainController *m_signInAgain;
    QPointer<SignInJob> m_signIn; ///< the sign-in waiting for a passphrase (its tokens in memory only)
    EnrolmentLink m_link; ///< an enrolment link this device was opened with
    QString m_pendingPassphrase; ///< finishSignIn() called while the server was still checking
    IdleLock m_idleLock;
    QTimer m_retryTimer;
    AlertSettings m_alertSettings;
    QDateTime m_retryAfter;
    Stage m_stage = Stage::Setup;
    std::optional<Role> m_role;
    DeviceIdentity m_identity;
    QString m_errorText;
    QString m_signInError;
    QString m_setupNotice;
    int m_retrySeconds = 0;
    bool m_compact = false;
};

} // namespace Pathway
