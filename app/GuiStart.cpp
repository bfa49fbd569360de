#include "GuiStart.h"

#include "RuntimeDir.h"

#include "AppContext.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "OnboardingDialog.h"
#include "ReportDrawing.h"
#include "WorkflowsView.h"
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
    QApplication::setDesktopFileName(QStringLiteral("director-of-one"));
    installTranslators(app);
    // Workflow runs (Run now, the scheduler thread) draw their PDF reports with this.
    const ReportDrawing drawing{};
    ReportWriter::setPdfDrawing(&drawing);
    const auto uninstall = qScopeGuard([] { ReportWriter::setPdfDrawing(nullptr); });

    auto context = AppContext::open(args.option(QStringLiteral("--database")), true);
    if (!context) {
        QMessageBox::critical(nullptr, GuiStart::tr("Cannot open the database"), context.error().text());
        return 1;
    }
    auto user = (*context)->resolveUser(args.option(QStringLiteral("--user")));
    if (!user) {
        QMessageBox::critical(nullptr, GuiStart::tr("Cannot start"), user.error().text());
        return 1;
    }
    // First start: the profile is confirmed before anything else; quitting here quits the app.
    if (!user->onboardingCompleted && !OnboardingDialog::run((*context)->db(), user.value(), nullptr))
        return 0;
    // Restores the last geometry and view from QSettings; --view wins over the saved view.
    MainWindow window((*context)->db(), *user);
    const QString view = args.option(QStringLiteral("--view"));
    if (args.options.contains(QStringLiteral("--view")) && !window.showView(view)) {
        QMessageBox::critical(
            nullptr, GuiStart::tr("Unknown view"),
            GuiStart::tr("There is no view \"%1\"; use %2.").arg(view, window.views().join(QStringLiteral(", "))));
        return 2;
    }
    window.show();
    // Workflows run in the background while the window is open (see also `scheduler`).
    // The window's scheduler runs the signed-in user's own workflows only, also for an ADMIN.
    SchedulerThread scheduler((*context)->db().url(), UserContext::of(*user).ownScope());
    QObject::connect(&scheduler, &SchedulerThread::executionFinished, &window,
                     [&window](const WorkflowExecution &e, const QString &name) {
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
                         window.statusBar()->showMessage(text, 8000);
                         window.workflowsView()->reload(); // the run's figures and history
                     });
    // "Run now" runs on the scheduler's thread: a long report never freezes the window.
    window.workflowsView()->setRunInBackground([&scheduler](const Workflow &w) { scheduler.runNow(w.id); });
    // A workflow saved, switched, added or deleted in the window: due times may have moved.
    QObject::connect(&window, &MainWindow::workflowsChanged, &scheduler, &SchedulerThread::rearm);
    QObject::connect(&scheduler, &SchedulerThread::failed, &window, [&window](const QString &message) {
        window.statusBar()->showMessage(GuiStart::tr("Workflow scheduler: %1").arg(message), 15000);
    });
    scheduler.start();
    return app.exec();
}

} // namespace doo

// The module's entry, looked up by name by the executable (ModuleLoader), with the arguments the
// executable parsed.
extern "C" Q_DECL_EXPORT int doo_run_gui(int *argc, char **argv, const doo::cli::Args *args)
{
    return doo::runGui(*argc, argv, *args);
}
