#include "StartupScreen.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace doo {

StartupScreen::StartupScreen(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("startupScreen"));
    setWindowTitle(tr("Director of One"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    auto *title = new QLabel(tr("<h2>The database cannot be opened</h2>"), this);
    layout->addWidget(title);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("startupWhere"));
    m_where->setTextFormat(Qt::PlainText);
    layout->addWidget(m_where);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("startupMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("startupDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_details);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    auto *retry = new QPushButton(tr("&Retry"), this);
    retry->setObjectName(QStringLiteral("startupRetry"));
    retry->setDefault(true);
    auto *change = new QPushButton(tr("&Change connection…"), this);
    change->setObjectName(QStringLiteral("startupChange"));
    auto *local = new QPushButton(tr("Open the &local database"), this);
    local->setObjectName(QStringLiteral("startupLocal"));
    auto *quit = new QPushButton(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("startupQuit"));
    buttons->addWidget(retry);
    buttons->addWidget(change);
    buttons->addWidget(local);
    buttons->addStretch(1);
    buttons->addWidget(quit);
    layout->addLayout(buttons);
    connect(retry, &QPushButton::clicked, this, &StartupScreen::retryRequested);
    connect(change, &QPushButton::clicked, this, &StartupScreen::changeConnectionRequested);
    connect(local, &QPushButton::clicked, this, &StartupScreen::openLocalRequested);
    connect(quit, &QPushButton::clicked, this, &StartupScreen::quitRequested);
    resize(560, 300);
}

void StartupScreen::showProblem(const QString &where, const ConnectionReport &report)
{
    m_where->setText(where);
    m_message->setText(report.message);
    m_details->setText(report.details.isEmpty() ? QString() : tr("Details: %1").arg(report.details));
}

void StartupScreen::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    Q_EMIT quitRequested();
}

} // namespace doo
