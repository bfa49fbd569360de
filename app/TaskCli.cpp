#include "TaskCli.h"
