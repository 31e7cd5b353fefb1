#include "storage/auditlog.h"
