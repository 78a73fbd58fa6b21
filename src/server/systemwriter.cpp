// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/systemwriter.h"

#include "server/auth.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

Sync::PushResult writeAsServer(ServerStore &store,
                               const Clock &clock,
                               const QString &changeId,
                               const QString &recordType,
                               const QString &recordId,
                               const QString &ownerId,
                               const QJsonObject &fields)
{
    Sync::Change c;
    c.changeId = changeId;
    c.recordType = recordType;
    c.recordId = recordId;
    c.ownerId = ownerId;
    c.op = Sync::ChangeOp::Upsert;
    c.hlc = Sync::Hlc {clock.now().toMSecsSinceEpoch(), 0, u"server"_s}.toString();
    c.fields = fields;
    return store.applyChange(c, ApplyContext {u"server"_s, clock.now().toMSecsSinceEpoch(), {}, u"server"_s});
}

QString
contentChangeId(const QString &prefix, const QString &recordType, const QString &recordId, const QJsonObject &fields)
{
    const auto json = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    return prefix + u'-' + hashSecret(recordType + u'|' + recordId + u'|' + json).left(40);
}

QString stableId(const QString &name)
{
    static const QUuid ns(u"6f1c5e0e-9a43-4d1e-8a67-2f0b7a1c9d55"_s);
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

} // namespace Pathway::Server
