// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "store/encryptedstore.h"
#include "sync/recordsyncadapter.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Pathway::Sync::Testing {

/** A fresh encrypted store in a temporary directory with a random test key, and its SyncAdapter. */
struct TestDevice
{
    explicit TestDevice(const Clock &clock)
        : store(dir.path(), clock, nullptr, KdfParams::fastForTests())
    {
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(key.begin(), key.end());
        const auto r = store.openWithRawKey(key);
        QVERIFY2(r.ok(), "cannot open test store");
        sync = std::make_unique<RecordSyncAdapter>(store.records());
    }
    RecordStore &records() { return store.records(); }

    QTemporaryDir dir;
    EncryptedStore store;
    std::unique_ptr<RecordSyncAdapter> sync;
};

} // namespace Pathway::Sync::Testing
