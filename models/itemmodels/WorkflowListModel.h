#pragma once

#include "domain/User.h"
#include "domain/Workflow.h"
#include "repositories/WorkflowOverviewRepository.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace doo {

class Database;

// The current user's workflows, one row each, with the figures of their runs. The Active column
// is checkable: checking it switches the workflow on or off through WorkflowRepository.
class WorkflowListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Frequency, Active, NextRun, LastStatus, SuccessRate, HoursSaved, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, // a value that sorts right (numbers, times, lower-case text)
        TypeRole, // the WorkflowType as int
        ActiveRole, // bool
        LastStatusRole, // the ExecutionStatus name, "" before the first run
    };

    WorkflowListModel(Database &db, UserContext ctx, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The zone times are shown in: the user's (schedules are read in it); the computer's until set.
    void setTimeZone(const QTimeZone &zone);
    // Reads the workflows and their figures again (keeps rows whose data did not change).
    bool reload();
    // True when the workflows or their runs changed since the last reload (a cheap check).
    bool isStale();
    const Workflow &workflow(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const;
    WorkflowRunSummary summary(const QString &id) const { return m_summaries.value(id); }

    // The trigger in words in the user's language ("Every Monday at 09:00"); the stored frequency
    // (in the language of whoever saved the workflow) only when the trigger does not parse.
    static QString frequencyText(const Workflow &w);

Q_SIGNALS:
    void errorOccurred(const QString &message);
    // A workflow was switched on or off here.
    void workflowChanged(const QString &id);

private:
    QVariant display(const Workflow &w, int column) const;
    QVariant sortKey(const Workflow &w, int column) const;

    Database &m_db;
    UserContext m_ctx;
    QList<Workflow> m_rows;
    QHash<QString, WorkflowRunSummary> m_summaries;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_mark; // WorkflowOverviewRepository::changeMark() at the last reload
};

} // namespace doo
