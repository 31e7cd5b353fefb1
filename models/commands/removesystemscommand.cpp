#include "commands/removesystemscommand.h"
