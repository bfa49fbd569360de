#include "BoardSettingsPage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace doo {

BoardSettingsPage::BoardSettingsPage(QWidget *parent) : SettingsPage(tr("Board"), QStringLiteral("view-list-details"), parent)
{
    auto *box = new QGroupBox(tr("Work-in-progress limits"), this);
    auto *form = new QFormLayout(box);
    for (TaskStatus status : kBoardColumns) {
        auto *limit = new QSpinBox(box);
        limit->setObjectName(QStringLiteral("wipLimit_") + toString(status));
        limit->setRange(0, 9999);
        limit->setSpecialValueText(tr("No limit"));
        form->addRow(tr("%1:").arg(displayName(status)), limit);
        m_limits[std::size_t(boardColumn(status))] = limit;
        addField(QStringLiteral("wip_limit.") + toString(status), displayName(status), limit);
    }
    form->addRow(QString(),
                 note(tr("A column holding more cards than its limit turns red. The limits are kept with "
                         "your profile in this database; you can also set one by right-clicking a "
                         "column's heading.")));
    content()->addWidget(box);
}

void BoardSettingsPage::load(const Preferences &preferences)
{
    for (TaskStatus status : kBoardColumns)
        m_limits[std::size_t(boardColumn(status))]->setValue(preferences.wipLimit(status));
}

void BoardSettingsPage::store(Preferences &preferences) const
{
    for (TaskStatus status : kBoardColumns)
        preferences.setWipLimit(status, m_limits[std::size_t(boardColumn(status))]->value());
}

} // namespace doo
