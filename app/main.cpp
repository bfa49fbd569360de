#include "AnalyticsCli.h"
#include "AppContext.h"
#include "CommandLine.h"
#include "DbCommands.h"
#include "Output.h"
#include "GuiStart.h"
#include "TaskCli.h"
#include "WorkflowCli.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace doo;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cli::Args args = cli::Args::parse(arguments);

    QCoreApplication::setOrganizationName(QStringLiteral("DirectorOfOne"));
    QCoreApplication::setApplicationName(QStringLiteral("director-of-one"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOO_VERSION));

    if (args.error.isEmpty() && args.isGui())
        return runGui(argc, argv, args);

    // Workflow runs may draw PDF reports, which need fonts: those commands get a windowless
    // QGuiApplication; `export report` draws the dashboard's charts, which are widgets: a
    // windowless QApplication. Everything else stays on the lighter QCoreApplication.
    const QString first = args.words.value(0);
    const bool charts = first == QLatin1String("export") && args.words.value(1) == QLatin1String("report");
    std::unique_ptr<QCoreApplication> app;
    if (args.error.isEmpty() && (charts || first == QLatin1String("workflow") || first == QLatin1String("scheduler"))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (charts)
            app = std::make_unique<QApplication>(argc, argv);
        else
            app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
    if (command == QLatin1String("workflow"))
        return cli::runWorkflowCommand(args);
    if (command == QLatin1String("scheduler"))
        return cli::runSchedulerCommand(args);
    if (command == QLatin1String("analytics"))
        return cli::runAnalyticsCommand(args);
    if (command == QLatin1String("export") && args.words.value(1) == QLatin1String("report"))
        return cli::runExportReport(args);
    return cli::fail(QCoreApplication::translate("cli", "unknown command \"%1\"\n").arg(command) + cli::usageText(),
                     cli::Usage);
}
