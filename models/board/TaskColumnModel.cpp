#include "TaskColumnModel.h"
