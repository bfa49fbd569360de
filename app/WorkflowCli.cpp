#include "WorkflowCli.h"

#include "AppContext.h"
#include "CommandLine.h"
#include "Output.h"
#include "WorkflowRunCli.h"
#include "repositories/WorkflowRepository.h"
#include "domain/WorkflowDefinition.h"
#include "workflow/OutputFolders.h"
#include "workflow/WorkflowEngine.h"
#include "workflow/WorkflowScheduler.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace doo::cli {

namespace {

constexpr int kShortId = 8;

struct Subcommand
{
    QString name;
    QStringList positionals;
    QStringList options;
    QString synopsis;
};

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> list = {
        {QStringLiteral("list"), {}, {}, QStringLiteral("workflow list [--json]")},
        {QStringLiteral("add"), {}, {QStringLiteral("--file")}, QStringLiteral("workflow add --file F.json [--json]")},
        {QStringLiteral("update"),
         {QStringLiteral("ID")},
         {QStringLiteral("--file")},
         QStringLiteral("workflow update ID --file F.json [--json]")},
        {QStringLiteral("show"), {QStringLiteral("ID")}, {}, QStringLiteral("workflow show ID [--json]")},
        {QStringLiteral("export"), {QStringLiteral("ID")}, {}, QStringLiteral("workflow export ID")},
        {QStringLiteral("run"), {QStringLiteral("ID")}, {}, QStringLiteral("workflow run ID [--json]")},
        {QStringLiteral("dry-run"), {QStringLiteral("ID")}, {}, QStringLiteral("workflow dry-run ID [--json]")},
        {QStringLiteral("enable"), {QStringLiteral("ID")}, {}, QStringLiteral("workflow enable ID [--json]")},
        {QStringLiteral("disable"), {QStringLiteral("ID")}, {}, QStringLiteral("workflow disable ID [--json]")},
        {QStringLiteral("history"), {QStringLiteral("ID")}, {}, QStringLiteral("workflow history ID [--json]")},
        {QStringLiteral("versions"), {QStringLiteral("ID")}, {}, QStringLiteral("workflow versions ID [--json]")},
        {QStringLiteral("restore"),
         {QStringLiteral("ID"), QStringLiteral("VERSION")},
         {},
         QStringLiteral("workflow restore ID VERSION [--json]")},
        {QStringLiteral("runs"), {}, {QStringLiteral("--status")}, QStringLiteral("workflow runs [--status S] [--json]")},
        {QStringLiteral("undo-run"),
         {QStringLiteral("EXECUTION_ID")},
         {},
         QStringLiteral("workflow undo-run EXECUTION_ID [--yes] [--json]")},
        {QStringLiteral("approve"),
         {QStringLiteral("EXECUTION_ID")},
         {},
         QStringLiteral("workflow approve EXECUTION_ID [--json]")},
        {QStringLiteral("reject"), {QStringLiteral("EXECUTION_ID")}, {}, QStringLiteral("workflow reject EXECUTION_ID [--json]")},
    };
    return list;
}

QString usageProblem(const Args &args, const QString &command, const QStringList &positionals, const QStringList &options,
                     const QStringList &flags)
{
    const QString prefix = command + QStringLiteral(": ");
    const qsizetype first = command.count(QLatin1Char(' ')) + 1;
    const qsizetype given = args.words.size() - first;
    if (given < positionals.size())
        return prefix + Cli::tr("missing %1").arg(positionals.at(given));
    if (given > positionals.size())
        return prefix + Cli::tr("unexpected argument \"%1\"").arg(args.words.at(first + positionals.size()));
    const QStringList names = args.options.uniqueKeys();
    for (const QString &name : names) {
        if (!options.contains(name) && !isGlobalOption(name))
            return prefix + Cli::tr("unknown option %1").arg(name);
        if (args.options.count(name) > 1)
            return prefix + Cli::tr("%1 is given more than once").arg(name);
    }
    for (const QString &flag : args.flags)
        if (!flags.contains(flag))
            return prefix + Cli::tr("unknown option %1").arg(flag);
    return {};
}

struct Session
{
    std::unique_ptr<AppContext> context;
    UserContext user;
};

