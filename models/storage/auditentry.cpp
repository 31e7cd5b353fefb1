#include "storage/auditentry.h"
