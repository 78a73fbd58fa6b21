// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "sync/syncadapter.h"

using namespace Qt::StringLiterals;

namespace Pathway::Sync {

QString toCode(RecordSyncState s)
{
    switch (s) {
    case RecordSyncState::Local:
        return u"local"_s;
    case RecordSyncState::Sent:
        return u"sent"_s;
    case RecordSyncState::Synced:
        return u"synced"_s;
    case RecordSyncState::Conflict:
        return u"conflict"_s;
    case RecordSyncState::Rejected:
        return u"rejected"_s;
    }
    return {};
}

std::optional<RecordSyncState> recordSyncStateFromCode(const QString &code)
{
    for (auto s : {RecordSyncState::Local, RecordSyncState::Sent, RecordSyncState::Synced, RecordSyncState::Conflict,
                   RecordSyncState::Rejected}) {
        if (toCode(s) == code) {
            return s;
        }
    }
    return std::nullopt;
}

} // namespace Pathway::Sync
