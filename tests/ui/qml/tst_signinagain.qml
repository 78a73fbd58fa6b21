// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Material
import QtTest
import Pathway.Ui
import Pathway.Models

// After the sign-in expired: every main screen says so, with what waits to go up, and the sheet
// signs in again as the same person. Controls are found by their accessible names.
TestCase {
    id: root

    name: "SignInAgain"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }
    Component {
        id: signalSpyComponent
        SignalSpy {}
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

    // The window's root item: the pages and the overlay the sheet opens in.
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

    // Taps the banner's button and waits until the sheet is open (its first field has the focus).
    function openSheet(window, fieldName) {
        const banner = findByNamePrefix(everything(window), "Your sign-in has expired.");
        verify(banner, "the banner is shown");
        mouseClick(findByName(banner, "Sign in again"));
        tryVerify(() => findByName(everything(window), fieldName), 3000, "the sheet asks for " + fieldName);
        const field = findByName(everything(window), fieldName);
        tryVerify(() => field.activeFocus, 3000, "the sheet is open with the focus in " + fieldName);
        return field;
    }

    function within(item, window) {
        const p = item.mapToItem(null, 0, 0);
        return p.x >= -1 && p.x + item.width <= window.width + 1 && p.y + item.height <= window.height + 1;
    }

    // With PATHWAY_SCREENSHOT_DIR set (scripts/screenshots.sh): the banner and the sheet, phone and
    // desktop, at normal and 200% text, in the language the runner was given.
    function test_0_screenshots() {
        if (!screenshots.enabled())
            skip("screenshots are taken only when PATHWAY_SCREENSHOT_DIR is set");
        const shots = [[paApp, "pa", 1280, 800, 1.0, "desktop"], [paApp, "pa", 360, 800, 2.0, "phone-200"], [youngPersonApp, "young-person", 360, 800, 1.0, "phone"]];
        for (const [app, who, width, height, scale, size] of shots) {
            app.settings.fontScale = scale;
            const window = openWindow(app, width, height);
            wait(500); // settle: pages load their models, fonts reflow
            verify(screenshots.save(window, "signinagain-banner-" + who + "-" + size));
            window.openSignInAgain();
            wait(800); // the sheet's opening transition
            verify(screenshots.save(window, "signinagain-sheet-" + who + "-" + size));
            app.settings.fontScale = 1.0;
            window.destroy();
            wait(100);
        }
    }

    function test_1_bannerOnEveryMainScreen() {
        if (screenshots.language() !== "en")
            skip("the tests find controls by their English names");
        verify(paApp.signInAgain.expired);
        const window = openWindow(paApp, 1280, 800);
        const keys = [];
        for (let i = 0; i < paApp.navigation.rowCount(); ++i)
            keys.push(paApp.navigation.valueAt(i, "key"));
        verify(keys.length >= 3, "the PA's main screens: " + keys);
        for (const key of keys) {
            window.openPage(key);
            tryCompare(window, "currentKey", key);
            const banner = findByName(everything(window), "Your sign-in has expired. Your changes are kept on this device: 3 waiting to go up.");
            verify(banner, "the banner on " + key);
            verify(findByName(banner, "Sign in again"), "a way to sign in again on " + key);
        }
        window.openPage(keys[0]);
    }

    function test_2_phoneAndLargeText() {
        if (screenshots.language() !== "en")
            skip("the tests find controls by their English names");
        paApp.settings.fontScale = 2.0;
        const window = openWindow(paApp, 360, 800);
        wait(100);
        const banner = findByNamePrefix(everything(window), "Your sign-in has expired.");
        verify(banner, "the banner at phone width: " + everything(window) + " " + paApp.signInAgain.expired);
        const button = findByName(banner, "Sign in again");
        verify(button && within(button, window), "the button fits a phone at 200% text");
        verify(button.height >= Units.touchTarget, "big enough to tap: " + button.height);
        openSheet(window, "Password");
        const sheet = findByName(everything(window), "Sign in again");
        const signIn = findByName(everything(window), "Sign in");
        verify(signIn);
        verify(within(findByName(everything(window), "Password"), window));
        paApp.settings.fontScale = 1.0;
        verify(sheet);
    }

    function test_3_wrongPasswordKeepsEverythingThenTheRightOneSends() {
        if (screenshots.language() !== "en")
            skip("the tests find controls by their English names");
        const window = openWindow(paApp, 1280, 800);
        const password = openSheet(window, "Password");
        const email = findByName(everything(window), "Work e-mail");
        verify(email);
        verify(email.text.indexOf("@") > 0, "the account's e-mail is filled in: '" + email.text + "' / '" + paApp.signInAgain.email + "'");
        verify(email.readOnly, "and cannot be changed");

        keyClick(Qt.Key_X);
        keyClick(Qt.Key_Y);
        mouseClick(findByName(everything(window), "Sign in"));
        tryVerify(() => paApp.signInAgain.error.length > 0, 20000);
        verify(findByName(everything(window), paApp.signInAgain.error), "the error is shown");
        verify(paApp.signInAgain.expired);
        compare(paApp.sync.pendingChanges, 3);

        password.text = paPassword;
        mouseClick(findByName(everything(window), "Sign in"));
        tryVerify(() => !paApp.signInAgain.expired, 20000, "signed in again");
        tryCompare(paApp.sync, "pendingChanges", 0, 30000);
        verify(!findByNamePrefix(everything(window), "Your sign-in has expired."), "the banner is gone");
        tryVerify(() => !findByName(everything(window), "Password"), 3000, "the sheet closed");
    }

    function test_4_youngPersonAsksForANewCode() {
        if (screenshots.language() !== "en")
            skip("the tests find controls by their English names");
        verify(youngPersonApp.signInAgain.expired);
        const window = openWindow(youngPersonApp, 360, 800);
        verify(findByName(everything(window), "Your sign-in has expired. Your changes are kept on this device: 1 waiting to go up."));
        openSheet(window, "The new code from your PA");
        verify(!findByName(everything(window), "Password"), "young people use a code, not a password");
        mouseClick(findByName(everything(window), "Sign in"));
        tryVerify(() => youngPersonApp.signInAgain.error.length > 0, 5000, "an empty code is explained");
        mouseClick(findByName(everything(window), "Not now"));
        tryVerify(() => !findByName(everything(window), "The new code from your PA"), 3000);
        verify(youngPersonApp.signInAgain.expired);
    }
}
