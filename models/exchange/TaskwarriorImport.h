#pragma once

#include "exchange/ImportPlan.h"

#include <QCoreApplication>

namespace doo {

// Reads the JSON that Taskwarrior's `task export` writes (an array of objects, or one object per
// line as older versions write) into an ImportPlan of tasks:
//   description -> title; annotations -> description ("YYYY-MM-DD: text" per line)
//   status pending|waiting -> TODO, completed -> COMPLETED, deleted -> CANCELLED; the template
//     of a recurring task (status recurring) is left out: its occurrences are tasks of their own
//   priority H|M|L -> HIGH|MEDIUM|LOW (none: MEDIUM); due -> due date
//   tags -> tags, project -> one more tag; entry -> created, modified -> updated, end -> completed
// Each task remembers its Taskwarrior uuid ("taskwarrior:<uuid>" in task.external_ref), so a
// second import of the same export creates no duplicates. Line numbers are the export's lines.
class TaskwarriorImport
{
    Q_DECLARE_TR_FUNCTIONS(TaskwarriorImport)

public:
    TaskwarriorImport(Database &db, UserContext ctx);

    Result<ImportPlan> plan(const QByteArray &bytes);

private:
    Database &m_db;
    UserContext m_ctx;
};

} // namespace doo
