#include "commands/addpersoncommand.h"
