#pragma once

#include <QTest>

// Fails the calling test with the error's text when `result` (a Status or a Result<T>) is not ok;
// evaluates it once.
#define CHECK_OK(result)                                                                                                         \
    do {                                                                                                                         \
        const auto &checked_ = (result);                                                                                         \
        QVERIFY2(checked_.ok(), qPrintable(checked_.error().text()));                                                            \
    } while (false)
