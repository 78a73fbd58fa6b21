// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "returnscontroller.h"

#include "appcontroller.h"
#include "exportoc3job.h"
#include "storesession.h"
#include "synccontroller.h"
#include "uilog.h"

#include "sync/syncengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Pathway {

ReturnsController::ReturnsController(QObject *parent)
    : QObject(parent)
{
}

void ReturnsController::setApp(AppController *app)
{
    if (app == m_app)
        return;
    if (m_app)
        disconnect(m_app, nullptr, this, nullptr);
    m_app = app;
    if (m_app) {
        connect(m_app, &AppController::identityChanged, this, &ReturnsController::appChanged);
        connect(m_app, &AppController::stageChanged, this, &ReturnsController::appChanged);
    }
    Q_EMIT appChanged();
    Q_EMIT yearChanged();
}

bool ReturnsController::canExport() const
{
    return m_app && m_app->stage() == AppController::Stage::Ready && !m_app->isDemo()
        && m_app->role() == AppController::Role::Manager;
}

int ReturnsController::year() const
{
    if (m_year > 0 || !m_app || !m_app->session())
        return m_year;
    // The collection year runs from 1 April: January to March belong to the year before.
    const QDate today = m_app->session()->clock().today();
    return today.month() >= 4 ? today.year() : today.year() - 1;
}

void ReturnsController::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    Q_EMIT yearChanged();
}

QString ReturnsController::yearText() const
{
    const int y = year();
    //: The SSDA903 collection year, e.g. "1 April 2025 to 31 March 2026"
    return tr("1 April %1 to 31 March %2", "@info").arg(y).arg(y + 1);
}

QString ReturnsController::folder() const
{
    return m_folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : m_folder;
}

void ReturnsController::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    Q_EMIT folderChanged();
}

void ReturnsController::exportOc3()
{
    if (!canExport() || m_job)
        return;
    Sync::SyncEngine *engine = m_app->syncController() ? m_app->syncController()->engine() : nullptr;
    m_job = new ExportOc3Job(engine ? engine->api() : nullptr, year(), this);
    connect(m_job, &ExportOc3Job::finished, this, &ReturnsController::onFinished);
    m_message = tr("Fetching the return from the server…", "@info");
    m_problem = false;
    m_savedPath.clear();
    Q_EMIT stateChanged();
    m_job->start();
}

void ReturnsController::onFinished()
{
    ExportOc3Job *job = std::exchange(m_job, nullptr);
    job->deleteLater();
    m_problem = true;
    if (job->hasError()) {
        qCInfo(lcUi) << "oc3: the server did not give the return:" << job->errorCode();
        m_message = job->errorCode() == "forbidden"_L1
            ? tr("Only managers and administrators can take this return.", "@info")
            : tr("The return could not be fetched. Check the connection and try again.", "@info");
        Q_EMIT stateChanged();
        return;
    }
    const QString name = job->fileName().isEmpty() ? u"oc3.csv"_s : QFileInfo(job->fileName()).fileName();
    QDir().mkpath(folder());
    const QString path = QDir(folder()).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(job->csv()) != job->csv().size() || !file.commit()) {
        //: %1 a folder
        m_message = tr("The return could not be saved in %1. Choose another folder.", "@info")
                        .arg(QDir::toNativeSeparators(folder()));
        Q_EMIT stateChanged();
        return;
    }
    m_problem = job->problems() > 0;
    m_savedPath = path;
    //: %1 a file path; then how many young people are in it
    const QString saved = tr("Saved %1 with %n row(s).", "@info", job->rows()).arg(QDir::toNativeSeparators(path));
    m_message = job->problems() == 0
        ? saved
        //: %1 "Saved ... with N rows."; then how many rows break a DfE rule
        : tr("%1 %n row(s) need correcting before it is sent.", "@info", job->problems()).arg(saved);
    Q_EMIT stateChanged();
}

} // namespace Pathway
