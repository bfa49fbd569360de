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
#include <QPalette>
#include <QScopeGuard>
#include <QTextStream>
#include <QStatusBar>
#include <QStyle>

namespace doo {

namespace {

// --palette dark|light: the window in a dark or a light palette whatever the desktop's (Qt 6.4
// has no colour scheme to ask for), with the Fusion style, which draws with the palette. For
// screenshots (tests/screenshots.sh) and for trying the look; empty keeps the desktop's.
bool applyPaletteOption(const QString &choice)
{
    if (choice.isEmpty())
        return true;
    const bool dark = choice == QLatin1String("dark");
    if (!dark && choice != QLatin1String("light"))
        return false;
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette palette = QApplication::style()->standardPalette();
    if (dark) {
        const QColor window(0x2d, 0x2d, 0x30), base(0x1e, 0x1e, 0x21), text(0xe8, 0xe8, 0xe8), muted(0x9a, 0x9a, 0xa0);
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            palette.setColor(group, QPalette::Window, window);
            palette.setColor(group, QPalette::WindowText, text);
            palette.setColor(group, QPalette::Base, base);
            palette.setColor(group, QPalette::AlternateBase, window);
            palette.setColor(group, QPalette::Text, text);
            palette.setColor(group, QPalette::Button, window);
            palette.setColor(group, QPalette::ButtonText, text);
            palette.setColor(group, QPalette::ToolTipBase, base);
            palette.setColor(group, QPalette::ToolTipText, text);
            palette.setColor(group, QPalette::PlaceholderText, muted);
            palette.setColor(group, QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
            palette.setColor(group, QPalette::HighlightedText, Qt::white);
            palette.setColor(group, QPalette::Link, QColor(0x6c, 0xb4, 0xf5));
            palette.setColor(group, QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
            palette.setColor(group, QPalette::Midlight, QColor(0x3c, 0x3c, 0x40));
            palette.setColor(group, QPalette::Mid, QColor(0x55, 0x55, 0x5a));
            palette.setColor(group, QPalette::Dark, QColor(0x18, 0x18, 0x1a));
            palette.setColor(group, QPalette::Shadow, Qt::black);
        }
        palette.setColor(QPalette::Disabled, QPalette::Window, window);
        palette.setColor(QPalette::Disabled, QPalette::Base, window);
        palette.setColor(QPalette::Disabled, QPalette::Button, window);
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(QPalette::Disabled, role, muted);
    }
    QApplication::setPalette(palette);
    return true;
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
    // --lang, else the language chosen in Settings, else the system's (the command line's rule too).
    Translations::install(args.option(QStringLiteral("--lang")));
    if (!applyPaletteOption(args.option(QStringLiteral("--palette")))) {
        QTextStream(stderr)
            << GuiStart::tr("--palette takes dark or light, not \"%1\".").arg(args.option(QStringLiteral("--palette")))
            << Qt::endl;
        return 2;
    }
    // Checked before anything opens: an unknown view is a usage error, said on the terminal.
    if (const QString view = args.option(QStringLiteral("--view"));
        args.options.contains(QStringLiteral("--view")) && !MainWindow::allViews().contains(view)) {
        QTextStream(stderr)
            << GuiStart::tr("--view takes one of %1, not \"%2\".").arg(MainWindow::allViews().join(QStringLiteral(", ")), view)
            << Qt::endl;
        return 2;
    }
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
                // The data lives on a team server: the start-up screen, with a neutral heading and
                // the connection dialog over it (File → Connect…'s dialog); cancelling it leaves
                // the screen's choices.
                if (hostOfOpener)
                    hostOfOpener->chooseTeamServer();
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
            QMessageBox::critical(window, GuiStart::tr("Unknown view"),
                                  GuiStart::tr("This window has no view \"%1\" (--view); use %2.")
                                      .arg(view, window->views().join(QStringLiteral(", "))));
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
