#include "storelog.h"

Q_LOGGING_CATEGORY(lcStore, "pathway.store", QtInfoMsg)
