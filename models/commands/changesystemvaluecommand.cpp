#include "commands/changesystemvaluecommand.h"
