#include "TaskDialog.h"
