<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppContext</name>
    <message>
        <source>the user %1 is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationRepository</name>
    <message>
        <source>a %1 consultation cannot be scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 consultation cannot be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 consultation cannot be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>an earlier step of this change failed; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>no %1 with id %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>%1 already has %2 tasks; seed an empty database (db reset --yes) instead of mixing sample data in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>no active transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the change failed; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a notification links to at most one item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: director-of-one [--database URL] [--user EMAIL] [COMMAND ...]

Without a command the window opens (--view board|workflows|consultations|analytics|notifications|data).

Database:
  db migrate          create or upgrade the schema; creates the local profile on an empty database
  db status [--json]  backend, schema version and row counts
  db seed             load sample data for the current user
  db reset --yes      drop all data and recreate the schema

Tasks (ID: the full id or a unique prefix of at least 8 characters; every task command takes --json):
  task add TITLE [--priority LOW|MEDIUM|HIGH|URGENT] [--due YYYY-MM-DD] [--tag T]... [--description D]
                      add a task at the end of TODO; due by the end of that day, local time
  task list [--status S] [--priority P] [--tag T] [--search WORDS]
                      tasks in board order; --search matches every word as a prefix in title or description
  task move ID STATUS [--position N]
                      move to TODO, IN_PROGRESS, REVIEW, COMPLETED or CANCELLED; N = 1 is the top of the
                      column, without --position the task goes to the end
  task done ID        move to the end of COMPLETED
  task delete ID      delete the task and its history

Workflows (ID: the id, a unique prefix of at least 8 characters, or the exact name):
  workflow list [--json]             the workflows with their next run
  workflow add --file F.json         add a workflow from a workflow file (see the README)
  workflow update ID --file F.json   replace its definition
  workflow show ID [--json]          details; workflow export ID prints its file
  workflow run ID                    run it now (exit code 1 if the run failed)
  workflow dry-run ID                what a run now would do; writes nothing
  workflow enable ID | disable ID    switch it on or off
  workflow history ID [--json]       its last 100 runs
  scheduler [--once] [--at ISO-TIME] run due workflows until stopped (Ctrl+C), or one pass;
                      --at evaluates what is due at that time (implies --once)

Options:
  --database URL      sqlite:PATH or postgresql://user@host:port/dbname (default: $DIRECTOR_DATABASE,
                      else a SQLite file in the application data folder)
  --user EMAIL        act as this user (default: the local profile)
  --json              print JSON instead of text
  --help, --version

