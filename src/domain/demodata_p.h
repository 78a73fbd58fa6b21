#pragma once

// Internal to the demo data generators.

#include "demodata.h"

#include <QUuid>

namespace Pathway::Demo {

/** Deterministic record ids: UUID v5 of a fixed namespace and "<seed>/<kind>/<key>". */
class IdMaker
{
public:
    explicit IdMaker(quint32 seed)
        : m_seed(seed)
    {
    }
    QString operator()(QStringView kind, QStringView key) const;
    QString operator()(QStringView kind, const QString &key) const { return (*this)(kind, QStringView(key)); }

private:
    quint32 m_seed;
};

/** The local offer, catalogue version 2, of the demo authority. */
QList<OfferItem> makeOffer(const QString &authorityId, const IdMaker &ids);

} // namespace Pathway::Demo
