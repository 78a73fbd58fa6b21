// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "casedata.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Pathway {

/**
 * A young person's plan or health history as a document to keep: rich text in the app's language
 * (right to left where it reads so), written as a PDF with QPdfWriter.
 */
class CopyDocument
{
    Q_DECLARE_TR_FUNCTIONS(CopyDocument)

public:
    enum class Kind
    {
        Plan,
        HealthHistory
    };

    /** The document's title ("My pathway plan"). */
    static QString title(Kind kind);
    /** The document as HTML for QTextDocument, from what this device holds on @p today. */
    static QString html(Kind kind, const CaseData &data, const QString &youngPersonId, const QDate &today);
    /** Writes @p html as an A4 PDF at @p path; false when the file cannot be written. */
    static bool writePdf(const QString &html, const QString &title, const QString &path, Qt::LayoutDirection direction);

private:
    static QString planHtml(const CaseData &data, const QString &youngPersonId, const QDate &today);
    static QString healthHtml(const CaseData &data, const QString &youngPersonId);
};

} // namespace Pathway