Result<Session> openSession(const Args &args)
{
    auto opened = AppContext::openAs(args.option(QStringLiteral("--database")), args.option(QStringLiteral("--user")));
    if (!opened)
        return opened.error();
    const UserContext user = UserContext::of(opened->second);
    setDisplayZone(opened->second.timeZone); // times as the user's schedules read them
    return Session{std::move(opened.value().first), user};
}

// A workflow named by its id, a unique id prefix of at least 8 characters, or its exact name.
Result<Workflow> resolveWorkflow(WorkflowRepository &repo, const QString &given)
{
    const auto all = repo.findByUserId(repo.context().userId);
    if (!all)
        return all.error();
    QList<Workflow> matches;
    const QString key = given.trimmed();
    for (const Workflow &w : *all) {
        if (w.id == key.toLower())
            return w;
        if ((key.size() >= kShortId && w.id.startsWith(key.toLower())) || w.name.compare(key, Qt::CaseInsensitive) == 0)
            matches << w;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return Error::validation(QStringLiteral("id"), Cli::tr("no workflow with the id or name \"%1\"").arg(given));
    return Error::validation(QStringLiteral("id"),
                             Cli::tr("\"%1\" names more than one workflow; give more of the id").arg(given));
}

Result<Workflow> readFile(const QString &path)
{
    if (path.isEmpty())
        return Error::validation(QStringLiteral("file"), Cli::tr("give the workflow file with --file F.json"));
    // "-": the standard input (as for import and export).
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error::validation(QStringLiteral("file"), Cli::tr("cannot read %1: %2").arg(path, file.errorString()));
    // At most 64 KiB, checked while reading (a pipe has no size; a device may never end).
    QByteArray bytes;
    while (bytes.size() <= 65536) { // a pipe hands its bytes over in pieces
        const QByteArray piece = file.read(65537 - bytes.size());
        if (piece.isEmpty())
            break; // the end (or an error, which leaves the text short and refused by the parser)
        bytes += piece;
    }
    if (bytes.size() > 65536)
        return Error::validation(QStringLiteral("file"), Cli::tr("%1 is larger than 64 KiB").arg(path));
    auto parsed = WorkflowFile::parse(bytes);
    if (parsed) {
        if (Status s = OutputFolders::checkWorkflow(*parsed); !s) // checked again by every run
            return s.error();
    }
    return parsed;
}

int printWorkflow(const Args &args, const Workflow &w, const QString &message)
{
    if (args.has(QStringLiteral("--json")))
        printJson(w.toJson());
    else
        out() << message << Qt::endl;
    return Ok;
}

int list(const Args &args, Session &s)
{
    WorkflowRepository repo(s.context->db(), s.user);
    const auto all = repo.findByUserId(s.user.userId);
    if (!all)
        return fail(all.error().text());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const Workflow &w : *all)
            array.append(w.toJson());
        printJson(array);
        return Ok;
    }
    QTextStream &o = out();
    for (const Workflow &w : *all)
        o << w.id.left(kShortId) << "  " << (w.isActive ? Cli::tr("on ") : Cli::tr("off")) << "  "
          << displayName(w.type).leftJustified(widestDisplayName<WorkflowType>()) << "  "
          << timeText(w.nextRunAt).leftJustified(16) << "  " << w.name << "  (" << w.frequency << ")\n";
    o << Cli::tr("%n workflows", nullptr, int(all->size())) << Qt::endl;
    return Ok;
}

int add(const Args &args, Session &s)
{
    auto parsed = readFile(args.option(QStringLiteral("--file")));
    if (!parsed)
        return fail(parsed.error().text());
    WorkflowRepository repo(s.context->db(), s.user);
    const auto created = repo.create(parsed.takeValue());
    if (!created)
        return fail(created.error().text());
    return printWorkflow(args, *created,
                         Cli::tr("Added workflow %1: %2 (%3; next run %4)")
                             .arg(created->id, created->name, created->frequency, timeText(created->nextRunAt)));
}

