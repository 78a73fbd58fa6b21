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

    function names(item) {
        let out = [];
        if (item.Accessible && item.Accessible.name && item.visible)
            out.push(item.Accessible.name + (item.Accessible.ignored ? "(ignored)" : ""));
        for (let i = 0; i < item.children.length; ++i)
            out = out.concat(names(item.children[i]));
        return out;
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
        window.openPage(app.navigation.firstKey());
        tryVerify(() => window.currentKey.length > 0, 5000);
        return window;
    }

    // Taps the banner's button and waits until the sheet is open (its first field has the focus).
    function openSheet(window, fieldName) {
        const banner = findByNamePrefix(everything(window), "Your sign-in has expired.");
        verify(banner, "the banner is shown");
        mouseClick(findByName(banner, "Sign in again"));
        tryVerify(() => findByName(everything(window), fieldName), 3000, "the sheet asks for " + fieldName + ": " + names(everything(window)).slice(-12));
        const field = findByName(everything(window), fieldName);
        tryVerify(() => field.activeFocus, 3000, "the sheet is open with the focus in " + fieldName);
        return field;
    }

    function within(item, window) {
        const p = item.mapToItem(null, 0, 0);
        return p.x >= -1 && p.x + item.width <= window.width + 1 && p.y + item.height <= window.height + 1;
    }

    function test_1_bannerOnEveryMainScreen() {
        verify(paApp.signInExpired);
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
        screenshots.save(window, "signinagain-banner-desktop");
    }

    function test_2_phoneAndLargeText() {
        paApp.settings.fontScale = 2.0;
        const window = openWindow(paApp, 360, 800);
        wait(100);
        const banner = findByNamePrefix(everything(window), "Your sign-in has expired.");
        verify(banner, "the banner at phone width: " + everything(window) + " " + paApp.signInExpired);
        const button = findByName(banner, "Sign in again");
        verify(button && within(button, window), "the button fits a phone at 200% text");
        verify(button.height >= Units.touchTarget, "big enough to tap: " + button.height);
        screenshots.save(window, "signinagain-banner-phone-200");
        openSheet(window, "Password");
        const sheet = findByName(everything(window), "Sign in again");
        const signIn = findByName(everything(window), "Sign in");
        verify(signIn);
        verify(within(findByName(everything(window), "Password"), window));
        screenshots.save(window, "signinagain-sheet-phone-200");
        paApp.settings.fontScale = 1.0;
        verify(sheet);
    }

    function test_3_wrongPasswordKeepsEverythingThenTheRightOneSends() {
        const window = openWindow(paApp, 1280, 800);
        const password = openSheet(window, "Password");
        const email = findByName(everything(window), "Work e-mail");
        verify(email);
        verify(email.text.indexOf("@") > 0, "the account's e-mail is filled in: '" + email.text + "' / '" + paApp.signInAgainEmail + "'");
        verify(email.readOnly, "and cannot be changed");

        keyClick(Qt.Key_X);
        keyClick(Qt.Key_Y);
        mouseClick(findByName(everything(window), "Sign in"));
        tryVerify(() => paApp.signInAgainError.length > 0, 20000);
        verify(findByName(everything(window), paApp.signInAgainError), "the error is shown");
        verify(paApp.signInExpired);
        compare(paApp.sync.pendingChanges, 3);
        screenshots.save(window, "signinagain-sheet-wrong-desktop");

        password.text = paPassword;
        mouseClick(findByName(everything(window), "Sign in"));
        tryVerify(() => !paApp.signInExpired, 20000, "signed in again");
        tryCompare(paApp.sync, "pendingChanges", 0, 30000);
        verify(!findByNamePrefix(everything(window), "Your sign-in has expired."), "the banner is gone");
        tryVerify(() => !findByName(everything(window), "Password"), 3000, "the sheet closed");
    }

    function test_4_youngPersonAsksForANewCode() {
        verify(youngPersonApp.signInExpired);
        const window = openWindow(youngPersonApp, 360, 800);
        verify(findByName(everything(window), "Your sign-in has expired. Your changes are kept on this device: 1 waiting to go up."));
        openSheet(window, "The new code from your PA");
        verify(!findByName(everything(window), "Password"), "young people use a code, not a password");
        mouseClick(findByName(everything(window), "Sign in"));
        tryVerify(() => youngPersonApp.signInAgainError.length > 0, 5000, "an empty code is explained");
        screenshots.save(window, "signinagain-sheet-young-person-phone");
        mouseClick(findByName(everything(window), "Not now, keep working on this device"));
        tryVerify(() => !findByName(everything(window), "The new code from your PA"), 3000);
        verify(youngPersonApp.signInExpired);
    }
}
