#include "GuiStart.h"

#include "RuntimeDir.h"

#include "AppContext.h"
#include "AppIcon.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "OnboardingDialog.h"
#include "ReportDrawing.h"
#include "RecentConnections.h"
#include "SingleInstance.h"
#include "WindowHost.h"
#include "domain/Translations.h"
#include "secrets/KeychainSecretStore.h"
#include "workflow/ReportWriter.h"
#include "workflow/SchedulerThread.h"

#include <QApplication>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTextStream>
#include <QTimer>
#include <QStatusBar>

namespace doo {

int runGui(int &argc, char **argv, const cli::Args &args)
{
    ensureRuntimeDir();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Director of One"));
    // The desktop file's name and the AppStream id (resources/): docks and app lists find the
    // window's name and icon by it.
    QApplication::setDesktopFileName(QStringLiteral("org.example.DirectorOfOne"));
    QApplication::setWindowIcon(applicationIcon());
    // --lang, else the language chosen in Settings, else the system's (the command line's rule too).
    Translations::install(args.option(QStringLiteral("--lang")));
    // A second start shows the running program's window (which may be hidden in the background).
    SingleInstance instance(SingleInstance::defaultSocketPath());
    if (instance.askRunningToShow()) {
        QTextStream(stderr) << GuiStart::tr("Director of One is already running; its window was brought to the front.")
                            << Qt::endl;
        return 0;
    }
    if (!instance.listen())
        qWarning("cannot listen on %s: a second start will open a second window", qPrintable(instance.socketPath()));
    // The program ends when asked to (File → Quit, the tray's Quit, closing the window when it is
    // not kept in the background), not when its last window hides.
    QApplication::setQuitOnLastWindowClosed(false);
    // Workflow runs (Run now, the scheduler thread) draw their PDF reports with this.
    const ReportDrawing drawing{};
    ReportWriter::setPdfDrawing(&drawing);
    const auto uninstall = qScopeGuard([] { ReportWriter::setPdfDrawing(nullptr); });

    // Where to start: --database or DIRECTOR_DATABASE, else the database the window opened last,
    // else the local file.
    const QString option = args.option(QStringLiteral("--database"));
    DatabaseUrl url;
    if (!option.isEmpty() || !qEnvironmentVariableIsEmpty("DIRECTOR_DATABASE") || !RecentConnections::last(&url)) {
        auto resolved = AppContext::resolveUrl(option);
        if (!resolved) {
            QMessageBox::critical(nullptr, GuiStart::tr("Cannot open the database"), resolved.error().text());
            return 1;
        }
        url = resolved.takeValue();
    }
    const QString email = args.option(QStringLiteral("--user"));
    WindowHost *hostOfOpener = nullptr; // set below: a first start may hand over to its connection dialog
    const WindowHost::Opener opener = [email, &hostOfOpener](const DatabaseUrl &target,
                                                             const QString &name) -> Result<WindowHost::Session> {
        auto context = AppContext::open(target, true, name);
        if (!context)
            return context.error();
        auto user = (*context)->resolveUser(email);
        if (!user)
            return user.error();
        // First start on a database: the profile is confirmed before anything else.
        if (!user->onboardingCompleted) {
            const auto outcome = OnboardingDialog::run((*context)->db(), user.value(), nullptr);
            if (outcome == OnboardingDialog::TeamServer) {
                // The data lives on a team server: the start-up screen with the connection dialog
                // over it (File → Connect…'s dialog); cancelling it leaves the screen's choices.
                if (hostOfOpener)
                    QTimer::singleShot(0, hostOfOpener, &WindowHost::showConnectionDialog);
                return Error::make(Error::Kind::Validation,
                                   GuiStart::tr("You chose a team server: connect to it with "
                                                "Change connection…, or open the local database."));
            }
            if (outcome != OnboardingDialog::Saved)
                return Error::make(Error::Kind::Validation, GuiStart::tr("The profile was not confirmed."));
        }
        return WindowHost::Session{(*context)->takeDatabase(), user.takeValue()};
    };
    KeychainSecretStore keychain;
    WindowHost host(opener, &keychain);
    hostOfOpener = &host;
    QObject::connect(&host, &WindowHost::quitRequested, &app, &QApplication::quit);
    QObject::connect(&instance, &SingleInstance::activationRequested, &host, &WindowHost::showWindow);
    const QString view = args.option(QStringLiteral("--view"));
    const bool viewGiven = args.options.contains(QStringLiteral("--view"));
    QObject::connect(&host, &WindowHost::windowShown, &app, [view, viewGiven](MainWindow *window) {
        // Restores the last geometry and view from QSettings; --view wins over the saved view.
        if (viewGiven && !window->showView(view)) {
            QMessageBox::critical(
                window, GuiStart::tr("Unknown view"),
                GuiStart::tr("There is no view \"%1\"; use %2.").arg(view, window->views().join(QStringLiteral(", "))));
            QCoreApplication::exit(2);
        }
    });
    // The scheduler's outcomes in the status bar (at start, and when the Settings switch it on).
    QObject::connect(&host, &WindowHost::schedulerChanged, &app, [&host](SchedulerThread *scheduler) {
        MainWindow *window = host.window();
        if (!scheduler || !window)
            return;
        QObject::connect(
            scheduler, &SchedulerThread::executionFinished, window, [window](const WorkflowExecution &e, const QString &name) {
                QString text;
                if (e.status == ExecutionStatus::Failed)
                    text = GuiStart::tr("Workflow \"%1\" failed: %2").arg(name, e.error);
                else if (e.status == ExecutionStatus::Waiting)
                    text = GuiStart::tr("Workflow \"%1\" waits for your approval (a task in Review)").arg(name);
                else
                    text = GuiStart::tr("Workflow \"%1\" ran: %n tasks created, %2 min saved", nullptr, e.tasksCreated)
                               .arg(name)
                               .arg(e.minutesSaved);
                window->statusBar()->showMessage(text, 8000);
            });
        QObject::connect(scheduler, &SchedulerThread::failed, window, [window](const QString &message) {
            window->statusBar()->showMessage(GuiStart::tr("Workflow scheduler: %1").arg(message), 15000);
        });
    });
    host.setStartHidden(args.flags.contains(QStringLiteral("--background")));
    host.start(url);
    return app.exec();
}

} // namespace doo

// The module's entry, looked up by name by the executable (ModuleLoader), with the arguments the
// executable parsed.
extern "C" Q_DECL_EXPORT int doo_run_gui(int *argc, char **argv, const doo::cli::Args *args)
{
    return doo::runGui(*argc, argv, *args);
}
