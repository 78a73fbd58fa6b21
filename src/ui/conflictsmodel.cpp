#include "conflictsmodel.h"

#include "appcontroller.h"
#include "labels.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Pathway {

ConflictsModel::ConflictsModel(QObject *parent)
    : RowListModel({u"heading"_s, u"mine"_s, u"theirs"_s, u"accessibleName"_s}, parent)
{
}

void ConflictsModel::setApp(AppController *app)
{
    if (app == m_app)
        return;
    if (m_app)
        disconnect(m_app->session(), nullptr, this, nullptr);
    m_app = app;
    if (m_app)
        connect(m_app->session(), &StoreSession::recordsChanged, this, &ConflictsModel::refresh);
    Q_EMIT appChanged();
    refresh();
}

namespace {
QString fieldLabel(const QString &recordType, const QString &field)
{
    //: What the conflicting text is: %1 the kind of record, %2 the field, both as stored
    return ConflictsModel::tr("%1: %2", "@title conflict").arg(recordType, field);
}
} // namespace

void ConflictsModel::refresh()
{
    QList<ModelRow> rows;
    if (m_app) {
        const CaseData &data = m_app->session()->data();
        for (const ConflictRow &c : m_app->session()->conflicts()) {
            QString title = fieldLabel(c.recordType, c.field);
            for (const PlanSection &s : data.sections) {
                if (s.id == c.recordId)
                    title = tr("Plan, %1", "@title conflict").arg(Labels::planArea(s.area));
            }
            const QString mine = c.localValue.toString();
            const QString theirs = c.remoteValue.toString();
            rows.append({QString::number(c.id),
                         {{u"heading"_s, title},
                          {u"mine"_s, mine},
                          {u"theirs"_s, theirs},
                          //: Screen reader: %1 what, %2 this device's text, %3 the other text
                          {u"accessibleName"_s,
                           tr("%1. On this device: %2. From the server: %3", "@info").arg(title, mine, theirs)}}});
        }
    }
    setRows(rows);
}

bool ConflictsModel::resolve(const QString &conflictKey, bool keepLocal)
{
    if (!m_app)
        return false;
    return m_app->session()->resolveConflict(conflictKey.toLongLong(), keepLocal) == StoreSession::Error::None;
}

bool ConflictsModel::keepMine(const QString &conflictKey)
{
    return resolve(conflictKey, true);
}

bool ConflictsModel::keepTheirs(const QString &conflictKey)
{
    return resolve(conflictKey, false);
}

} // namespace Pathway
