#include "itemmodels/systemfilterproxymodel.h"
