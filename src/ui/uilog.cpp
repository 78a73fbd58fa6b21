#include "uilog.h"

Q_LOGGING_CATEGORY(lcUi, "pathway.ui")
