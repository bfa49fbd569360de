// The commands that need Qt Gui, run inside the window's module: PDF reports (QPdfWriter)
// need a QGuiApplication for fonts, which the light executable does not have.

#include "CommandLine.h"
#include "WorkflowCli.h"

#include <QGuiApplication>

using namespace doo;

extern "C" Q_DECL_EXPORT int doo_run_gui_command(int *argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no window: never needs a display
    QGuiApplication app(*argc, argv);
    QStringList arguments;
    for (int i = 1; i < *argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cli::Args args = cli::Args::parse(arguments);
    if (args.words.value(0) == QLatin1String("scheduler"))
        return cli::runSchedulerCommand(args);
    return cli::runWorkflowCommand(args);
}