Exit codes: 0 success, 1 error, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed %n interrupted run(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo</name>
    <message>
        <source>is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the start of the range (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run (%1) was already claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of at least 0 (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow &quot;%1&quot; was changed elsewhere; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour %1 is out of range 0-23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute %1 is out of range 0-59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is out of range %3-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty entry in %1 list &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 step &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 step in &apos;%2&apos; must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 range &apos;%2&apos; goes backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag must have 1 to %1 characters (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag cannot contain a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of tags such as [&quot;finance&quot;] (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at most %1 tags (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the tag &apos;%1&apos; (tags are compared ignoring case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute path or start with ~/ (it is &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a status or an array of statuses, from %1 (it is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with at least one of %1 (it is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; is also in add_tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object such as {&quot;type&quot;:&quot;create_task&quot;,&quot;title&quot;:&quot;...&quot;} (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trigger of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event trigger for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (e.g. &quot;daily at 09:00&quot;, &quot;weekly on monday at 09:00&quot; or a cron expression &quot;0 9 * * 1-5&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must differ from &quot;from&quot; (both are %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ActionRunner</name>
    <message>
        <source>Wait for the approval; if approved, go on with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create task &quot;%1&quot; (%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags [%1] → [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change task &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the %1 report to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for your decision: complete the task to approve, cancel it to reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for approval with the task &quot;%1&quot; in Review, then wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::AnalyticsRepository</name>
    <message>
        <source>analytics day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::BoardWidget</name>
    <message>
        <source>&amp;New Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and descriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by a workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to set a work-in-progress limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set WIP limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIP limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most cards in %1 (0 = no limit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n task(s) — Undo brings them back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::ConsultationRepository</name>
    <message>
        <source>the booking number counter cannot be advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consultation with the booking id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consultation %1 was changed elsewhere; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid date and time is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::CreateTaskCommand</name>
    <message>
        <source>Create &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::DataView</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or revert your edits before switching tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator view of the raw tables. Edits skip the app&apos;s own checks and history; the database still refuses values its rules do not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::Database</name>
    <message>
        <source>connection %1 is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (journal mode is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy with another program; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read or write the database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user changed the same data at the same time; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the database server was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::DatabaseUrl</name>
    <message>
        <source>the database URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite: needs a file path, e.g. sqlite:/home/me/director.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL URI names no database, e.g. postgresql://me@localhost:5432/director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database URL &quot;%1&quot;: use sqlite:PATH or postgresql://user@host:port/dbname</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::DeleteTasksCommand</name>
    <message>
        <source>Delete %n task(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::EditTaskCommand</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ExecutionRepository</name>
    <message>
        <source>the run of &quot;%1&quot; due at %2 was claimed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow &quot;%1&quot; was handled elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: the program running it (%1) stopped before it finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run is not waiting for an approval (any more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::MainWindow</name>
    <message>
        <source>Director of One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automations that run on a local schedule, create tasks for you and record the time they saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample workflows with their run history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo and booking requests with booking numbers, scheduling and a history of every status change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample consultation requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of the hours automation gave back, tasks automated and your daily efficiency score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days of sample analytics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tasks, finished workflows and new requests, in the window and in the system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMING SOON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Director of One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database this window works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Data view has edits that are not saved. Discard them and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Director of One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Director of One %1&lt;/h3&gt;&lt;p&gt;A task board, workflows, consultations, analytics and notifications for a director who runs a department alone — in one window, on one database.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::Migrator</name>
    <message>
        <source>this database was written by a newer version of Director of One (schema version %1; this program knows up to %2). Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database schema is at version %1 and needs version %2: run `director-of-one db migrate`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 is missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 (%2) broke a reference in table %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::MoveTasksCommand</name>
    <message>
        <source>Move %n task(s) to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::NotificationRepository</name>
    <message>
        <source>notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::OnboardingDialog</name>
    <message>
        <source>Welcome to Director of One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us who you are. Your name and email mark your tasks, workflows and consultations in this database; company and department are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ReportWriter</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks created by workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reports need the graphical libraries; this program started without them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::Schedule</name>
    <message>
        <source>a schedule is required, e.g. &apos;daily at 09:00&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;hourly&apos; or &apos;hourly at :MM&apos;, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minute %1 is out of range 0-59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown day &apos;%1&apos; (use monday..sunday or mon..sun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a day of the month 1-31, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 is out of range 1-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron needs 5 fields, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown schedule &apos;%1&apos;: expected &apos;hourly&apos;, &apos;daily at HH:MM&apos;, &apos;weekly on DAY at HH:MM&apos;, &apos;monthly on N at HH:MM&apos; or a 5-field cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour at :%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2 (last day in shorter months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::TaskCardDelegate</name>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs to be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. finance, q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field name, then what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::TaskRepository</name>
    <message>
        <source>no user with the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task &quot;%1&quot; was changed elsewhere; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks of different users cannot be moved together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::Template</name>
    <message>
        <source>unmatched &apos;}&apos; at %1 (write }} for a literal brace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; at %1 (write {{ for a literal brace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; at %1: another &apos;{&apos; follows at %2 before any &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty placeholder &apos;{}&apos; at %1 (write {{}} for literal braces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placeholder {%1} needs a task event trigger (task.created, task.status_changed or task.due_soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placeholder {%1} needs a consultation event trigger (consultation.created, .scheduled, .completed or .cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; available here: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::TriggerSpec</name>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a task is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a task moves from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a task moves to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a task moves out of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a task changes status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a task is due within 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a task is due within %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a consultation is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a consultation is scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a consultation is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a consultation is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::UserRepository</name>
    <message>
        <source>no such user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an administrator can add users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an administrator can change a role or deactivate a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this profile was changed elsewhere; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user with the email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no local profile yet: run `director-of-one db migrate` or start the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has users but no local profile: pass --user EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::Validation</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 bytes of JSON (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2 (it is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 tags (there are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; contains a comma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::WorkflowDefinition</name>
    <message>
        <source>must be a JSON object such as {&quot;type&quot;:&quot;manual&quot;} (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON array of actions (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::WorkflowEngine</name>
    <message>
        <source>%1 task(s) created, %2 changed; %3 min saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run is not waiting for an approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: the approval task was cancelled or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::WorkflowFile</name>
    <message>
        <source>a workflow file must be a JSON object with the keys %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workflow file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of minutes from 0 to %1 (it is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and %1 (it is %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::WorkflowRepository</name>
    <message>
        <source>workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run (scheduled for %1) was already recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::WorkflowScheduler</name>
    <message>
        <source>Workflow &quot;%1&quot; was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (failed %2 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is due %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::cli</name>
    <message>
        <source>Applied %1 migration(s); schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current user: %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema needs an upgrade: run `director-of-one db migrate`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Director of One.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded for %1: %2 tasks, %3 workflows, %4 executions, %5 days of analytics, %6 consultations, %7 notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db reset deletes every row of the database; add --yes to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was reset to schema version %1; local profile %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: director-of-one db migrate|status|seed|reset --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown db command &quot;%1&quot;: use migrate, status, seed or reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled %1; %2 task(s) created; %3 min saved; try %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler: unknown option %1
usage: director-of-one scheduler [--once] [--at ISO-TIME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; use ISO 8601, e.g. 2026-11-30T09:00 (local) or 2026-11-30T08:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler running for %1 (next run %2); stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (quote a text that has spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short; give the id or at least its first %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task with an id starting with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one task; give more characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is already completed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved task %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least 1 (1 is the top of the column), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task needs a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: use add, list, move, done or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: director-of-one %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workflow with the id or name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one workflow; give more of the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the workflow file with --file F.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 task(s), %2 min saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added workflow %1: %2 (%3; next run %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated workflow %1: %2 (%3; next run %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow %1
  name:      %2
  type:      %3
  trigger:   %4
  active:    %5
  next run:  %6
  last run:  %7
  saves:     %8 min per run
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run of &quot;%1&quot; now would (nothing is written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled workflow %1 (next run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow needs a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown workflow command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: use list, add, update, show, export, run, dry-run, enable, disable or history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::wfdef</name>
    <message>
        <source>is required: an array of 1 to %1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON array of actions (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain at least one action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain at most %1 actions (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: a JSON object such as {&quot;type&quot;:&quot;manual&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::wfjson</name>
    <message>
        <source>is too large: at most %1 bytes of JSON (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is nested too deeply: at most %1 levels of arrays and objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; %1 takes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: an integer from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer from %1 to %2 (it is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2 (it is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: it cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1 (it is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1 (it is &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no view &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; waits for your approval (a task in Review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; ran: %2 task(s) created, %3 min saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow scheduler: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
