#include "io/systemjson.h"
