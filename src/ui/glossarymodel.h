// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "rowlistmodel.h"

namespace Pathway {

/**
 * Words a young person may not know (PA, GP, NHS number, NI number, eVisa, Staying Put), each
 * with one plain translated sentence. A page sets `terms` to the codes of the words it uses.
 */
class GlossaryModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList terms READ terms WRITE setTerms NOTIFY termsChanged)

public:
    explicit GlossaryModel(QObject *parent = nullptr);

    QStringList terms() const { return m_terms; }
    void setTerms(const QStringList &terms);
    /** Every term code, in the order a glossary lists them. */
    static QStringList allTerms();
    /** The word as shown (e.g. "NI number"), translated; empty for an unknown code. */
    static QString word(const QString &term);
    /** One plain sentence saying what the word means, translated; empty for an unknown code. */
    static QString meaning(const QString &term);

Q_SIGNALS:
    void termsChanged();

private:
    QStringList m_terms;
};

} // namespace Pathway
