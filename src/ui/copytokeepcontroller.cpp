// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "copytokeepcontroller.h"

#include "copydocument.h"

#include "domain/record.h"

#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

std::optional<CopyDocument::Kind> kindFromCode(const QString &code)
{
    if (code == "plan"_L1)
        return CopyDocument::Kind::Plan;
    if (code == "health"_L1)
        return CopyDocument::Kind::HealthHistory;
    return std::nullopt;
}

} // namespace

CopyToKeepController::CopyToKeepController(QObject *parent)
    : QObject(parent)
{
}

void CopyToKeepController::setApp(AppController *app)
{
    if (app == m_app)
        return;
    m_app = app;
    Q_EMIT appChanged();
    Q_EMIT youngPersonIdChanged();
}

QString CopyToKeepController::youngPersonId() const
{
    if (!m_youngPersonId.isEmpty() || !m_app)
        return m_youngPersonId;
    return m_app->role() == AppController::Role::YoungPerson ? m_app->userId() : QString();
}

void CopyToKeepController::setYoungPersonId(const QString &id)
{
    if (id == m_youngPersonId)
        return;
    m_youngPersonId = id;
    Q_EMIT youngPersonIdChanged();
}

bool CopyToKeepController::canMake() const
{
    return m_app && m_app->session()->isOpen() && m_app->session()->data().youngPerson(youngPersonId());
}

QUrl CopyToKeepController::suggestedFile(const QString &kind) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString day = m_app ? m_app->session()->clock().today().toString(Qt::ISODate) : QString();
    const QString name = kind == "health"_L1 ? u"health-history-%1.pdf"_s : u"pathway-plan-%1.pdf"_s;
    return QUrl::fromLocalFile(QDir(folder).filePath(name.arg(day)));
}

bool CopyToKeepController::make(const QString &kindCode, const QUrl &file)
{
    const auto kind = kindFromCode(kindCode);
    if (!kind || !canMake() || !file.isLocalFile()) {
        setMessage(tr("That copy could not be made. Choose a folder on this device.", "@info"));
        return false;
    }
    StoreSession *session = m_app->session();
    const QString id = youngPersonId();
    const QString title = CopyDocument::title(*kind);
    const QString html = CopyDocument::html(*kind, session->data(), id, session->clock().today());
    if (!CopyDocument::writePdf(html, title, file.toLocalFile(), QGuiApplication::layoutDirection())) {
        setMessage(tr("The copy could not be saved there. Choose another folder.", "@info"));
        return false;
    }
    m_lastFile = file;
    ChronologyEvent e;
    e.id = newId();
    e.youngPersonId = id;
    e.date = session->clock().today();
    e.kind = ChronologyKind::CopyMade;
    e.summary = title;
    e.recordedBy = m_app->userId();
    const bool recorded = session->save(e) == StoreSession::Error::None;
    //: %1 the file's name, e.g. pathway-plan-2026-12-06.pdf
    setMessage(recorded
                   ? tr("Saved as %1. Open it to print or share it.", "@info").arg(file.fileName())
                   //: %1 the file's name; the copy exists but the chronology entry could not be saved
                   : tr("Saved as %1, but this device could not note it in the record.", "@info").arg(file.fileName()));
    return true;
}

bool CopyToKeepController::openLast()
{
    return !m_lastFile.isEmpty() && QDesktopServices::openUrl(m_lastFile);
}

void CopyToKeepController::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT madeChanged();
}

} // namespace Pathway
