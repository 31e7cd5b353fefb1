#include "storage/workspaceerror.h"
