#pragma once

#include "domain/User.h"
#include "domain/Workflow.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace doo {

class Database;

// Runs of one workflow or of all the user's workflows, newest first: workflow, status,
// scheduled and actual start, duration, tasks created, minutes saved, error.
class ExecutionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WorkflowName, Status, Scheduled, Started, Duration, TasksCreated, MinutesSaved, ErrorText, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole, // the ExecutionStatus name ("SUCCESS")
        SortRole,
        WorkflowIdRole,
    };

    ExecutionListModel(Database &db, UserContext ctx, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The newest runs (at most kLimit) of one workflow (an empty id: every workflow of the user)
    // with a status ("" any; an ExecutionStatus name), through ExecutionRepository::executions().
    bool load(const QString &workflowId, const QString &status = QString());
    bool reload() { return load(m_workflowId, m_status); }
    // The zone times are shown in: the user's; the computer's until set.
    void setTimeZone(const QTimeZone &zone);
    const QTimeZone &timeZone() const { return m_zone; }
    QString workflowId() const { return m_workflowId; }
    QString status() const { return m_status; }
    const WorkflowExecution &execution(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const;

    // "12 s", "3 min 4 s", "1 h 2 min"; "—" when not finished.
    static QString durationText(const WorkflowExecution &e);
    // The colour a run's status is written in (failed red, succeeded green, undone grey; none for
    // the rest), here and in the Workflows table's last-run column.
    static QVariant statusColour(ExecutionStatus status, bool undone);

    static constexpr int kLimit = 500;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    QVariant display(const WorkflowExecution &e, int column) const;

    Database &m_db;
    UserContext m_ctx;
    QString m_workflowId;
    QString m_status;
    QList<WorkflowExecution> m_rows;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace doo
