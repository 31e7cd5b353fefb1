#include "itemmodels/systemtablemodel.h"
