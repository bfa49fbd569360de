// The commands that need Qt Gui, run inside the window's module: PDF reports (QPdfWriter)
// need a QGuiApplication for fonts, which the light executable does not have.

#include "AnalyticsCli.h"
#include "CommandLine.h"
#include "RuntimeDir.h"
#include "WorkflowCli.h"

#include <QApplication>

#include <memory>

using namespace doo;

extern "C" Q_DECL_EXPORT int doo_run_gui_command(int *argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no window: never needs a display
    QStringList arguments;
    for (int i = 1; i < *argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cli::Args args = cli::Args::parse(arguments);
    const QString command = args.words.value(0);
    // The analytics report draws the dashboard's charts, which are widgets: a QApplication.
    ensureRuntimeDir();
    std::unique_ptr<QGuiApplication> app;
    if (command == QLatin1String("export"))
        app = std::make_unique<QApplication>(*argc, argv);
    else
        app = std::make_unique<QGuiApplication>(*argc, argv);
    if (command == QLatin1String("scheduler"))
        return cli::runSchedulerCommand(args);
    if (command == QLatin1String("analytics"))
        return cli::runAnalyticsCommand(args);
    if (command == QLatin1String("export"))
        return cli::runExportReport(args);
    return cli::runWorkflowCommand(args);
}
