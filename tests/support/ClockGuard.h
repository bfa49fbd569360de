#pragma once

#include "domain/Clock.h"

namespace doo::test {

// Installs a fixed clock for one test (or one block) and restores the system clock however it ends.
struct ClockGuard
{
    explicit ClockGuard(const QDateTime &at) : clock(at) { Clock::setInstance(&clock); }
    ~ClockGuard() { Clock::setInstance(nullptr); }
    ClockGuard(const ClockGuard &) = delete;
    ClockGuard &operator=(const ClockGuard &) = delete;

    FixedClock clock;
};

} // namespace doo::test
