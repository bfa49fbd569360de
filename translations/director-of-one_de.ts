<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionRunner</name>
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
    <message>
        <source>this scheduler writes files only below %1, not to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsRepository</name>
    <message>
        <source>is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the start of the range (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analytics day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>the user %1 is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login %1 is not linked to an active user of this database; ask the owner or an administrator to run `director-of-one team add-user`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user is for administrators: the login %1 is %2&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>this run is not waiting for an approval (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval task of this run was deleted: the run can only be rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval task was cancelled: the run is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval task was completed: the run is approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Director of One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
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
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before --from (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics %1 to %2 (%3 days), compared with %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric: unknown value &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket: unknown value &quot;%1&quot; (use day, week, month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analytics needs a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown analytics command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: use summary or series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analytics series: --metric is required (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: director-of-one analytics summary [--from D] [--to D] [--json]
       director-of-one analytics series --metric M [--bucket day|week|month] [--from D] [--to D] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export report: --pdf FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: director-of-one export report --pdf FILE [--from D] [--to D]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report for %1 to %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: use %1</source>
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
        <source>usage: director-of-one %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consultation &quot;%1&quot; (give its booking id, e.g. DO-2026-000123, or its id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; use YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 overlaps %2 (%3) at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created consultation %1: %2 &lt;%3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOOKING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Requests:           %1 (%2 pending, %3 scheduled, %4 completed, %5 cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion rate:    %1 of the closed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show rate:       %1 of the meetings that came due (%2 no-shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to meeting:    %1 on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per week (last %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation add: %1 is required
usage: director-of-one %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation cancel: --reason is required
usage: director-of-one %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled %1 (%2) for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1 (%2) as a no-show</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>--kind is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (tasks or consultations)
usage: director-of-one %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already there</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing (looked in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the window module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled %1; %2 task(s) created; %3 min saved; try %4</source>
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
        <source>unknown value &quot;%1&quot; (use %2)</source>
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
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>%1 &lt;%2&gt;
  role:        %3
  company:     %4
  department:  %5
  time zone:   %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user needs show or set
usage: director-of-one %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: unexpected argument &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: unknown option %2
usage: director-of-one %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1: unknown option %2</source>
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
        <source>on </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Workflow %1 is at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>VERSION must be a version number (as workflow versions lists them), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored version %1 of workflow %2: it is now version %3 (%4; next run %5)</source>
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
        <source>: use list, add, update, show, export, run, dry-run, enable, disable, history, versions, restore, runs, undo-run, approve or reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short; give the run&apos;s id or at least its first %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workflow run with an id starting with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one run; give more characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: use RUNNING, WAITING, SUCCESS, FAILED or CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing run %1 of &quot;%2&quot; (%3) would:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change no task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take %1 min saved and its tasks back out of the analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was undone: pass --yes to undo the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo? [y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid run %1 of &quot;%2&quot;: %3 task(s) deleted, %4 put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 task(s), %2 min saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved; the run of &quot;%1&quot; went on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected; the run of &quot;%1&quot; stopped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the drawing module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: director-of-one [--database URL] [--user EMAIL] [COMMAND ...]

Without a command the window opens (--view board|workflows|consultations|analytics|notifications|data).

Database:
  db migrate          create or upgrade the schema; creates the local profile on an empty database
  db status [--json]  backend, schema version and row counts
  db seed             load sample data for the current user
  db reset --yes      drop all data and recreate the schema (PostgreSQL: the database owner&apos;s login only)

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

Profile:
  user show [--json]  the current user&apos;s profile
  user set [--name N] [--company C] [--department D] [--time-zone ZONE]
                      change it; ZONE is an IANA name (Europe/Berlin) for schedules, empty for the
                      computer&apos;s zone

Team (a PostgreSQL database; the owner&apos;s or an ADMIN&apos;s login):
  team add-user EMAIL --name N --role ADMIN|DIRECTOR|MANAGER|USER --login L
                      create the login L and its user; the password is asked twice on a terminal,
                      else read from the first line of standard input (never an argument)
  team list [--json]  the users with their logins
  team set-role EMAIL ROLE             change the role (and the login&apos;s group role)
  team disable EMAIL  deactivate the user; the login can no longer sign in

Workflows (ID: the id, a unique prefix of at least 8 characters, or the exact name):
  workflow list [--json]             the workflows with their next run
  workflow add --file F.json         add a workflow from a workflow file (see the README)
  workflow update ID --file F.json   replace its definition
  workflow show ID [--json]          details; workflow export ID prints its file
  workflow run ID                    run it now (exit code 1 if the run failed)
  workflow dry-run ID                what a run now would do; writes nothing
  workflow enable ID | disable ID    switch it on or off
  workflow history ID [--json]       its last 100 runs
  workflow versions ID [--json]      the definitions its saved changes replaced, newest first
  workflow restore ID VERSION        save that earlier definition as a new change
  workflow runs [--status S] [--json]
                      the last 100 runs of all workflows (S: RUNNING, WAITING, SUCCESS, FAILED, CANCELLED)
  workflow undo-run EXECUTION_ID [--yes]
                      delete the tasks the run created, put the tasks it changed back and take its time
                      saved back; shows what it would do and asks first unless --yes
  workflow approve EXECUTION_ID | reject EXECUTION_ID
                      decide a run waiting for an approval; the run goes on (or stops) at once
                      (EXECUTION_ID: the run&apos;s id or a unique prefix of at least 8 characters)
  scheduler [--once] [--at ISO-TIME] run due workflows until stopped (Ctrl+C), or one pass;
                      --at evaluates what is due at that time (implies --once); runs the signed-in
                      user&apos;s own workflows
  scheduler --team --files DIR [--once] [--at ISO-TIME]
                      PostgreSQL, a login in doo_scheduler: every member&apos;s workflows, each in its
                      owner&apos;s scope; report and export files only below DIR

Consultations (ID: the booking id, e.g. DO-2026-000123, or the id; WHEN: YYYY-MM-DDTHH:MM local time):
  consultation add --name N --email E [--company C] [--department D] [--challenges T]
  consultation list [--status PENDING|SCHEDULED|COMPLETED|CANCELLED] [--json]
  consultation schedule ID WHEN      schedule a pending request (warns when it overlaps another)
  consultation reschedule ID WHEN    move a scheduled one
  consultation complete ID [--notes T] | cancel ID --reason R | no-show ID
  consultation stats [--json]        counts, rates and requests per week

Exchange (FILE - is the standard input or output):
  import csv FILE --kind tasks|consultations [--skip-invalid]
                      a file with a bad row is refused whole unless --skip-invalid; rows already
                      imported are left alone
  import taskwarrior FILE [--skip-invalid]   tasks from Taskwarrior&apos;s `task export`
  export csv FILE --kind tasks|consultations
  export ics FILE     scheduled consultations and tasks with a due date, for calendar programs

Analytics (D: YYYY-MM-DD, the user&apos;s calendar days; default the last 30 days up to today):
  analytics summary [--from D] [--to D] [--json]
                      hours saved, tasks automated, efficiency score, active workflows, tasks and
                      consultations completed, each with the previous range of the same length
  analytics series --metric hoursSaved|tasksAutomated|efficiencyScore|activeWorkflows
                   [--bucket day|week|month] [--from D] [--to D] [--json]
                      one figure per day, ISO week or month (default: chosen from the range)
  export report --pdf FILE [--from D] [--to D]
                      the dashboard as a PDF: summary, charts, top workflows

Options:
  --database URL      sqlite:PATH or postgresql://user@host:port/dbname (default: $DIRECTOR_DATABASE,
                      else a SQLite file in the application data folder)
  --user EMAIL        act as this user (default: the local profile; on PostgreSQL you are your login&apos;s
                      user, and only an ADMIN may view another user&apos;s data with --user)
  --json              print JSON instead of text
  --help, --version

Exit codes: 0 success, 1 error, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler --team needs a PostgreSQL team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler: unknown option %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler: --team goes with --files DIR (and without --user)
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team (login %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is read from the first line of standard input, which is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the login %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use ADMIN, DIRECTOR, MANAGER or USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: director-of-one team add-user EMAIL --name N --role R --login L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; (%3) with the login %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team needs add-user, list, set-role or disable
usage: director-of-one %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1: unknown option %2
usage: director-of-one %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1: unknown option %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team commands need a PostgreSQL team database (this one is an SQLite file with one user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled; the login can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>your system login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 on %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for the login %1 (or there is no such login: the server does not say which).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for the password of the login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no database named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no login named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1: it is not running, or the host name or port is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 accepts this login only over an encrypted connection: choose the SSL mode &quot;require&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection, but the SSL mode requires one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
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
    <message>
        <source>a %1 consultation cannot be scheduled again; reschedule it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 consultation cannot be rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 consultation cannot be a no-show</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>moved from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consultation starts at %1; it can be a no-show only once it has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateTaskCommand</name>
    <message>
        <source>Create &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the quoted field that starts on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote (a quote inside a field is written twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one (quote the whole field and write the quote twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 text at line %1, character %2 (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; the first line must name the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column (the columns are %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consultation with the booking id %1 (import the consultations first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id is at most 36 letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats an earlier row of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id belongs to a task of another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (use true, false, 1, 0, yes or no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SCHEDULED consultation needs its date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CANCELLED consultation needs its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a CANCELLED consultation can be a no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a booking id is at most 32 letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the booking id belongs to a consultation of another user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardQueries</name>
    <message>
        <source>is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the start of the range (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1 to %2 · %3 · generated %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
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
        <source>Hours saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflow ran in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
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
    <message>
        <source>a change is still in progress; reconnecting later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a statement is still in use; reconnecting later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reconnect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>the database URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite: needs a file path, e.g. sqlite:/home/me/director.db</source>
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
    <message>
        <source>not a valid PostgreSQL URI %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteTasksCommand</name>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteWorkflowCommand</name>
    <message>
        <source>Delete workflow &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditTaskCommand</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionRepository</name>
    <message>
        <source>this run (%1) was already claimed</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>GuiStart</name>
    <message>
        <source>Cannot open the database</source>
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
    <message>
        <source>The profile was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be imported; nothing was written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be imported; nothing was written (--skip-invalid imports the others):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>&quot;%1&quot; is not a date and time (use YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
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
    <message>
        <source>only the owner of the database can reset it; sign in with the owner&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveTasksCommand</name>
    <message numerus="yes">
        <source>Move %n task(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationRepository</name>
    <message>
        <source>notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferenceRepository</name>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>must be between 0 and %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a day of the week (1 = Monday … 7 = Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a start and an end time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start and the end are the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 (no limit) and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored value cannot be read</source>
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
    <message>
        <source>the connection to the database server is lost; reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
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
    <name>Repository</name>
    <message>
        <source>no %1 with id %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunUndo</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run was already undone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run is still running; undo it once it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run waits for an approval; approve or reject it first, then undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run %1 without changing any task: there is nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(changed since the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 that the run created was deleted since; nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; was deleted since the run; it stays deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; is already as it was before the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put task &quot;%1&quot; back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run was undone or changed elsewhere; reload and try again</source>
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
    <name>Seeder</name>
    <message>
        <source>%1 already has %2 tasks; seed an empty database (db reset --yes) instead of mixing sample data in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
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
    <name>TaskwarriorImport</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template of a recurring task: its occurrences are imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (pending, waiting, completed, deleted, recurring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot; (H, M or L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Taskwarrior time (YYYYMMDDTHHMMSSZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every task needs its uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>a login is 1 to 63 lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter (and not with pg_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has no logins yet: run `director-of-one db migrate`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the owner of the database or an administrator can manage the team (signed in as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team scheduler runs under a login in the group role doo_scheduler; %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or the login %2 is already used by another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user with the email %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Template</name>
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
    <name>Transaction</name>
    <message>
        <source>no active transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the change failed; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the database server was lost; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the database server was lost while the change was being saved; it may or may not have been saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Berlin, or leave it empty for the computer&apos;s zone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>%1 is already used by another user</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>Validation</name>
    <message>
        <source>is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a notification links to at most one item</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>WorkflowDefinition</name>
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
    <message>
        <source>is required: a JSON object such as {&quot;type&quot;:&quot;manual&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>must be a JSON object such as {&quot;type&quot;:&quot;manual&quot;} (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>WorkflowEngine</name>
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
    <name>WorkflowRepository</name>
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
        <source>workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow has no saved version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run (scheduled for %1) was already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow belongs to another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workflow with this id exists again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteRetry</name>
    <message>
        <source>the consultation request from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduling the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rescheduling the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completing the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking the consultation as no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the linked task &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>moving %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>putting %n task(s) back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the new task &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>deleting %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restoring %n task(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the new person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. The connection to the database server was lost (%2); the window reconnects by itself, then do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perhaps not saved: %1. The connection to the database server was lost while it was being saved; look whether it is there once the status bar shows Connected again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ActionForm</name>
    <message>
        <source>Add an action, or choose one in the list to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workflow.name} ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve {workflow.name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
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
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by a workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a task in Review; the rest of the workflow runs once you approve it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ActionListEditor</name>
    <message>
        <source>Actions run from top to bottom; drag them to change the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ActionListModel</name>
    <message>
        <source>Create task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::AddPersonDialog</name>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. jsmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL login this person signs in with: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is sent to the database server, which keeps only its hash; the program stores it nowhere. Give it to the person in a safe way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::AnalyticsPage</name>
    <message>
        <source>Consultations done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: days up to a month, weeks up to a year, months beyond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many days for one chart: showing weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many weeks for one chart: showing months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing to show from %1 to %2&lt;/h3&gt;&lt;p&gt;Workflows record the time they save as they run, and finished tasks and consultations appear here too.&lt;br&gt;Choose a longer range, or load sample data with &lt;b&gt;director-of-one db seed&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the series to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
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
    <name>doo::ConflictDialog</name>
    <message>
        <source>Changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing it. Their changes to fields you did not edit are kept; you both changed these fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your values for these fields, with your other changes and theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take their values for these fields; your other changes stay in the form, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to your edit, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was changed again meanwhile; the table now shows the newest version. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such file yet: Connect creates a new database there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a recent connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password from this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a saved password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password saved in the system keychain for this login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The password is asked once and kept in memory only, until the program quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not saved in the keychain (%1); it is kept in memory until the program quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ConsultationActionDialog</name>
    <message>
        <source>Schedule consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When do you meet %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the meeting with %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the meeting with %1 go? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the request of %1 cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ConsultationDetailPane</name>
    <message>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consultation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request in the table to see its details, history and tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no-show)</source>
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
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received → </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ConsultationDialog</name>
    <message>
        <source>New consultation request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, e.g. name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What takes too much of their time?</source>
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
        <source>C&amp;hallenges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit consultation request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this consultation request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing their values for the fields you both changed, with your other changes; not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the request was changed elsewhere. Save again to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ConsultationStatsPanel</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
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
    <message>
        <source>Completion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ConsultationTableModel</name>
    <message>
        <source>Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no-show)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ConsultationsWidget</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search booking, name, email, company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import / Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import consultations (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import tasks (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export consultations (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tasks (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task on the board, linked to this consultation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1; %2 already there; %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the calendar to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::DashboardCharts</name>
    <message>
        <source>Hours saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency score (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours saved per workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task flow per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 h saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 active workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 h saved in %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · average lead time %2, cycle time %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task flow per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::DashboardModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
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
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this dashboard shows given data and reads no database</source>
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
    <name>doo::DryRunPanel</name>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a run would do now. Nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot plan a run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run now would change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A run now would do %n thing(s); nothing is written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::EditConflict</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes a run saves</comment>
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
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved elsewhere (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ExecutionListModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 already there, %3 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the invalid rows and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no session bus to reach a keychain through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain holds no password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not delete the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is not available: %1</source>
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
        <source>Data</source>
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
    <message>
        <source>W&amp;orkflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is not on the board any more, or not among the cards loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation is not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::MemorySecretStore</name>
    <message>
        <source>no keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password stored for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::NotificationListModel</name>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::NotificationsView</name>
    <message>
        <source>All notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications yet. Due tasks, finished workflow runs, approvals and new requests will show here and in the system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n notification(s) read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>doo::StartupScreen</name>
    <message>
        <source>Director of One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The database cannot be opened&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;local database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::SummaryCard</name>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change against the range of the same length just before, which had %1</source>
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
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing their values for the fields you both changed, with your other changes; not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the task was changed elsewhere. Save again to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::TeamIntents</name>
    <message>
        <source>choose a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a password for the new login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; type the same password in both fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team lives on a PostgreSQL database; an SQLite file has one user and no logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login %1 may not create or change logins (it lacks CREATEROLE): the database owner must do this, or give your login that right with ALTER ROLE %1 CREATEROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cannot take away your own administrator role here; another administrator or the database owner can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cannot disable yourself here; another administrator or the database owner can</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::TeamPage</name>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone signs in to this database with their own login. Adding a person creates their login; an administrator&apos;s login is in the group that sees everyone&apos;s data. Disabling keeps the person&apos;s data and stops the login from signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3; they sign in with their own login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1 &lt;%2&gt;? Their login can no longer sign in; their data stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not disabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled; the login can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::TeamTableModel</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user has no PostgreSQL login and cannot sign in to the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::TrayNotifier</name>
    <message numerus="yes">
        <source>Director of One: %n unread notification(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Director of One</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::TriggerEditor</name>
    <message>
        <source>A task is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task changes status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task is due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consultation is requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consultation is scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consultation is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consultation is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When something happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when started by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow runs only when you choose Run now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month without this day runs on its last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute, hour, day of month, month, day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run once to catch up after the program was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 5 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::WorkflowEditorDialog</name>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly status report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of work one run saves you (for the analytics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same workflow as a workflow file (see README, “Workflow files”). Edits here update the form as soon as they are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workflow — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid workflow file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing their values for the fields you both changed, with your other changes; not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the workflow was changed elsewhere. Save again to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::WorkflowHistoryPanel</name>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert every task this run created or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a run to see what it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs waiting for your approval. Approving runs the rest of the workflow; rejecting cancels the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every save keeps the definition it replaced. The diff shows how a version differs from the current definition (– in the version, + now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Scheduled %1, started %2, took %3. %n task(s) created, %4 min saved.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undone on %1: its tasks were reverted and its time saved taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run cannot be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undo this run? %n task(s) will be reverted in one step, and the time it saved is taken back out of the analytics.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run of &quot;%1&quot; undone: %n task(s) reverted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(approval task missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — “%2”, waiting since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not decide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: &quot;%1&quot; went on (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: the run of &quot;%1&quot; was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · replaced %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier versions: this workflow has not been changed since it was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored version %1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doo::WorkflowListModel</name>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On its event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours saved</source>
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
    <name>doo::WorkflowsView</name>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank workflow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workflows and their runs again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, description or frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On and off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workflow(s), %1 on · %2 shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template for %1 workflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for your approval (a task in Review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; ran: %n task(s) created</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot; (switched off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; — Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
