#pragma once

#include <QJsonValue>

class QString;
class QTextStream;

namespace doo::cli {

QTextStream &out();
QTextStream &err();
void printJson(const QJsonValue &value);
// Bytes that are already UTF-8 text, in one write.
void printBytes(const QByteArray &bytes);
// Prints "director-of-one: <message>" on stderr and returns the exit code given.
int fail(const QString &message, int code = 1);
// Asks on the terminal; true for "y" or "yes".
bool askYes(const QString &question);

} // namespace doo::cli
