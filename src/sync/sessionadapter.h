// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

namespace Pathway {
class RecordStore;
}

namespace Pathway::Sync {

class Credentials;

/**
 * Keeps the session (server URL, device id, user id, refresh token) in the encrypted store's
 * meta table, so a restart needs no new login; never anywhere else on disk. The short-lived
 * access token stays in memory only.
 */
class SessionAdapter
{
public:
    explicit SessionAdapter(RecordStore &store);

    /** Writes the session; with an empty refresh token the stored one is removed. */
    bool save(const Credentials &credentials);
    /** Restores what was saved into @p credentials; false when nothing was saved. */
    bool restore(Credentials &credentials);
    /** Forgets the stored session (logout). */
    bool clear();

private:
    RecordStore &m_store;
};

} // namespace Pathway::Sync
