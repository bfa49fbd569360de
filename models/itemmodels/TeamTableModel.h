#pragma once

#include "repositories/TeamRepository.h"

#include <QAbstractTableModel>

namespace doo {

// One person of the team as the Team page lists them: the app user, their login and whether it
// can sign in.
using TeamMember = TeamRepository::Member;

// The team of a PostgreSQL database, one row per person: email, name, role (by its translated
// name), login and whether they are active. Read-only; TeamIntents fills it and changes the
// people. A disabled person's row is greyed out.
class TeamTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EmailColumn, NameColumn, RoleColumn, LoginColumn, ActiveColumn, ColumnCount };
    // The row's email, the key the intents take (DisplayRole of EmailColumn shows the same).
    static constexpr int EmailRole = Qt::UserRole;

    explicit TeamTableModel(QObject *parent = nullptr);

    // Replaces every row (one model reset).
    void setMembers(const QList<TeamMember> &members);
    const QList<TeamMember> &members() const { return m_members; }
    // The row of the person with this email (any case); -1 when not listed.
    int rowOf(const QString &email) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TeamMember> m_members;
};

} // namespace doo