int update(const Args &args, Session &s, Workflow existing)
{
    auto parsed = readFile(args.option(QStringLiteral("--file")));
    if (!parsed)
        return fail(parsed.error().text());
    Workflow w = existing;
    w.takeDefinition(*parsed);
    WorkflowRepository repo(s.context->db(), s.user);
    const auto saved = repo.update(w);
    if (!saved)
        return fail(saved.error().text());
    return printWorkflow(args, *saved,
                         Cli::tr("Updated workflow %1: %2 (%3; next run %4)")
                             .arg(saved->id, saved->name, saved->frequency, timeText(saved->nextRunAt)));
}

int show(const Args &args, const Workflow &w)
{
    if (args.has(QStringLiteral("--json"))) {
        printJson(w.toJson());
        return Ok;
    }
    out() << Cli::tr("Workflow %1\n  name:      %2\n  type:      %3\n  trigger:   %4\n  active:    %5\n  next run:  %6\n"
                     "  last run:  %7\n  saves:     %8 min per run\n")
                 .arg(w.id, w.name, displayName(w.type), w.frequency, w.isActive ? Cli::tr("yes") : Cli::tr("no"),
                      timeText(w.nextRunAt), timeText(w.lastRunAt))
                 .arg(w.estimatedMinutesSaved);
    out() << QString::fromUtf8(WorkflowFile::write(w)) << Qt::endl;
    return Ok;
}

int run(const Args &args, Session &s, const Workflow &w)
{
    WorkflowScheduler scheduler(s.context->db(), s.user);
    const auto result = scheduler.runNowAndWait(w);
    if (!result)
        return fail(result.error().text());
    if (args.has(QStringLiteral("--json")))
        printJson(result->toJson());
    else
        out() << executionLine(*result) << Qt::endl;
    return result->status == ExecutionStatus::Failed ? Failure : Ok;
}

int dryRun(const Args &args, Session &s, const Workflow &w)
{
    WorkflowEngine engine(s.context->db(), s.user);
    const auto plan = engine.dryRun(w);
    if (!plan)
        return fail(plan.error().text());
    if (args.has(QStringLiteral("--json"))) {
        printJson(plan->toJson());
        return Ok;
    }
    out() << Cli::tr("A run of \"%1\" now would (nothing is written):").arg(w.name) << '\n';
    for (const PlannedEffect &e : plan->effects)
        out() << "  " << e.summary << '\n';
    out().flush();
    return Ok;
}

int setActive(const Args &args, Session &s, const Workflow &w, bool active)
{
    WorkflowRepository repo(s.context->db(), s.user);
    Workflow now = w;
    if (w.isActive != active) {
        const auto toggled = repo.toggleActive(w.id);
        if (!toggled)
            return fail(toggled.error().text());
        now = *toggled;
    }
    return printWorkflow(args, now,
                         (active ? Cli::tr("Enabled workflow %1 (next run %2)") : Cli::tr("Disabled workflow %1"))
                             .arg(now.name, timeText(now.nextRunAt)));
}

int history(const Args &args, Session &s, const Workflow &w)
{
    WorkflowRepository repo(s.context->db(), s.user);
    const auto runs = repo.executions(w.id, 100);
    if (!runs)
        return fail(runs.error().text());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const WorkflowExecution &e : *runs)
            array.append(e.toJson());
        printJson(array);
        return Ok;
    }
    for (const WorkflowExecution &e : *runs)
        out() << executionLine(e) << '\n';
    out() << Cli::tr("%n runs", nullptr, int(runs->size())) << Qt::endl;
    return Ok;
}

int versions(const Args &args, Session &s, const Workflow &w)
{
    WorkflowRepository repo(s.context->db(), s.user);
    const auto list = repo.versions(w.id);
    if (!list)
        return fail(list.error().text());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const WorkflowVersion &v : *list)
            array.append(v.toJson());
        printJson(array);
        return Ok;
    }
    QTextStream &o = out();
    o << Cli::tr("Workflow %1 is at version %2.").arg(w.name).arg(w.version) << '\n';
    for (const WorkflowVersion &v : *list) {
        const auto trigger = WorkflowDefinition::parseTrigger(v.trigger);
        const int actions = int(QJsonDocument::fromJson(v.actions.toUtf8()).array().size());
        o << QStringLiteral("v%1").arg(v.version).leftJustified(5) << "  " << Cli::tr("replaced %1").arg(timeText(v.savedAt))
          << "  " << v.name << "  (" << (trigger ? trigger->inWords() : Cli::tr("invalid trigger")) << "; "
          << Cli::tr("%n actions", nullptr, actions) << ")\n";
    }
    o << Cli::tr("%n earlier versions", nullptr, int(list->size())) << Qt::endl;
    return Ok;
}

