// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace Pathway {

/**
 * A young person's enrolment link, `pathway://enrol?server=<address>&code=<code>`: what the QR
 * code on their PA's phone carries, so the young person never types a server address.
 */
struct EnrolmentLink
{
    QUrl server;
    QString code;

    /** The link text (the QR code's content). */
    QString toString() const;
    /**
     * The link in @p text (trimmed), or nullopt when it is not one: another scheme or action, no
     * code, or a server address that is not https (plain http only to this machine, for tests and
     * the demo), so a link cannot send a young person's sign-in over the network unencrypted.
     */
    static std::optional<EnrolmentLink> parse(const QString &text);
    /** Whether @p text looks like a link at all (starts with the scheme), right or wrong. */
    static bool looksLikeLink(const QString &text);
};

} // namespace Pathway
