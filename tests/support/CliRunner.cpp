#include "CliRunner.h"

#include "TestDatabase.h"

#include <QObject>
#include <QProcess>

namespace doo::test {

CliRunner::CliRunner() : program(qEnvironmentVariable("DOO_CLI")), env(QProcessEnvironment::systemEnvironment())
{
    env.remove(QStringLiteral("DIRECTOR_DATABASE"));
    setLocale(QStringLiteral("C.UTF-8"));
}

CliRunner::CliRunner(const TestDatabase &t, const QString &userEmail) : CliRunner()
{
    database = t.urlString();
    user = userEmail;
}

CliRunner &CliRunner::setEnv(const QString &name, const QString &value)
{
    if (value.isNull())
        env.remove(name);
    else
        env.insert(name, value);
    return *this;
}

CliRunner &CliRunner::setLocale(const QString &name)
{
    const QStringList keys = env.keys();
    for (const QString &key : keys)
        if (key.startsWith(QLatin1String("LC_")) || key == QLatin1String("LANGUAGE"))
            env.remove(key);
    env.insert(QStringLiteral("LANG"), name);
    return *this;
}

QProcess *CliRunner::start(const QStringList &arguments, QObject *parent) const
{
    QStringList all;
    if (!database.isEmpty())
        all << QStringLiteral("--database") << database;
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    all += arguments;
    auto *p = new QProcess(parent);
    p->setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        p->setWorkingDirectory(workingDirectory);
    p->start(program, all);
    if (!input.isEmpty())
        p->write(input);
    p->closeWriteChannel();
    return p;
}

CliRun CliRunner::finish(QProcess &p) const
{
    if (!p.waitForFinished(timeoutMs)) {
        if (p.error() == QProcess::FailedToStart)
            return {-1, QString(), QStringLiteral("cannot start %1: %2").arg(program, p.errorString())};
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromUtf8(p.readAllStandardOutput()),
                QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(timeoutMs)};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

CliRun CliRunner::run(const QStringList &arguments) const
{
    QObject owner;
    return finish(*start(arguments, &owner));
}

bool CliRunner::available()
{
    return !qEnvironmentVariable("DOO_CLI").isEmpty();
}

} // namespace doo::test