int restore(const Args &args, Session &s, const Workflow &w)
{
    bool ok = false;
    const QString given = args.words.at(3);
    const int version = QString(given).remove(QLatin1Char('v')).toInt(&ok);
    if (!ok)
        return fail(Cli::tr("VERSION must be a version number (as workflow versions lists them), not \"%1\"").arg(given), Usage);
    WorkflowRepository repo(s.context->db(), s.user);
    const auto saved = repo.restoreVersion(w.id, version);
    if (!saved)
        return fail(saved.error().text());
    return printWorkflow(args, *saved,
                         Cli::tr("Restored version %1 of workflow %2: it is now version %3 (%4; next run %5)")
                             .arg(version)
                             .arg(saved->name)
                             .arg(saved->version)
                             .arg(saved->frequency, timeText(saved->nextRunAt)));
}

} // namespace

QStringList workflowValueOptions()
{
    QStringList names;
    for (const Subcommand &s : subcommands())
        names += s.options;
    names.removeDuplicates();
    return names;
}

int runWorkflowCommand(const Args &args)
{
    const QString name = args.words.value(1);
    const auto &subs = subcommands();
    const auto sub = std::find_if(subs.cbegin(), subs.cend(), [&](const Subcommand &s) { return s.name == name; });
    if (sub == subs.cend()) {
        const QString what =
            name.isEmpty() ? Cli::tr("workflow needs a command") : Cli::tr("unknown workflow command \"%1\"").arg(name);
        return fail(what
                        + Cli::tr(": use list, add, update, show, export, run, dry-run, enable, disable, history, versions, "
                                  "restore, runs, undo-run, approve or reject"),
                    Usage);
    }
    QStringList flags = sub->name == QLatin1String("export") ? QStringList() : QStringList{QStringLiteral("--json")};
    if (sub->name == QLatin1String("undo-run"))
        flags << QStringLiteral("--yes");
    if (const QString problem =
            usageProblem(args, QStringLiteral("workflow ") + sub->name, sub->positionals, sub->options, flags);
        !problem.isEmpty())
        return fail(problem + QLatin1Char('\n') + Cli::tr("usage: director-of-one %1").arg(sub->synopsis), Usage);
    auto session = openSession(args);
    if (!session)
        return fail(session.error().text());
    Session &s = session.value();
    if (sub->name == QLatin1String("list"))
        return list(args, s);
    if (sub->name == QLatin1String("add"))
        return add(args, s);
    if (sub->positionals.value(0) == QLatin1String("EXECUTION_ID") || sub->name == QLatin1String("runs"))
        return runRunCommand(sub->name, args, s.context->db(), s.user);
    WorkflowRepository repo(s.context->db(), s.user);
    const auto w = resolveWorkflow(repo, args.words.at(2));
    if (!w)
        return fail(w.error().text());
    if (sub->name == QLatin1String("update"))
        return update(args, s, *w);
    if (sub->name == QLatin1String("show"))
        return show(args, *w);
    if (sub->name == QLatin1String("export")) {
        printBytes(WorkflowFile::write(*w));
        return Ok;
    }
    if (sub->name == QLatin1String("run"))
        return run(args, s, *w);
    if (sub->name == QLatin1String("dry-run"))
        return dryRun(args, s, *w);
    if (sub->name == QLatin1String("enable") || sub->name == QLatin1String("disable"))
        return setActive(args, s, *w, sub->name == QLatin1String("enable"));
    if (sub->name == QLatin1String("versions"))
        return versions(args, s, *w);
    if (sub->name == QLatin1String("restore"))
        return restore(args, s, *w);
    return history(args, s, *w);
}

} // namespace doo::cli
