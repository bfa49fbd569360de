#pragma once

// The small disk and the kill at a chosen write (the library doo_faultdisk,
// support/faultdisk/FaultDisk.cpp, put into the programs a test starts with LD_PRELOAD; no root
// needed). A test using it calls doo_use_faultdisk() in tests/CMakeLists.txt.

#include "CliRunner.h"
#include "Sanitizers.h"

#include <QFile>
#include <QString>

#ifndef DOO_FAULTDISK_LIB
#error "a test including FaultDisk.h needs doo_use_faultdisk() in tests/CMakeLists.txt"
#endif

namespace doo::test {

// The program the runner starts gets the library: the regular files under `dir` are on a disk
// whose free bytes the file `freeFile` holds (absent, or `freeFile` empty: not full); with
// `killAt` > 0 the program kills itself (SIGKILL) right before its killAt-th write to such a file.
inline CliRunner &onFaultDisk(CliRunner &runner, const QString &dir, const QString &freeFile, int killAt = 0)
{
    runner.setEnv(QStringLiteral("LD_PRELOAD"), QStringLiteral(DOO_FAULTDISK_LIB));
    runner.setEnv(QStringLiteral("DOO_FAULTDISK_DIR"), dir);
    runner.setEnv(QStringLiteral("DOO_FAULTDISK_FREE"), freeFile.isEmpty() ? QString() : freeFile);
    runner.setEnv(QStringLiteral("DOO_FAULTDISK_KILL_AT"), killAt > 0 ? QString::number(killAt) : QString());
    if (kAddressSanitizer) // a runtime of AddressSanitizer in a shared library wants to come first
        runner.setEnv(QStringLiteral("ASAN_OPTIONS"),
                      qEnvironmentVariable("ASAN_OPTIONS") + QStringLiteral(":verify_asan_link_order=0"));
    return runner;
}

// Gives the disk `bytes` free bytes (written into `freeFile`); false when it cannot.
inline bool setDiskFree(const QString &freeFile, qint64 bytes)
{
    QFile file(freeFile);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(QByteArray::number(bytes) + '\n') > 0;
}

// True when the library is loaded in the running process `pid` (its /proc/PID/maps names it).
inline bool faultDiskLoadedIn(qint64 pid)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(QByteArrayLiteral(DOO_FAULTDISK_LIB));
}

} // namespace doo::test
