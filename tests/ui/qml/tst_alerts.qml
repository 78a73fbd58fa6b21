// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Material
import QtTest
import Pathway.Ui
import Pathway.Models

// The alerts page signed in to the real server: a PA acknowledges an alert with a note through
// the page's own controls (found by accessible name or object name), and the page shows it.
TestCase {
    id: root

    name: "AlertsPage"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function find(item, test) {
        if (!item)
            return null;
        if (item.visible && test(item))
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
        return find(item, i => i.Accessible && i.Accessible.name === name && !i.Accessible.ignored);
    }
    function findByNameContaining(item, part) {
        return find(item, i => i.Accessible && String(i.Accessible.name).includes(part) && !i.Accessible.ignored);
    }
    function findEnabled(item, objectName) {
        return find(item, i => i.objectName === objectName && i.enabled);
    }

    // The window's root item: the pages and the overlay dialogs open in.
    function everything(window) {
        return window.contentItem.parent;
    }

    function openAlerts(app, width, height) {
        const window = createTemporaryObject(mainComponent, root, {
            app: app,
            width: width,
            height: height
        });
        verify(window);
        window.requestActivate();
        window.openPage("alerts");
        tryCompare(window, "currentKey", "alerts");
        // The server has answered once an acknowledge button is enabled.
        tryVerify(() => findEnabled(everything(window), "acknowledgeButton"), 20000, "the server's alerts arrived");
        return window;
    }

    // Scrolls the page to its end, where the acknowledged alerts are.
    function scrollToEnd(window) {
        const flick = find(window.currentPage(), i => i.contentHeight !== undefined && i.flickableDirection !== undefined);
        verify(flick);
        flick.contentY = Math.max(0, flick.contentHeight - flick.height);
    }

    // With PATHWAY_SCREENSHOT_DIR set (scripts/screenshots.sh): the page of a PA and of a manager,
    // signed in, the top and the end (acknowledged), phone and desktop, and the note dialog.
    function test_0_screenshots() {
        if (!screenshots.enabled())
            skip("screenshots are taken only when PATHWAY_SCREENSHOT_DIR is set");
        const shots = [[paApp, "pa", 1280, 800, 1.0, "desktop"], [paApp, "pa", 360, 800, 1.0, "phone"], [paApp, "pa", 360, 800, 2.0, "phone-200"], [managerApp, "manager", 1280, 800, 1.0, "desktop"], [managerApp, "manager", 360, 800, 1.0, "phone"]];
        for (const [app, who, width, height, scale, size] of shots) {
            app.settings.fontScale = scale;
            const window = openAlerts(app, width, height);
            wait(500);
            verify(screenshots.save(window, "alerts-signedin-" + who + "-" + size));
            if (who === "pa") {
                mouseClick(findEnabled(everything(window), "acknowledgeButton"));
                const note = findEnabled(everything(window), "noteField");
                verify(note);
                tryVerify(() => note.activeFocus, 3000);
                note.text = "Phoned; visit booked for Friday.";
                wait(400); // the dialog's opening transition
                verify(screenshots.save(window, "alerts-acknowledge-dialog-" + size));
                keyClick(Qt.Key_Escape);
                tryVerify(() => !findEnabled(everything(window), "noteField"), 3000);
            }
            scrollToEnd(window);
            wait(300);
            verify(screenshots.save(window, "alerts-signedin-" + who + "-" + size + "-end"));
            app.settings.fontScale = 1.0;
            window.destroy();
            wait(100);
        }
    }

    function test_1_acknowledgeWithANote() {
        if (screenshots.language() !== "en")
            skip("the tests find controls by their English names");
        const window = openAlerts(paApp, 360, 800);
        const button = findEnabled(everything(window), "acknowledgeButton");
        verify(String(button.Accessible.name).startsWith("Acknowledge: "), button.Accessible.name);
        mouseClick(button);
        const note = findByName(everything(window), "Note");
        verify(note);
        tryVerify(() => note.activeFocus, 3000, "the dialog opens with the focus in the note");
        // No note: refused, and said why.
        mouseClick(findByName(everything(window), "Acknowledge"));
        tryVerify(() => findByName(everything(window), "Write a note: what is being done about it, or why it can wait."), 3000);
        note.text = "Left a voicemail; trying again tomorrow.";
        mouseClick(findByName(everything(window), "Acknowledge"));
        // Once the server has it, the card shows the note (and who, and when); the dialog closes.
        tryVerify(() => findByNameContaining(everything(window), "Left a voicemail; trying again tomorrow."), 20000);
        tryVerify(() => !findByName(everything(window), "Note"), 3000, "the dialog closed");
        verify(findByNameContaining(everything(window), "Acknowledged by "));
    }

    function test_2_managerSeesTheAcknowledgement() {
        if (screenshots.language() !== "en")
            skip("the tests find controls by their English names");
        const window = openAlerts(managerApp, 1280, 800);
        const card = findByNameContaining(everything(window), "Phoned today; home visit booked for Friday.");
        verify(card, "the manager's page shows the PA's note");
        verify(String(card.Accessible.name).includes("Acknowledged by " + paApp.userName + " on "), card.Accessible.name);
    }

    // Scrolls the page that holds @p item so that it shows on screen.
    function scrollIntoView(item) {
        let flick = item.parent;
        while (flick && flick.flickableDirection === undefined)
            flick = flick.parent;
        verify(flick, "the item is on a scrolling page");
        const y = item.mapToItem(flick.contentItem, 0, 0).y;
        flick.contentY = Math.max(0, Math.min(y - flick.height / 3, flick.contentHeight - flick.height));
        wait(200);
    }

    // The manager's Team page signed in: the statutory returns under the figures. Pressing "Save
    // Annex A (Excel)" saves the file (into a folder of the test's) and says where; the page is saved at desktop and phone size
    // (PATHWAY_SCREENSHOT_DIR) with that message.
    function test_3_managerSavesAnnexAFromTheTeamPage() {
        for (const [width, height, size] of [[1280, 800, "desktop"], [360, 800, "phone"]]) {
            const window = createTemporaryObject(mainComponent, root, {
                app: managerApp,
                width: width,
                height: height
            });
            verify(window);
            window.requestActivate();
            window.openPage("team");
            tryCompare(window, "currentKey", "team");
            wait(500); // the page's entering transition
            window.currentPage().returnsFolder = exportFolder;
            const button = findEnabled(everything(window), "exportAnnexAButton");
            verify(button, "the manager is offered Annex A");
            verify(findEnabled(everything(window), "exportOc3Button"), "next to the OC3 return");
            verify(findEnabled(everything(window), "annexADateField"));
            scrollIntoView(button);
            mouseClick(button);
            // The message names the saved file (in any language).
            tryVerify(() => find(everything(window), i => i.Accessible && i.Accessible.role === Accessible.AlertMessage && String(i.Accessible.name).includes("annex-a-list-9-")), 30000, "the page says where the file is");
            if (screenshots.language() === "en")
                verify(findByNameContaining(everything(window), "Saved "));
            scrollToEnd(window);
            wait(300);
            if (screenshots.enabled())
                verify(screenshots.save(window, "team-returns-manager-" + size));
            window.destroy();
            wait(100);
        }
    }
}
