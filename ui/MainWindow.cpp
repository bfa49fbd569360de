#include "MainWindow.h"

#include "ScreenFit.h"
#include "PaletteStyleSheet.h"
#include "AnalyticsPage.h"
#include "BackupActions.h"
#include "AppIcon.h"
#include "BoardWidget.h"
#include "itemmodels/ChangeWatcher.h"
#include "ConsultationsWidget.h"
#include "itemmodels/TaskBoard.h"
#include "DataView.h"
#include "DesktopIntegration.h"
#include "DesktopNotifier.h"
#include "HelpLinks.h"
#include "ExchangeActions.h"
#include "NotificationsView.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "TeamPage.h"
#include "TrayNotifier.h"
#include "WorkflowsView.h"
#include "db/Database.h"
#include "itemmodels/LocalSettings.h"
#include "itemmodels/NotificationListModel.h"
#include "itemmodels/PreferencesIntents.h"
#include "itemmodels/NotificationPopups.h"
#include "domain/WorkflowTiming.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace doo {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kViewKey = QStringLiteral("window/view");
} // namespace

MainWindow::MainWindow(Database &db, const User &user, QWidget *parent) : QMainWindow(parent), m_db(db), m_user(user)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Director of One"));
    setWindowIcon(applicationIcon());
    m_undoStack = new QUndoStack(this);
    m_preferences = new PreferencesIntents(m_db, UserContext::of(m_user), this);
    const Status preferencesRead = m_preferences->reload();
    connect(m_preferences, &PreferencesIntents::profileChanged, this, &MainWindow::profileChanged);
    buildPages();
    // One poller for the whole window: the board's, which also reports the connection state.
    m_watcher = m_board->board()->watcher();
    buildMenus();
    buildStatusBar();
    if (!preferencesRead)
        statusBar()->showMessage(tr("Your preferences could not be read: %1").arg(preferencesRead.error().text()));

    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::onViewChanged);
    // Arrows in the list browse the views; Return goes into the one shown.
    connect(m_nav, &QListWidget::activated, this, [this](const QModelIndex &index) { focusView(index.row()); });
    m_nav->setCurrentRow(0);
    onViewChanged(0);

    fitToScreen(this, QSize(1200, 760));
    restoreSettings();
}

MainWindow::~MainWindow() = default;

bool MainWindow::trayShowsPopups() const
{
    return m_tray->hasIcon() && LocalSettings::showTrayIcon();
}

