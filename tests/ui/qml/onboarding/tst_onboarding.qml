// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Material
import QtTest
import Pathway.Ui
import Pathway.Models

// Setting up a device, as a new user meets it: the server checks a password before a passphrase
// is asked, Back keeps what was typed, no server address for a young person, and a PA's sheet
// with the code and QR code for a young person's phone. Controls are found by accessible name.
TestCase {
    id: root

    name: "Onboarding"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function findByName(item, name) {
        if (!item)
            return null;
        if (item.Accessible && item.Accessible.name === name && item.visible && !item.Accessible.ignored)
            return item;
        const kids = item.children;
        for (let i = 0; i < kids.length; ++i) {
            const found = findByName(kids[i], name);
            if (found)
                return found;
        }
        return null;
    }

    function findByNamePrefix(item, prefix) {
        if (!item)
            return null;
        if (item.Accessible && String(item.Accessible.name).startsWith(prefix) && item.visible && !item.Accessible.ignored)
            return item;
        const kids = item.children;
        for (let i = 0; i < kids.length; ++i) {
            const found = findByNamePrefix(kids[i], prefix);
            if (found)
                return found;
        }
        return null;
    }

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
        return window;
    }

    // The control named @p name, once it is on screen (steps slide in).
    function control(window, name) {
        tryVerify(() => findByName(everything(window), name), 3000, "shown: " + name);
        return findByName(everything(window), name);
    }

    function tap(window, name) {
        wait(400); // a step slides in: until it has, the one it covers is on screen too
        mouseClick(control(window, name));
    }

    function findField(item, name) {
        if (!item)
            return null;
        if (item.Accessible && item.Accessible.name === name && item.Accessible.role === Accessible.EditableText && item.visible)
            return item;
        const kids = item.children;
        for (let i = 0; i < kids.length; ++i) {
            const found = findField(kids[i], name);
            if (found)
                return found;
        }
        return null;
    }

    // The text field named @p name (its label has the same words), once it is on screen.
    function field(window, name) {
        tryVerify(() => findField(everything(window), name), 3000, "field shown: " + name);
        return findField(everything(window), name);
    }

    // Types as a user would: the field and the flow both see the edit.
    function type(window, name, text) {
        const field = root.field(window, name);
        field.text = text;
        field.textEdited();
    }

    function test_0_wrongPasswordIsReportedBeforeThePassphraseAndBackKeepsEverything() {
        if (screenshots.language() !== "en")
            skip("the tests find controls by their English names");
        const window = openWindow(staffApp, 360, 800);
        tap(window, "I work for the council: sign in");
        type(window, "Work e-mail", staffEmail);
        type(window, "Password", "not the password");
        tap(window, "Next");
        tryVerify(() => staffApp.signInError.length > 0, 20000, "the server said no");
        verify(findByName(everything(window), staffApp.signInError), "the error is on the sign-in step");
        verify(staffApp.signInError.indexOf("password is not right") >= 0, staffApp.signInError);
        verify(!findByName(everything(window), "New passphrase or PIN"), "no passphrase is asked");
        verify(!staffApp.checkingSignIn);

        // Back to the start, and in again: what was typed is still there.
        tap(window, "Back");
        tap(window, "I work for the council: sign in");
        compare(field(window, "Work e-mail").text, staffEmail);
        compare(field(window, "Password").text, "not the password");

        // The right password: now the passphrase.
        type(window, "Password", staffPassword);
        tap(window, "Next");
        const passphrase = field(window, "New passphrase or PIN");
        verify(staffApp.signInError.length === 0);
        type(window, "New passphrase or PIN", "a long passphrase");
        type(window, "Type it again", "a long passphrase");

        // Back to the sign-in step and on again: nothing lost, and no second sign-in needed.
        tap(window, "Back");
        compare(field(window, "Work e-mail").text, staffEmail);
        compare(field(window, "Password").text, staffPassword);
        tap(window, "Next");
        compare(field(window, "New passphrase or PIN").text, "a long passphrase");
        compare(field(window, "Type it again").text, "a long passphrase");
        tap(window, "Save and continue");
        tryCompare(staffApp, "stage", AppController.Ready, 30000);
        verify(passphrase !== null);
    }

    function test_1_youngPersonTypesACodeOnly() {
        if (screenshots.language() !== "en")
            skip("the tests find controls by their English names");
        const window = openWindow(youngPersonApp, 360, 800);
        tap(window, "I have a code from my PA");
        verify(field(window, "The code from your PA"));
        verify(!findByNamePrefix(everything(window), "Another server address"), "no server address in the normal path");
        verify(!findByNamePrefix(everything(window), "This app does not know your council's server"));
        // Back keeps the code too.
        type(window, "The code from your PA", "7KQ4-M2XD");
        tap(window, "Back");
        tap(window, "I have a code from my PA");
        compare(field(window, "The code from your PA").text, "7KQ4-M2XD");
        // Advanced shows which server the app uses, for whoever helps them.
        tap(window, "Advanced");
        verify(field(window, "Another server address (only if your council gave you one)"));
    }

    function findByObjectName(item, name) {
        if (!item)
            return null;
        if (item.objectName === name && item.visible)
            return item;
        const kids = item.children;
        for (let i = 0; i < kids.length; ++i) {
            const found = findByObjectName(kids[i], name);
            if (found)
                return found;
        }
        return null;
    }

    // Opens a young person's record and taps "Set up their phone"; returns once the code is shown.
    function openCodeSheet(window) {
        window.pushPage("record", {
            youngPersonId: someoneOnTheCaseload
        });
        tryVerify(() => findByObjectName(everything(window), "setUpPhoneButton"), 5000, "the record page has the button");
        wait(300);
        mouseClick(findByObjectName(everything(window), "setUpPhoneButton"));
        tryVerify(() => findByObjectName(everything(window), "enrolCode"), 20000, "the code is shown");
        return findByObjectName(everything(window), "enrolCode");
    }

    function test_2_paMakesACodeFromTheRecord() {
        if (screenshots.language() !== "en")
            skip("the tests find controls by their English names");
        const window = openWindow(paApp, 1280, 800);
        const code = openCodeSheet(window);
        verify(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/.test(code.text), code.text);
        verify(code.Accessible.name.startsWith("Code: "), code.Accessible.name);
        const qr = findByName(everything(window), "QR code to set up their phone, with the same code");
        verify(qr, "with its QR code");
        verify(qr.valid && qr.modules > 21, "a real QR code: " + qr.modules);
        verify(findByNamePrefix(everything(window), "It works once, until"), "and when it runs out");
        verify(findByName(everything(window), "Waiting for their phone to use the code."));
    }

    // With PATHWAY_SCREENSHOT_DIR set: the PA's sheet, phone and desktop, in the runner's language.
    function test_3_screenshots() {
        if (!screenshots.enabled())
            skip("screenshots are taken only when PATHWAY_SCREENSHOT_DIR is set");
        for (const [width, height, size] of [[360, 800, "phone"], [1280, 800, "desktop"]]) {
            const window = openWindow(paApp, width, height);
            openCodeSheet(window);
            wait(800); // the sheet's opening transition
            verify(screenshots.save(window, "enrolcode-sheet-" + size));
            window.destroy();
            wait(100);
        }
    }
}
