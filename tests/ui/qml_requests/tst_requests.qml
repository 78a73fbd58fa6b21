// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Material
import QtTest
import Pathway.Ui
import Pathway.Models

// "Sync now" on every main screen of a signed-in PA; and a young person's urgent request: the
// Talk page shows who to call now, the PA's caseload shows the request first (the long-poll
// brings it, nobody syncs by hand), the PA logs the contact that answers it from the record, and
// the young person sees the answer. Controls are found by their accessible names.
TestCase {
    id: root

    name: "Requests"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function matches(item, test) {
        return item && item.Accessible && item.visible && !item.Accessible.ignored && test(String(item.Accessible.name));
    }

    function find(item, test) {
        if (!item)
            return null;
        if (matches(item, test))
            return item;
        const kids = item.children;
        for (let i = 0; i < kids.length; ++i) {
            const found = find(kids[i], test);
            if (found)
                return found;
        }
        return null;
    }

    function findByName(item, name) {
        return find(item, n => n === name);
    }

    function findByNamePrefix(item, prefix) {
        return find(item, n => n.startsWith(prefix));
    }

    function findContaining(item, part) {
        return find(item, n => n.indexOf(part) >= 0);
    }

    // The window's root item: the pages and the overlay dialogs open in.
    function everything(window) {
        return window.contentItem.parent;
    }

    function openWindow(app, width, height) {
        const window = createTemporaryObject(mainComponent, root, {
            app: app,
            width: width,
            height: height
        });
        verify(window);
        window.requestActivate();
        window.openPage(app.navigation.firstKey());
        tryVerify(() => window.currentKey.length > 0, 5000);
        return window;
    }

    function keysOf(app) {
        const keys = [];
        for (let i = 0; i < app.navigation.rowCount(); ++i)
            keys.push(app.navigation.valueAt(i, "key"));
        return keys;
    }

    function test_0_syncNowOnEveryScreen() {
        if (probe.language() !== "en")
            skip("the tests find controls by their English names");
        const window = openWindow(paApp, 1280, 800);
        const keys = keysOf(paApp);
        verify(keys.length >= 3, "the PA's main screens: " + keys);
        for (const key of keys) {
            window.openPage(key);
            tryCompare(window, "currentKey", key);
            tryVerify(() => {
                const button = findByName(everything(window), "Sync now");
                return button && button.enabled;
            }, 30000, "Sync now on " + key);
            const before = probe.paSyncRuns;
            mouseClick(findByName(everything(window), "Sync now"));
            tryVerify(() => probe.paSyncRuns > before, 30000, "Sync now ran a sync from " + key);
        }
        // On a phone too (an icon there), inside the window.
        window.width = 360;
        wait(200);
        const button = findByName(everything(window), "Sync now");
        verify(button, "Sync now on a phone");
        const p = button.mapToItem(null, 0, 0);
        verify(p.x >= 0 && p.x + button.width <= window.width + 1, "Sync now fits a phone's header");
        if (probe.screenshotsEnabled())
            probe.save(window, "syncnow-pa-phone");
    }

    function test_1_urgentRequestIsAnswered() {
        if (probe.language() !== "en")
            skip("the tests find controls by their English names");
        // The young person asks to talk today.
        const yp = openWindow(youngPersonApp, 360, 800);
        yp.openPage("talk");
        tryCompare(yp, "currentKey", "talk");
        const urgent = findByName(everything(yp), "I need to talk today");
        verify(urgent);
        mouseClick(urgent);
        tryVerify(() => findByNamePrefix(everything(yp), "You asked to talk today"), 15000, "the request and where it stands");
        verify(findByName(everything(yp), "Call Samaritans on 116 123"), "who to call now");
        verify(findByName(everything(yp), "Call Childline on 0800 1111"));
        verify(findByNamePrefix(everything(yp), "Call Emergency: police, ambulance, fire on 999"));
        verify(findByNamePrefix(everything(yp), "Call Northbrook emergency duty team on "), "the authority's out-of-hours line");
        if (probe.screenshotsEnabled()) {
            wait(300);
            probe.save(yp, "talk-urgent-young-person-phone");
        }

        // The PA's caseload shows it first, without anyone syncing by hand.
        const pa = openWindow(paApp, 1280, 800);
        const caseloadKey = keysOf(paApp).find(k => k === "caseload") || paApp.navigation.firstKey();
        pa.openPage(caseloadKey);
        tryCompare(pa, "currentKey", caseloadKey);
        tryVerify(() => findContaining(everything(pa), ". Asked to talk today. "), 15000, "the request on the caseload");
        const card = findContaining(everything(pa), ". Asked to talk today. ");
        const name = String(card.Accessible.name).split(". Asked to talk today. ")[0];
        if (probe.screenshotsEnabled()) {
            wait(300);
            probe.save(pa, "caseload-request-pa-desktop");
        }

        // From the record, the PA logs the phone call that answers it.
        // Pressed as a screen reader presses it: the caseload may still be settling after the sync
        // (cards moving), where a click at the button's last position can land between cards.
        const openRecord = findByName(everything(pa), "Open record: " + name);
        verify(openRecord, "the card's Open record button");
        openRecord.clicked();
        tryVerify(() => findByNamePrefix(everything(pa), "Log the contact: Asked to talk today"), 15000, "the request above the record's tabs");
        wait(800); // the page's push transition: it slides in
        if (probe.screenshotsEnabled())
            probe.save(pa, "record-request-pa-desktop");
        mouseClick(findByNamePrefix(everything(pa), "Log the contact: Asked to talk today"));
        tryVerify(() => findByName(everything(pa), "Phone call"), 3000, "how the PA answered");
        wait(400); // the dialog's opening transition
        if (probe.screenshotsEnabled())
            probe.save(pa, "request-answer-dialog-pa-desktop");
        mouseClick(findByName(everything(pa), "Phone call"));
        mouseClick(findByName(everything(pa), "Save"));
        tryVerify(() => findByNamePrefix(everything(pa), "Phone call saved on this device. The request is answered."), 5000);
        tryVerify(() => !findByNamePrefix(everything(pa), "Log the contact: Asked to talk today"), 15000, "no longer open");

        // The young person sees the answer, again without anyone syncing by hand.
        tryVerify(() => findContaining(everything(yp), " answered: Phone call, "), 15000, "the answer on the Talk page");
        if (probe.screenshotsEnabled()) {
            wait(300);
            probe.save(yp, "talk-answered-young-person-phone");
        }
    }
}
