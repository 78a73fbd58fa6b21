// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Pathway {

/** Words for the DfE's codes of activity, accommodation, in touch, gender and ethnicity. */
class CircumstanceLabels
{
    Q_DECLARE_TR_FUNCTIONS(CircumstanceLabels)

public:
    /** An SSDA903 ACTIV code, e.g. "F2" -> "Other education, full time". */
    static QString activity(const QString &code);
    /** An SSDA903 ACCOM letter, e.g. "U" -> "Independent living". */
    static QString accommodation(const QString &letter);
    /** An SSDA903 IN_TOUCH code, e.g. "REFU" -> "Refuses contact". */
    static QString inTouch(const QString &code);
    static QString gender(const QString &code);
    /** A DfE ethnicity code, e.g. "BAFR" -> "Black or Black British: African". */
    static QString ethnicity(const QString &code);
};

} // namespace Pathway
