// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "circumstancelabels.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Pathway {

QString CircumstanceLabels::activity(const QString &code)
{
    if (code == "F1"_L1)
        return tr("Higher education, full time", "@info activity");
    if (code == "P1"_L1)
        return tr("Higher education, part time", "@info activity");
    if (code == "F2"_L1)
        return tr("Other education, full time", "@info activity");
    if (code == "P2"_L1)
        return tr("Other education, part time", "@info activity");
    if (code == "F4"_L1)
        return tr("Apprenticeship, full time", "@info activity");
    if (code == "P4"_L1)
        return tr("Apprenticeship, part time", "@info activity");
    if (code == "F5"_L1)
        return tr("Training or employment, full time", "@info activity");
    if (code == "P5"_L1)
        return tr("Training or employment, part time", "@info activity");
    if (code == "G4"_L1)
        return tr("Not in education, work or training: illness or disability", "@info activity");
    if (code == "G5"_L1)
        return tr("Not in education, work or training: other reasons", "@info activity");
    if (code == "G6"_L1)
        return tr("Not in education, work or training: pregnancy or parenting", "@info activity");
    return tr("Not known", "@info activity");
}

QString CircumstanceLabels::accommodation(const QString &letter)
{
    static const QHash<QString, const char *> names {
        {u"B"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "With parents or relatives", "@info accommodation")},
        {u"C"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Community home or residential care", "@info accommodation")},
        {u"D"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Semi-independent, transitional", "@info accommodation")},
        {u"E"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Supported lodgings", "@info accommodation")},
        {u"G"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Gone abroad", "@info accommodation")},
        {u"H"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Deported", "@info accommodation")},
        {u"K"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Ordinary lodgings", "@info accommodation")},
        {u"R"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Residence not known", "@info accommodation")},
        {u"S"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "No fixed abode or homeless", "@info accommodation")},
        {u"T"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Foyer", "@info accommodation")},
        {u"U"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Independent living", "@info accommodation")},
        {u"V"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Emergency accommodation", "@info accommodation")},
        {u"W"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Bed and breakfast", "@info accommodation")},
        {u"X"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "In custody", "@info accommodation")},
        {u"Y"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Other accommodation", "@info accommodation")},
        {u"Z"_s,
         QT_TRANSLATE_NOOP3("CircumstanceLabels", "With former foster carers (Staying Put)", "@info accommodation")},
    };
    const char *name = names.value(letter);
    return name ? tr(name, "@info accommodation") : tr("Not known", "@info accommodation");
}

QString CircumstanceLabels::inTouch(const QString &code)
{
    if (code == "YES"_L1)
        return tr("In touch", "@info in touch");
    if (code == "DIED"_L1)
        return tr("Died", "@info in touch");
    if (code == "REFU"_L1)
        return tr("Refuses contact", "@info in touch");
    if (code == "NREQ"_L1)
        return tr("No longer needs services", "@info in touch");
    if (code == "RHOM"_L1)
        return tr("Returned home to parents for 6 months or more", "@info in touch");
    return tr("Not in touch", "@info in touch");
}

QString CircumstanceLabels::gender(const QString &code)
{
    if (code == "male"_L1)
        return tr("Male", "@info gender");
    if (code == "female"_L1)
        return tr("Female", "@info gender");
    if (code == "other"_L1)
        return tr("Another gender", "@info gender");
    return tr("Not known", "@info gender");
}

QString CircumstanceLabels::ethnicity(const QString &code)
{
    static const QHash<QString, const char *> names {
        {u"WBRI"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "White: British", "@info ethnicity")},
        {u"WIRI"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "White: Irish", "@info ethnicity")},
        {u"WOTH"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "White: any other White background", "@info ethnicity")},
        {u"WIRT"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "White: Traveller of Irish heritage", "@info ethnicity")},
        {u"WROM"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "White: Gypsy or Roma", "@info ethnicity")},
        {u"MWBC"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Mixed: White and Black Caribbean", "@info ethnicity")},
        {u"MWBA"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Mixed: White and Black African", "@info ethnicity")},
        {u"MWAS"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Mixed: White and Asian", "@info ethnicity")},
        {u"MOTH"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Mixed: any other mixed background", "@info ethnicity")},
        {u"AIND"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Asian or Asian British: Indian", "@info ethnicity")},
        {u"APKN"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Asian or Asian British: Pakistani", "@info ethnicity")},
        {u"ABAN"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Asian or Asian British: Bangladeshi", "@info ethnicity")},
        {u"AOTH"_s,
         QT_TRANSLATE_NOOP3("CircumstanceLabels", "Asian or Asian British: any other Asian background",
                            "@info ethnicity")},
        {u"BCRB"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Black or Black British: Caribbean", "@info ethnicity")},
        {u"BAFR"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Black or Black British: African", "@info ethnicity")},
        {u"BOTH"_s,
         QT_TRANSLATE_NOOP3("CircumstanceLabels", "Black or Black British: any other Black background",
                            "@info ethnicity")},
        {u"CHNE"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Chinese", "@info ethnicity")},
        {u"OOTH"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Any other ethnic group", "@info ethnicity")},
        {u"REFU"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Refused to say", "@info ethnicity")},
        {u"NOBT"_s, QT_TRANSLATE_NOOP3("CircumstanceLabels", "Information not yet obtained", "@info ethnicity")},
    };
    const char *name = names.value(code);
    return name ? tr(name, "@info ethnicity") : tr("Not recorded", "@info ethnicity");
}

} // namespace Pathway
