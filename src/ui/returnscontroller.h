// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

class AppController;
class ExportReturnJob;

/**
 * The statutory returns a manager takes from the server: the SSDA903 OC3 file for a collection
 * year, and Ofsted's Annex A list 9 (care leavers) as of a day, as XLSX or CSV, each saved to a
 * folder (Documents by default). Each says where its file is once the file is written; until
 * then it says it is fetching, and a failure or refusal says why.
 */
class ReturnsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Pathway::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(bool canExport READ canExport NOTIFY appChanged)
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY yearChanged)
    Q_PROPERTY(QString yearText READ yearText NOTIFY yearChanged)
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(bool problem READ problem NOTIFY stateChanged)
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY stateChanged)
    /** Annex A's day as yyyy-MM-dd; today unless chosen. */
    Q_PROPERTY(QString annexADate READ annexADate WRITE setAnnexADate NOTIFY annexADateChanged)
    Q_PROPERTY(QString todayIso READ todayIso NOTIFY appChanged)
    Q_PROPERTY(bool annexABusy READ annexABusy NOTIFY annexAStateChanged)
    Q_PROPERTY(QString annexAMessage READ annexAMessage NOTIFY annexAStateChanged)
    Q_PROPERTY(bool annexAProblem READ annexAProblem NOTIFY annexAStateChanged)
    Q_PROPERTY(QString annexASavedPath READ annexASavedPath NOTIFY annexAStateChanged)

public:
    explicit ReturnsController(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    /** Managers and admins, signed in to a server (not the demo). */
    bool canExport() const;
    /** The collection year (from 1 April); by default the one that contains today. */
    int year() const;
    void setYear(int year);
    QString yearText() const;
    QString folder() const;
    void setFolder(const QString &folder);
    bool busy() const { return m_oc3.job != nullptr; }
    QString message() const { return m_oc3.message; }
    bool problem() const { return m_oc3.problem; }
    QString savedPath() const { return m_oc3.savedPath; }
    QString annexADate() const;
    void setAnnexADate(const QString &isoDate);
    QString todayIso() const;
    bool annexABusy() const { return m_annexA.job != nullptr; }
    QString annexAMessage() const { return m_annexA.message; }
    bool annexAProblem() const { return m_annexA.problem; }
    QString annexASavedPath() const { return m_annexA.savedPath; }

    /** Fetches the OC3 file from the server and saves it in the folder. */
    Q_INVOKABLE void exportOc3();
    /** Fetches Annex A list 9 for annexADate as "xlsx" or "csv" and saves it in the folder. */
    Q_INVOKABLE void exportAnnexA(const QString &format);

Q_SIGNALS:
    void appChanged();
    void yearChanged();
    void folderChanged();
    void stateChanged();
    void annexADateChanged();
    void annexAStateChanged();

private:
    /** One export in flight or done: what the manager is told about it. */
    struct Export
    {
        ExportReturnJob *job = nullptr;
        QString message;
        bool problem = false;
        QString savedPath;
    };
    QDate today() const;
    /** Starts @p job for @p state, saying it is fetching; false when one is already running. */
    void begin(Export &state, ExportReturnJob *job, void (ReturnsController::*changed)());
    /**
     * Saves the finished job's file in the folder: true with the path set, or false with the
     * message saying why (a refusal with its reason, or where it could not be written).
     */
    bool save(Export &state);
    void onOc3Finished();
    void onAnnexAFinished();

    QPointer<AppController> m_app;
    int m_year = 0;
    QString m_folder;
    QDate m_annexADate;
    Export m_oc3;
    Export m_annexA;
};

} // namespace Pathway
