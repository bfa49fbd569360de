#pragma once

#include <QString>

namespace doo {

// What the figures count (dashboard, analytics, workflow statistics): the working tables and their
// archives (migration 011, filled by HousekeepingRepository) read as one, so that archiving old
// runs and histories changes no figure. Each is a FROM item: "FROM " + allExecutions() + " e".
// Lists of runs and a task's or consultation's history read the working tables only.
struct ArchiveTables
{
    static QString allExecutions()
    {
        return QStringLiteral("(SELECT id, workflow_id, status, started_at, finished_at, minutes_saved, tasks_created, "
                              "undone_at FROM workflow_execution UNION ALL SELECT id, workflow_id, status, started_at, "
                              "finished_at, minutes_saved, tasks_created, undone_at FROM workflow_execution_archive)");
    }
    // The one definition of the time a run saved, for SUM over allExecutions() aliased `e`: a
    // successful run that was not undone saved its minutes_saved; it counts on its owner's calendar
    // day of started_at. The engine's and the sample data's daily analytics rows follow the same rule.
    static QString savedMinutes()
    {
        return QStringLiteral("CASE WHEN e.status = 'SUCCESS' AND e.undone_at IS NULL THEN e.minutes_saved ELSE 0 END");
    }
    static QString allTaskHistory()
    {
        return QStringLiteral("(SELECT task_id, from_status, to_status, changed_at FROM task_history UNION ALL "
                              "SELECT task_id, from_status, to_status, changed_at FROM task_history_archive)");
    }
    static QString allConsultationHistory()
    {
        return QStringLiteral("(SELECT consultation_id, from_status, to_status, changed_at FROM consultation_history "
                              "UNION ALL SELECT consultation_id, from_status, to_status, changed_at "
                              "FROM consultation_history_archive)");
    }
};

} // namespace doo
