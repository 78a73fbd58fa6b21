// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "appcontroller.h"
#include "storesession.h"

#include <QPointer>

namespace Pathway {

/**
 * Points a controller at another AppController and follows that app's store: @p onRecordsChanged
 * runs whenever records change. Returns false (and changes nothing) when @p next is already current.
 */
template<typename Controller, typename Slot>
bool rebindApp(Controller *self, QPointer<AppController> &current, AppController *next, Slot onRecordsChanged)
{
    if (next == current)
        return false;
    if (current)
        QObject::disconnect(current->session(), nullptr, self, nullptr);
    current = next;
    if (current)
        QObject::connect(current->session(), &StoreSession::recordsChanged, self, onRecordsChanged);
    return true;
}

} // namespace Pathway
