#include "DatabaseSettingsPage.h"

#include "itemmodels/LocalSettings.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace doo {

DatabaseSettingsPage::DatabaseSettingsPage(const DatabaseUrl &connection, QWidget *parent)
    : SettingsPage(tr("Database"), QStringLiteral("network-server-database"), parent)
{
    auto *current = new QGroupBox(tr("Connection"), this);
    auto *form = new QFormLayout(current);
    const auto value = [current](const QString &text, const char *name) {
        auto *label = new QLabel(text, current);
        label->setObjectName(QString::fromLatin1(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    if (connection.type == DbType::SQLite) {
        form->addRow(tr("Kind:"), value(tr("SQLite file on this computer"), "connectionKind"));
        form->addRow(tr("File:"), value(QDir::toNativeSeparators(connection.path), "connectionFile"));
    } else {
        form->addRow(tr("Kind:"), value(tr("PostgreSQL server"), "connectionKind"));
        const QString host = connection.host.isEmpty() ? tr("local socket") : connection.host;
        form->addRow(
            tr("Server:"),
            value(connection.port > 0 ? QStringLiteral("%1:%2").arg(host).arg(connection.port) : host, "connectionServer"));
        form->addRow(tr("Database:"), value(connection.database, "connectionDatabase"));
        form->addRow(tr("Login:"), value(connection.user, "connectionLogin"));
    }
    auto *connect = new QPushButton(tr("C&onnect…"), current);
    connect->setObjectName(QStringLiteral("connectButton"));
    connect->setToolTip(tr("Saves these settings, closes them and opens the connection dialog"));
    QObject::connect(connect, &QPushButton::clicked, this, &DatabaseSettingsPage::connectRequested);
    form->addRow(QString(), connect);
    content()->addWidget(current);

    auto *backups = new QGroupBox(tr("Backups"), this);
    auto *backupLayout = new QVBoxLayout(backups);
    auto *buttons = new QHBoxLayout;
    auto *backUp = new QPushButton(tr("&Back up now…"), backups);
    backUp->setObjectName(QStringLiteral("backUpButton"));
    auto *restore = new QPushButton(tr("&Restore…"), backups);
    restore->setObjectName(QStringLiteral("restoreButton"));
    QObject::connect(backUp, &QPushButton::clicked, this, &DatabaseSettingsPage::backUpRequested);
    QObject::connect(restore, &QPushButton::clicked, this, &DatabaseSettingsPage::restoreRequested);
    buttons->addWidget(backUp);
    buttons->addWidget(restore);
    buttons->addStretch(1);
    backupLayout->addLayout(buttons);
    auto *keptForm = new QFormLayout;
    m_backupsKept = new QSpinBox(backups);
    m_backupsKept->setObjectName(QStringLiteral("backupsKept"));
    m_backupsKept->setRange(1, 100);
    keptForm->addRow(tr("Automatic backups &kept:"), m_backupsKept);
    backupLayout->addLayout(keptForm);
    backupLayout->addWidget(note(tr("Kept on this computer, in the program's data folder; the oldest beyond this number "
                                    "are deleted.")));
    content()->addWidget(backups);
}

void DatabaseSettingsPage::load(const Preferences &preferences)
{
    Q_UNUSED(preferences)
    m_backupsKept->setValue(LocalSettings::backupsKept());
}

Status DatabaseSettingsPage::applyLocal(bool *changed)
{
    if (m_backupsKept->value() != LocalSettings::backupsKept()) {
        LocalSettings::setBackupsKept(m_backupsKept->value());
        *changed = true;
    }
    return {};
}

} // namespace doo