void MainWindow::buildPages()
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 6, 8, 0);
    layout->setSpacing(8);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Views"));
    m_nav->setFixedWidth(190);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(1);
    setPaletteStyleSheet(
        m_nav,
        QStringLiteral(
            "QListWidget#navigation { background: palette(window); border: none;"
            " border-right: 1px solid palette(mid); padding: 10px 8px; outline: 0; }"
            "QListWidget#navigation::item { padding: 7px 10px; border-radius: 5px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
            "QListWidget#navigation::item:hover:!selected { background: palette(midlight); }"));
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_board = new BoardWidget(m_db, m_user, m_undoStack, this, m_preferences);
    m_board->setObjectName(QStringLiteral("boardPage"));
    connect(m_board, &BoardWidget::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    addPage(QStringLiteral("board"), tr("Board"), m_board);

    m_workflows = new WorkflowsView(m_db, m_user, m_undoStack, this);
    m_workflows->setObjectName(QStringLiteral("workflowsPage"));
    connect(m_workflows, &WorkflowsView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_workflows, &WorkflowsView::workflowsChanged, this, &MainWindow::workflowsChanged);
    connect(m_workflows, &WorkflowsView::openTask, this, &MainWindow::openTask);
    addPage(QStringLiteral("workflows"), tr("Workflows"), m_workflows);
    // One set of import and export actions: the File menu's, shared with the Consultations view.
    m_exchange = new ExchangeActions(m_db, m_user, this);
    m_consultations = new ConsultationsWidget(m_db, m_user, this, m_exchange);
    m_consultations->setObjectName(QStringLiteral("consultationsPage"));
    connect(m_consultations, &ConsultationsWidget::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    addPage(QStringLiteral("consultations"), tr("Consultations"), m_consultations);
    addPage(QStringLiteral("analytics"), tr("Analytics"), new AnalyticsPage(m_db, m_user, m_stack));
    m_notifications = new NotificationListModel(m_db, UserContext::of(m_user), this);
    m_notifications->reload();
    auto *notifications = new NotificationsView(m_notifications, WorkflowTiming::zoneFor(m_user.timeZone), this);
    notifications->setObjectName(QStringLiteral("notificationsPage"));
    m_notificationsView = notifications;
    connect(notifications, &NotificationsView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(notifications, &NotificationsView::openTask, this, &MainWindow::openTask);
    connect(notifications, &NotificationsView::openWorkflow, this, [this](const QString &id) {
        showView(QStringLiteral("workflows"));
        if (!m_workflows->selectWorkflow(id))
            statusBar()->showMessage(tr("The workflow was deleted"), 5000);
    });
    connect(notifications, &NotificationsView::openConsultation, this, [this](const QString &id) {
        showView(QStringLiteral("consultations"));
        if (!m_consultations->selectConsultation(id))
            statusBar()->showMessage(tr("The consultation is not listed"), 5000);
    });
    connect(notifications, &NotificationsView::startFromTemplateRequested, this, [this] {
        // The empty Notifications view's first step: the Workflows view's template chooser (its
        // New button's menu), opened under that button.
        showView(QStringLiteral("workflows"));
        auto *menu = m_workflows->findChild<QMenu *>(QStringLiteral("menuNewFromTemplate"));
        if (!menu)
            return;
        QWidget *anchor = m_workflows;
        for (auto *button : m_workflows->findChildren<QToolButton *>())
            if (button->defaultAction() && button->defaultAction()->menu() == menu && button->isVisible())
                anchor = button;
        menu->popup(anchor->mapToGlobal(QPoint(0, anchor == m_workflows ? 0 : anchor->height())));
    });
    addPage(QStringLiteral("notifications"), tr("Notifications"), notifications);
    m_tray = new TrayNotifier(m_notifications, this);
    m_tray->popups()->setTimeZone(WorkflowTiming::zoneFor(m_user.timeZone));
    m_tray->popups()->setPreferencesSource(NotificationPopups::fromDatabase(m_db, UserContext::of(m_user)));
    // A change in the Settings window applies at once (ending quiet hours releases what they held).
    connect(m_preferences, &PreferencesIntents::changed, m_tray->popups(), &NotificationPopups::setPreferences);
    auto openNotifications = [this] {
        showNormal();
        raise();
        activateWindow();
        showView(QStringLiteral("notifications"));
    };
    connect(m_tray, &TrayNotifier::activated, this, openNotifications);
    // Without a tray icon the desktop's notification service shows the same pop-ups.
    m_desktop = new DesktopNotifier(QDBusConnection::sessionBus(), this);
    connect(m_desktop, &DesktopNotifier::activated, this, openNotifications);
    connect(m_tray->popups(), &NotificationPopups::popup, this, [this](const Popup &popup) {
        if (!trayShowsPopups() && m_desktop->isAvailable())
            m_desktop->show(popup);
    });
    // Once the tray is known (the tray's own icon is made first): a word when nothing can pop up.
    DesktopIntegration::whenTrayKnown(this, [this, notifications](bool) {
        if (!trayShowsPopups() && !m_desktop->isAvailable() && !LocalSettings::noDeliveryHintShown()) {
            notifications->setNote(tr("This desktop has neither a tray nor a notification service: new notifications "
                                      "appear only here, in the list and the count beside Notifications."));
            LocalSettings::setNoDeliveryHintShown(true);
        }
    });
    connect(m_notifications, &NotificationListModel::unreadCountChanged, this, &MainWindow::showUnreadCount);
    showUnreadCount(m_notifications->unreadCount());
    if (m_user.role == UserRole::Admin) {
        m_data = new DataView(m_db, this);
        m_data->setObjectName(QStringLiteral("dataPage"));
        addPage(QStringLiteral("data"), tr("Data"), m_data);
        if (m_db.type() == DbType::PostgreSQL) { // an SQLite file has one user and no logins
            auto *team = new TeamPage(m_db, m_user, this);
            team->setObjectName(QStringLiteral("teamPage"));
            connect(team, &TeamPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
            addPage(QStringLiteral("team"), tr("Team"), team);
        }
    }
}

void MainWindow::openTask(const QString &id)
{
    m_watcher->poll(); // a run a moment ago made or moved it: the board reloads before it selects
    showView(QStringLiteral("board"));
    if (!m_board->selectTask(id))
        statusBar()->showMessage(tr("The task is not on the board any more, or not among the cards loaded"), 5000);
}

void MainWindow::showUnreadCount(int unread)
{
    const int index = m_keys.indexOf(QStringLiteral("notifications"));
    if (index < 0)
        return;
    m_nav->item(index)->setText(unread > 0 ? tr("Notifications (%1)").arg(unread) : tr("Notifications"));
}

QStringList MainWindow::allViews()
{
    return {QStringLiteral("board"),     QStringLiteral("workflows"),     QStringLiteral("consultations"),
            QStringLiteral("analytics"), QStringLiteral("notifications"), QStringLiteral("data"),
            QStringLiteral("team")};
}

void MainWindow::addPage(const QString &key, const QString &title, QWidget *page)
{
    Q_ASSERT(allViews().contains(key)); // --view is checked against allViews() before the window opens
    m_keys << key;
    m_nav->addItem(title);
    m_stack->addWidget(page);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectTo = file->addAction(tr("&Connect…"), this, &MainWindow::connectRequested);
    connectTo->setObjectName(QStringLiteral("actionConnect"));
    file->addSeparator();
    m_exchange->addTo(file); // Import ▸ and Export ▸
    connect(m_exchange, &ExchangeActions::message, this,
            [this](const QString &text, bool error) { statusBar()->showMessage(text, error ? 15000 : 8000); });
    file->addSeparator();
    m_backups = new BackupActions(m_db, this);
    m_backups->addTo(file);
    connect(m_backups, &BackupActions::restoreRequested, this, &MainWindow::restoreRequested);
    connect(m_backups, &BackupActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    file->addSeparator();
    // Quits even when closing the window would keep the program running in the background.
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showSettings);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // Ctrl+, where the platform names no Preferences key (most Linux desktops).
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferenceKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    preferences->setShortcuts(preferenceKeys);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewGroup = new QActionGroup(this);
    m_viewGroup->setExclusive(true);
    for (int i = 0; i < m_keys.size(); ++i) {
        QAction *action = view->addAction(m_nav->item(i)->text());
        action->setObjectName(QStringLiteral("actionView_") + m_keys.at(i));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_viewGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] {
            // Into the view, unless the focus is already in it.
            const bool inside = m_nav->currentRow() == i && m_stack->widget(i)->isAncestorOf(QApplication::focusWidget());
            m_nav->setCurrentRow(i);
            if (!inside)
                focusView(i);
        });
        m_viewActions << action;
    }

    m_taskMenu = menuBar()->addMenu(tr("&Task"));
    m_taskMenu->menuAction()->setObjectName(QStringLiteral("menuTask"));
    m_taskMenu->addActions(m_board->taskActions());

    m_workflowMenu = menuBar()->addMenu(tr("W&orkflow"));
    m_workflowMenu->menuAction()->setObjectName(QStringLiteral("menuWorkflow"));
    m_workflowMenu->addActions(m_workflows->workflowActions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, [this] { HelpLinks::open(HelpLinks::start(), this); });
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Director of One"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::buildStatusBar()
{
    auto *backend = new QLabel(m_db.url().display(), this);
    backend->setObjectName(QStringLiteral("statusBackend"));
    backend->setToolTip(tr("The database this window works on"));
    auto *who = new QLabel(tr("%1 <%2> · %3").arg(m_user.name, m_user.email, displayName(m_user.role)), this);
    who->setObjectName(QStringLiteral("statusUser"));
    who->setTextFormat(Qt::PlainText); // the name as typed; "<email>" is no tag
    who->setToolTip(tr("The current user"));
    m_who = who;
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("statusConnection"));
    QList<QLabel *> labels{backend, who, m_connection};
    if (m_db.isReadOnly()) { // every change is refused with the database's message; say so up front
        auto *readOnly = new QLabel(tr("Read-only"), this);
        readOnly->setObjectName(QStringLiteral("statusReadOnly"));
        readOnly->setTextFormat(Qt::PlainText);
        readOnly->setToolTip(Database::readOnlyError(m_db.url().path).text());
        labels.prepend(readOnly);
        statusBar()->showMessage(Database::readOnlyError(m_db.url().path).text());
    }
    bool first = true;
    for (QLabel *label : std::as_const(labels)) {
        if (!first) {
            auto *separator = new QFrame(this);
            separator->setFrameShape(QFrame::VLine);
            separator->setFrameShadow(QFrame::Sunken);
            statusBar()->addPermanentWidget(separator);
        }
        first = false;
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
    }
    setConnected(m_db.isConnected());
    connect(m_watcher, &ChangeWatcher::connectionChanged, this, &MainWindow::setConnected);
    // Changes made elsewhere show in the open view at once (the board follows its own counter);
    // a hidden view checks when it is shown.
    connect(m_watcher, &ChangeWatcher::changedElsewhere, this, [this](const QString &table) {
        if (table.isEmpty() || table == QLatin1String("notification"))
            m_notifications->reload(); // also while hidden: the tray and the count follow
        if (table.isEmpty()) // SQLite cannot say what changed: `user set`, another window's Settings
            (void)m_preferences->reload(); // kept as they are when unreadable; the Settings window says why
        if (m_workflows->isVisible() && (table.isEmpty() || table.startsWith(QLatin1String("workflow"))))
            m_workflows->refreshIfStale();
        if (m_consultations->isVisible() && (table.isEmpty() || table == QLatin1String("consultation")))
            m_consultations->refreshIfStale();
    });
}

void MainWindow::setConnected(bool connected)
{
    // On PostgreSQL the connection's Reconnector is bringing it back (see ChangeWatcher).
    const bool server = m_db.type() == DbType::PostgreSQL;
    m_connection->setText(connected ? tr("Connected") : server ? tr("Reconnecting…") : tr("Connection lost"));
    m_connection->setStyleSheet(connected ? QString() : QStringLiteral("color: #c62828; font-weight: bold;"));
}

void MainWindow::onViewChanged(int index)
{
    if (index < 0 || index >= m_keys.size())
        return;
    m_stack->setCurrentIndex(index);
    m_viewActions.at(index)->setChecked(true);
    // The task actions act on the board; elsewhere the menu is greyed out.
    m_taskMenu->setEnabled(m_keys.at(index) == QLatin1String("board") && !m_taskMenu->actions().isEmpty());
    m_workflowMenu->setEnabled(m_keys.at(index) == QLatin1String("workflows"));
}

void MainWindow::focusView(int index)
{
    QWidget *page = m_stack->widget(index);
    if (!page)
        return;
    QWidget *target = nullptr;
    if (page == m_board)
        target = m_board->lastColumn();
    else if (page == m_workflows)
        target = m_workflows->table();
    else if (page == m_consultations)
        target = m_consultations->table();
    else if (page == m_notificationsView)
        target = m_notificationsView->list();
    if (target) {
        target->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    // Elsewhere the first control that takes the Tab key.
    for (QWidget *w = page->nextInFocusChain(); w != page && page->isAncestorOf(w); w = w->nextInFocusChain()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

bool MainWindow::showView(const QString &name)
{
    const int index = m_keys.indexOf(name);
    if (index < 0)
        return false;
    m_nav->setCurrentRow(index);
    return true;
}

QString MainWindow::currentView() const
{
    return m_keys.value(m_nav->currentRow());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kViewKey, currentView());
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (!geometry.isEmpty()) {
        restoreGeometry(geometry);
        fitToScreen(this); // saved on a bigger screen, or in a bigger resolution
    }
    const QString view = settings.value(kViewKey).toString();
    if (!view.isEmpty())
        showView(view); // a view this user cannot see (data for a non-admin) keeps the board
}

bool MainWindow::mayClose()
{
    if (m_data && m_data->hasUnsavedChanges()) {
        showView(QStringLiteral("data"));
        const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                                  tr("The Data view has edits that are not saved. Discard them and quit?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
    Q_EMIT closed();
}

SettingsDialog *MainWindow::showSettings()
{
    if (m_settings && m_settings->isVisible()) {
        m_settings->raise();
        m_settings->activateWindow();
        return m_settings;
    }
    auto *dialog = new SettingsDialog(m_preferences, m_db.url(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::localSettingsChanged, this, &MainWindow::localSettingsChanged);
    connect(dialog, &SettingsDialog::schedulerEnabledChanged, this, &MainWindow::schedulerEnabledChanged);
    connect(dialog, &SettingsDialog::schedulerPauseRequested, this, &MainWindow::schedulerPauseRequested);
    // Its Back up now… and Restore… are the File menu's.
    connect(dialog, &SettingsDialog::backUpRequested, m_backups, &BackupActions::backUp);
    connect(dialog, &SettingsDialog::restoreRequested, m_backups, &BackupActions::restore);
    // After the dialog has gone: a switch of database replaces this window.
    connect(dialog, &SettingsDialog::connectRequested, this, &MainWindow::connectRequested, Qt::QueuedConnection);
    m_settings = dialog;
    dialog->open();
    return dialog;
}

void MainWindow::profileChanged(const User &user, bool zoneChanged)
{
    m_user = user;
    m_who->setText(tr("%1 <%2> · %3").arg(m_user.name, m_user.email, displayName(m_user.role)));
    if (!zoneChanged)
        return;
    // The workflows' next runs were re-timed in the database; the scheduler reads them again.
    const QTimeZone zone = WorkflowTiming::zoneFor(m_user.timeZone);
    m_workflows->setTimeZone(zone);
    m_board->setTimeZone(zone);
    m_notificationsView->setTimeZone(zone);
    m_tray->popups()->setTimeZone(zone);
    Q_EMIT workflowsChanged();
    statusBar()->showMessage(tr("The workflows follow the new time zone from their next run on."), 8000);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Director of One"));
    box->setIconPixmap(applicationIcon().pixmap(QSize(96, 96)));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Director of One %1</h3>"
                    "<p>A task board, workflows, consultations, analytics and notifications for a director "
                    "who runs a department alone — in one window, on one database.</p>"
                    "<p>Database in use: %2</p>"
                    "<p>Licence: all rights reserved; no licence has been granted yet.</p>")
                     .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), m_db.url().display().toHtmlEscaped()));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::showShortcuts()
{
    // Collected now, so the list shows the actions this window has at this moment.
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace doo
