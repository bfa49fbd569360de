#include "WorkflowCli.h"

#include "domain/LocaleFormat.h"
#include "AppContext.h"
#include "domain/Clock.h"
#include "CommandLine.h"
#include "Output.h"
#include "repositories/TeamRepository.h"
#include "workflow/ActionRunner.h"
#include "workflow/WorkflowScheduler.h"

#include <QDir>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace doo::cli {

namespace {

std::atomic<bool> g_stop{false};

extern "C" void onStopSignal(int)
{
    g_stop = true;
}

void logRun(const WorkflowExecution &e, const QString &name)
{
    QString line = QStringLiteral("%1  %2  %3  %4")
                       .arg(Clock::currentUtc().toString(Qt::ISODate),
                            displayName(e.status).leftJustified(widestDisplayName<ExecutionStatus>()), name,
                            Cli::tr("scheduled %1; %n tasks created; %2 min saved; try %3", nullptr, e.tasksCreated)
                                .arg(e.scheduledFor.toUTC().toString(Qt::ISODate))
                                .arg(e.minutesSaved)
                                .arg(e.attempts));
    if (!e.error.isEmpty())
        line += QStringLiteral("; ") + e.error;
    out() << line << Qt::endl;
}

// The options the scheduler takes with a value.
const QStringList kOptions = {QStringLiteral("--at"), QStringLiteral("--files")};
const QString kUsage = QStringLiteral("usage: director-of-one scheduler [--once] [--at ISO-TIME] [--team --files DIR]");

// The team scheduler: a login in doo_scheduler on PostgreSQL; every member's workflows, each run
// in its owner's scope (WorkflowEngine), files only below DIR. Returns the context to run in and
// who it is for the messages.
Result<std::pair<UserContext, QString>> teamContext(Database &db, const QString &files)
{
    if (db.type() != DbType::PostgreSQL)
        return Error::make(Error::Kind::Validation, Cli::tr("scheduler --team needs a PostgreSQL team database"));
    const auto who = TeamRepository(db).schedulerLogin();
    if (!who)
        return who.error();
    if (!QDir().mkpath(files))
        return Error::validation(QStringLiteral("files"), Cli::tr("cannot create the folder %1").arg(files));
    ActionRunner::setFilesRoot(files);
    // An empty user id with the ADMIN role: the scheduler's own look-ups see every member's rows.
    return std::make_pair(UserContext{QString(), UserRole::Admin}, *who);
}

} // namespace

QStringList schedulerValueOptions()
{
    return kOptions;
}

int runSchedulerCommand(const Args &args)
{
    for (const QString &name : args.options.uniqueKeys()) {
        if (!kOptions.contains(name) && !isGlobalOption(name))
            return fail(Cli::tr("scheduler: unknown option %1\n%2").arg(name, kUsage), Usage);
    }
    for (const QString &flag : args.flags) {
        if (flag != QLatin1String("--once") && flag != QLatin1String("--team"))
            return fail(Cli::tr("scheduler: unknown option %1\n%2").arg(flag, kUsage), Usage);
    }
    const bool team = args.has(QStringLiteral("--team"));
    const QString files = args.option(QStringLiteral("--files"));
    if (team != !files.isEmpty() || (team && args.options.contains(QStringLiteral("--user"))))
        return fail(Cli::tr("scheduler: --team goes with --files DIR (and without --user)\n%1").arg(kUsage), Usage);
    if (args.words.size() > 1)
        return fail(Cli::tr("scheduler: unexpected argument \"%1\"").arg(args.words.at(1)), Usage);
    std::unique_ptr<FixedClock> clock;
    if (args.options.contains(QStringLiteral("--at"))) {
        const QString text = args.option(QStringLiteral("--at")).trimmed();
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(text, Qt::ISODate);
        if (!at.isValid())
            return fail(Error::validation(QStringLiteral("at"),
                                          Cli::tr("\"%1\" is not a time; use ISO 8601, e.g. 2026-11-30T09:00 (local) or "
                                                  "2026-11-30T08:00Z")
                                              .arg(text))
                            .text(),
                        Usage);
        clock = std::make_unique<FixedClock>(at);
        Clock::setInstance(clock.get());
    }
    const bool once = args.has(QStringLiteral("--once")) || clock;
    auto opened = AppContext::open(args.option(QStringLiteral("--database")), true);
    if (!opened)
        return fail(opened.error().text());
    Database &db = (*opened)->db();
    UserContext ctx;
    QString who;
    if (team) {
        const auto context = teamContext(db, files);
        if (!context)
            return fail(context.error().text());
        ctx = context->first;
        who = Cli::tr("the team (login %1)").arg(context->second);
    } else {
        const auto user = (*opened)->resolveUser(args.option(QStringLiteral("--user")));
        if (!user)
            return fail(user.error().text());
        // The signed-in user's own workflows, also for an ADMIN.
        ctx = UserContext::of(*user).ownScope();
        who = user->email;
    }
    WorkflowScheduler scheduler(db, ctx);
    QObject::connect(&scheduler, &WorkflowScheduler::executionFinished,
                     [](const WorkflowExecution &e, const QString &name) { logRun(e, name); });
    int status = Ok;
    if (once) {
        if (const auto closed = scheduler.recoverInterrupted(); !closed)
            return fail(closed.error().text());
        else if (*closed > 0)
            out() << Cli::tr("Closed %n interrupted runs.", nullptr, *closed) << Qt::endl;
        const auto pass = scheduler.runPass();
        if (!pass)
            return fail(pass.error().text());
        const QList<WorkflowExecution> done = *pass + scheduler.waitForRetries();
        for (const WorkflowExecution &e : done)
            status = e.status == ExecutionStatus::Failed ? Failure : status;
        out() << Cli::tr("%n runs done.", nullptr, int(done.size())) << Qt::endl;
        Clock::setInstance(nullptr);
        return status;
    }
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer stopper;
    QObject::connect(&stopper, &QTimer::timeout, [] {
        if (g_stop)
            QCoreApplication::quit();
    });
    stopper.start(200);
    if (Status s = scheduler.start(); !s)
        return fail(s.error().text());
    err() << Cli::tr("Scheduler running for %1 (next run %2); stop with Ctrl+C.")
                 .arg(who, scheduler.nextDueAt().isValid() ? LocaleFormat::dateTime(scheduler.nextDueAt()) : Cli::tr("none"))
          << Qt::endl;
    QCoreApplication::exec();
    scheduler.stop();
    err() << Cli::tr("Scheduler stopped.") << Qt::endl;
    return Ok;
}

} // namespace doo::cli
