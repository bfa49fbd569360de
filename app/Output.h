#pragma once

#include <QJsonValue>

class QString;

namespace doo {
struct Error;
}
class QTextStream;

namespace doo::cli {

QTextStream &out();
QTextStream &err();
void printJson(const QJsonValue &value);
// Bytes that are already UTF-8 text, in one write.
void printBytes(const QByteArray &bytes);
// Prints "director-of-one: <message>" on stderr and returns the exit code given.
int fail(const QString &message, int code = 1);
// The command line's answer to a damaged database met by any statement (Database's damage
// handler): prints the error (it names the file and how to restore a backup) and ends the
// program with exit code 1 at once, without another statement on the damaged file.
[[noreturn]] void stopOnDamage(const doo::Error &error);
// Asks on the terminal; true for "y" or "yes".
bool askYes(const QString &question);

} // namespace doo::cli
