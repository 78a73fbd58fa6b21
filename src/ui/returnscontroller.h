// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

class AppController;
class ExportOc3Job;

/**
 * The statutory returns a manager takes from the server: the SSDA903 OC3 file for a collection
 * year, saved to a folder (Documents by default). It says where the file is and how many rows to
 * correct once the file is written; until then it says it is fetching, and a failure says why.
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
    bool busy() const { return m_job != nullptr; }
    QString message() const { return m_message; }
    bool problem() const { return m_problem; }
    QString savedPath() const { return m_savedPath; }

    /** Fetches the OC3 file from the server and saves it in the folder. */
    Q_INVOKABLE void exportOc3();

Q_SIGNALS:
    void appChanged();
    void yearChanged();
    void folderChanged();
    void stateChanged();

private:
    void onFinished();

    QPointer<AppController> m_app;
    int m_year = 0;
    QString m_folder;
    ExportOc3Job *m_job = nullptr;
    QString m_message;
    bool m_problem = false;
    QString m_savedPath;
};

} // namespace Pathway
