#pragma once

#include "exchange/ImportPlan.h"

#include <QCoreApplication>
#include <QSet>

class QJsonValue;

namespace doo {

class PendingRows;

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

    // Reads the input as it streams by (see ImportPlan), handing each new task to `sink` if any.
    Result<ImportPlan> read(QIODevice &input, ImportSink *sink, const Import::Progress &progress);
    // The plan of an export held in memory, nothing handed on (tests, small files).
    Result<ImportPlan> plan(const QByteArray &bytes);

private:
    // Checks one task of the export (the value that starts on `line`) and asks whether its uuid
    // was imported before (PendingRows).
    void planTask(PendingRows &pending, const QStringList &header, int line, const QJsonValue &value);

    Database &m_db;
    UserContext m_ctx;
    QSet<QByteArray> m_seen; // uuids met earlier in the file (as decided, in file order)
};

} // namespace doo
