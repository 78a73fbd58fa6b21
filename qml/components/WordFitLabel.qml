// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Words that wrap between words and are never broken inside one: the font is the size asked for,
// and smaller only when the longest word would not fit the width (a long word of a translation at
// 200% text, a narrow bottom-bar tab).
Label {
    id: root

    // The size asked for.
    property real size: Units.bodyFont
    // The width its longest word must fit: the room its parent gives (its own width follows its
    // font: measuring that would loop). In a row shared with others, the parent is the whole row:
    // the row sets this to what is left for the label.
    property real room: (root.parent ? root.parent.width : 0) - root.leftPadding - root.rightPadding

    wrapMode: Text.Wrap
    font.pixelSize: {
        let widest = 0;
        for (const word of root.text.split(/\s+/))
            widest = Math.max(widest, metrics.advanceWidth(word));
        const room = root.room;
        return widest > room && room > 0 ? Math.max(1, Math.floor(root.size * room / widest)) : root.size;
    }

    FontMetrics {
        id: metrics
        font.pixelSize: root.size
        // Measured bold: a bold word is the wider, and the few labels that are not bold lose little.
        font.bold: true
    }
}
