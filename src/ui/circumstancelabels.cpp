// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "circumstancelabels.h"

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
    if (letter == "B"_L1)
        return tr("With parents or relatives", "@info accommodation");
    if (letter == "C"_L1)
        return tr("Community home or residential care", "@info accommodation");
    if (letter == "D"_L1)
        return tr("Semi-independent, transitional", "@info accommodation");
    if (letter == "E"_L1)
        return tr("Supported lodgings", "@info accommodation");
    if (letter == "G"_L1)
        return tr("Gone abroad", "@info accommodation");
    if (letter == "H"_L1)
        return tr("Deported", "@info accommodation");
    if (letter == "K"_L1)
        return tr("Ordinary lodgings", "@info accommodation");
    if (letter == "R"_L1)
        return tr("Residence not known", "@info accommodation");
    if (letter == "S"_L1)
        return tr("No fixed abode or homeless", "@info accommodation");
    if (letter == "T"_L1)
        return tr("Foyer", "@info accommodation");
    if (letter == "U"_L1)
        return tr("Independent living", "@info accommodation");
    if (letter == "V"_L1)
        return tr("Emergency accommodation", "@info accommodation");
    if (letter == "W"_L1)
        return tr("Bed and breakfast", "@info accommodation");
    if (letter == "X"_L1)
        return tr("In custody", "@info accommodation");
    if (letter == "Y"_L1)
        return tr("Other accommodation", "@info accommodation");
    if (letter == "Z"_L1)
        return tr("With former foster carers (Staying Put)", "@info accommodation");
    return tr("Not known", "@info accommodation");
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
    if (code == "WBRI"_L1)
        return tr("White: British", "@info ethnicity");
    if (code == "WIRI"_L1)
        return tr("White: Irish", "@info ethnicity");
    if (code == "WOTH"_L1)
        return tr("White: any other White background", "@info ethnicity");
    if (code == "WIRT"_L1)
        return tr("White: Traveller of Irish heritage", "@info ethnicity");
    if (code == "WROM"_L1)
        return tr("White: Gypsy or Roma", "@info ethnicity");
    if (code == "MWBC"_L1)
        return tr("Mixed: White and Black Caribbean", "@info ethnicity");
    if (code == "MWBA"_L1)
        return tr("Mixed: White and Black African", "@info ethnicity");
    if (code == "MWAS"_L1)
        return tr("Mixed: White and Asian", "@info ethnicity");
    if (code == "MOTH"_L1)
        return tr("Mixed: any other mixed background", "@info ethnicity");
    if (code == "AIND"_L1)
        return tr("Asian or Asian British: Indian", "@info ethnicity");
    if (code == "APKN"_L1)
        return tr("Asian or Asian British: Pakistani", "@info ethnicity");
    if (code == "ABAN"_L1)
        return tr("Asian or Asian British: Bangladeshi", "@info ethnicity");
    if (code == "AOTH"_L1)
        return tr("Asian or Asian British: any other Asian background", "@info ethnicity");
    if (code == "BCRB"_L1)
        return tr("Black or Black British: Caribbean", "@info ethnicity");
    if (code == "BAFR"_L1)
        return tr("Black or Black British: African", "@info ethnicity");
    if (code == "BOTH"_L1)
        return tr("Black or Black British: any other Black background", "@info ethnicity");
    if (code == "CHNE"_L1)
        return tr("Chinese", "@info ethnicity");
    if (code == "OOTH"_L1)
        return tr("Any other ethnic group", "@info ethnicity");
    if (code == "REFU"_L1)
        return tr("Refused to say", "@info ethnicity");
    if (code == "NOBT"_L1)
        return tr("Information not yet obtained", "@info ethnicity");
    return tr("Not recorded", "@info ethnicity");
}

} // namespace Pathway
