#include "sync/synclog.h"

Q_LOGGING_CATEGORY(lcSync, "pathway.sync", QtInfoMsg)
