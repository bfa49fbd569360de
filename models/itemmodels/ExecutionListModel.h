#pragma once

#include "domain/User.h"
#include "domain/Workflow.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace doo {

class Database;

// One thing a run did, as the runs' detail lists it: the effect's kind ("create_task",
// "update_task", "notify", …), its text in the board's words and the task it is about (none for
// notifications, files and runs recorded before effects named their task).
struct RunEffect
{
    QString kind;
    QString text;
    QString taskId;
};

// Runs of one workflow or of all the user's workflows, newest first: workflow, status,
// scheduled and actual start, duration, tasks created and changed, minutes saved, error.
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

    // The tasks a run created and changed (the Tasks column).
    static int tasksTouched(const WorkflowExecution &e);
    // What a run did, from its output; stored names of statuses and priorities ("REVIEW → TODO",
    // written by runs before the human names) in the board's words ("Review → To do").
    static QList<RunEffect> effects(const WorkflowExecution &e);
    // The first task a run created or changed (none: empty), the one a double-click opens.
    static QString firstTask(const WorkflowExecution &e);

    // "12 s", "3 min 4 s", "1 h 2 min"; "—" when not finished.
    static QString durationText(const WorkflowExecution &e);
    // The colour a run's status is written in (failed red, succeeded green, undone grey; none for
    // the rest), here and in the Workflows table's last-run column.
    static QVariant statusColour(ExecutionStatus status, bool undone);

    static constexpr int kLimit = 500;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    QVariant display(int row, int column) const;

    Database &m_db;
    UserContext m_ctx;
    QString m_workflowId;
    QString m_status;
    QList<WorkflowExecution> m_rows;
    QList<int> m_touched; // tasksTouched() of each row
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace doo
