#include "storage/systemrepository.h"
