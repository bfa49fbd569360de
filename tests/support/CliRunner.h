#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

class QObject;
class QProcess;

namespace doo::test {

class TestDatabase;

// What a finished run of the program printed and returned (exit code -1 when it crashed).
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
};

// Runs a program as a process, by default the real director-of-one binary (the DOO_CLI that
// ctest sets): with `--database URL` and `--user EMAIL` in front of the arguments when set, in
// the system environment without DIRECTOR_DATABASE plus `env`, with `input` on its standard input
// (which is then closed, so it is a pipe, never a terminal). The program speaks English (the C
// locale) whatever the machine's LANG, unless setLocale() says otherwise.
struct CliRunner
{
    CliRunner();
    explicit CliRunner(const TestDatabase &t, const QString &userEmail = {});

    // Sets (or, with a null value, removes) one environment variable; returns *this.
    CliRunner &setEnv(const QString &name, const QString &value);
    // The locale the program starts in: LANG=`name` ("de_DE.UTF-8", "C.UTF-8"), without LC_ALL,
    // LC_MESSAGES, the other LC_* and LANGUAGE; returns *this.
    CliRunner &setLocale(const QString &name);

    QString program;
    QString database;
    QString user;
    QProcessEnvironment env;
    QByteArray input;
    QString workingDirectory;
    int timeoutMs = 120000;

    // Runs to the end; exit code -1 and a reason in `err` when the program cannot start, crashes
    // or takes longer than timeoutMs (then it is killed).
    CliRun run(const QStringList &arguments) const;
    // Starts the program and returns at once; finish() waits for it.
    QProcess *start(const QStringList &arguments, QObject *parent = nullptr) const;
    CliRun finish(QProcess &process) const;

    // Set when the program is available; test classes skip in initTestCase() otherwise.
    static bool available();
};

} // namespace doo::test
