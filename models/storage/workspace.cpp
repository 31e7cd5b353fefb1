#include "storage/workspace.h"
