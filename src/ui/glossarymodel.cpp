// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "glossarymodel.h"

using namespace Qt::StringLiterals;

namespace Pathway {

GlossaryModel::GlossaryModel(QObject *parent)
    : RowListModel({u"word"_s, u"meaning"_s, u"accessibleName"_s}, parent)
{
    setRows({});
}

void GlossaryModel::setTerms(const QStringList &terms)
{
    if (terms == m_terms)
        return;
    m_terms = terms;
    QList<ModelRow> rows;
    for (const QString &term : terms) {
        const QString w = word(term);
        if (w.isEmpty())
            continue;
        //: Screen reader: a word that can be explained; %1 the word
        rows.append({term,
                     {{u"word"_s, w},
                      {u"meaning"_s, meaning(term)},
                      {u"accessibleName"_s, tr("What is %1?", "@action:button").arg(w)}}});
    }
    setRows(rows);
    Q_EMIT termsChanged();
}

QStringList GlossaryModel::allTerms()
{
    return {u"pa"_s, u"gp"_s, u"nhs_number"_s, u"ni_number"_s, u"evisa"_s, u"staying_put"_s};
}

QString GlossaryModel::word(const QString &term)
{
    if (term == "pa"_L1)
        //: Short for personal adviser
        return tr("PA", "@info glossary word");
    if (term == "gp"_L1)
        //: A family doctor (general practitioner)
        return tr("GP", "@info glossary word");
    if (term == "nhs_number"_L1)
        return tr("NHS number", "@info glossary word");
    if (term == "ni_number"_L1)
        //: National Insurance number
        return tr("NI number", "@info glossary word");
    if (term == "evisa"_L1)
        return tr("eVisa", "@info glossary word");
    if (term == "staying_put"_L1)
        return tr("Staying Put", "@info glossary word");
    return {};
}

QString GlossaryModel::meaning(const QString &term)
{
    if (term == "pa"_L1)
        return tr("Your PA (personal adviser) is the person from the council who helps you plan your life after care.",
                  "@info glossary");
    if (term == "gp"_L1)
        return tr("Your GP is your local doctor, who you see first when you are ill.", "@info glossary");
    if (term == "nhs_number"_L1)
        return tr("Your NHS number is the number that links you to your health records.", "@info glossary");
    if (term == "ni_number"_L1)
        return tr("Your NI number is your own number for work, tax and benefits.", "@info glossary");
    if (term == "evisa"_L1)
        return tr("An eVisa is the online proof of your right to live and work in the UK.", "@info glossary");
    if (term == "staying_put"_L1)
        return tr("Staying Put means you can keep living with your foster carers after you turn 18.", "@info glossary");
    return {};
}

} // namespace Pathway
