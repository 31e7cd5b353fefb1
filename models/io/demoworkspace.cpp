#include "io/demoworkspace.h"
