// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Material
import QtTest
import QtQuick.Window
import Pathway.Ui
import Pathway.Models

// The pages as a user meets them: each finds its controls by their accessible names.
TestCase {
    id: root

    name: "Pages"
    width: 400
    height: 800
    visible: true
    when: windowShown

    Component {
        id: homeComponent
        HomePage {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: caseloadComponent
        CaseloadPage {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: caseloadsComponent
        CaseloadsPage {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: teamComponent
        TeamPage {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: conflictsComponent
        ConflictsPage {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: planComponent
        PlanPage {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: talkComponent
        TalkPage {
            width: root.width
            height: root.height
        }
    }

    Component {
        id: cardComponent
        Card {
            width: 800
            title: "Ali"
            subtitle: "Age 21, Former relevant"
            status: "Plan review overdue by 117 days"
            attention: true
            accessibleText: "Ali. Plan review overdue by 117 days"
        }
    }

    function findByText(item, text) {
        if (!item)
            return null;
        if (item.text === text && item.lineCount !== undefined)
            return item;
        const kids = item.children;
        for (let i = 0; i < kids.length; ++i) {
            const found = findByText(kids[i], text);
            if (found)
                return found;
        }
        if (item.contentItem && item.contentItem !== item)
            return findByText(item.contentItem, text);
        return null;
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
        if (item.contentItem && item.contentItem !== item) {
            const found = findByName(item.contentItem, name);
            if (found)
                return found;
        }
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
        return null;
    }

    function test_cardStatusReadsAcrossNotDown() {
        // A wide card's status is one line, not a letter per line beside the title.
        const card = createTemporaryObject(cardComponent, root);
        verify(card);
        const status = findByText(card, "Plan review overdue by 117 days");
        verify(status);
        tryVerify(() => status.width > 150);
        compare(status.lineCount, 1);
        verify(card.height < 200, "card height " + card.height);
        // Narrow (a phone): title and status do not fit side by side, so the status goes below
        // the title, across the card, and neither is squeezed.
        card.width = 300;
        tryVerify(() => status.width > card.availableWidth / 2);
        verify(status.lineCount <= 2, "status lines " + status.lineCount);
    }

    function test_homeShowsPaAndNextStep() {
        const page = createTemporaryObject(homeComponent, root, {
            app: youngPersonApp
        });
        verify(page);
        const talk = findByName(page, "Talk to my PA");
        verify(talk, "a 'Talk to my PA' button");
        verify(talk.height >= Units.touchTarget, "big enough to tap");
        verify(findByNamePrefix(page, "My PA is "), "who my PA is and when we last spoke");
        verify(findByNamePrefix(page, "What to do next: "), "what needs doing next");
        const spy = createTemporaryObject(signalSpyComponent, root, {
            target: youngPersonApp,
            signalName: "navigationRequested"
        });
        mouseClick(talk);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "talk");
    }

    Component {
        id: signalSpyComponent
        SignalSpy {}
    }

    function test_planHasTenAreasAndAReviewButton() {
        const page = createTemporaryObject(planComponent, root, {
            app: youngPersonApp
        });
        verify(findByName(page, "Ask for a review"));
        verify(findByNamePrefix(page, "Where I live: "), "the accommodation area in plain words");
        verify(findByNamePrefix(page, "Who I am: "), "identity is a plan area");
        verify(findByName(page, "Add my words: Where I live"));
    }

    function test_askingForContactAddsToHistory() {
        const page = createTemporaryObject(talkComponent, root, {
            app: youngPersonApp
        });
        const urgent = findByName(page, "I need to talk today");
        verify(urgent);
        mouseClick(urgent);
        tryVerify(() => findByNamePrefix(page, "You asked to talk today"), 2000, "the request shows with where it stands");
        verify(findByNamePrefix(page, "Call Samaritans on 116 123"), "who to call now, because a PA may not answer at night");
        verify(findByNamePrefix(page, "Call Northbrook emergency duty team on 01632 960 118"), "the authority's out-of-hours line");
    }

    function test_oneTapVisitFromCaseload() {
        const page = createTemporaryObject(caseloadComponent, root, {
            app: paApp
        });
        const logButton = findByNamePrefix(page, "Log visit now: ");
        verify(logButton, "each young person has a one-tap visit button");
        const who = logButton.Accessible.name.replace("Log visit now: ", "");
        const spy = createTemporaryObject(signalSpyComponent, root, {
            target: logButton,
            signalName: "clicked"
        });
        mouseClick(logButton);
        compare(spy.count, 1, "the button took the tap");
        tryVerify(() => findByName(page, "Visit with " + who + " saved on this device."), 2000);
    }

    function findAll(item, test, found) {
        if (!item)
            return found;
        if (test(item))
            found.push(item);
        const kids = item.children;
        for (let i = 0; i < kids.length; ++i)
            findAll(kids[i], test, found);
        return found;
    }

    // The cards of a caseload list, top to bottom as the user sees them.
    function caseloadCards(page) {
        const cards = findAll(page, item => item.visible && item.accessibleText !== undefined && item.attention !== undefined, []);
        return cards.sort((a, b) => a.mapToItem(page, 0, 0).y - b.mapToItem(page, 0, 0).y);
    }

    // Every card spans the column (as wide as the PA box above it) and none covers another.
    function verifyCardsLaidOut(page, box, what) {
        tryVerify(() => caseloadCards(page).length > 1, 2000, what + ": the caseload shows its young people");
        waitForRendering(page);
        const cards = caseloadCards(page);
        const boxLeft = box.mapToItem(page, 0, 0).x;
        for (let i = 0; i < cards.length; ++i) {
            const card = cards[i];
            const at = card.mapToItem(page, 0, 0);
            fuzzyCompare(card.width, box.width, 1, what + ": card " + i + " is as wide as the list");
            fuzzyCompare(at.x, boxLeft, 1, what + ": card " + i + " lines up with the list");
            verify(card.height >= card.implicitHeight - 1, what + ": card " + i + " is not squashed (" + card.height + " of " + card.implicitHeight + ")");
            if (i > 0) {
                const above = cards[i - 1];
                const aboveBottom = above.mapToItem(page, 0, above.height).y;
                verify(at.y >= aboveBottom - 0.5, what + ": card " + i + " starts below card " + (i - 1) + " (" + at.y + " < " + aboveBottom + ")");
            }
        }
    }

    function test_managerCaseloadCardsFormAList() {
        const page = createTemporaryObject(caseloadsComponent, root, {
            app: managerApp
        });
        verify(page);
        const box = findAll(page, item => item.currentValue !== undefined && item.valueRole === "key", [])[0];
        verify(box, "a box to choose the PA");
        verifyCardsLaidOut(page, box, "first show");
        const firstPa = box.currentValue;
        verify(box.count > 1, "more than one PA to choose from");
        // Another PA: the list is refilled and still reads top to bottom.
        let other = -1;
        for (let i = 0; i < box.count && other < 0; ++i) {
            box.currentIndex = i;
            if (box.currentValue !== firstPa && caseloadCards(page).length > 1)
                other = i;
        }
        verify(other >= 0, "another PA with a caseload");
        verifyCardsLaidOut(page, box, "another PA");
        // A wider window (a desktop): the cards widen with the column.
        root.width = 900;
        verifyCardsLaidOut(page, box, "desktop width");
        root.width = 400;
        verifyCardsLaidOut(page, box, "phone width");
    }

    function test_teamFiguresListPeople() {
        const page = createTemporaryObject(teamComponent, root, {
            app: managerApp
        });
        const noPa = findByName(page, "No PA allocated: 3");
        verify(noPa, "the unallocated figure");
        verify(findByName(page, "Choose a figure to see who it is about."));
        mouseClick(noPa);
        tryVerify(() => findByNamePrefix(page, "Who needs attention"), 2000);
    }

    function test_conflictsEmptyStateSaysWhatToDo() {
        const page = createTemporaryObject(conflictsComponent, root, {
            app: managerApp
        });
        verify(findByName(page, "No conflicts."));
        verify(findByNamePrefix(page, "If the same text is changed on two devices"));
    }
}
