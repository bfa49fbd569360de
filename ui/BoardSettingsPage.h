#pragma once

#include "SettingsPage.h"

#include <array>

class QSpinBox;

namespace doo {

// Board: the work-in-progress limit of each column — the user's, in the database, so that a
// limit set on one database's board does not mark another's.
class BoardSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit BoardSettingsPage(QWidget *parent = nullptr);

    void load(const Preferences &preferences) override;
    void store(Preferences &preferences) const override;

private:
    std::array<QSpinBox *, kTaskStatusCount> m_limits{};
};

} // namespace doo
