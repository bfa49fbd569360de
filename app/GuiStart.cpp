#include "GuiStart.h"

#include "RuntimeDir.h"

#include "AppContext.h"
#include "AppIcon.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "OnboardingDialog.h"
#include "ReportDrawing.h"
#include "RecentConnections.h"
#include "WindowHost.h"
#include "secrets/KeychainSecretStore.h"
#include "workflow/ReportWriter.h"
#include "workflow/SchedulerThread.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTranslator>

namespace doo {

namespace {
void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("director-of-one"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}
} // namespace

int runGui(int &argc, char **argv, const cli::Args &args)
{
    ensureRuntimeDir();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Director of One"));
    // The desktop file's name and the AppStream id (resources/): docks and app lists find the
    // window's name and icon by it.
    QApplication::setDesktopFileName(QStringLiteral("org.example.DirectorOfOne"));
    QApplication::setWindowIcon(applicationIcon());
    installTranslators(app);
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
    const WindowHost::Opener opener = [email](const DatabaseUrl &target, const QString &name) -> Result<WindowHost::Session> {
        auto context = AppContext::open(target, true, name);
        if (!context)
            return context.error();
        auto user = (*context)->resolveUser(email);
        if (!user)
            return user.error();
        // First start on a database: the profile is confirmed before anything else.
        if (!user->onboardingCompleted && !OnboardingDialog::run((*context)->db(), user.value(), nullptr))
            return Error::make(Error::Kind::Validation, GuiStart::tr("The profile was not confirmed."));
        return WindowHost::Session{(*context)->takeDatabase(), user.takeValue()};
    };
    KeychainSecretStore keychain;
    WindowHost host(opener, &keychain);
    QObject::connect(&host, &WindowHost::quitRequested, &app, &QApplication::quit);
    const QString view = args.option(QStringLiteral("--view"));
    const bool viewGiven = args.options.contains(QStringLiteral("--view"));
    QObject::connect(&host, &WindowHost::windowShown, &app, [view, viewGiven](MainWindow *window, SchedulerThread *scheduler) {
        // Restores the last geometry and view from QSettings; --view wins over the saved view.
        if (viewGiven && !window->showView(view)) {
            QMessageBox::critical(
                window, GuiStart::tr("Unknown view"),
                GuiStart::tr("There is no view \"%1\"; use %2.").arg(view, window->views().join(QStringLiteral(", "))));
            QCoreApplication::exit(2);
            return;
        }
        if (!scheduler)
            return;
        QObject::connect(scheduler, &SchedulerThread::executionFinished, window,
                         [window](const WorkflowExecution &e, const QString &name) {
                             QString text;
                             if (e.status == ExecutionStatus::Failed)
                                 text = GuiStart::tr("Workflow \"%1\" failed: %2").arg(name, e.error);
                             else if (e.status == ExecutionStatus::Waiting)
                                 text = GuiStart::tr("Workflow \"%1\" waits for your approval (a task in Review)").arg(name);
                             else
                                 text = GuiStart::tr("Workflow \"%1\" ran: %2 task(s) created, %3 min saved")
                                            .arg(name)
                                            .arg(e.tasksCreated)
                                            .arg(e.minutesSaved);
                             window->statusBar()->showMessage(text, 8000);
                         });
        QObject::connect(scheduler, &SchedulerThread::failed, window, [window](const QString &message) {
            window->statusBar()->showMessage(GuiStart::tr("Workflow scheduler: %1").arg(message), 15000);
        });
    });
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
