#pragma once

#include <QString>

namespace Pathway {

/**
 * Shows an operating-system notification on the PA's device. The app decides the words
 * (never a name, a note or a date of birth: e.g. "3 young people need contact"); a
 * notifier only shows a title and a body. Back ends live in platform/<os>/.
 */
class Notifier
{
public:
    virtual ~Notifier() = default;
    /** Shows (or replaces, for the same tag) a notification. False if the OS refused it. */
    virtual bool notify(const QString &tag, const QString &title, const QString &body) = 0;
    /** Whether the OS notification service can be reached at all. */
    virtual bool isAvailable() const = 0;
};

} // namespace Pathway
