#include "chronologymodel.h"

#include "labels.h"

using namespace Qt::StringLiterals;

namespace Pathway {

ChronologyModel::ChronologyModel(QObject *parent)
    : RowListModel({u"heading"_s, u"dateText"_s, u"summary"_s, u"accessibleName"_s}, parent)
{
}

void ChronologyModel::refresh(const CaseData &data, const QString &youngPersonId)
{
    QList<ModelRow> rows;
    if (!data.youngPerson(youngPersonId)) {
        setRows(rows);
        return;
    }
    const QList<ChronologyEvent> events = buildChronology(data.chronologySources(youngPersonId));
    for (int i = 0; i < events.size(); ++i) {
        const ChronologyEvent &e = events.at(i);
        const QString title = Labels::chronologyKind(e.kind);
        const QString when = Labels::date(e.date);
        // Derived events have no id of their own: key them by kind, source and date.
        const QString key
            = e.id.isEmpty() ? toCode(e.kind) + u':' + e.sourceRecordId + u':' + e.date.toString(Qt::ISODate) : e.id;
        rows.append({key,
                     {{u"heading"_s, title},
                      {u"dateText"_s, when},
                      {u"summary"_s, e.summary},
                      {u"accessibleName"_s, tr("%1, %2", "@info").arg(when, title)}}});
    }
    setRows(rows);
}

} // namespace Pathway
