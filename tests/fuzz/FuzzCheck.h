#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

// A property of the code under fuzzing that does not hold: print what and where, then abort so
// that libFuzzer keeps the input as a crash.
#define FUZZ_CHECK(condition, what)                                                                                              \
    do {                                                                                                                         \
        if (!(condition)) {                                                                                                      \
            std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n  %s\n", __FILE__, __LINE__, #condition,                       \
                         QString(what).toLocal8Bit().constData());                                                               \
            std::abort();                                                                                                        \
        }                                                                                                                        \
    } while (false)

namespace doo::fuzz {

// Both sides of a failed comparison, for FUZZ_CHECK's message.
inline QString differ(const QString &expected, const QString &actual)
{
    return QStringLiteral("expected \"%1\"\n  actual   \"%2\"").arg(expected, actual);
}

} // namespace doo::fuzz
