#include "rules/derivedfacts.h"
