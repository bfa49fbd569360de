#include "BoardCommands.h"
