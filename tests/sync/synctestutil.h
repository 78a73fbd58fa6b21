#pragma once

#include "domain/clock.h"
#include "store/localstore.h"
#include "sync/localsyncstore.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Pathway::Sync::Testing {

/** A fresh encrypted store in a temporary directory with a random test key, and its SyncStore. */
struct TestDevice
{
    explicit TestDevice(const Clock &clock)
        : store(dir.path(), clock, nullptr, KdfParams::fastForTests())
    {
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(key.begin(), key.end());
        const auto r = store.openWithRawKey(key);
        QVERIFY2(r.ok(), "cannot open test store");
        sync = std::make_unique<LocalSyncStore>(store.records());
    }
    RecordStore &records() { return store.records(); }

    QTemporaryDir dir;
    LocalStore store;
    std::unique_ptr<LocalSyncStore> sync;
};

} // namespace Pathway::Sync::Testing
