// The program: every command runs here. Commands that write PDF reports get their windowless
// application and the drawing from the module director-of-one-draw; the window is the module
// director-of-one-gui, loaded when the program is started without a command. ModuleLoader loads both.
#include "AnalyticsCli.h"
#include "AppContext.h"
#include "CommandLine.h"
#include "ConsultationCli.h"
#include "DbCommands.h"
#include "ExchangeCli.h"
#include "ModuleLoader.h"
#include "NotificationCli.h"
#include "Output.h"
#include "TaskCli.h"
#include "TeamCli.h"
#include "UserCli.h"
#include "WorkflowCli.h"
#include "domain/Translations.h"
#include "workflow/PdfDrawing.h"
#include "workflow/ReportWriter.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

using namespace doo;

namespace {

// The commands that may write a PDF report: a workflow run (now, after an approval, or by the
// scheduler) and `export report`. The others start on Qt Core and Sql alone.
bool drawsReports(const cli::Args &args)
{
    const QString command = args.words.value(0);
    const QString sub = args.words.value(1);
    return command == QLatin1String("scheduler")
        || (command == QLatin1String("workflow") && (sub == QLatin1String("run") || sub == QLatin1String("approve")))
        || (command == QLatin1String("export") && sub == QLatin1String("report"));
}

// `export report` draws the dashboard's charts, which are widgets: it needs a QApplication.
bool drawsCharts(const cli::Args &args)
{
    return args.words.value(0) == QLatin1String("export") && args.words.value(1) == QLatin1String("report");
}

int runCommand(const cli::Args &args)
{
    if (!args.error.isEmpty())
        return cli::fail(args.error + QStringLiteral("\n") + cli::usageText(), cli::Usage);
    if (args.has(QStringLiteral("--version"))) {
        cli::out() << "director-of-one " << QCoreApplication::applicationVersion() << Qt::endl;
        return cli::Ok;
    }
    if (args.has(QStringLiteral("--help"))) {
        cli::out() << cli::usageText();
        return cli::Ok;
    }
    const QString command = args.words.value(0);
    if (command == QLatin1String("db"))
        return cli::runDbCommand(args);
    if (command == QLatin1String("task"))
        return cli::runTaskCommand(args);
    if (command == QLatin1String("user"))
        return cli::runUserCommand(args);
    if (command == QLatin1String("notifications"))
        return cli::runNotificationsCommand(args);
    if (command == QLatin1String("team"))
        return cli::runTeamCommand(args);
    if (command == QLatin1String("consultation"))
        return cli::runConsultationCommand(args);
    if (command == QLatin1String("workflow"))
        return cli::runWorkflowCommand(args);
    if (command == QLatin1String("scheduler"))
        return cli::runSchedulerCommand(args);
    if (command == QLatin1String("analytics"))
        return cli::runAnalyticsCommand(args);
    if (command == QLatin1String("import"))
        return cli::runImportCommand(args);
    if (command == QLatin1String("export"))
        return drawsCharts(args) ? cli::runExportReport(args) : cli::runExportCommand(args);
    return cli::fail(cli::Cli::tr("unknown command \"%1\"\n").arg(command) + cli::usageText(), cli::Usage);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    cli::Args args = cli::Args::parse(arguments);

    QCoreApplication::setOrganizationName(QStringLiteral("DirectorOfOne"));
    QCoreApplication::setApplicationName(QStringLiteral("director-of-one"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOO_VERSION));

    if (args.error.isEmpty() && args.isGui())
        return runGuiModule(argc, argv, args);

    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<PdfDrawing> drawing; // destroyed before the application
    if (args.error.isEmpty() && drawsReports(args)) {
        auto started = startDrawingModule(argc, argv, drawsCharts(args));
        if (!started)
            return cli::fail(started.error().text());
        drawing = started.takeValue();
        app.reset(QCoreApplication::instance());
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The window's rule: --lang, else the language chosen in Settings, else the system's.
    Translations::install(args.option(QStringLiteral("--lang")));
    if (!args.error.isEmpty())
        args.error = cli::Args::parse(arguments).error; // said again, now in the user's language
    ReportWriter::setPdfDrawing(drawing.get());
    AppContext::setPasswordLookup(keychainPassword);
    Database::setDamageHandler(cli::stopOnDamage);
    const int code = runCommand(args);
    ReportWriter::setPdfDrawing(nullptr);
    return code;
}
