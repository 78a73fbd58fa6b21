#include "record.h"

#include <QUuid>

namespace Pathway {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Pathway
