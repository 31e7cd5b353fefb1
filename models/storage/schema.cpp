#include "storage/schema.h"
