#pragma once

#include <QList>
#include <QString>

namespace Pathway {

/** One reason a domain value is invalid: a stable code and the field it concerns. Never translated text. */
struct ValidationError {
    QString code;   ///< e.g. "required", "date_in_future", "out_of_range", "unknown_code"
    QString field;  ///< JSON field name, e.g. "dateOfBirth"
    friend bool operator==(const ValidationError &, const ValidationError &) = default;
};

using ValidationErrors = QList<ValidationError>;

} // namespace Pathway
