<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionRunner</name>
    <message numerus="yes">
        <source>stopped: the workflow runs that follow from one event may create at most %n tasks together</source>
        <translation>
            <numerusform>stopped: the workflow runs that follow from one event may create at most %n task together</numerusform>
            <numerusform>stopped: the workflow runs that follow from one event may create at most %n tasks together</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped: your workflows may create at most %n tasks a minute</source>
        <translation>
            <numerusform>stopped: your workflows may create at most %n task a minute</numerusform>
            <numerusform>stopped: your workflows may create at most %n tasks a minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetAlerts</name>
    <message numerus="yes">
        <source>%1: %n failed</source>
        <translation>
            <numerusform>%1: %n failed</numerusform>
            <numerusform>%1: %n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n consultations</source>
        <translation>
            <numerusform>%n consultation</numerusform>
            <numerusform>%n consultations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migrations; schema version %1.</source>
        <translation>
            <numerusform>Applied %n migration; schema version %1.</numerusform>
            <numerusform>Applied %n migrations; schema version %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows</source>
        <translation>
            <numerusform>Imported %n row</numerusform>
            <numerusform>Imported %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already there</source>
        <translation>
            <numerusform>; %n already there</numerusform>
            <numerusform>; %n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid skipped</source>
        <translation>
            <numerusform>; %n invalid skipped</numerusform>
            <numerusform>; %n invalid skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked as read: %n.</source>
        <translation>
            <numerusform>Marked as read: %n.</numerusform>
            <numerusform>Marked as read: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted read notifications older than %1 days: %n.</source>
        <translation>
            <numerusform>Deleted read notifications older than %1 days: %n.</numerusform>
            <numerusform>Deleted read notifications older than %1 days: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scheduled %1; %n tasks created; %2 min saved; try %3</source>
        <translation>
            <numerusform>scheduled %1; %n task created; %2 min saved; try %3</numerusform>
            <numerusform>scheduled %1; %n tasks created; %2 min saved; try %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n interrupted runs.</source>
        <translation>
            <numerusform>Closed %n interrupted run.</numerusform>
            <numerusform>Closed %n interrupted runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs done.</source>
        <translation>
            <numerusform>%n run done.</numerusform>
            <numerusform>%n runs done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflows</source>
        <translation>
            <numerusform>%n workflow</numerusform>
            <numerusform>%n workflows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier versions</source>
        <translation>
            <numerusform>%n earlier version</numerusform>
            <numerusform>%n earlier versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid run %1 of &quot;%2&quot;: %n tasks deleted, %3 put back.</source>
        <translation>
            <numerusform>Undid run %1 of &quot;%2&quot;: %n task deleted, %3 put back.</numerusform>
            <numerusform>Undid run %1 of &quot;%2&quot;: %n tasks deleted, %3 put back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks, %1 saved</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n task, %1 saved</numerusform>
            <numerusform>%n tasks, %1 saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing: %Ln rows read (%1%)</source>
        <translation>
            <numerusform>Importing: %Ln row read (%1%)</numerusform>
            <numerusform>Importing: %Ln rows read (%1%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing: %Ln rows read</source>
        <translation>
            <numerusform>Importing: %Ln row read</numerusform>
            <numerusform>Importing: %Ln rows read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteTasksCommand</name>
    <message numerus="yes">
        <source>Delete %n tasks</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiStart</name>
    <message numerus="yes">
        <source>Workflow &quot;%1&quot; ran: %n tasks created, %2 min saved</source>
        <translation>
            <numerusform>Workflow &quot;%1&quot; ran: %n task created, %2 min saved</numerusform>
            <numerusform>Workflow &quot;%1&quot; ran: %n tasks created, %2 min saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>… and %Ln more problems</source>
        <translation>
            <numerusform>… and %Ln more problem</numerusform>
            <numerusform>… and %Ln more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveTasksCommand</name>
    <message numerus="yes">
        <source>Move %n tasks to %1</source>
        <translation>
            <numerusform>Move %n task to %1</numerusform>
            <numerusform>Move %n tasks to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%n minutes overdue</source>
        <translation>
            <numerusform>%n minute overdue</numerusform>
            <numerusform>%n minutes overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours overdue</source>
        <translation>
            <numerusform>%n hour overdue</numerusform>
            <numerusform>%n hours overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetPriorityCommand</name>
    <message numerus="yes">
        <source>Set the priority of %n tasks to %1</source>
        <translation>
            <numerusform>Set the priority of %n task to %1</numerusform>
            <numerusform>Set the priority of %n tasks to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDueNotice</name>
    <message numerus="yes">
        <source>%n tasks overdue</source>
        <translation>
            <numerusform>%n task overdue</numerusform>
            <numerusform>%n tasks overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks due or overdue</source>
        <translation>
            <numerusform>%n task due or overdue</numerusform>
            <numerusform>%n tasks due or overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks due today</source>
        <translation>
            <numerusform>%n task due today</numerusform>
            <numerusform>%n tasks due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks due by tomorrow</source>
        <translation>
            <numerusform>%n task due by tomorrow</numerusform>
            <numerusform>%n tasks due by tomorrow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message numerus="yes">
        <source>%n tasks created, %1 changed; %2 min saved</source>
        <translation>
            <numerusform>%n task created, %1 changed; %2 min saved</numerusform>
            <numerusform>%n tasks created, %1 changed; %2 min saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteRetry</name>
    <message numerus="yes">
        <source>moving %n tasks</source>
        <translation>
            <numerusform>moving %n task</numerusform>
            <numerusform>moving %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>putting %n tasks back</source>
        <translation>
            <numerusform>putting %n task back</numerusform>
            <numerusform>putting %n tasks back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleting %n tasks</source>
        <translation>
            <numerusform>deleting %n task</numerusform>
            <numerusform>deleting %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restoring %n tasks</source>
        <translation>
            <numerusform>restoring %n task</numerusform>
            <numerusform>restoring %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changing the priority of %n tasks</source>
        <translation>
            <numerusform>changing the priority of %n task</numerusform>
            <numerusform>changing the priority of %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::BoardWidget</name>
    <message numerus="yes">
        <source>Deleted %n tasks — Undo brings them back</source>
        <translation>
            <numerusform>Deleted %n task — Undo brings them back</numerusform>
            <numerusform>Deleted %n tasks — Undo brings them back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 column, %n cards</source>
        <translation>
            <numerusform>%1 column, %n card</numerusform>
            <numerusform>%1 column, %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Priority %1 for %n tasks</source>
        <translation>
            <numerusform>Priority %1 for %n task</numerusform>
            <numerusform>Priority %1 for %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::DashboardCharts</name>
    <message numerus="yes">
        <source>%1: %2 h saved in %n runs</source>
        <translation>
            <numerusform>%1: %2 h saved in %n run</numerusform>
            <numerusform>%1: %2 h saved in %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n tasks automated</source>
        <translation>
            <numerusform>%1: %n task automated</numerusform>
            <numerusform>%1: %n tasks automated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::DryRunPanel</name>
    <message numerus="yes">
        <source>A run now would do %n things; nothing is written.</source>
        <translation>
            <numerusform>A run now would do %n thing; nothing is written.</numerusform>
            <numerusform>A run now would do %n things; nothing is written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::ExecutionListModel</name>
    <message numerus="yes">
        <source>%n tasks created</source>
        <translation>
            <numerusform>%n task created</numerusform>
            <numerusform>%n tasks created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks changed</source>
        <translation>
            <numerusform>%n task changed</numerusform>
            <numerusform>%n tasks changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>(the first %n rows shown)</source>
        <translation>
            <numerusform>(the first %n row shown)</numerusform>
            <numerusform>(the first %n rows shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::NotificationPopups</name>
    <message numerus="yes">
        <source>%n notifications during quiet hours</source>
        <translation>
            <numerusform>%n notification during quiet hours</numerusform>
            <numerusform>%n notifications during quiet hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks due</source>
        <translation>
            <numerusform>%n task due</numerusform>
            <numerusform>%n tasks due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task reminders</source>
        <translation>
            <numerusform>%n task reminder</numerusform>
            <numerusform>%n task reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notifications</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::NotificationsView</name>
    <message numerus="yes">
        <source>Marked %n notifications read</source>
        <translation>
            <numerusform>Marked %n notification read</numerusform>
            <numerusform>Marked %n notifications read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::TrayNotifier</name>
    <message numerus="yes">
        <source>Director of One: %n unread notifications</source>
        <translation>
            <numerusform>Director of One: %n unread notification</numerusform>
            <numerusform>Director of One: %n unread notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::WorkflowHistoryPanel</name>
    <message numerus="yes">
        <source>Undo this run? %n tasks will be reverted in one step, and the time it saved is taken back out of the analytics.</source>
        <translation>
            <numerusform>Undo this run? %n task will be reverted in one step, and the time it saved is taken back out of the analytics.</numerusform>
            <numerusform>Undo this run? %n tasks will be reverted in one step, and the time it saved is taken back out of the analytics.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run of &quot;%1&quot; undone: %n tasks reverted</source>
        <translation>
            <numerusform>Run of &quot;%1&quot; undone: %n task reverted</numerusform>
            <numerusform>Run of &quot;%1&quot; undone: %n tasks reverted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks created, %1 changed; %2 saved.</source>
        <translation>
            <numerusform>%n task created, %1 changed; %2 saved.</numerusform>
            <numerusform>%n tasks created, %1 changed; %2 saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::WorkflowsView</name>
    <message numerus="yes">
        <source>%n workflows, %1 on · %2 shown</source>
        <translation>
            <numerusform>%n workflow, %1 on · %2 shown</numerusform>
            <numerusform>%n workflows, %1 on · %2 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; ran: %n tasks created</source>
        <translation>
            <numerusform>&quot;%1&quot; ran: %n task created</numerusform>
            <numerusform>&quot;%1&quot; ran: %n tasks created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflows are hidden by the filter.</source>
        <translation>
            <numerusform>%n workflow is hidden by the filter.</numerusform>
            <numerusform>%n workflows are hidden by the filter.</numerusform>
        </translation>
    </message>
</context>
</TS>
