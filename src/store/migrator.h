// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "domain/clock.h"

#include <QList>
#include <QString>

namespace Pathway {

/** One numbered schema step. */
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

/**
 * Brings a store's schema up to date with numbered steps, each in its own transaction and
 * recorded in schema_migrations(version, name, applied_at). Refuses databases whose schema is
 * newer than this build knows.
 */
class Migrator
{
public:
    enum class Error
    {
        Ok,
        NewerThanKnown,
        StepFailed,
        Database
    };
    struct Result
    {
        Error error = Error::Ok;
        int fromVersion = 0;
        int toVersion = 0;
        DbStatus db;
        bool ok() const { return error == Error::Ok; }
    };

    /** The store's own migrations, in order. */
    static const QList<Migration> &storeMigrations();
    static int latestVersion();

    Migrator(Database &db, const Clock &clock, QList<Migration> migrations = storeMigrations());

    /** The highest applied version (0 for an empty database). */
    int currentVersion();
    /** Applies the missing steps up to @p targetVersion (default: all). */
    Result migrate(int targetVersion = -1);

private:
    DbStatus ensureTable();

    Database &m_db;
    const Clock &m_clock;
    QList<Migration> m_migrations;
};

} // namespace Pathway
