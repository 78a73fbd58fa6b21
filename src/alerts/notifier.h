// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

namespace Pathway {

/**
 * Shows an operating-system notification on a staff member's device. The app decides the words
 * (never a name, a note or a date of birth: e.g. "3 young people have a new alert"); a
 * notifier only shows a title and a body, and tells the app when one was clicked. Back ends
 * live in platform/<os>/.
 */
class Notifier
{
public:
    /** Receives the tag of a notification the user clicked (or chose "open" on). */
    using ActivationHandler = std::function<void(const QString &tag)>;

    virtual ~Notifier() = default;
    /** Shows (or replaces, for the same tag) a notification. False if the OS refused it. */
    virtual bool notify(const QString &tag, const QString &title, const QString &body) = 0;
    /** Whether the OS notification service can be reached at all. */
    virtual bool isAvailable() const = 0;

    /** Called on the notifier's thread when the user clicks a notification this notifier showed. */
    void setActivationHandler(ActivationHandler handler) { m_onActivated = std::move(handler); }
    /**
     * The words of the action that opens the app, for back ends that show them as a button
     * (translated by the caller: back ends do not translate). Set before notify().
     */
    void setOpenActionLabel(const QString &label) { m_openLabel = label; }

protected:
    QString openActionLabel() const { return m_openLabel; }
    /** Back ends call this when the OS reports a click on the notification with @p tag. */
    void activated(const QString &tag) const
    {
        if (m_onActivated) {
            m_onActivated(tag);
        }
    }

private:
    ActivationHandler m_onActivated;
    QString m_openLabel;
};

} // namespace Pathway
