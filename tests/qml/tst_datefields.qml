// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtTest
import Pathway.Ui
import Pathway.Models

// The date and date-and-time fields, and the log contact page that uses one, as a user meets
// them: controls found by their accessible names, days chosen from the calendar.
TestCase {
    id: root

    name: "DateFields"
    width: 400
    height: 800
    visible: true
    when: windowShown

    Component {
        id: dateTimeFieldComponent
        DateTimeField {
            width: root.width
            label: "When"
        }
    }
    Component {
        id: dateFieldComponent
        DateField {
            width: root.width
            label: "Date"
        }
    }
    Component {
        id: logContactComponent
        LogContactPage {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: signalSpyComponent
        SignalSpy {}
    }

    function findByName(item, name) {
        if (!item)
            return null;
        if (item.Accessible && item.Accessible.name === name && item.visible)
            return item;
        const kids = item.children;
        for (let i = 0; i < kids.length; ++i) {
            const found = findByName(kids[i], name);
            if (found)
                return found;
        }
        if (item.contentItem && item.contentItem !== item)
            return findByName(item.contentItem, name);
        return null;
    }

    function findByNamePrefix(item, prefix) {
        if (!item)
            return null;
        if (item.Accessible && String(item.Accessible.name).startsWith(prefix) && item.visible)
            return item;
        const kids = item.children;
        for (let i = 0; i < kids.length; ++i) {
            const found = findByNamePrefix(kids[i], prefix);
            if (found)
                return found;
        }
        if (item.contentItem && item.contentItem !== item)
            return findByNamePrefix(item.contentItem, prefix);
        return null;
    }

    function longDate(d) {
        return d.toLocaleDateString(Qt.locale(), Locale.LongFormat);
    }

    function test_dateTimeFieldChoosesAnEarlierDayNeverALaterOne() {
        const latest = new Date(2026, 2, 2, 10, 0);
        const field = createTemporaryObject(dateTimeFieldComponent, root, {
            selectedDateTime: latest,
            maximumDateTime: latest
        });
        const picked = createTemporaryObject(signalSpyComponent, root, {
            target: field,
            signalName: "picked"
        });
        const button = findByName(field, "When: " + field.displayText);
        verify(button, "the field is a button named by its label and its date");
        verify(field.displayText.indexOf(longDate(latest)) >= 0, "the date reads in the locale's format");
        mouseClick(button);
        const overlay = field.Overlay.overlay;
        tryVerify(() => findByName(overlay, "Previous month"), 2000, "the calendar opens");
        const tomorrow = findByName(overlay, longDate(new Date(2026, 2, 3)));
        verify(tomorrow, "the next day is shown");
        verify(!tomorrow.enabled, "a day after the latest allowed cannot be chosen");
        const yesterday = findByName(overlay, longDate(new Date(2026, 2, 1)));
        verify(yesterday.enabled);
        mouseClick(yesterday);
        const hour = findByName(overlay, "Hour");
        verify(hour, "the hour is a spin box");
        compare(hour.value, 10);
        hour.decrease();
        hour.valueModified();
        mouseClick(findByName(overlay, "Choose"));
        compare(picked.count, 1);
        compare(field.selectedDateTime.getDate(), 1);
        compare(field.selectedDateTime.getHours(), 9);
        compare(field.selectedDateTime.getMinutes(), 0);
        verify(field.isoDateTime.length > 0, "an ISO instant for controllers that take one");
    }

    function test_dateTimeDialogSaysWhyALaterTimeCannotBeChosen() {
        const latest = new Date(2026, 2, 2, 10, 0);
        const field = createTemporaryObject(dateTimeFieldComponent, root, {
            selectedDateTime: latest,
            maximumDateTime: latest
        });
        field.open();
        const overlay = field.Overlay.overlay;
        const hour = findByName(overlay, "Hour");
        tryVerify(() => hour && hour.visible, 2000);
        hour.increase();
        hour.valueModified();
        const choose = findByName(overlay, "Choose");
        verify(!choose.enabled, "11:00 is after the latest allowed time");
        verify(findByName(overlay, "Choose " + longDate(latest) + ", " + latest.toLocaleTimeString(Qt.locale(), Locale.ShortFormat) + " or earlier."), "it says what may be chosen");
        field.close();
    }

    function test_dateFieldIsNeverTyped() {
        const field = createTemporaryObject(dateFieldComponent, root);
        compare(field.isoDate, "");
        verify(findByName(field, "Date: Choose a date"));
        field.setIsoDate("2027-01-12");
        compare(field.isoDate, "2027-01-12");
        compare(field.displayText, longDate(new Date(2027, 0, 12)));
        // What a typed date looked like before: never read as some other day.
        field.setIsoDate("12/01/2027");
        verify(!field.hasDate);
        compare(field.isoDate, "");
    }

    function test_logContactSavesOnceThenOffersAnother() {
        const page = createTemporaryObject(logContactComponent, root, {
            app: paApp
        });
        verify(findByNamePrefix(page, "When: "), "the time of the contact is a date and time field");
        const save = findByName(page, "Save contact");
        verify(save);
        mouseClick(save);
        tryVerify(() => findByName(page, "Log another contact"), 2000, "after saving, the next contact is a new form");
        verify(!save.enabled, "a saved form cannot be saved again");
        const another = findByName(page, "Log another contact");
        mouseClick(another);
        tryVerify(() => save.enabled, 2000);
    }
}
