#include "TaskCardDelegate.h"
