#include "SettingsDialog.h"

#include "BoardSettingsPage.h"
#include "DatabaseSettingsPage.h"
#include "GeneralSettingsPage.h"
#include "NotificationSettingsPage.h"
#include "ProfileSettingsPage.h"
#include "SchedulerSettingsPage.h"
#include "itemmodels/PreferencesIntents.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace doo {

namespace {
constexpr int kCategoryIcon = 24;

// The style's own icon where the desktop's theme has none of these names.
QStyle::StandardPixmap fallbackIcon(const QString &themeName)
{
    static const QHash<QString, QStyle::StandardPixmap> fallbacks = {
        {QStringLiteral("preferences-system"), QStyle::SP_ComputerIcon},
        {QStringLiteral("user-identity"), QStyle::SP_DirHomeIcon},
        {QStringLiteral("network-server-database"), QStyle::SP_DriveHDIcon},
        {QStringLiteral("chronometer"), QStyle::SP_BrowserReload},
        {QStringLiteral("preferences-desktop-notification"), QStyle::SP_MessageBoxInformation},
        {QStringLiteral("view-list-details"), QStyle::SP_FileDialogDetailedView},
    };
    return fallbacks.value(themeName, QStyle::SP_FileIcon);
}
} // namespace

SettingsDialog::SettingsDialog(PreferencesIntents *intents, const DatabaseUrl &connection, QWidget *parent)
    : QDialog(parent), m_intents(intents)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    m_categories = new QListWidget(this);
    m_categories->setObjectName(QStringLiteral("settingsCategories"));
    m_categories->setAccessibleName(tr("Categories"));
    m_categories->setIconSize(QSize(kCategoryIcon, kCategoryIcon));
    m_categories->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_categories->setSpacing(2);
    m_pages = new QStackedWidget(this);

    auto *general = new GeneralSettingsPage(this);
    m_profile = new ProfileSettingsPage(this);
    auto *database = new DatabaseSettingsPage(connection, this);
    auto *scheduler = new SchedulerSettingsPage(this);
    addPage(QStringLiteral("general"), general);
    addPage(QStringLiteral("profile"), m_profile);
    addPage(QStringLiteral("database"), database);
    addPage(QStringLiteral("scheduler"), scheduler);
    addPage(QStringLiteral("notifications"), new NotificationSettingsPage(this));
    addPage(QStringLiteral("board"), new BoardSettingsPage(this));
    connect(m_categories, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    connect(database, &DatabaseSettingsPage::backUpRequested, this, &SettingsDialog::backUpRequested);
    connect(database, &DatabaseSettingsPage::restoreRequested, this, &SettingsDialog::restoreRequested);
    connect(database, &DatabaseSettingsPage::connectRequested, this, [this] {
        if (!apply())
            return;
        QDialog::accept();
        Q_EMIT connectRequested();
    });
    connect(scheduler, &SchedulerSettingsPage::enabledChanged, this, &SettingsDialog::schedulerEnabledChanged);
    connect(scheduler, &SchedulerSettingsPage::pauseChanged, this, &SettingsDialog::schedulerPauseRequested);
    connect(m_intents, &PreferencesIntents::profileChanged, this, [this](const User &user) { m_profile->setProfile(user); });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *row = new QHBoxLayout;
    row->addWidget(m_categories);
    row->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // As wide as the longest category name needs (German's "Benachrichtigungen").
    m_categories->setFixedWidth(m_categories->sizeHintForColumn(0) + 2 * m_categories->frameWidth() + 16);
    resize(760, 560);

    load();
    m_categories->setCurrentRow(0);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(const QString &key, SettingsPage *page)
{
    page->setObjectName(key + QStringLiteral("SettingsPage"));
    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    m_pages->addWidget(scroll);
    // One size for every category: a theme's icon and the style's fallback come in different
    // sizes, and a small pixmap is not scaled up by the list.
    const QIcon icon = QIcon::fromTheme(page->iconName(), style()->standardIcon(fallbackIcon(page->iconName())));
    const QPixmap largest = icon.pixmap(QSize(64, 64));
    auto *item = new QListWidgetItem(QIcon(largest.scaled(QSize(kCategoryIcon, kCategoryIcon) * devicePixelRatioF(),
                                                          Qt::KeepAspectRatio, Qt::SmoothTransformation)),
                                     page->title(), m_categories);
    item->setData(Qt::UserRole, key);
    m_keys << key;
}

void SettingsDialog::load()
{
    // Read afresh: the preferences may have changed elsewhere (`user set`, another computer).
    if (Status s = m_intents->reload(); !s)
        showError(s.error());
    auto profile = m_intents->profile();
    if (profile)
        m_profile->setProfile(*profile);
    else
        showError(profile.error());
    m_profile->setEnabled(profile.ok());
    for (int i = 0; i < m_pages->count(); ++i)
        page(m_keys.at(i))->load(m_intents->preferences());
}

SettingsPage *SettingsDialog::page(const QString &key) const
{
    const int index = m_keys.indexOf(key);
    if (index < 0)
        return nullptr;
    return qobject_cast<SettingsPage *>(static_cast<QScrollArea *>(m_pages->widget(index))->widget());
}

bool SettingsDialog::showPage(const QString &key)
{
    const int index = m_keys.indexOf(key);
    if (index < 0)
        return false;
    m_categories->setCurrentRow(index);
    return true;
}

QString SettingsDialog::currentPage() const
{
    return m_keys.value(m_categories->currentRow());
}

QString SettingsDialog::errorText() const
{
    return m_error->text();
}

void SettingsDialog::showError(const Error &error)
{
    for (const QString &key : std::as_const(m_keys)) {
        if (page(key)->showError(error)) {
            showPage(key);
            return;
        }
    }
    m_error->setText(error.text());
    m_error->show();
}

bool SettingsDialog::apply()
{
    m_error->clear();
    m_error->hide();
    for (const QString &key : std::as_const(m_keys))
        page(key)->clearError();

    Preferences preferences = m_intents->preferences();
    for (const QString &key : std::as_const(m_keys))
        page(key)->store(preferences);
    const std::optional<User> profile = m_profile->editedProfile();
    // Checked before anything is written, so that an invalid value leaves everything as it was.
    if (Status valid = preferences.validate(); !valid) {
        showError(valid.error());
        return false;
    }
    if (profile) {
        if (Status valid = profile->validate(); !valid) {
            showError(valid.error());
            return false;
        }
    }
    if (preferences != m_intents->preferences() || profile) {
        if (Status saved = m_intents->save(preferences, profile); !saved) {
            showError(saved.error());
            return false;
        }
    }
    bool changed = false;
    for (const QString &key : std::as_const(m_keys)) {
        if (Status s = page(key)->applyLocal(&changed); !s) {
            showError(s.error());
            return false;
        }
    }
    if (changed)
        Q_EMIT localSettingsChanged();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace doo
