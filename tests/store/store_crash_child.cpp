// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Child process of tst_crash: opens a store and saves records in a loop until it is killed.
// Usage: store_crash_child <directory> <hex key> <run number>
#include "store/encryptedstore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Pathway;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    SystemClock clock;
    EncryptedStore store(args.at(1), clock);
    if (!store.openWithRawKey(QByteArray::fromHex(args.at(2).toLatin1())).ok())
        return 3;
    RecordStore &records = store.records();
    const QString run = args.at(3);
    const QString note = u"A contact note long enough to span pages when many are written. "_s.repeated(8);
    for (int n = 0;; ++n) {
        const QString owner = u"yp-%1"_s.arg(n % 40);
        if (n % 5 == 4) {
            // Several records in one outer transaction: all or none survive.
            Transaction tx(store.database());
            for (int k = 0; k < 3; ++k) {
                const QString id = u"r%1-%2-%3"_s.arg(run).arg(n).arg(k);
                if (!records.saveLocal(u"plan_action"_s, id, owner, {{u"what"_s, note}, {u"n"_s, n}}).ok())
                    return 4;
            }
            if (!tx.commit().ok())
                return 4;
        } else {
            const QString id = u"r%1-%2"_s.arg(run).arg(n);
            if (!records.saveLocal(u"contact_log"_s, id, owner, {{u"notes"_s, note}, {u"n"_s, n}}).ok())
                return 4;
        }
        if (n == 0) {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
        }
    }
}
