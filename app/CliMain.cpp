#include "AppContext.h"
#include "CommandLine.h"
#include "ConsultationCli.h"
#include "DbCommands.h"
#include "ExchangeCli.h"
#include "Output.h"
#include "GuiLoader.h"
#include "TaskCli.h"
#include "UserCli.h"

#include <QCoreApplication>
#include <QTextStream>


using namespace doo;

// Every command but the fast path's (app/fast/FastPath.h): the launcher, app/main.cpp, loads this
// module (director-of-one-cli.so) and calls this entry point with the program's arguments.
extern "C" Q_DECL_EXPORT int doo_cli_main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cli::Args args = cli::Args::parse(arguments);

    QCoreApplication::setOrganizationName(QStringLiteral("DirectorOfOne"));
    QCoreApplication::setApplicationName(QStringLiteral("director-of-one"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOO_VERSION));

    if (args.error.isEmpty() && args.isGui())
        return runGuiModule(argc, argv);

    // Commands that draw (PDF reports of workflow runs, the analytics report's charts) need Qt Gui:
    // they run in the window's module with a windowless application; the rest stays on the light
    // QCoreApplication.
    const QString first = args.words.value(0);
    const bool drawing = first == QLatin1String("workflow") || first == QLatin1String("scheduler")
                         || first == QLatin1String("analytics")
                         || (first == QLatin1String("export") && args.words.value(1) == QLatin1String("report"));
    if (args.error.isEmpty() && drawing)
        return runGuiCommand(argc, argv);
    QCoreApplication app(argc, argv);
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
    if (command == QLatin1String("consultation"))
        return cli::runConsultationCommand(args);
    if (command == QLatin1String("import"))
        return cli::runImportCommand(args);
    if (command == QLatin1String("export"))
        return cli::runExportCommand(args);
    return cli::fail(cli::Cli::tr("unknown command \"%1\"\n").arg(command) + cli::usageText(),
                     cli::Usage);
}
