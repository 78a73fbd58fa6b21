// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "appcontroller.h"
#include "domain/record.h"
#include "storesession.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

/**
 * What every record editor shares: the app and young person it works on, the save path (the
 * record is validated with "now", then written with its outbox change in one transaction),
 * and what it says afterwards. It says "saved on this device" until the server has
 * acknowledged the change, then that it was sent; a refused change reads as refused.
 */
class RecordEditor : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(Pathway::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(QString youngPersonId READ youngPersonId WRITE setYoungPersonId NOTIFY youngPersonIdChanged)
    Q_PROPERTY(QString youngPersonName READ youngPersonName NOTIFY youngPersonIdChanged)
    Q_PROPERTY(bool isStaff READ isStaff NOTIFY appChanged)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY accessChanged)
    Q_PROPERTY(QString todayIso READ todayIso NOTIFY appChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool saved READ saved NOTIFY messageChanged)

public:
    /** Where the last saved change is. */
    enum class SaveState
    {
        None, ///< nothing saved yet (or the save failed)
        OnDevice, ///< saved on this device, not yet acknowledged by the server
        Sent, ///< the server has it
        Refused, ///< the server refused it
        Conflict ///< it clashed with another edit of the same text
    };
    Q_ENUM(SaveState)

    explicit RecordEditor(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    /** The young person whose record this is; on a young person's own device, themselves by default. */
    QString youngPersonId() const;
    void setYoungPersonId(const QString &id);
    QString youngPersonName() const;
    bool isStaff() const;
    /** Whether the signed-in user may make this editor's change (the access table's answer). */
    virtual bool canEdit() const = 0;
    QString todayIso() const;
    QString message() const { return m_message; }
    /** The last save succeeded (on this device at least). */
    bool saved() const { return m_state != SaveState::None; }
    SaveState saveState() const { return m_state; }

    /** A yyyy-MM-dd text as a date (invalid when empty or malformed). */
    static QDate dateFromIso(const QString &iso);
    /** A date as yyyy-MM-dd, or empty. */
    static QString isoFromDate(const std::optional<QDate> &date);

Q_SIGNALS:
    void appChanged();
    void youngPersonIdChanged();
    void messageChanged();
    /** Records changed in the store (saved here or pulled by sync). */
    void storeChanged();
    /** What the user may do may have changed (another user, young person or record). */
    void accessChanged();

protected:
    /** Re-reads the record into the form (the app or the ids changed). */
    virtual void load() = 0;
    StoreSession *session() const;
    QDate today() const;
    QString userId() const;
    /** Shows a problem instead of a save result. */
    void setProblem(const QString &text);
    /**
     * Validates @p record at now and saves it; @p done says what was done ("Review recorded.").
     * On a validation error shows @p invalidText (or a general sentence) and returns false.
     */
    template<DomainRecord T> bool saveRecord(const T &record, const QString &done, const QString &invalidText = {})
    {
        if (!session() || !session()->isOpen())
            return false;
        const ValidationErrors errors = validateRecordAt(record, session()->clock().now());
        if (!errors.isEmpty()) {
            setProblem(invalidText.isEmpty() ? invalidMessage(errors) : invalidText);
            return false;
        }
        const StoreSession::Error e = session()->save(record);
        if (e != StoreSession::Error::None) {
            setProblem(e == StoreSession::Error::Invalid          ? invalidMessage(errors)
                           : e == StoreSession::Error::NotAllowed ? notAllowedMessage()
                                                                  : notSavedMessage());
            return false;
        }
        follow(QString::fromLatin1(T::recordType), record.id, done);
        return true;
    }

private:
    void follow(const QString &recordType, const QString &recordId, const QString &done);
    void updateState();
    static QString invalidMessage(const ValidationErrors &errors);
    static QString notSavedMessage();
    static QString notAllowedMessage();

    QPointer<AppController> m_app;
    QString m_youngPersonId;
    QString m_message;
    QString m_done;
    QString m_trackedType;
    QString m_trackedId;
    SaveState m_state = SaveState::None;
};

} // namespace Pathway
