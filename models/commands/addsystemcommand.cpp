#include "commands/addsystemcommand.h"
