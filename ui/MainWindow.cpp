#include "MainWindow.h"

#include "db/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace doo {

MainWindow::MainWindow(Database &db, const User &user, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_user(user)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Director of One"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(180);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    addPage(QStringLiteral("board"), tr("Board"),
            comingPage(tr("Task board"), tr("The drag-and-drop task board is coming in the next release.")));
    addPage(QStringLiteral("workflows"), tr("Workflows"),
            comingPage(tr("Workflows"), tr("Automations that run on a local schedule are coming soon.")));
    addPage(QStringLiteral("consultations"), tr("Consultations"),
            comingPage(tr("Consultations"), tr("Demo and booking requests are coming soon.")));
    addPage(QStringLiteral("analytics"), tr("Analytics"),
            comingPage(tr("Analytics"), tr("Charts of the time automation saved you are coming soon.")));
    addPage(QStringLiteral("notifications"), tr("Notifications"),
            comingPage(tr("Notifications"), tr("In-app and tray notifications are coming soon.")));
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    auto *backend = new QLabel(m_db.url().display(), this);
    backend->setObjectName(QStringLiteral("statusBackend"));
    auto *who = new QLabel(tr("%1 <%2> · %3").arg(m_user.name, m_user.email, toString(m_user.role)), this);
    who->setObjectName(QStringLiteral("statusUser"));
    auto *state = new QLabel(m_db.isConnected() ? tr("Connected") : tr("Disconnected"), this);
    state->setObjectName(QStringLiteral("statusConnection"));
    statusBar()->addWidget(backend, 1);
    statusBar()->addPermanentWidget(who);
    statusBar()->addPermanentWidget(state);
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &key, const QString &title, QWidget *page)
{
    m_keys << key;
    m_nav->addItem(title);
    m_stack->addWidget(page);
}

QWidget *MainWindow::comingPage(const QString &title, const QString &text)
{
    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), page);
    auto *body = new QLabel(text, page);
    body->setWordWrap(true);
    layout->addStretch();
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
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

} // namespace doo
