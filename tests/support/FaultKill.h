#pragma once

// What the fault tests (tst_fault*) share: the seed of their random moments and a process killed
// (SIGKILL) at one of them.

#include <QProcess>
#include <QRandomGenerator>
#include <QtGlobal>

namespace doo::test {

// DOO_FAULT_SEED, else a new seed; logged either way, so that a failing run can be repeated.
inline quint32 faultSeed()
{
    bool ok = false;
    const quint32 given = qEnvironmentVariable("DOO_FAULT_SEED").toUInt(&ok);
    const quint32 seed = ok ? given : QRandomGenerator::global()->generate();
    qInfo("fault seed %u (DOO_FAULT_SEED=%u repeats this run)", seed, seed);
    return seed;
}

// A moment anywhere in a run that takes `wholeMs` when left alone, or a little after its end.
inline int killMoment(QRandomGenerator &random, qint64 wholeMs)
{
    return int(random.bounded(quint32(wholeMs * 11 / 10 + 1)));
}

// Waits up to `ms` for the process to end by itself, then kills it: true when it was killed.
inline bool killAfter(QProcess &process, int ms)
{
    if (process.waitForFinished(ms))
        return false;
    process.kill();
    process.waitForFinished(30000);
    return true;
}

} // namespace doo::test
