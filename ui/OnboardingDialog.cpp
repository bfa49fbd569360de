#include "OnboardingDialog.h"
