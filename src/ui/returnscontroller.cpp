// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "returnscontroller.h"

#include "appcontroller.h"
#include "exportreturnjob.h"
#include "storesession.h"
#include "synccontroller.h"
#include "uilog.h"

#include "sync/syncengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>

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

QDate ReturnsController::today() const
{
    return m_app && m_app->session() ? m_app->session()->clock().today() : QDate::currentDate();
}

QString ReturnsController::todayIso() const
{
    return today().toString(Qt::ISODate);
}

QString ReturnsController::annexADate() const
{
    return (m_annexADate.isValid() ? m_annexADate : today()).toString(Qt::ISODate);
}

void ReturnsController::setAnnexADate(const QString &isoDate)
{
    const QDate day = QDate::fromString(isoDate, Qt::ISODate);
    if (day == m_annexADate)
        return;
    m_annexADate = day;
    Q_EMIT annexADateChanged();
}

void ReturnsController::begin(Export &state, ExportReturnJob *job, void (ReturnsController::*changed)())
{
    state.job = job;
    state.problem = false;
    state.savedPath.clear();
    state.message = tr("Fetching the return from the server…", "@info");
    Q_EMIT(this->*changed)();
    job->start();
}

bool ReturnsController::save(Export &state)
{
    ExportReturnJob *job = std::exchange(state.job, nullptr);
    job->deleteLater();
    state.problem = true;
    if (job->hasError())
        return false;
    const QString name = QFileInfo(job->fileName()).fileName();
    QDir().mkpath(folder());
    const QString path = QDir(folder()).filePath(name);
    QSaveFile file(path);
    if (name.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(job->content()) != job->content().size()
        || !file.commit()) {
        //: %1 a folder
        state.message = tr("The return could not be saved in %1. Choose another folder.", "@info")
                            .arg(QDir::toNativeSeparators(folder()));
        return false;
    }
    state.problem = job->problems() > 0;
    state.savedPath = path;
    //: %1 a file path; then how many young people are in it
    const QString saved = tr("Saved %1 with %n row(s).", "@info", job->rows()).arg(QDir::toNativeSeparators(path));
    state.message = job->problems() == 0
        ? saved
        //: %1 "Saved ... with N rows."; then how many rows break a DfE rule
        : tr("%1 %n row(s) need correcting before it is sent.", "@info", job->problems()).arg(saved);
    return true;
}

void ReturnsController::exportOc3()
{
    if (!canExport() || m_oc3.job)
        return;
    Sync::SyncEngine *engine = m_app->syncController() ? m_app->syncController()->engine() : nullptr;
    QUrlQuery query;
    query.addQueryItem(u"year"_s, QString::number(year()));
    query.addQueryItem(u"format"_s, u"json"_s);
    auto *job = new ExportReturnJob(engine ? engine->api() : nullptr, u"/v1/reports/oc3"_s, query, this);
    connect(job, &ExportReturnJob::finished, this, &ReturnsController::onOc3Finished);
    begin(m_oc3, job, &ReturnsController::stateChanged);
}

void ReturnsController::onOc3Finished()
{
    const QString error = m_oc3.job->errorCode();
    if (!save(m_oc3) && !error.isEmpty()) {
        qCInfo(lcUi) << "oc3: the server did not give the return:" << error;
        m_oc3.message = error == "forbidden"_L1
            ? tr("Only managers and administrators can take this return.", "@info")
            : tr("The return could not be fetched. Check the connection and try again.", "@info");
    }
    Q_EMIT stateChanged();
}

void ReturnsController::exportAnnexA(const QString &format)
{
    if (!canExport() || m_annexA.job || (format != "xlsx"_L1 && format != "csv"_L1))
        return;
    const QDate day = QDate::fromString(annexADate(), Qt::ISODate);
    if (day > today()) {
        m_annexA.problem = true;
        m_annexA.savedPath.clear();
        m_annexA.message = tr("Choose a day up to today: the list shows what was recorded by then.", "@info");
        Q_EMIT annexAStateChanged();
        return;
    }
    Sync::SyncEngine *engine = m_app->syncController() ? m_app->syncController()->engine() : nullptr;
    QUrlQuery query;
    query.addQueryItem(u"date"_s, day.toString(Qt::ISODate));
    query.addQueryItem(u"format"_s, format);
    query.addQueryItem(u"envelope"_s, u"json"_s);
    auto *job = new ExportReturnJob(engine ? engine->api() : nullptr, u"/v1/reports/annex-a"_s, query, this);
    connect(job, &ExportReturnJob::finished, this, &ReturnsController::onAnnexAFinished);
    begin(m_annexA, job, &ReturnsController::annexAStateChanged);
}

void ReturnsController::onAnnexAFinished()
{
    const QString error = m_annexA.job->errorCode();
    if (!save(m_annexA) && !error.isEmpty()) {
        qCInfo(lcUi) << "annex a: the server did not give the list:" << error;
        if (error == "forbidden"_L1)
            m_annexA.message = tr("Only managers and administrators can take this list.", "@info");
        else if (error == "invalid_date"_L1)
            m_annexA.message = tr("The server refused the day: choose a day up to today.", "@info");
        else if (error == "network"_L1 || error == "timeout"_L1)
            m_annexA.message = tr("The list could not be fetched. Check the connection and try again.", "@info");
        else
            //: %1 the server's reason, a code such as "login_required"
            m_annexA.message
                = tr("The server refused the list (%1). Sign in again or ask an administrator.", "@info").arg(error);
    }
    Q_EMIT annexAStateChanged();
}

} // namespace Pathway
