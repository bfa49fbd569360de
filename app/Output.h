#pragma once

#include <QJsonValue>

class QTextStream;

namespace doo::cli {

QTextStream &out();
QTextStream &err();
void printJson(const QJsonValue &value);
// Prints "director-of-one: <message>" on stderr and returns the exit code given.
int fail(const QString &message, int code = 1);

} // namespace doo::cli
