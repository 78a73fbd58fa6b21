#include "logging.h"

Q_LOGGING_CATEGORY(lcAlerts, "pathway.alerts")
