#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMultiHash>
#include <QStringList>

namespace doo::cli {

// The translation context of every command-line message: Cli::tr("...").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// argv split into command words, options with values (repeatable) and flags.
// Global options: --database URL, --user EMAIL, --lang LANGUAGE, --view NAME; flags: --json, --yes,
// --help, ...
struct Args
{
    QStringList words; // e.g. {"db", "migrate"}
    QMultiHash<QString, QString> options; // "--tag" -> "a", "--tag" -> "b"
    QStringList flags; // "--json"
    QString error; // set when argv cannot be parsed

    static Args parse(const QStringList &arguments); // without the program name

    bool has(const QString &flag) const { return flags.contains(flag); }
    QString option(const QString &name) const { return options.value(name); }
    QStringList all(const QString &name) const;
    bool isGui() const { return words.isEmpty() && !has(QStringLiteral("--help")) && !has(QStringLiteral("--version")); }
};

// Exit codes shared by every command.
enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

QString usageText();

// The options every command takes beside its own: --database, --user and --lang.
bool isGlobalOption(const QString &name);

// A calendar day given as YYYY-MM-DD (years 1 to 9999); the error names `field`.
Result<QDate> parseDay(const QString &field, const QString &text);

} // namespace doo::cli
