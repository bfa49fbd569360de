<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionRunner</name>
    <message>
        <source>Wait for the approval; if approved, go on with:</source>
        <translation>Auf die Freigabe warten; nach Freigabe weiter mit:</translation>
    </message>
    <message>
        <source>Create task &quot;%1&quot; (%2</source>
        <translation>Aufgabe „%1“ anlegen (%2</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, fällig %1</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <source>priority %1 → %2</source>
        <translation>Priorität %1 → %2</translation>
    </message>
    <message>
        <source>tags [%1] → [%2]</source>
        <translation>Schlagwörter [%1] → [%2]</translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <translation>fällig %1 → %2</translation>
    </message>
    <message>
        <source>Change task &quot;%1&quot;: %2</source>
        <translation>Aufgabe „%1“ ändern: %2</translation>
    </message>
    <message>
        <source>… and %1 more tasks</source>
        <translation>… und %1 weitere Aufgaben</translation>
    </message>
    <message>
        <source>No task matches the filter</source>
        <translation>Keine Aufgabe entspricht dem Filter</translation>
    </message>
    <message>
        <source>Notify (%1): %2</source>
        <translation>Benachrichtigen (%1): %2</translation>
    </message>
    <message>
        <source>Approval requested: %1</source>
        <translation>Freigabe angefordert: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for your decision: complete the task to approve, cancel it to reject.</source>
        <translation>„%1“ wartet auf Ihre Entscheidung: Erledigen Sie die Aufgabe, um freizugeben, oder brechen Sie sie ab, um abzulehnen.</translation>
    </message>
    <message>
        <source>Ask for approval with the task &quot;%1&quot; in Review, then wait</source>
        <translation>Mit der Aufgabe „%1“ in Prüfung um Freigabe bitten, dann warten</translation>
    </message>
    <message>
        <source>Write the daily report to %1</source>
        <translation>Tagesbericht nach %1 schreiben</translation>
    </message>
    <message>
        <source>Write the monthly report to %1</source>
        <translation>Monatsbericht nach %1 schreiben</translation>
    </message>
    <message>
        <source>Write the weekly report to %1</source>
        <translation>Wochenbericht nach %1 schreiben</translation>
    </message>
    <message>
        <source>Export the consultations to %1</source>
        <translation>Beratungen nach %1 exportieren</translation>
    </message>
    <message>
        <source>Export the tasks to %1</source>
        <translation>Aufgaben nach %1 exportieren</translation>
    </message>
    <message numerus="yes">
        <source>stopped: the workflow runs that follow from one event may create at most %n tasks together</source>
        <translation>
            <numerusform>angehalten: Die Workflow-Läufe, die auf ein Ereignis folgen, dürfen zusammen höchstens %n Aufgabe anlegen</numerusform>
            <numerusform>angehalten: Die Workflow-Läufe, die auf ein Ereignis folgen, dürfen zusammen höchstens %n Aufgaben anlegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped: your workflows may create at most %n tasks a minute</source>
        <translation>
            <numerusform>angehalten: Ihre Workflows dürfen höchstens %n Aufgabe pro Minute anlegen</numerusform>
            <numerusform>angehalten: Ihre Workflows dürfen höchstens %n Aufgaben pro Minute anlegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalyticsRepository</name>
    <message>
        <source>analytics day</source>
        <translation>Auswertungstag</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>the user %1 is deactivated</source>
        <translation>der Benutzer %1 ist deaktiviert</translation>
    </message>
    <message>
        <source>the login %1 is not linked to an active user of this database; ask the owner or an administrator to run `director-of-one team add-user`</source>
        <translation>der Login %1 ist mit keinem aktiven Benutzer dieser Datenbank verknüpft; bitten Sie den Eigentümer oder einen Administrator, `director-of-one team add-user` auszuführen</translation>
    </message>
    <message>
        <source>--user is for administrators: the login %1 is %2&apos;s</source>
        <translation>--user ist Administratoren vorbehalten: der Login %1 gehört %2</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>this run is not waiting for an approval (it is %1)</source>
        <translation>diese Ausführung wartet nicht auf eine Freigabe (sie ist %1)</translation>
    </message>
    <message>
        <source>the approval task of this run was deleted: the run can only be rejected</source>
        <translation>die Freigabeaufgabe dieser Ausführung wurde gelöscht: die Ausführung kann nur abgelehnt werden</translation>
    </message>
    <message>
        <source>the approval task was cancelled: the run is rejected</source>
        <translation>die Freigabeaufgabe wurde abgebrochen: die Ausführung ist abgelehnt</translation>
    </message>
    <message>
        <source>the approval task was completed: the run is approved</source>
        <translation>die Freigabeaufgabe wurde erledigt: die Ausführung ist freigegeben</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the automatic backup failed, so nothing was changed: %1</source>
        <translation>die automatische Sicherung ist fehlgeschlagen, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Restore a backup with `director-of-one db restore FILE`; there is no backup of it in %1.</source>
        <translation>Stellen Sie eine Sicherung mit `director-of-one db restore FILE` wieder her; in %1 gibt es keine Sicherung dieser Datenbank.</translation>
    </message>
    <message>
        <source>Restore a backup with `director-of-one db restore FILE`; the newest verified backup is %1.</source>
        <translation>Stellen Sie eine Sicherung mit `director-of-one db restore FILE` wieder her; die neueste geprüfte Sicherung ist %1.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BackupIntents</name>
    <message>
        <source>Backed up and verified: %1</source>
        <translation>Gesichert und geprüft: %1</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Aus %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored from %1; the database as it was is kept in %2.</source>
        <translation>Aus %1 wiederhergestellt; die bisherige Datenbank wird in %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Daily backup made in %1</source>
        <translation>Tägliche Sicherung in %1 erstellt</translation>
    </message>
</context>
<context>
    <name>BudgetAlerts</name>
    <message>
        <source>Weekly target missed: %1 hours short</source>
        <translation>Wochenziel verfehlt: %1 Stunden zu wenig</translation>
    </message>
    <message>
        <source>The week starting %1 saved %2 of the %3 hours you aim for: %4 hours short.</source>
        <translation>In der Woche ab %1 wurden %2 der angestrebten %3 Stunden eingespart: %4 Stunden zu wenig.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failed</source>
        <translation>
            <numerusform>%1: %n fehlgeschlagen</numerusform>
            <numerusform>%1: %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed runs that usually save %1 hours: %2.</source>
        <translation>Fehlgeschlagene Ausführungen, die sonst %1 Stunden einsparen: %2.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Director of One</source>
        <translation>Director of One</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation>Beratung: %1</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Buchung %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Abteilung: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum; verwenden Sie YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must not be before --from (%1)</source>
        <translation>darf nicht vor --from liegen (%1)</translation>
    </message>
    <message>
        <source>Analytics %1 to %2 (%3 days), compared with %4 to %5</source>
        <translation>Auswertung %1 bis %2 (%3 Tage), verglichen mit %4 bis %5</translation>
    </message>
    <message>
        <source>metric: unknown value &quot;%1&quot; (use %2)</source>
        <translation>metric: unbekannter Wert „%1“ (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>bucket: unknown value &quot;%1&quot; (use day, week, month)</source>
        <translation>bucket: unbekannter Wert „%1“ (verwenden Sie day, week, month)</translation>
    </message>
    <message>
        <source>analytics needs a command</source>
        <translation>analytics benötigt einen Befehl</translation>
    </message>
    <message>
        <source>unknown analytics command &quot;%1&quot;</source>
        <translation>unbekannter analytics-Befehl „%1“</translation>
    </message>
    <message>
        <source>: use summary or series</source>
        <translation>: verwenden Sie summary oder series</translation>
    </message>
    <message>
        <source>analytics series: --metric is required (%1)</source>
        <translation>analytics series: --metric ist erforderlich (%1)</translation>
    </message>
    <message>
        <source>usage: director-of-one analytics summary [--from D] [--to D] [--json]
       director-of-one analytics series --metric M [--bucket day|week|month] [--from D] [--to D] [--json]</source>
        <translation>Aufruf: director-of-one analytics summary [--from D] [--to D] [--json]
        director-of-one analytics series --metric M [--bucket day|week|month] [--from D] [--to D] [--json]</translation>
    </message>
    <message>
        <source>export report: --pdf FILE is required</source>
        <translation>export report: --pdf FILE ist erforderlich</translation>
    </message>
    <message>
        <source>usage: director-of-one export report --pdf FILE [--from D] [--to D]</source>
        <translation>Aufruf: director-of-one export report --pdf FILE [--from D] [--to D]</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Wrote the report for %1 to %2 to %3</source>
        <translation>Bericht für %1 bis %2 nach %3 geschrieben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
</source>
        <translation>unbekannter Befehl „%1“
</translation>
    </message>
    <message>
        <source>%1 needs a command</source>
        <translation>%1 benötigt einen Befehl</translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot;</source>
        <translation>unbekannter %1-Befehl „%2“</translation>
    </message>
    <message>
        <source>: use %1</source>
        <translation>: verwenden Sie %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (quote a text that has spaces)</source>
        <translation>unerwartetes Argument „%1“ (setzen Sie einen Text mit Leerzeichen in Anführungszeichen)</translation>
    </message>
    <message>
        <source>usage: director-of-one %1</source>
        <translation>Aufruf: director-of-one %1</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>no consultation &quot;%1&quot; (give its booking id, e.g. DO-2026-000123, or its id)</source>
        <translation>keine Beratung „%1“ (geben Sie ihre Buchungsnummer an, z. B. DO-2026-000123, oder ihre ID)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; use YYYY-MM-DDTHH:MM</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit; verwenden Sie YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>warning: %1 overlaps %2 (%3) at %4</source>
        <translation>Warnung: %1 überschneidet sich mit %2 (%3) um %4</translation>
    </message>
    <message>
        <source>Created consultation %1: %2 &lt;%3&gt;</source>
        <translation>Beratung %1 angelegt: %2 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>BOOKING</source>
        <translation>BUCHUNG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation>TERMIN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>FIRMA</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Requests:           %1 (%2 pending, %3 scheduled, %4 completed, %5 cancelled)</source>
        <translation>Anfragen:           %1 (%2 offen, %3 terminiert, %4 abgeschlossen, %5 abgesagt)</translation>
    </message>
    <message>
        <source>Completion rate:    %1 of the closed requests</source>
        <translation>Abschlussquote:     %1 der beendeten Anfragen</translation>
    </message>
    <message>
        <source>No-show rate:       %1 of the meetings that came due (%2 no-shows)</source>
        <translation>Nichterscheinen:    %1 der fälligen Termine (%2-mal nicht erschienen)</translation>
    </message>
    <message>
        <source>Days to meeting:    %1 on average</source>
        <translation>Tage bis Termin:    %1 im Durchschnitt</translation>
    </message>
    <message>
        <source>Requests per week (last %1):</source>
        <translation>Anfragen pro Woche (letzte %1):</translation>
    </message>
    <message>
        <source>consultation add: %1 is required
usage: director-of-one %2</source>
        <translation>consultation add: %1 ist erforderlich
Aufruf: director-of-one %2</translation>
    </message>
    <message>
        <source>consultation cancel: --reason is required
usage: director-of-one %1</source>
        <translation>consultation cancel: --reason ist erforderlich
Aufruf: director-of-one %1</translation>
    </message>
    <message>
        <source>Scheduled %1 (%2) for %3</source>
        <translation>%1 (%2) terminiert auf %3</translation>
    </message>
    <message>
        <source>Completed %1 (%2)</source>
        <translation>%1 (%2) abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled %1 (%2): %3</source>
        <translation>%1 (%2) abgesagt: %3</translation>
    </message>
    <message>
        <source>Marked %1 (%2) as a no-show</source>
        <translation>%1 (%2) als nicht erschienen markiert</translation>
    </message>
    <message>
        <source>Current user: %1 &lt;%2&gt;</source>
        <translation>Aktueller Benutzer: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Backend:        %1</source>
        <translation>Backend:         %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Schemaversion:   %1 (dieses Programm: %2)</translation>
    </message>
    <message>
        <source>The schema needs an upgrade: run `director-of-one db migrate`.</source>
        <translation>Das Schema muss aktualisiert werden: Führen Sie `director-of-one db migrate` aus.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Director of One.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Director of One geschrieben.</translation>
    </message>
    <message>
        <source>Seeded for %1: %2 tasks, %3 workflows, %4 executions, %5 days of analytics, %6 consultations, %7 notifications.</source>
        <translation>Beispieldaten für %1 geladen: %2 Aufgaben, %3 Workflows, %4 Ausführungen, %5 Auswertungstage, %6 Beratungen, %7 Benachrichtigungen.</translation>
    </message>
    <message>
        <source>db reset deletes every row of the database; add --yes to confirm</source>
        <translation>db reset löscht alle Zeilen der Datenbank; bestätigen Sie mit --yes</translation>
    </message>
    <message>
        <source>The database was reset to schema version %1; local profile %2.</source>
        <translation>Die Datenbank wurde auf Schemaversion %1 zurückgesetzt; lokales Profil %2.</translation>
    </message>
    <message>
        <source>--kind is required</source>
        <translation>--kind ist erforderlich</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;</source>
        <translation>unbekannter Wert für --kind „%1“</translation>
    </message>
    <message>
        <source> (tasks or consultations)
usage: director-of-one %1</source>
        <translation> (tasks oder consultations)
Aufruf: director-of-one %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>%1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n already there</source>
        <translation>
            <numerusform>; %n bereits vorhanden</numerusform>
            <numerusform>; %n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid skipped</source>
        <translation>
            <numerusform>; %n ungültige übersprungen</numerusform>
            <numerusform>; %n ungültige übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>the tasks</source>
        <translation>die Aufgaben</translation>
    </message>
    <message>
        <source>the consultations</source>
        <translation>die Beratungen</translation>
    </message>
    <message>
        <source>the calendar</source>
        <translation>den Kalender</translation>
    </message>
    <message>
        <source>%1 is missing (looked in %2)</source>
        <translation>%1 fehlt (gesucht in %2)</translation>
    </message>
    <message>
        <source>cannot load the window module: %1</source>
        <translation>das Fenstermodul kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>scheduler: unexpected argument &quot;%1&quot;</source>
        <translation>scheduler: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; use ISO 8601, e.g. 2026-11-30T09:00 (local) or 2026-11-30T08:00Z</source>
        <translation>„%1“ ist keine Zeitangabe; verwenden Sie ISO 8601, z. B. 2026-11-30T09:00 (Ortszeit) oder 2026-11-30T08:00Z</translation>
    </message>
    <message>
        <source>Scheduler running for %1 (next run %2); stop with Ctrl+C.</source>
        <translation>Zeitplaner läuft für %1 (nächste Ausführung %2); beenden mit Ctrl+C.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Scheduler stopped.</source>
        <translation>Zeitplaner beendet.</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (use %2)</source>
        <translation>unbekannter Wert „%1“ (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short; give the id or at least its first %2 characters</source>
        <translation>„%1“ ist zu kurz; geben Sie die ID oder mindestens ihre ersten %2 Zeichen an</translation>
    </message>
    <message>
        <source>no task with an id starting with &quot;%1&quot;</source>
        <translation>keine Aufgabe mit einer ID, die mit „%1“ beginnt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one task; give more characters</source>
        <translation>„%1“ passt auf mehr als eine Aufgabe; geben Sie mehr Zeichen an</translation>
    </message>
    <message>
        <source>Created task %1: %2</source>
        <translation>Aufgabe %1 angelegt: %2</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÄT</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>SCHLAGWÖRTER</translation>
    </message>
    <message>
        <source>Task %1 is already completed: %2</source>
        <translation>Aufgabe %1 ist bereits erledigt: %2</translation>
    </message>
    <message>
        <source>Moved task %1 to %2: %3</source>
        <translation>Aufgabe %1 nach %2 verschoben: %3</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1 (1 is the top of the column), not &quot;%1&quot;</source>
        <translation>muss eine ganze Zahl ab 1 sein (1 ist oben in der Spalte), nicht „%1“</translation>
    </message>
    <message>
        <source>Deleted task %1: %2</source>
        <translation>Aufgabe %1 gelöscht: %2</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;
  role:        %3
  company:     %4
  department:  %5
  time zone:   %6
</source>
        <translation>%1 &lt;%2&gt;
  Rolle:       %3
  Firma:       %4
  Abteilung:   %5
  Zeitzone:    %6
</translation>
    </message>
    <message>
        <source>the computer&apos;s</source>
        <translation>die des Computers</translation>
    </message>
    <message>
        <source>user needs show or set
usage: director-of-one %1</source>
        <translation>user benötigt show oder set
Aufruf: director-of-one %1</translation>
    </message>
    <message>
        <source>user %1: unexpected argument &quot;%2&quot;</source>
        <translation>user %1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>user %1: unknown option %2
usage: director-of-one %3</source>
        <translation>user %1: unbekannte Option %2
Aufruf: director-of-one %3</translation>
    </message>
    <message>
        <source>user %1: unknown option %2</source>
        <translation>user %1: unbekannte Option %2</translation>
    </message>
    <message>
        <source>no workflow with the id or name &quot;%1&quot;</source>
        <translation>kein Workflow mit der ID oder dem Namen „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one workflow; give more of the id</source>
        <translation>„%1“ bezeichnet mehr als einen Workflow; geben Sie mehr von der ID an</translation>
    </message>
    <message>
        <source>give the workflow file with --file F.json</source>
        <translation>geben Sie die Workflow-Datei mit --file F.json an</translation>
    </message>
    <message>
        <source>%1 is larger than 64 KiB</source>
        <translation>%1 ist größer als 64 KiB</translation>
    </message>
    <message>
        <source>on </source>
        <translation>an </translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Added workflow %1: %2 (%3; next run %4)</source>
        <translation>Workflow %1 hinzugefügt: %2 (%3; nächste Ausführung %4)</translation>
    </message>
    <message>
        <source>Updated workflow %1: %2 (%3; next run %4)</source>
        <translation>Workflow %1 aktualisiert: %2 (%3; nächste Ausführung %4)</translation>
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
        <translation>Workflow %1
  Name:                %2
  Typ:                 %3
  Auslöser:            %4
  aktiv:               %5
  nächste Ausführung:  %6
  letzte Ausführung:   %7
  Einsparung:          %8 Min. pro Ausführung
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>A run of &quot;%1&quot; now would (nothing is written):</source>
        <translation>Eine Ausführung von „%1“ würde jetzt (es wird nichts geschrieben):</translation>
    </message>
    <message>
        <source>Enabled workflow %1 (next run %2)</source>
        <translation>Workflow %1 eingeschaltet (nächste Ausführung %2)</translation>
    </message>
    <message>
        <source>Disabled workflow %1</source>
        <translation>Workflow %1 ausgeschaltet</translation>
    </message>
    <message>
        <source>Workflow %1 is at version %2.</source>
        <translation>Workflow %1 ist in Version %2.</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>ersetzt %1</translation>
    </message>
    <message>
        <source>invalid trigger</source>
        <translation>ungültiger Auslöser</translation>
    </message>
    <message>
        <source>VERSION must be a version number (as workflow versions lists them), not &quot;%1&quot;</source>
        <translation>VERSION muss eine Versionsnummer sein (wie workflow versions sie auflistet), nicht „%1“</translation>
    </message>
    <message>
        <source>Restored version %1 of workflow %2: it is now version %3 (%4; next run %5)</source>
        <translation>Version %1 von Workflow %2 wiederhergestellt: sie ist jetzt Version %3 (%4; nächste Ausführung %5)</translation>
    </message>
    <message>
        <source>workflow needs a command</source>
        <translation>workflow benötigt einen Befehl</translation>
    </message>
    <message>
        <source>unknown workflow command &quot;%1&quot;</source>
        <translation>unbekannter workflow-Befehl „%1“</translation>
    </message>
    <message>
        <source>: use list, add, update, show, export, run, dry-run, enable, disable, history, versions, restore, runs, undo-run, approve or reject</source>
        <translation>: verwenden Sie list, add, update, show, export, run, dry-run, enable, disable, history, versions, restore, runs, undo-run, approve oder reject</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short; give the run&apos;s id or at least its first %2 characters</source>
        <translation>„%1“ ist zu kurz; geben Sie die ID der Ausführung oder mindestens ihre ersten %2 Zeichen an</translation>
    </message>
    <message>
        <source>no workflow run with an id starting with &quot;%1&quot;</source>
        <translation>keine Workflow-Ausführung mit einer ID, die mit „%1“ beginnt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one run; give more characters</source>
        <translation>„%1“ passt auf mehr als eine Ausführung; geben Sie mehr Zeichen an</translation>
    </message>
    <message>
        <source>--status: use RUNNING, WAITING, SUCCESS, FAILED or CANCELLED</source>
        <translation>--status: verwenden Sie RUNNING, WAITING, SUCCESS, FAILED oder CANCELLED</translation>
    </message>
    <message>
        <source>Undoing run %1 of &quot;%2&quot; (%3) would:</source>
        <translation>Das Rückgängigmachen der Ausführung %1 von „%2“ (%3) würde:</translation>
    </message>
    <message>
        <source>change no task</source>
        <translation>keine Aufgabe ändern</translation>
    </message>
    <message>
        <source>nothing was undone: pass --yes to undo the run</source>
        <translation>nichts wurde rückgängig gemacht: übergeben Sie --yes, um die Ausführung rückgängig zu machen</translation>
    </message>
    <message>
        <source>Undo? [y/N]</source>
        <translation>Rückgängig machen? [y/N]</translation>
    </message>
    <message>
        <source>nothing was undone</source>
        <translation>nichts wurde rückgängig gemacht</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Approved; the run of &quot;%1&quot; went on:</source>
        <translation>Freigegeben; die Ausführung von „%1“ ging weiter:</translation>
    </message>
    <message>
        <source>Rejected; the run of &quot;%1&quot; stopped:</source>
        <translation>Abgelehnt; die Ausführung von „%1“ wurde beendet:</translation>
    </message>
    <message>
        <source>cannot load the drawing module: %1</source>
        <translation>das Zeichenmodul kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>scheduler --team needs a PostgreSQL team database</source>
        <translation>scheduler --team benötigt eine PostgreSQL-Teamdatenbank</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>scheduler: unknown option %1
%2</source>
        <translation>scheduler: unbekannte Option %1
%2</translation>
    </message>
    <message>
        <source>scheduler: --team goes with --files DIR (and without --user)
%1</source>
        <translation>scheduler: --team gehört zu --files DIR (und ohne --user)
%1</translation>
    </message>
    <message>
        <source>the team (login %1)</source>
        <translation>das Team (Login %1)</translation>
    </message>
    <message>
        <source>the password is read from the first line of standard input, which is empty</source>
        <translation>das Passwort wird aus der ersten Zeile der Standardeingabe gelesen, und diese ist leer</translation>
    </message>
    <message>
        <source>Password for the login %1: </source>
        <translation>Passwort für den Login %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Dasselbe Passwort noch einmal: </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>die beiden Passwörter unterscheiden sich; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>das Passwort ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use ADMIN, DIRECTOR, MANAGER or USER</source>
        <translation>„%1“ ist keine Rolle; verwenden Sie ADMIN, DIRECTOR, MANAGER oder USER</translation>
    </message>
    <message>
        <source>usage: director-of-one team add-user EMAIL --name N --role R --login L</source>
        <translation>Aufruf: director-of-one team add-user EMAIL --name N --role R --login L</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; (%3) with the login %4.</source>
        <translation>%1 &lt;%2&gt; (%3) mit dem Login %4 hinzugefügt.</translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation>(kein Login)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>team needs add-user, list, set-role or disable
usage: director-of-one %1</source>
        <translation>team benötigt add-user, list, set-role oder disable
Aufruf: director-of-one %1</translation>
    </message>
    <message>
        <source>team %1: unknown option %2
usage: director-of-one %3</source>
        <translation>team %1: unbekannte Option %2
Aufruf: director-of-one %3</translation>
    </message>
    <message>
        <source>team %1: unknown option %2</source>
        <translation>team %1: unbekannte Option %2</translation>
    </message>
    <message>
        <source>team commands need a PostgreSQL team database (this one is an SQLite file with one user)</source>
        <translation>team-Befehle benötigen eine PostgreSQL-Teamdatenbank (dies ist eine SQLite-Datei mit einem Benutzer)</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1 is disabled; the login can no longer sign in.</source>
        <translation>%1 ist deaktiviert; der Login kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>File size:      %1</source>
        <translation>Dateigröße:      %1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 and verified it (%3).</source>
        <translation>%1 nach %2 gesichert und geprüft (%3).</translation>
    </message>
    <message>
        <source>db restore replaces the database %1; add --yes to confirm (there is no terminal to ask on)</source>
        <translation>db restore ersetzt die Datenbank %1; bestätigen Sie mit --yes (es gibt kein Terminal für eine Rückfrage)</translation>
    </message>
    <message>
        <source>%1 is a verified backup (%2).</source>
        <translation>%1 ist eine geprüfte Sicherung (%2).</translation>
    </message>
    <message>
        <source>Replace the database %1 with it? The database as it is now is kept as a backup in %2. [y/N]</source>
        <translation>Die Datenbank %1 damit ersetzen? Die Datenbank in ihrem jetzigen Zustand wird als Sicherung in %2 aufbewahrt. [y/N]</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation>nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3).</source>
        <translation>%1 aus %2 wiederhergestellt (%3).</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>Die bisherige Datenbank wird in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>usage: director-of-one db migrate|status|seed|reset --yes|backup FILE|restore FILE [--yes]</source>
        <translation>Aufruf: director-of-one db migrate|status|seed|reset --yes|backup FILE|restore FILE [--yes]</translation>
    </message>
    <message>
        <source>unknown db command &quot;%1&quot;: use migrate, status, seed, reset, backup or restore</source>
        <translation>unbekannter db-Befehl „%1“: verwenden Sie migrate, status, seed, reset, backup oder restore</translation>
    </message>
    <message>
        <source>--type: unknown type &quot;%1&quot; (use %2)</source>
        <translation>--type: unbekannter Typ „%1“ (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Keine Benachrichtigungen.</translation>
    </message>
    <message>
        <source>* unread</source>
        <translation>* ungelesen</translation>
    </message>
    <message>
        <source>notifications read: give one notification ID or --all
usage: director-of-one notifications read ID|--all</source>
        <translation>notifications read: geben Sie eine Benachrichtigungs-ID oder --all an
Aufruf: director-of-one notifications read ID|--all</translation>
    </message>
    <message>
        <source>notifications read: unexpected argument &quot;%1&quot;</source>
        <translation>notifications read: unerwartetes Argument „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Marked as read: %n.</source>
        <translation>
            <numerusform>Als gelesen markiert: %n.</numerusform>
            <numerusform>Als gelesen markiert: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a whole number of days</source>
        <translation>muss eine ganze Zahl von Tagen sein</translation>
    </message>
    <message numerus="yes">
        <source>Deleted read notifications older than %1 days: %n.</source>
        <translation>
            <numerusform>Gelesene Benachrichtigungen älter als %1 Tage gelöscht: %n.</numerusform>
            <numerusform>Gelesene Benachrichtigungen älter als %1 Tage gelöscht: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>  weekly target: %1
</source>
        <translation>  Wochenziel:  %1
</translation>
    </message>
    <message>
        <source>must be a number of hours</source>
        <translation>muss eine Stundenzahl sein</translation>
    </message>
    <message numerus="yes">
        <source>%n consultations</source>
        <translation>
            <numerusform>%n Beratung</numerusform>
            <numerusform>%n Beratungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migrations; schema version %1.</source>
        <translation>
            <numerusform>%n Migration angewendet; Schemaversion %1.</numerusform>
            <numerusform>%n Migrationen angewendet; Schemaversion %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows</source>
        <translation>
            <numerusform>%n Zeile importiert</numerusform>
            <numerusform>%n Zeilen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scheduled %1; %n tasks created; %2 min saved; try %3</source>
        <translation>
            <numerusform>geplant %1; %n Aufgabe angelegt; %2 Min. eingespart; Versuch %3</numerusform>
            <numerusform>geplant %1; %n Aufgaben angelegt; %2 Min. eingespart; Versuch %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n interrupted runs.</source>
        <translation>
            <numerusform>%n unterbrochene Ausführung beendet.</numerusform>
            <numerusform>%n unterbrochene Ausführungen beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs done.</source>
        <translation>
            <numerusform>%n Ausführung erledigt.</numerusform>
            <numerusform>%n Ausführungen erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workflows</source>
        <translation>
            <numerusform>%n Workflow</numerusform>
            <numerusform>%n Workflows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n Ausführung</numerusform>
            <numerusform>%n Ausführungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n Aktion</numerusform>
            <numerusform>%n Aktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier versions</source>
        <translation>
            <numerusform>%n frühere Version</numerusform>
            <numerusform>%n frühere Versionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid run %1 of &quot;%2&quot;: %n tasks deleted, %3 put back.</source>
        <translation>
            <numerusform>Ausführung %1 von „%2“ rückgängig gemacht: %n Aufgabe gelöscht, %3 zurückgesetzt.</numerusform>
            <numerusform>Ausführung %1 von „%2“ rückgängig gemacht: %n Aufgaben gelöscht, %3 zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 saved</source>
        <comment>hours</comment>
        <translation>%1 eingespart</translation>
    </message>
    <message>
        <source>take %1 saved and its tasks back out of the analytics</source>
        <comment>minutes</comment>
        <translation>die eingesparten %1 und ihre Aufgaben wieder aus der Auswertung nehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks, %1 saved</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n Aufgabe, %1 eingespart</numerusform>
            <numerusform>%n Aufgaben, %1 eingespart</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: director-of-one [--database URL] [--user EMAIL] [COMMAND ...]

Without a command the window opens (--view board|workflows|consultations|analytics|notifications|data;
--background starts it in the background, as at login; --palette dark|light draws it in a dark or light
palette whatever the desktop&apos;s).

Database:
  db migrate          create or upgrade the schema; creates the local profile on an empty database
  db status [--json]  backend, schema version, row counts (working and archive tables) and file size
  db seed             load sample data for the current user
  db reset --yes      drop all data and recreate the schema (PostgreSQL: the database owner&apos;s login only)
  db backup FILE      copy the database into FILE and verify the copy (SQLite: while the program runs;
                      PostgreSQL: pg_dump&apos;s custom format, needs postgresql-client)
  db restore FILE [--yes]
                      replace the database with a verified backup; the current one is kept as a backup
                      in the data folder; asks first unless --yes
                      Automatic backups (before a migration, db reset, an import of over 1,000 rows, and
                      daily while the window runs) go to the data folder; the last 7 are kept

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
  user set [--name N] [--company C] [--department D] [--time-zone ZONE] [--weekly-target-hours H]
                      change it; ZONE is an IANA name (Europe/Berlin) for schedules, empty for the
                      computer&apos;s zone; H: the hours saved you aim for each week (0: no target), a
                      BUDGET_ALERT says when a week misses it

Notifications (your own; ID: the notification&apos;s id):
  notifications list [--unread] [--type T] [--json]
                      newest first (T: INFO, WARNING, ERROR, SUCCESS, TASK_DUE, WORKFLOW_COMPLETE,
                      BUDGET_ALERT)
  notifications read ID|--all [--json]   mark one or all as read
  notifications purge [--older-than DAYS] [--json]
                      delete read notifications older than DAYS (default: your purge setting, 90)

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
  --lang de|fr|en     the language of the texts (default: the one chosen in the window&apos;s Settings,
                      else the system&apos;s: LC_ALL, LC_MESSAGES, LANG; English under C or POSIX)
  --json              print JSON instead of text
  --help, --version

Exit codes: 0 success, 1 error, 2 usage error.
</source>
        <translation>Aufruf: director-of-one [--database URL] [--user EMAIL] [COMMAND ...]

Ohne Befehl öffnet sich das Fenster (--view board|workflows|consultations|analytics|notifications|data;
--background startet es im Hintergrund, wie bei der Anmeldung; --palette dark|light zeigt es unabhängig
von der Arbeitsumgebung in dunklen oder hellen Farben).

Datenbank:
  db migrate          Schema anlegen oder aktualisieren; legt in einer leeren Datenbank das lokale Profil an
  db status [--json]  Backend, Schemaversion, Zeilenzahlen (Arbeits- und Archivtabellen) und Dateigröße
  db seed             Beispieldaten für den aktuellen Benutzer laden
  db reset --yes      alle Daten löschen und das Schema neu anlegen (PostgreSQL: nur mit dem Login des
                      Datenbankeigentümers)
  db backup FILE      die Datenbank nach FILE kopieren und die Kopie prüfen (SQLite: während das Programm
                      läuft; PostgreSQL: Custom-Format von pg_dump, benötigt postgresql-client)
  db restore FILE [--yes]
                      die Datenbank durch eine geprüfte Sicherung ersetzen; die aktuelle wird als
                      Sicherung im Datenordner aufbewahrt; fragt vorher nach, außer bei --yes
                      Automatische Sicherungen (vor einer Migration, vor db reset, vor einem Import von
                      über 1.000 Zeilen und täglich, solange das Fenster läuft) kommen in den
                      Datenordner; die letzten 7 werden aufbewahrt

Aufgaben (ID: die vollständige ID oder ein eindeutiger Anfang aus mindestens 8 Zeichen; jeder task-Befehl
kennt --json):
  task add TITLE [--priority LOW|MEDIUM|HIGH|URGENT] [--due YYYY-MM-DD] [--tag T]... [--description D]
                      eine Aufgabe am Ende von TODO anlegen; fällig zum Ende dieses Tages, Ortszeit
  task list [--status S] [--priority P] [--tag T] [--search WORDS]
                      Aufgaben in Board-Reihenfolge; --search sucht jedes Wort als Wortanfang in Titel
                      oder Beschreibung
  task move ID STATUS [--position N]
                      nach TODO, IN_PROGRESS, REVIEW, COMPLETED oder CANCELLED verschieben; N = 1 ist oben
                      in der Spalte, ohne --position kommt die Aufgabe ans Ende
  task done ID        ans Ende von COMPLETED verschieben
  task delete ID      die Aufgabe und ihren Verlauf löschen

Profil:
  user show [--json]  das Profil des aktuellen Benutzers
  user set [--name N] [--company C] [--department D] [--time-zone ZONE] [--weekly-target-hours H]
                      es ändern; ZONE ist ein IANA-Name (Europe/Berlin) für Zeitpläne, leer für die
                      Zeitzone des Computers; H: die eingesparten Stunden, die Sie pro Woche anstreben
                      (0: kein Ziel); ein BUDGET_ALERT meldet, wenn eine Woche es verfehlt

Benachrichtigungen (Ihre eigenen; ID: die ID der Benachrichtigung):
  notifications list [--unread] [--type T] [--json]
                      neueste zuerst (T: INFO, WARNING, ERROR, SUCCESS, TASK_DUE, WORKFLOW_COMPLETE,
                      BUDGET_ALERT)
  notifications read ID|--all [--json]   eine oder alle als gelesen markieren
  notifications purge [--older-than DAYS] [--json]
                      gelesene Benachrichtigungen löschen, die älter als DAYS Tage sind (Standard: Ihre
                      Einstellung dafür, anfangs 90)

Team (eine PostgreSQL-Datenbank; der Login des Eigentümers oder eines ADMIN):
  team add-user EMAIL --name N --role ADMIN|DIRECTOR|MANAGER|USER --login L
                      den Login L und seinen Benutzer anlegen; das Passwort wird im Terminal zweimal
                      abgefragt, sonst aus der ersten Zeile der Standardeingabe gelesen (nie als Argument)
  team list [--json]  die Benutzer mit ihren Logins
  team set-role EMAIL ROLE             die Rolle ändern (und die Gruppenrolle des Logins)
  team disable EMAIL  den Benutzer deaktivieren; der Login kann sich nicht mehr anmelden

Workflows (ID: die ID, ein eindeutiger Anfang aus mindestens 8 Zeichen oder der genaue Name):
  workflow list [--json]             die Workflows mit ihrer nächsten Ausführung
  workflow add --file F.json         einen Workflow aus einer Workflow-Datei hinzufügen (siehe README)
  workflow update ID --file F.json   seine Definition ersetzen
  workflow show ID [--json]          Details; workflow export ID gibt seine Datei aus
  workflow run ID                    jetzt ausführen (Exit-Code 1, wenn die Ausführung fehlschlug)
  workflow dry-run ID                was eine Ausführung jetzt täte; schreibt nichts
  workflow enable ID | disable ID    ein- oder ausschalten
  workflow history ID [--json]       seine letzten 100 Ausführungen
  workflow versions ID [--json]      die Definitionen, die seine gespeicherten Änderungen ersetzt
                                     haben, neueste zuerst
  workflow restore ID VERSION        diese frühere Definition als neue Änderung speichern
  workflow runs [--status S] [--json]
                      die letzten 100 Ausführungen aller Workflows (S: RUNNING, WAITING, SUCCESS, FAILED,
                      CANCELLED)
  workflow undo-run EXECUTION_ID [--yes]
                      die von der Ausführung angelegten Aufgaben löschen, die geänderten zurücksetzen und
                      ihre eingesparte Zeit zurücknehmen; zeigt vorher, was geschieht, und fragt nach,
                      außer bei --yes
  workflow approve EXECUTION_ID | reject EXECUTION_ID
                      über eine Ausführung entscheiden, die auf eine Freigabe wartet; die Ausführung
                      geht sofort weiter (oder endet)
                      (EXECUTION_ID: die ID der Ausführung oder ein eindeutiger Anfang aus mindestens
                      8 Zeichen)
  scheduler [--once] [--at ISO-TIME] fällige Workflows ausführen, bis er beendet wird (Ctrl+C), oder
                      einen Durchlauf; --at wertet aus, was zu diesem Zeitpunkt fällig ist (setzt --once
                      voraus); führt die eigenen Workflows des angemeldeten Benutzers aus
  scheduler --team --files DIR [--once] [--at ISO-TIME]
                      PostgreSQL, ein Login in doo_scheduler: die Workflows aller Mitglieder, jeweils im
                      Bereich ihres Eigentümers; Berichts- und Exportdateien nur unterhalb von DIR

Beratungen (ID: die Buchungsnummer, z. B. DO-2026-000123, oder die ID; WHEN: YYYY-MM-DDTHH:MM Ortszeit):
  consultation add --name N --email E [--company C] [--department D] [--challenges T]
  consultation list [--status PENDING|SCHEDULED|COMPLETED|CANCELLED] [--json]
  consultation schedule ID WHEN      eine offene Anfrage terminieren (warnt bei Überschneidung mit
                                     einer anderen)
  consultation reschedule ID WHEN    eine terminierte verlegen
  consultation complete ID [--notes T] | cancel ID --reason R | no-show ID
  consultation stats [--json]        Anzahlen, Quoten und Anfragen pro Woche

Austausch (FILE - ist die Standardeingabe bzw. -ausgabe):
  import csv FILE --kind tasks|consultations [--skip-invalid]
                      eine Datei mit einer fehlerhaften Zeile wird ganz abgelehnt, außer mit
                      --skip-invalid; bereits importierte Zeilen bleiben unverändert
  import taskwarrior FILE [--skip-invalid]   Aufgaben aus Taskwarriors `task export`
  export csv FILE --kind tasks|consultations
  export ics FILE     terminierte Beratungen und Aufgaben mit Fälligkeitsdatum, für Kalenderprogramme

Auswertung (D: YYYY-MM-DD, die Kalendertage des Benutzers; Standard: die letzten 30 Tage bis heute):
  analytics summary [--from D] [--to D] [--json]
                      eingesparte Stunden, automatisierte Aufgaben, Effizienzwert, aktive Workflows,
                      erledigte Aufgaben und abgeschlossene Beratungen, jeweils mit dem vorherigen
                      Zeitraum gleicher Länge
  analytics series --metric hoursSaved|tasksAutomated|efficiencyScore|activeWorkflows
                   [--bucket day|week|month] [--from D] [--to D] [--json]
                      ein Wert pro Tag, ISO-Woche oder Monat (Standard: nach dem Zeitraum gewählt)
  export report --pdf FILE [--from D] [--to D]
                      das Dashboard als PDF: Zusammenfassung, Diagramme, Top-Workflows

Optionen:
  --database URL      sqlite:PATH oder postgresql://user@host:port/dbname (Standard: $DIRECTOR_DATABASE,
                      sonst eine SQLite-Datei im Anwendungsdatenordner)
  --user EMAIL        als dieser Benutzer handeln (Standard: das lokale Profil; bei PostgreSQL sind Sie der
                      Benutzer Ihres Logins, und nur ein ADMIN darf mit --user die Daten eines anderen
                      Benutzers ansehen)
  --lang de|fr|en     die Sprache der Texte (Standard: die in den Einstellungen des Fensters gewählte,
                      sonst die des Systems: LC_ALL, LC_MESSAGES, LANG; Englisch bei C oder POSIX)
  --json              JSON statt Text ausgeben
  --help, --version

Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler.
</translation>
    </message>
    <message numerus="yes">
        <source>Importing: %Ln rows read (%1%)</source>
        <translation>
            <numerusform>Import: %Ln Zeile gelesen (%1 %)</numerusform>
            <numerusform>Import: %Ln Zeilen gelesen (%1 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing: %Ln rows read</source>
        <translation>
            <numerusform>Import: %Ln Zeile gelesen</numerusform>
            <numerusform>Import: %Ln Zeilen gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>your system login</source>
        <translation>Ihr System-Login</translation>
    </message>
    <message>
        <source>The file %1 opens.</source>
        <translation>Die Datei %1 lässt sich öffnen.</translation>
    </message>
    <message>
        <source>Connected to %1 on %2 as %3.</source>
        <translation>Verbunden mit %1 auf %2 als %3.</translation>
    </message>
    <message>
        <source>Wrong password for the login %1 (or there is no such login: the server does not say which).</source>
        <translation>Falsches Passwort für den Login %1 (oder diesen Login gibt es nicht: der Server sagt nicht, was zutrifft).</translation>
    </message>
    <message>
        <source>The server asks for the password of the login %1.</source>
        <translation>Der Server verlangt das Passwort des Logins %1.</translation>
    </message>
    <message>
        <source>The server %1 has no database named %2.</source>
        <translation>Der Server %1 hat keine Datenbank namens %2.</translation>
    </message>
    <message>
        <source>The server %1 has no login named %2.</source>
        <translation>Der Server %1 hat keinen Login namens %2.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1: it is not running, or the host name or port is wrong.</source>
        <translation>Unter %1 antwortet kein PostgreSQL-Server: Er läuft nicht, oder Hostname oder Port sind falsch.</translation>
    </message>
    <message>
        <source>The server %1 accepts this login only over an encrypted connection: choose the SSL mode &quot;require&quot;.</source>
        <translation>Der Server %1 akzeptiert diesen Login nur über eine verschlüsselte Verbindung: Wählen Sie den SSL-Modus „require“.</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection, but the SSL mode requires one.</source>
        <translation>Der Server %1 bietet keine verschlüsselte Verbindung an, aber der SSL-Modus verlangt eine.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>Die Datei %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged or is not a database. Nothing was written to it.</source>
        <translation>Die Datenbankdatei %1 ist beschädigt oder keine Datenbank. Es wurde nichts hineingeschrieben.</translation>
    </message>
</context>
<context>
    <name>ConsultationRepository</name>
    <message>
        <source>the booking number counter cannot be advanced</source>
        <translation>der Zähler für Buchungsnummern kann nicht erhöht werden</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>no consultation with the booking id %1</source>
        <translation>keine Beratung mit der Buchungsnummer %1</translation>
    </message>
    <message>
        <source>the consultation %1 was changed elsewhere; reload it and try again</source>
        <translation>die Beratung %1 wurde an anderer Stelle geändert; laden Sie sie neu und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>a valid date and time is required</source>
        <translation>ein gültiges Datum mit Uhrzeit ist erforderlich</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>verlegt von %1</translation>
    </message>
    <message>
        <source>the consultation starts at %1; it can be a no-show only once it has started</source>
        <translation>die Beratung beginnt um %1; sie kann erst nach ihrem Beginn als nicht erschienen markiert werden</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>the consultation is &quot;%1&quot; and cannot be scheduled again; reschedule it</source>
        <translation>die Beratung hat den Status „%1“ und kann nicht erneut terminiert werden; verlegen Sie sie</translation>
    </message>
    <message>
        <source>the consultation is &quot;%1&quot; and cannot be scheduled</source>
        <translation>die Beratung hat den Status „%1“ und kann nicht terminiert werden</translation>
    </message>
    <message>
        <source>the consultation is &quot;%1&quot; and cannot be rescheduled</source>
        <translation>die Beratung hat den Status „%1“ und kann nicht verlegt werden</translation>
    </message>
    <message>
        <source>the consultation is &quot;%1&quot; and cannot be a no-show</source>
        <translation>die Beratung hat den Status „%1“ und kann nicht als nicht erschienen markiert werden</translation>
    </message>
    <message>
        <source>the consultation is &quot;%1&quot; and cannot be completed</source>
        <translation>die Beratung hat den Status „%1“ und kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>the consultation is &quot;%1&quot; and cannot be cancelled</source>
        <translation>die Beratung hat den Status „%1“ und kann nicht abgesagt werden</translation>
    </message>
</context>
<context>
    <name>ConsultationStatus</name>
    <message>
        <source>Pending</source>
        <comment>state of a consultation request</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>state of a consultation request</comment>
        <translation>Terminiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>state of a consultation request</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>state of a consultation request</comment>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>CreateTaskCommand</name>
    <message>
        <source>Create &quot;%1&quot;</source>
        <translation>„%1“ anlegen</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the quoted field that starts on line %1 is never closed</source>
        <translation>das in Zeile %1 beginnende Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>text after the closing quote (a quote inside a field is written twice)</source>
        <translation>Text nach dem schließenden Anführungszeichen (ein Anführungszeichen innerhalb eines Feldes wird doppelt geschrieben)</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one (quote the whole field and write the quote twice)</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem beginnt (setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie das Anführungszeichen doppelt)</translation>
    </message>
    <message>
        <source>the field is longer than %1 characters</source>
        <translation>das Feld ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters</source>
        <translation>die Zeile ist länger als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>the file is empty; the first line must name the columns</source>
        <translation>die Datei ist leer; die erste Zeile muss die Spalten benennen</translation>
    </message>
    <message>
        <source>unknown column (the columns are %1)</source>
        <translation>unbekannte Spalte (die Spalten sind %1)</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>die Spalte kommt doppelt vor</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation>die Spalte „%1“ fehlt</translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>no consultation with the booking id %1 (import the consultations first)</source>
        <translation>keine Beratung mit der Buchungsnummer %1 (importieren Sie zuerst die Beratungen)</translation>
    </message>
    <message>
        <source>an id is at most 36 letters, digits and dashes</source>
        <translation>eine ID besteht aus höchstens 36 Buchstaben, Ziffern und Bindestrichen</translation>
    </message>
    <message>
        <source>repeats an earlier row of the file</source>
        <translation>wiederholt eine frühere Zeile der Datei</translation>
    </message>
    <message>
        <source>the id belongs to a task of another user</source>
        <translation>die ID gehört zu einer Aufgabe eines anderen Benutzers</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>bereits importiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (use true, false, 1, 0, yes or no)</source>
        <translation>„%1“ ist weder ja noch nein (verwenden Sie true, false, 1, 0, yes oder no)</translation>
    </message>
    <message>
        <source>a SCHEDULED consultation needs its date and time</source>
        <translation>eine Beratung mit dem Status SCHEDULED braucht ihr Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <source>a CANCELLED consultation needs its reason</source>
        <translation>eine Beratung mit dem Status CANCELLED braucht ihren Grund</translation>
    </message>
    <message>
        <source>only a CANCELLED consultation can be a no-show</source>
        <translation>nur eine Beratung mit dem Status CANCELLED kann als nicht erschienen gelten</translation>
    </message>
    <message>
        <source>a booking id is at most 32 letters, digits and dashes</source>
        <translation>eine Buchungsnummer besteht aus höchstens 32 Buchstaben, Ziffern und Bindestrichen</translation>
    </message>
    <message>
        <source>the booking id belongs to a consultation of another user</source>
        <translation>die Buchungsnummer gehört zu einer Beratung eines anderen Benutzers</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Eingesparte Stunden</translation>
    </message>
    <message>
        <source>Tasks automated</source>
        <translation>Automatisierte Aufgaben</translation>
    </message>
    <message>
        <source>Efficiency score</source>
        <translation>Effizienzwert</translation>
    </message>
    <message>
        <source>Active workflows</source>
        <translation>Aktive Workflows</translation>
    </message>
    <message>
        <source>Tasks completed</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
    <message>
        <source>Consultations completed</source>
        <translation>Abgeschlossene Beratungen</translation>
    </message>
    <message>
        <source>must be a day from %1 to %2</source>
        <translation>muss ein Tag zwischen %1 und %2 sein</translation>
    </message>
    <message>
        <source>must not be before the start of the range (%1)</source>
        <translation>darf nicht vor dem Beginn des Zeitraums liegen (%1)</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Analytics report</source>
        <translation>Auswertungsbericht</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation>%1 bis %2 (%3 Tage)</translation>
    </message>
    <message>
        <source>Compared with %1 to %2 · %3 · generated %4</source>
        <translation>Verglichen mit %1 bis %2 · %3 · erstellt %4</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>This range</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Previous range</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Top workflows</source>
        <translation>Top-Workflows</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Eingesparte Stunden</translation>
    </message>
    <message>
        <source>Tasks created</source>
        <translation>Angelegte Aufgaben</translation>
    </message>
    <message>
        <source>No workflow ran in this range.</source>
        <translation>In diesem Zeitraum wurde kein Workflow ausgeführt.</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be drawn</source>
        <translation>%1 kann nicht geschrieben werden: das PDF konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>connection %1 is already open</source>
        <translation>die Verbindung %1 ist bereits geöffnet</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht installiert (Debian: libqt6sql6-%2)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (journal mode is %2)</source>
        <translation>%1 kann kein Write-Ahead-Logging verwenden (Journalmodus ist %2)</translation>
    </message>
    <message>
        <source>the database is busy with another program; try again in a moment</source>
        <translation>die Datenbank ist durch ein anderes Programm belegt; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>the database refused the change: %1</source>
        <translation>die Datenbank hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>cannot read or write the database file: %1</source>
        <translation>die Datenbankdatei kann nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <source>another user changed the same data at the same time; try again</source>
        <translation>ein anderer Benutzer hat dieselben Daten gleichzeitig geändert; versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>the connection to the database server was lost: %1</source>
        <translation>die Verbindung zum Datenbankserver wurde unterbrochen: %1</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>a change is still in progress; reconnecting later</source>
        <translation>eine Änderung ist noch nicht abgeschlossen; die Verbindung wird später neu aufgebaut</translation>
    </message>
    <message>
        <source>a statement is still in use; reconnecting later</source>
        <translation>eine Anweisung wird noch verwendet; die Verbindung wird später neu aufgebaut</translation>
    </message>
    <message>
        <source>cannot reconnect to %1: %2</source>
        <translation>die Verbindung zu %1 kann nicht neu aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (or it is damaged beyond reading); nothing was written to it.</source>
        <translation>%1 ist keine SQLite-Datenbank (oder so beschädigt, dass sie nicht lesbar ist); es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>the database %1 is damaged (%2); nothing was written to it.</source>
        <translation>die Datenbank %1 ist beschädigt (%2); es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>the database %1 is damaged (%2); nothing of this change was saved.</source>
        <translation>die Datenbank %1 ist beschädigt (%2); von dieser Änderung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>the database %1 is read-only: this program may read it but not change it; nothing was saved. Open a copy of it, or ask for permission to write the file and its folder.</source>
        <translation>die Datenbank %1 ist schreibgeschützt: Dieses Programm darf sie lesen, aber nicht ändern; nichts wurde gespeichert. Öffnen Sie eine Kopie davon oder lassen Sie sich Schreibrechte für die Datei und ihren Ordner geben.</translation>
    </message>
    <message>
        <source>the disk holding the database %1 is full; nothing of this change was saved. Free some space on it and try again.</source>
        <translation>der Datenträger mit der Datenbank %1 ist voll; nichts von dieser Änderung wurde gespeichert. Schaffen Sie dort Platz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>no backup file given</source>
        <translation>keine Sicherungsdatei angegeben</translation>
    </message>
    <message>
        <source>a change is still in progress; back up later</source>
        <translation>eine Änderung ist noch nicht abgeschlossen; sichern Sie später</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot start reading the database</source>
        <translation>das Lesen der Datenbank kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot count the rows of the database</source>
        <translation>die Zeilen der Datenbank können nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>die Sicherung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the copy fails the integrity check (%1)</source>
        <translation>die Kopie besteht die Integritätsprüfung nicht (%1)</translation>
    </message>
    <message>
        <source>the copy cannot be read</source>
        <translation>die Kopie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the copy&apos;s row counts differ from the database&apos;s: %1</source>
        <translation>die Zeilenzahlen der Kopie weichen von denen der Datenbank ab: %1</translation>
    </message>
    <message>
        <source>The backup was not verified and has been deleted: %1</source>
        <translation>Die Sicherung hat die Prüfung nicht bestanden und wurde gelöscht: %1</translation>
    </message>
    <message>
        <source>cannot rename the verified backup to %1</source>
        <translation>die geprüfte Sicherung kann nicht in %1 umbenannt werden</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>die Datei %1 gibt es nicht</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database</source>
        <translation>%1 ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>%1 fails the integrity check: %2</source>
        <translation>%1 besteht die Integritätsprüfung nicht: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is no Director of One database (it has no schema_version)</source>
        <translation>%1 ist keine Datenbank von Director of One (sie hat keine schema_version)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Director of One (schema version %2; this program knows up to %3)</source>
        <translation>%1 wurde von einer neueren Version von Director of One geschrieben (Schemaversion %2; dieses Programm kennt bis %3)</translation>
    </message>
    <message>
        <source>%1 is the database itself</source>
        <translation>%1 ist die Datenbank selbst</translation>
    </message>
    <message>
        <source>cannot keep a copy of %1 in %2</source>
        <translation>eine Kopie von %1 kann nicht in %2 aufbewahrt werden</translation>
    </message>
    <message>
        <source>cannot copy %1 beside %2</source>
        <translation>%1 kann nicht neben %2 kopiert werden</translation>
    </message>
    <message>
        <source>the copy of %1 beside the database could not be verified</source>
        <translation>die Kopie von %1 neben der Datenbank konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is not installed: it makes and restores PostgreSQL backups (Debian: apt install postgresql-client)</source>
        <translation>%1 ist nicht installiert: es erstellt PostgreSQL-Sicherungen und stellt sie wieder her (Debian: apt install postgresql-client)</translation>
    </message>
    <message>
        <source>cannot start pg_restore: %1</source>
        <translation>pg_restore kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1 is not a readable PostgreSQL backup: %2</source>
        <translation>%1 ist keine lesbare PostgreSQL-Sicherung: %2</translation>
    </message>
    <message>
        <source>%1 is no Director of One backup (it has no schema_version)</source>
        <translation>%1 ist keine Sicherung von Director of One (sie hat keine schema_version)</translation>
    </message>
    <message>
        <source>the dump&apos;s row counts differ from the database&apos;s</source>
        <translation>die Zeilenzahlen der Sicherungsdatei weichen von denen der Datenbank ab</translation>
    </message>
    <message>
        <source>the restored table %1 has %2 rows, the backup %3</source>
        <translation>die wiederhergestellte Tabelle %1 hat %2 Zeilen, die Sicherung %3</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>%1 is a folder, not a database file; give the path of a file, e.g. %2</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei; geben Sie den Pfad einer Datei an, z. B. %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file and cannot be a database</source>
        <translation>%1 ist keine gewöhnliche Datei und kann keine Datenbank sein</translation>
    </message>
    <message>
        <source>cannot read %1 (%2); nothing was written to it.</source>
        <translation>%1 kann nicht gelesen werden (%2); es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>its application id is %1, not Director of One&apos;s</source>
        <translation>ihre Anwendungskennung ist %1, nicht die von Director of One</translation>
    </message>
    <message>
        <source>it has no Director of One schema</source>
        <translation>sie hat kein Schema von Director of One</translation>
    </message>
    <message>
        <source>its schema_version table is not Director of One&apos;s</source>
        <translation>ihre Tabelle schema_version stammt nicht von Director of One</translation>
    </message>
    <message>
        <source>%1 is not a Director of One database (%2). It may belong to another program; nothing was changed. Give Director of One a database of its own.</source>
        <translation>%1 ist keine Datenbank von Director of One (%2). Sie gehört vielleicht einem anderen Programm; es wurde nichts geändert. Geben Sie Director of One eine eigene Datenbank.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>the database URL is empty</source>
        <translation>die Datenbank-URL ist leer</translation>
    </message>
    <message>
        <source>sqlite: needs a file path, e.g. sqlite:/home/me/director.db</source>
        <translation>sqlite: benötigt einen Dateipfad, z. B. sqlite:/home/me/director.db</translation>
    </message>
    <message>
        <source>the PostgreSQL URI names no database, e.g. postgresql://me@localhost:5432/director</source>
        <translation>die PostgreSQL-URI nennt keine Datenbank, z. B. postgresql://me@localhost:5432/director</translation>
    </message>
    <message>
        <source>unknown database URL &quot;%1&quot;: use sqlite:PATH or postgresql://user@host:port/dbname</source>
        <translation>unbekannte Datenbank-URL „%1“: verwenden Sie sqlite:PATH oder postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URI %1: %2</source>
        <translation>keine gültige PostgreSQL-URI %1: %2</translation>
    </message>
    <message>
        <source>%1 names a host; sqlite:// is followed by an absolute path, e.g. sqlite:///home/me/director.db</source>
        <translation>%1 nennt einen Host; auf sqlite:// folgt ein absoluter Pfad, z. B. sqlite:///home/me/director.db</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file path: sqlite: takes a plain path without options, e.g. sqlite:/home/me/director.db</source>
        <translation>„%1“ ist kein Dateipfad: sqlite: nimmt einen einfachen Pfad ohne Optionen, z. B. sqlite:/home/me/director.db</translation>
    </message>
    <message>
        <source>%1 names a folder; give the path of a file in it, e.g. %2</source>
        <translation>%1 nennt einen Ordner; geben Sie den Pfad einer Datei darin an, z. B. %2</translation>
    </message>
</context>
<context>
    <name>DeleteTasksCommand</name>
    <message numerus="yes">
        <source>Delete %n tasks</source>
        <translation>
            <numerusform>%n Aufgabe löschen</numerusform>
            <numerusform>%n Aufgaben löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteWorkflowCommand</name>
    <message>
        <source>Delete workflow &quot;%1&quot;</source>
        <translation>Workflow „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>EditTaskCommand</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>ExecutionRepository</name>
    <message>
        <source>this run (%1) was already claimed</source>
        <translation>diese Ausführung (%1) wurde bereits übernommen</translation>
    </message>
    <message>
        <source>the run of &quot;%1&quot; due at %2 was claimed elsewhere</source>
        <translation>die um %2 fällige Ausführung von „%1“ wurde an anderer Stelle übernommen</translation>
    </message>
    <message>
        <source>the workflow &quot;%1&quot; was handled elsewhere</source>
        <translation>der Workflow „%1“ wurde an anderer Stelle bearbeitet</translation>
    </message>
    <message>
        <source>workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>workflow run</source>
        <translation>Workflow-Ausführung</translation>
    </message>
    <message>
        <source>interrupted: the program running it (%1) stopped before it finished</source>
        <translation>unterbrochen: das ausführende Programm (%1) wurde beendet, bevor die Ausführung fertig war</translation>
    </message>
    <message>
        <source>this run is not waiting for an approval (any more)</source>
        <translation>diese Ausführung wartet nicht (mehr) auf eine Freigabe</translation>
    </message>
    <message>
        <source>this run is no longer running (%1): its outcome was not recorded</source>
        <translation>dieser Lauf läuft nicht mehr (%1): sein Ergebnis wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>; its due time runs again once</source>
        <translation>; sein Fälligkeitszeitpunkt wird einmal erneut ausgeführt</translation>
    </message>
    <message>
        <source>the second run of %1 was claimed elsewhere</source>
        <translation>der zweite Lauf von %1 wurde an anderer Stelle übernommen</translation>
    </message>
</context>
<context>
    <name>ExecutionStatus</name>
    <message>
        <source>Running</source>
        <comment>state of a workflow run</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <comment>state of a workflow run</comment>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>state of a workflow run</comment>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>state of a workflow run</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>state of a workflow run</comment>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>GuiStart</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Unknown view</source>
        <translation>Unbekannte Ansicht</translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; failed: %2</source>
        <translation>Workflow „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; waits for your approval (a task in Review)</source>
        <translation>Workflow „%1“ wartet auf Ihre Freigabe (eine Aufgabe in Prüfung)</translation>
    </message>
    <message>
        <source>Workflow scheduler: %1</source>
        <translation>Workflow-Zeitplaner: %1</translation>
    </message>
    <message>
        <source>The profile was not confirmed.</source>
        <translation>Das Profil wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Director of One is already running; its window was brought to the front.</source>
        <translation>Director of One läuft bereits; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message numerus="yes">
        <source>Workflow &quot;%1&quot; ran: %n tasks created, %2 min saved</source>
        <translation>
            <numerusform>Workflow „%1“ ausgeführt: %n Aufgabe angelegt, %2 Min. eingespart</numerusform>
            <numerusform>Workflow „%1“ ausgeführt: %n Aufgaben angelegt, %2 Min. eingespart</numerusform>
        </translation>
    </message>
    <message>
        <source>--palette takes dark or light, not &quot;%1&quot;.</source>
        <translation>--palette erwartet dark oder light, nicht „%1“.</translation>
    </message>
    <message>
        <source>You chose a team server: connect to it with Change connection…, or open the local database.</source>
        <translation>Sie haben einen Team-Server gewählt: Verbinden Sie sich über „Verbindung ändern…“ mit ihm, oder öffnen Sie die lokale Datenbank.</translation>
    </message>
    <message>
        <source>--view takes one of %1, not &quot;%2&quot;.</source>
        <translation>--view nimmt eines von %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>This window has no view &quot;%1&quot; (--view); use %2.</source>
        <translation>Dieses Fenster hat keine Ansicht „%1“ (--view); verwenden Sie %2.</translation>
    </message>
</context>
<context>
    <name>HousekeepingRepository</name>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>has no archive</source>
        <translation>hat kein Archiv</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
    <message>
        <source>the file cannot be imported; nothing was written:</source>
        <translation>die Datei kann nicht importiert werden; nichts wurde geschrieben:</translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be imported; nothing was written (--skip-invalid imports the others):</source>
        <translation>%1 von %2 Zeilen können nicht importiert werden; nichts wurde geschrieben (--skip-invalid importiert die übrigen):</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problems</source>
        <translation>
            <numerusform>… und %Ln weiteres Problem</numerusform>
            <numerusform>… und %Ln weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the input: %1</source>
        <translation>die Eingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the input is larger than %1 MB; nothing was imported</source>
        <translation>die Eingabe ist größer als %1 MB; nichts wurde importiert</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; nothing was imported</source>
        <translation>%1 ist größer als %2 MB; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 text at line %1, character %2 (save the file as UTF-8)</source>
        <translation>Bytes, die kein UTF-8-Text sind, in Zeile %1, Zeichen %2 (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>der Import wurde abgebrochen; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>&quot;%1&quot; is not a date and time (use YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (verwenden Sie YYYY-MM-DDTHH:MM:SSZ)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (use %2)</source>
        <translation>unbekannter Wert „%1“ (verwenden Sie %2)</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>abbreviated weekday, short date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short date, short time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Week %1</source>
        <comment>ISO week number</comment>
        <translation>KW %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage; a translation may put a space before the sign</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 Sek.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>abbreviated weekday, day and month</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, day and month, then a time</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>this database was written by a newer version of Director of One (schema version %1; this program knows up to %2). Install the newer version to open it; nothing was changed.</source>
        <translation>diese Datenbank wurde von einer neueren Version von Director of One geschrieben (Schemaversion %1; dieses Programm kennt bis %2). Installieren Sie die neuere Version, um sie zu öffnen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>the database schema is at version %1 and needs version %2: run `director-of-one db migrate`</source>
        <translation>das Datenbankschema hat Version %1 und benötigt Version %2: führen Sie `director-of-one db migrate` aus</translation>
    </message>
    <message>
        <source>migration %1 is missing from the program</source>
        <translation>Migration %1 fehlt im Programm</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>migration %1 (%2) broke a reference in table %3</source>
        <translation>Migration %1 (%2) hat einen Verweis in der Tabelle %3 beschädigt</translation>
    </message>
    <message>
        <source>only the owner of the database can reset it; sign in with the owner&apos;s login</source>
        <translation>nur der Eigentümer der Datenbank kann sie zurücksetzen; melden Sie sich mit dem Login des Eigentümers an</translation>
    </message>
    <message>
        <source>its schema_version table is not Director of One&apos;s</source>
        <translation>ihre Tabelle schema_version stammt nicht von Director of One</translation>
    </message>
    <message>
        <source>Its schema (version %1) must first be brought up to version %2 by a program that may write it.</source>
        <translation>Ihr Schema (Version %1) muss zuerst von einem Programm mit Schreibrecht auf Version %2 gebracht werden.</translation>
    </message>
</context>
<context>
    <name>MoveTasksCommand</name>
    <message numerus="yes">
        <source>Move %n tasks to %1</source>
        <translation>
            <numerusform>%n Aufgabe nach %1 verschieben</numerusform>
            <numerusform>%n Aufgaben nach %1 verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationRepository</name>
    <message>
        <source>notification</source>
        <translation>Benachrichtigung</translation>
    </message>
</context>
<context>
    <name>NotificationType</name>
    <message>
        <source>Information</source>
        <comment>kind of notification (a noun)</comment>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>kind of notification (a noun)</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>kind of notification (a noun)</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>kind of notification (a noun)</comment>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Task due</source>
        <comment>kind of notification</comment>
        <translation>Aufgabe fällig</translation>
    </message>
    <message>
        <source>Workflow finished</source>
        <comment>kind of notification</comment>
        <translation>Workflow abgeschlossen</translation>
    </message>
    <message>
        <source>Budget alert</source>
        <comment>kind of notification (a noun)</comment>
        <translation>Budgetwarnung</translation>
    </message>
</context>
<context>
    <name>OutputFolders</name>
    <message>
        <source>this scheduler writes files only below %1, not to %2</source>
        <translation>dieser Planer schreibt Dateien nur unterhalb von %1, nicht nach %2</translation>
    </message>
    <message>
        <source>folder must be inside your home folder or a folder you chose (it is %1)</source>
        <translation>der Ordner muss in Ihrem Persönlichen Ordner oder einem von Ihnen gewählten Ordner liegen (er ist %1)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; workflow files are not written through links</source>
        <translation>%1 ist eine symbolische Verknüpfung; Workflow-Dateien werden nicht über Verknüpfungen geschrieben</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 holds too many files named %2</source>
        <translation>%1 enthält zu viele Dateien namens %2</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PreferenceRepository</name>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>must be between 0 and %1 hours</source>
        <translation>muss zwischen 0 und %1 Stunden liegen</translation>
    </message>
    <message>
        <source>must be a day of the week (1 = Monday … 7 = Sunday)</source>
        <translation>muss ein Wochentag sein (1 = Montag … 7 = Sonntag)</translation>
    </message>
    <message>
        <source>needs a start and an end time (HH:MM)</source>
        <translation>benötigt eine Anfangs- und eine Endzeit (HH:MM)</translation>
    </message>
    <message>
        <source>the start and the end are the same time</source>
        <translation>Anfang und Ende sind dieselbe Uhrzeit</translation>
    </message>
    <message>
        <source>must be between 0 (no limit) and %1</source>
        <translation>muss zwischen 0 (keine Begrenzung) und %1 liegen</translation>
    </message>
    <message>
        <source>must be between 1 and %1 days</source>
        <translation>muss zwischen 1 und %1 Tagen liegen</translation>
    </message>
    <message>
        <source>the stored value cannot be read</source>
        <translation>der gespeicherte Wert kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>an earlier step of this change failed; nothing was saved</source>
        <translation>ein früherer Schritt dieser Änderung ist fehlgeschlagen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the connection to the database server is lost; reconnecting</source>
        <translation>die Verbindung zum Datenbankserver ist unterbrochen; sie wird neu aufgebaut</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>1 minute overdue</source>
        <translation>1 Minute überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes overdue</source>
        <translation>
            <numerusform>%n Minute überfällig</numerusform>
            <numerusform>%n Minuten überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour overdue</source>
        <translation>1 Stunde überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n hours overdue</source>
        <translation>
            <numerusform>%n Stunde überfällig</numerusform>
            <numerusform>%n Stunden überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>due today %1</source>
        <translation>heute um %1 fällig</translation>
    </message>
    <message>
        <source>due tomorrow %1</source>
        <translation>morgen um %1 fällig</translation>
    </message>
    <message>
        <source>due %1 %2</source>
        <comment>weekday, time</comment>
        <translation>am %1 um %2 fällig</translation>
    </message>
    <message>
        <source>due %1 %2</source>
        <comment>date, time</comment>
        <translation>am %1 um %2 fällig</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute, %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern, %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Derzeit offen</translation>
    </message>
    <message>
        <source>Workflow runs</source>
        <translation>Workflow-Ausführungen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time saved</source>
        <translation>Eingesparte Zeit</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Tasks created by workflows</source>
        <translation>Von Workflows angelegte Aufgaben</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>PDF reports need the graphical libraries; this program started without them</source>
        <translation>PDF-Berichte benötigen die Grafikbibliotheken; dieses Programm wurde ohne sie gestartet</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>no %1 with id %2</source>
        <translation>%1 mit der ID %2 nicht gefunden</translation>
    </message>
</context>
<context>
    <name>RunUndo</name>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>title &quot;%1&quot;</source>
        <translation>Titel „%1“</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>Schlagwörter %1</translation>
    </message>
    <message>
        <source>this run was already undone (%1)</source>
        <translation>diese Ausführung wurde bereits rückgängig gemacht (%1)</translation>
    </message>
    <message>
        <source>this run is still running; undo it once it has finished</source>
        <translation>diese Ausführung läuft noch; machen Sie sie rückgängig, wenn sie beendet ist</translation>
    </message>
    <message>
        <source>this run waits for an approval; approve or reject it first, then undo it</source>
        <translation>diese Ausführung wartet auf eine Freigabe; geben Sie sie zuerst frei oder lehnen Sie sie ab, dann machen Sie sie rückgängig</translation>
    </message>
    <message>
        <source>this run %1 without changing any task: there is nothing to undo</source>
        <translation>diese Ausführung %1, ohne eine Aufgabe zu ändern: es gibt nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>wurde abgebrochen</translation>
    </message>
    <message>
        <source>(changed since the run)</source>
        <translation>(seit der Ausführung geändert)</translation>
    </message>
    <message>
        <source>Task %1 that the run created was deleted since; nothing to do</source>
        <translation>Die von der Ausführung angelegte Aufgabe %1 wurde inzwischen gelöscht; nichts zu tun</translation>
    </message>
    <message>
        <source>Delete task &quot;%1&quot;</source>
        <translation>Aufgabe „%1“ löschen</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; was deleted since the run; it stays deleted</source>
        <translation>Aufgabe „%1“ wurde nach der Ausführung gelöscht; sie bleibt gelöscht</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; is already as it was before the run</source>
        <translation>Aufgabe „%1“ ist bereits wie vor der Ausführung</translation>
    </message>
    <message>
        <source>Put task &quot;%1&quot; back: %2</source>
        <translation>Aufgabe „%1“ zurücksetzen: %2</translation>
    </message>
    <message>
        <source>this run was undone or changed elsewhere; reload and try again</source>
        <translation>diese Ausführung wurde an anderer Stelle rückgängig gemacht oder geändert; laden Sie neu und versuchen Sie es noch einmal</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>hour %1 is out of range 0-23</source>
        <translation>Stunde %1 liegt außerhalb des Bereichs 0-23</translation>
    </message>
    <message>
        <source>minute %1 is out of range 0-59</source>
        <translation>Minute %1 liegt außerhalb des Bereichs 0-59</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>unbekannter %1 „%2“</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1 „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 %2 is out of range %3-%4</source>
        <translation>%1 %2 liegt außerhalb des Bereichs %3-%4</translation>
    </message>
    <message>
        <source>empty entry in %1 list &apos;%2&apos;</source>
        <translation>leerer Eintrag in der Liste für %1 „%2“</translation>
    </message>
    <message>
        <source>%1 step &apos;%2&apos; is not a number</source>
        <translation>die Schrittweite für %1 „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 step in &apos;%2&apos; must be at least 1</source>
        <translation>die Schrittweite für %1 in „%2“ muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>%1 range &apos;%2&apos; goes backwards</source>
        <translation>der Bereich für %1 „%2“ läuft rückwärts</translation>
    </message>
    <message>
        <source>a schedule is required, e.g. &apos;daily at 09:00&apos;</source>
        <translation>ein Zeitplan ist erforderlich, z. B. „daily at 09:00“</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, got &apos;%2&apos;</source>
        <translation>erwartet „%1“, erhalten „%2“</translation>
    </message>
    <message>
        <source>expected &apos;hourly&apos; or &apos;hourly at :MM&apos;, got &apos;%1&apos;</source>
        <translation>erwartet „hourly“ oder „hourly at :MM“, erhalten „%1“</translation>
    </message>
    <message>
        <source>unknown day &apos;%1&apos; (use monday..sunday or mon..sun)</source>
        <translation>unbekannter Tag „%1“ (verwenden Sie monday..sunday oder mon..sun)</translation>
    </message>
    <message>
        <source>expected a day of the month 1-31, got &apos;%1&apos;</source>
        <translation>erwartet einen Tag des Monats 1-31, erhalten „%1“</translation>
    </message>
    <message>
        <source>day %1 is out of range 1-31</source>
        <translation>Tag %1 liegt außerhalb des Bereichs 1-31</translation>
    </message>
    <message>
        <source>cron needs 5 fields, got %1</source>
        <translation>cron benötigt 5 Felder, erhalten %1</translation>
    </message>
    <message>
        <source>unknown schedule &apos;%1&apos;: expected &apos;hourly&apos;, &apos;daily at HH:MM&apos;, &apos;weekly on DAY at HH:MM&apos;, &apos;monthly on N at HH:MM&apos; or a 5-field cron expression</source>
        <translation>unbekannter Zeitplan „%1“: erwartet „hourly“, „daily at HH:MM“, „weekly on DAY at HH:MM“, „monthly on N at HH:MM“ oder einen Cron-Ausdruck mit 5 Feldern</translation>
    </message>
    <message>
        <source>Every hour at :%1</source>
        <translation>Stündlich zur Minute %1</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Täglich um %1</translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation>Jeden %1 um %2</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2 (last day in shorter months)</source>
        <translation>Monatlich am %1. um %2 (in kürzeren Monaten am letzten Tag)</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation>Monatlich am %1. um %2</translation>
    </message>
    <message>
        <source>Cron: %1</source>
        <translation>Cron: %1</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <source>%1 step in &apos;%2&apos; must be at most %3</source>
        <translation>die Schrittweite für %1 in „%2“ darf höchstens %3 sein</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <source>%1 to %2 at %3</source>
        <translation>%1 bis %2 um %3</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, am %2</translation>
    </message>
    <message>
        <source>%1, on day %2 of the month</source>
        <translation>%1, am %2. des Monats</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, im %2</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>%1 already has %2 tasks; seed an empty database (db reset --yes) instead of mixing sample data in</source>
        <translation>%1 hat bereits %2 Aufgaben; laden Sie Beispieldaten in eine leere Datenbank (db reset --yes), statt sie mit vorhandenen Daten zu mischen</translation>
    </message>
</context>
<context>
    <name>SetPriorityCommand</name>
    <message numerus="yes">
        <source>Set the priority of %n tasks to %1</source>
        <translation>
            <numerusform>Priorität von %n Aufgabe auf %1 setzen</numerusform>
            <numerusform>Priorität von %n Aufgaben auf %1 setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDueNotice</name>
    <message>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2.</source>
        <comment>title, &quot;due tomorrow 17:00&quot; or &quot;3 days overdue&quot;</comment>
        <translation>„%1“ ist %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks overdue</source>
        <translation>
            <numerusform>%n Aufgabe überfällig</numerusform>
            <numerusform>%n Aufgaben überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks due or overdue</source>
        <translation>
            <numerusform>%n Aufgabe fällig oder überfällig</numerusform>
            <numerusform>%n Aufgaben fällig oder überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks due today</source>
        <translation>
            <numerusform>%n Aufgabe heute fällig</numerusform>
            <numerusform>%n Aufgaben heute fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks due by tomorrow</source>
        <translation>
            <numerusform>%n Aufgabe bis morgen fällig</numerusform>
            <numerusform>%n Aufgaben bis morgen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <comment>title, &quot;due today 17:00&quot;</comment>
        <translation>• %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>no user with the id %1</source>
        <translation>kein Benutzer mit der ID %1</translation>
    </message>
    <message>
        <source>the task &quot;%1&quot; was changed elsewhere; reload it and try again</source>
        <translation>die Aufgabe „%1“ wurde an anderer Stelle geändert; laden Sie sie neu und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>a task is listed twice</source>
        <translation>eine Aufgabe ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>tasks of different users cannot be moved together</source>
        <translation>Aufgaben verschiedener Benutzer können nicht zusammen verschoben werden</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>TaskwarriorImport</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>the file holds no tasks</source>
        <translation>die Datei enthält keine Aufgaben</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the template of a recurring task: its occurrences are imported</source>
        <translation>die Vorlage einer wiederkehrenden Aufgabe: ihre Vorkommen werden importiert</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (pending, waiting, completed, deleted, recurring)</source>
        <translation>unbekannter Status „%1“ (pending, waiting, completed, deleted, recurring)</translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot; (H, M or L)</source>
        <translation>unbekannte Priorität „%1“ (H, M oder L)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Taskwarrior time (YYYYMMDDTHHMMSSZ)</source>
        <translation>„%1“ ist keine Taskwarrior-Zeitangabe (YYYYMMDDTHHMMSSZ)</translation>
    </message>
    <message>
        <source>every task needs its uuid</source>
        <translation>jede Aufgabe benötigt ihre uuid</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>bereits importiert</translation>
    </message>
    <message>
        <source>the array is not well formed</source>
        <translation>das Array ist nicht wohlgeformt</translation>
    </message>
    <message>
        <source>a task is longer than %1 characters</source>
        <translation>eine Aufgabe ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the array is not closed</source>
        <translation>das Array ist nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>a login is 1 to 63 lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter (and not with pg_)</source>
        <translation>ein Login besteht aus 1 bis 63 Kleinbuchstaben, Ziffern, „_“, „.“ oder „-“ und beginnt mit einem Buchstaben (und nicht mit pg_)</translation>
    </message>
    <message>
        <source>the database has no logins yet: run `director-of-one db migrate`</source>
        <translation>die Datenbank hat noch keine Logins: führen Sie `director-of-one db migrate` aus</translation>
    </message>
    <message>
        <source>only the owner of the database or an administrator can manage the team (signed in as %1)</source>
        <translation>nur der Eigentümer der Datenbank oder ein Administrator kann das Team verwalten (angemeldet als %1)</translation>
    </message>
    <message>
        <source>the team scheduler runs under a login in the group role doo_scheduler; %1 is not one</source>
        <translation>der Team-Zeitplaner läuft unter einem Login in der Gruppenrolle doo_scheduler; %1 gehört nicht dazu</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>das Passwort ist leer</translation>
    </message>
    <message>
        <source>%1 or the login %2 is already used by another user</source>
        <translation>%1 oder der Login %2 wird bereits von einem anderen Benutzer verwendet</translation>
    </message>
    <message>
        <source>no user with the email %1</source>
        <translation>kein Benutzer mit der E-Mail-Adresse %1</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>unmatched &apos;}&apos; at %1 (write }} for a literal brace)</source>
        <translation>„}“ ohne Gegenstück an Position %1 (schreiben Sie }} für eine wörtliche Klammer)</translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; at %1 (write {{ for a literal brace)</source>
        <translation>nicht geschlossene „{“ an Position %1 (schreiben Sie {{ für eine wörtliche Klammer)</translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; at %1: another &apos;{&apos; follows at %2 before any &apos;}&apos;</source>
        <translation>nicht geschlossene „{“ an Position %1: vor einer „}“ folgt an Position %2 eine weitere „{“</translation>
    </message>
    <message>
        <source>empty placeholder &apos;{}&apos; at %1 (write {{}} for literal braces)</source>
        <translation>leerer Platzhalter „{}“ an Position %1 (schreiben Sie {{}} für wörtliche Klammern)</translation>
    </message>
    <message>
        <source>the placeholder {%1} needs a task event trigger (task.created, task.status_changed or task.due_soon)</source>
        <translation>der Platzhalter {%1} benötigt einen Aufgabenereignis-Auslöser (task.created, task.status_changed oder task.due_soon)</translation>
    </message>
    <message>
        <source>the placeholder {%1} needs a consultation event trigger (consultation.created, .scheduled, .completed or .cancelled)</source>
        <translation>der Platzhalter {%1} benötigt einen Beratungsereignis-Auslöser (consultation.created, .scheduled, .completed oder .cancelled)</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; available here: %2</source>
        <translation>unbekannter Platzhalter {%1}; hier verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>no active transaction</source>
        <translation>keine aktive Transaktion</translation>
    </message>
    <message>
        <source>a part of the change failed; nothing was saved</source>
        <translation>ein Teil der Änderung ist fehlgeschlagen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the connection to the database server was lost; nothing was saved</source>
        <translation>die Verbindung zum Datenbankserver wurde unterbrochen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>the connection to the database server was lost while the change was being saved; it may or may not have been saved</source>
        <translation>die Verbindung zum Datenbankserver wurde beim Speichern der Änderung unterbrochen; sie wurde möglicherweise gespeichert, möglicherweise nicht</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Berlin, or leave it empty for the computer&apos;s zone)</source>
        <translation>unbekannte Zeitzone „%1“ (verwenden Sie einen IANA-Namen wie Europe/Berlin, oder lassen Sie das Feld leer für die Zeitzone des Computers)</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>%1 is already used by another user</source>
        <translation>%1 wird bereits von einem anderen Benutzer verwendet</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>diesen Benutzer gibt es nicht</translation>
    </message>
    <message>
        <source>only an administrator can add users</source>
        <translation>nur ein Administrator kann Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>only an administrator can change a role or deactivate a user</source>
        <translation>nur ein Administrator kann eine Rolle ändern oder einen Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>this profile was changed elsewhere; reload it and try again</source>
        <translation>dieses Profil wurde an anderer Stelle geändert; laden Sie es neu und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>no user with the email %1</source>
        <translation>kein Benutzer mit der E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>there is no local profile yet: run `director-of-one db migrate` or start the app</source>
        <translation>es gibt noch kein lokales Profil: führen Sie `director-of-one db migrate` aus oder starten Sie die App</translation>
    </message>
    <message>
        <source>this database has users but no local profile: pass --user EMAIL</source>
        <translation>diese Datenbank hat Benutzer, aber kein lokales Profil: übergeben Sie --user EMAIL</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Administrator</source>
        <comment>a person&apos;s role in the team</comment>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Director</source>
        <comment>a person&apos;s role in the team</comment>
        <translation>Direktor</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>a person&apos;s role in the team</comment>
        <translation>Manager</translation>
    </message>
    <message>
        <source>User</source>
        <comment>a person&apos;s role in the team</comment>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is not a valid date</source>
        <translation>ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>a notification links to at most one item</source>
        <translation>eine Benachrichtigung verweist auf höchstens ein Element</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be at least %1 characters</source>
        <translation>muss mindestens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be at most %1 characters (it has %2)</source>
        <translation>darf höchstens %1 Zeichen lang sein (es sind %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>must be at most %1 bytes of JSON (it has %2)</source>
        <translation>darf höchstens %1 Bytes JSON umfassen (es sind %2)</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at offset %2</source>
        <translation>ist kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a JSON array</source>
        <translation>muss ein JSON-Array sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (it is %3)</source>
        <translation>muss zwischen %1 und %2 liegen (angegeben: %3)</translation>
    </message>
    <message>
        <source>at most %1 tags (there are %2)</source>
        <translation>höchstens %1 Schlagwörter (es sind %2)</translation>
    </message>
    <message>
        <source>a tag cannot be empty</source>
        <translation>ein Schlagwort darf nicht leer sein</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is longer than %2 characters</source>
        <translation>das Schlagwort „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; contains a comma</source>
        <translation>das Schlagwort „%1“ enthält ein Komma</translation>
    </message>
    <message>
        <source>the number of %1 is larger than the largest booking number, %2</source>
        <translation>die Nummer in %1 ist größer als die höchste Buchungsnummer (%2)</translation>
    </message>
</context>
<context>
    <name>WorkflowDefinition</name>
    <message>
        <source>is too large: at most %1 bytes of JSON (it has %2)</source>
        <translation>ist zu groß: höchstens %1 Bytes JSON (es sind %2)</translation>
    </message>
    <message>
        <source>is nested too deeply: at most %1 levels of arrays and objects</source>
        <translation>ist zu tief verschachtelt: höchstens %1 Ebenen aus Arrays und Objekten</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at offset %2</source>
        <translation>ist kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>unknown key; %1 takes %2</source>
        <translation>unbekannter Schlüssel; %1 erlaubt %2</translation>
    </message>
    <message>
        <source>must be true or false (it is %1)</source>
        <translation>muss true oder false sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>is required: an integer from %1 to %2</source>
        <translation>ist erforderlich: eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>must be an integer from %1 to %2 (it is %3)</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein (angegeben: %3)</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (it is %3)</source>
        <translation>muss zwischen %1 und %2 liegen (angegeben: %3)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a string (it is %1)</source>
        <translation>muss eine Zeichenkette sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>is required: it cannot be empty</source>
        <translation>ist erforderlich: darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be at most %1 characters (it has %2)</source>
        <translation>darf höchstens %1 Zeichen lang sein (es sind %2)</translation>
    </message>
    <message>
        <source>is required: one of %1</source>
        <translation>ist erforderlich: einer der Werte %1</translation>
    </message>
    <message>
        <source>must be one of %1 (it is %2)</source>
        <translation>muss einer der Werte %1 sein (angegeben: %2)</translation>
    </message>
    <message>
        <source>must be one of %1 (it is &apos;%2&apos;)</source>
        <translation>muss einer der Werte %1 sein (angegeben: „%2“)</translation>
    </message>
    <message>
        <source>a tag must have 1 to %1 characters (it has %2)</source>
        <translation>ein Schlagwort muss 1 bis %1 Zeichen haben (es sind %2)</translation>
    </message>
    <message>
        <source>a tag cannot contain a comma</source>
        <translation>ein Schlagwort darf kein Komma enthalten</translation>
    </message>
    <message>
        <source>must be an array of tags such as [&quot;finance&quot;] (it is %1)</source>
        <translation>muss ein Array von Schlagwörtern wie [&quot;finance&quot;] sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>must list at least one tag</source>
        <translation>muss mindestens ein Schlagwort enthalten</translation>
    </message>
    <message>
        <source>must have at most %1 tags (it has %2)</source>
        <translation>darf höchstens %1 Schlagwörter haben (es sind %2)</translation>
    </message>
    <message>
        <source>repeats the tag &apos;%1&apos; (tags are compared ignoring case)</source>
        <translation>wiederholt das Schlagwort „%1“ (Groß- und Kleinschreibung wird nicht unterschieden)</translation>
    </message>
    <message>
        <source>must be an absolute path or start with ~/ (it is &apos;%1&apos;)</source>
        <translation>muss ein absoluter Pfad sein oder mit ~/ beginnen (angegeben: „%1“)</translation>
    </message>
    <message>
        <source>must be a status or an array of statuses, from %1 (it is %2)</source>
        <translation>muss ein Status oder ein Array von Status aus %1 sein (angegeben: %2)</translation>
    </message>
    <message>
        <source>must list at least one status</source>
        <translation>muss mindestens einen Status enthalten</translation>
    </message>
    <message>
        <source>repeats the status %1</source>
        <translation>wiederholt den Status %1</translation>
    </message>
    <message>
        <source>must be an object with at least one of %1 (it is %2)</source>
        <translation>muss ein Objekt mit mindestens einem der Schlüssel %1 sein (angegeben: %2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>a filter</source>
        <translation>ein Filter</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; is also in add_tags</source>
        <translation>das Schlagwort „%1“ steht auch in add_tags</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;type&quot;:&quot;create_task&quot;,&quot;title&quot;:&quot;...&quot;} (it is %1)</source>
        <translation>muss ein Objekt wie {&quot;type&quot;:&quot;create_task&quot;,&quot;title&quot;:&quot;...&quot;} sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>an action of type %1</source>
        <translation>eine Aktion vom Typ %1</translation>
    </message>
    <message>
        <source>is required: an array of 1 to %1 actions</source>
        <translation>ist erforderlich: ein Array aus 1 bis %1 Aktionen</translation>
    </message>
    <message>
        <source>must be a JSON array of actions (it is %1)</source>
        <translation>muss ein JSON-Array von Aktionen sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>must contain at least one action</source>
        <translation>muss mindestens eine Aktion enthalten</translation>
    </message>
    <message>
        <source>must contain at most %1 actions (it has %2)</source>
        <translation>darf höchstens %1 Aktionen enthalten (es sind %2)</translation>
    </message>
    <message>
        <source>a trigger of type %1</source>
        <translation>ein Auslöser vom Typ %1</translation>
    </message>
    <message>
        <source>an event trigger for %1</source>
        <translation>ein Ereignisauslöser für %1</translation>
    </message>
    <message>
        <source> (e.g. &quot;daily at 09:00&quot;, &quot;weekly on monday at 09:00&quot; or a cron expression &quot;0 9 * * 1-5&quot;)</source>
        <translation> (z. B. „daily at 09:00“, „weekly on monday at 09:00“ oder ein Cron-Ausdruck „0 9 * * 1-5“)</translation>
    </message>
    <message>
        <source>must differ from &quot;from&quot; (both are %1)</source>
        <translation>muss sich von „from“ unterscheiden (beide sind %1)</translation>
    </message>
    <message>
        <source>is required: a JSON object such as {&quot;type&quot;:&quot;manual&quot;}</source>
        <translation>ist erforderlich: ein JSON-Objekt wie {&quot;type&quot;:&quot;manual&quot;}</translation>
    </message>
    <message>
        <source>must be a JSON object (it is %1)</source>
        <translation>muss ein JSON-Objekt sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <source>Manually</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>When a task is created</source>
        <translation>Wenn eine Aufgabe angelegt wird</translation>
    </message>
    <message>
        <source>When a task moves from %1 to %2</source>
        <translation>Wenn eine Aufgabe von „%1“ nach „%2“ wechselt</translation>
    </message>
    <message>
        <source>When a task moves to %1</source>
        <translation>Wenn eine Aufgabe nach „%1“ wechselt</translation>
    </message>
    <message>
        <source>When a task moves out of %1</source>
        <translation>Wenn eine Aufgabe „%1“ verlässt</translation>
    </message>
    <message>
        <source>When a task changes status</source>
        <translation>Wenn sich der Status einer Aufgabe ändert</translation>
    </message>
    <message>
        <source>When a task is due within 1 hour</source>
        <translation>Wenn eine Aufgabe innerhalb von 1 Stunde fällig ist</translation>
    </message>
    <message>
        <source>When a task is due within %1 hours</source>
        <translation>Wenn eine Aufgabe innerhalb von %1 Stunden fällig ist</translation>
    </message>
    <message>
        <source>When a consultation is created</source>
        <translation>Wenn eine Beratung angefragt wird</translation>
    </message>
    <message>
        <source>When a consultation is scheduled</source>
        <translation>Wenn eine Beratung terminiert wird</translation>
    </message>
    <message>
        <source>When a consultation is completed</source>
        <translation>Wenn eine Beratung abgeschlossen wird</translation>
    </message>
    <message>
        <source>When a consultation is cancelled</source>
        <translation>Wenn eine Beratung abgesagt wird</translation>
    </message>
    <message>
        <source>On an event</source>
        <translation>Bei einem Ereignis</translation>
    </message>
    <message>
        <source>must be a JSON object such as {&quot;type&quot;:&quot;manual&quot;} (it is %1)</source>
        <translation>muss ein JSON-Objekt wie {&quot;type&quot;:&quot;manual&quot;} sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>ein Skalar</translation>
    </message>
    <message>
        <source>a workflow file must be a JSON object with the keys %1</source>
        <translation>eine Workflow-Datei muss ein JSON-Objekt mit den Schlüsseln %1 sein</translation>
    </message>
    <message>
        <source>a workflow file</source>
        <translation>eine Workflow-Datei</translation>
    </message>
    <message>
        <source>must be a number of minutes from 0 to %1 (it is %2)</source>
        <translation>muss eine Anzahl Minuten von 0 bis %1 sein (angegeben: %2)</translation>
    </message>
    <message>
        <source>must be between 0 and %1 (it is %2)</source>
        <translation>muss zwischen 0 und %1 liegen (angegeben: %2)</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>Workflow &quot;%1&quot; finished</source>
        <translation>Workflow „%1“ abgeschlossen</translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; failed</source>
        <translation>Workflow „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>this run is not waiting for an approval</source>
        <translation>diese Ausführung wartet nicht auf eine Freigabe</translation>
    </message>
    <message>
        <source>rejected: the approval task was cancelled or deleted</source>
        <translation>abgelehnt: die Freigabeaufgabe wurde abgebrochen oder gelöscht</translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; stopped</source>
        <translation>Workflow „%1“ beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks created, %1 changed; %2 min saved</source>
        <translation>
            <numerusform>%n Aufgabe angelegt, %1 geändert; %2 Min. eingespart</numerusform>
            <numerusform>%n Aufgaben angelegt, %1 geändert; %2 Min. eingespart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>cannot be negative (it is %1)</source>
        <translation>darf nicht negativ sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>must be a number of at least 0 (it is %1)</source>
        <translation>muss eine Zahl von mindestens 0 sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>the workflow &quot;%1&quot; was changed elsewhere; reload it and try again</source>
        <translation>der Workflow „%1“ wurde an anderer Stelle geändert; laden Sie ihn neu und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>the workflow has no saved version %1</source>
        <translation>der Workflow hat keine gespeicherte Version %1</translation>
    </message>
    <message>
        <source>this run (scheduled for %1) was already recorded</source>
        <translation>diese Ausführung (geplant für %1) wurde bereits erfasst</translation>
    </message>
    <message>
        <source>nothing to bring back</source>
        <translation>nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>the workflow belongs to another user</source>
        <translation>der Workflow gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>a workflow with this id exists again</source>
        <translation>ein Workflow mit dieser ID existiert wieder</translation>
    </message>
</context>
<context>
    <name>WorkflowType</name>
    <message>
        <source>Reporting</source>
        <comment>kind of workflow (a noun)</comment>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Task automation</source>
        <comment>kind of workflow (a noun)</comment>
        <translation>Aufgabenautomatisierung</translation>
    </message>
    <message>
        <source>Notification</source>
        <comment>kind of workflow (a noun)</comment>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Data sync</source>
        <comment>kind of workflow (a noun, not an order)</comment>
        <translation>Datenabgleich</translation>
    </message>
    <message>
        <source>Approval</source>
        <comment>kind of workflow (a noun)</comment>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <comment>kind of workflow (a noun)</comment>
        <translation>Terminplanung</translation>
    </message>
</context>
<context>
    <name>WriteRetry</name>
    <message>
        <source>the consultation request from %1</source>
        <translation>die Beratungsanfrage von %1</translation>
    </message>
    <message>
        <source>scheduling the consultation</source>
        <translation>Terminieren der Beratung</translation>
    </message>
    <message>
        <source>rescheduling the consultation</source>
        <translation>Verlegen der Beratung</translation>
    </message>
    <message>
        <source>completing the consultation</source>
        <translation>Abschließen der Beratung</translation>
    </message>
    <message>
        <source>cancelling the consultation</source>
        <translation>Absagen der Beratung</translation>
    </message>
    <message>
        <source>marking the consultation as no-show</source>
        <translation>Markieren der Beratung als nicht erschienen</translation>
    </message>
    <message>
        <source>the linked task &quot;%1&quot;</source>
        <translation>die verknüpfte Aufgabe „%1“</translation>
    </message>
    <message>
        <source>the new task &quot;%1&quot;</source>
        <translation>die neue Aufgabe „%1“</translation>
    </message>
    <message>
        <source>the changes to &quot;%1&quot;</source>
        <translation>die Änderungen an „%1“</translation>
    </message>
    <message>
        <source>the new person %1</source>
        <translation>die neue Person %1</translation>
    </message>
    <message>
        <source>the role of %1</source>
        <translation>die Rolle von %1</translation>
    </message>
    <message>
        <source>disabling %1</source>
        <translation>Deaktivieren von %1</translation>
    </message>
    <message>
        <source>the workflow &quot;%1&quot;</source>
        <translation>der Workflow „%1“</translation>
    </message>
    <message>
        <source>the copy &quot;%1&quot;</source>
        <translation>die Kopie „%1“</translation>
    </message>
    <message>
        <source>undoing the run</source>
        <translation>Rückgängigmachen der Ausführung</translation>
    </message>
    <message>
        <source>the approval</source>
        <translation>die Freigabe</translation>
    </message>
    <message>
        <source>the rejection</source>
        <translation>die Ablehnung</translation>
    </message>
    <message>
        <source>restoring version %1</source>
        <translation>Wiederherstellen von Version %1</translation>
    </message>
    <message>
        <source>Not saved: %1. The connection to the database server was lost (%2); the window reconnects by itself, then do it again.</source>
        <translation>Nicht gespeichert: %1. Die Verbindung zum Datenbankserver wurde unterbrochen (%2); das Fenster verbindet sich selbst neu, führen Sie den Vorgang dann noch einmal aus.</translation>
    </message>
    <message>
        <source>Perhaps not saved: %1. The connection to the database server was lost while it was being saved; look whether it is there once the status bar shows Connected again.</source>
        <translation>Möglicherweise nicht gespeichert: %1. Die Verbindung zum Datenbankserver wurde beim Speichern unterbrochen; prüfen Sie, ob die Änderung vorhanden ist, sobald die Statusleiste wieder „Verbunden“ zeigt.</translation>
    </message>
    <message numerus="yes">
        <source>moving %n tasks</source>
        <translation>
            <numerusform>Verschieben von %n Aufgabe</numerusform>
            <numerusform>Verschieben von %n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>putting %n tasks back</source>
        <translation>
            <numerusform>Zurücksetzen von %n Aufgabe</numerusform>
            <numerusform>Zurücksetzen von %n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleting %n tasks</source>
        <translation>
            <numerusform>Löschen von %n Aufgabe</numerusform>
            <numerusform>Löschen von %n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restoring %n tasks</source>
        <translation>
            <numerusform>Wiederherstellen von %n Aufgabe</numerusform>
            <numerusform>Wiederherstellen von %n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting the consultation %1</source>
        <translation>Löschen der Beratung %1</translation>
    </message>
    <message numerus="yes">
        <source>changing the priority of %n tasks</source>
        <translation>
            <numerusform>Ändern der Priorität von %n Aufgabe</numerusform>
            <numerusform>Ändern der Priorität von %n Aufgaben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::ActionForm</name>
    <message>
        <source>Add an action, or choose one in the list to edit it.</source>
        <translation>Fügen Sie eine Aktion hinzu, oder wählen Sie eine in der Liste aus, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>New task {date}</source>
        <translation>Neue Aufgabe {date}</translation>
    </message>
    <message>
        <source>{workflow.name} ran</source>
        <translation>{workflow.name} wurde ausgeführt</translation>
    </message>
    <message>
        <source>Approve {workflow.name}</source>
        <translation>{workflow.name} freigeben</translation>
    </message>
    <message>
        <source>Either</source>
        <translation>Egal</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Due in</source>
        <translation>Fällig in</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Which tasks</source>
        <translation>Welche Aufgaben</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Innerhalb von</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Nicht aktualisiert</translation>
    </message>
    <message>
        <source>Created by a workflow</source>
        <translation>Von einem Workflow angelegt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Schlagwörter hinzufügen</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Schlagwörter entfernen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Creates a task in Review; the rest of the workflow runs once you approve it.</source>
        <translation>Legt eine Aufgabe in Prüfung an; der Rest des Workflows läuft, sobald Sie sie freigeben.</translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation>Fällig in Tagen</translation>
    </message>
    <message>
        <source>Due within days</source>
        <translation>Fällig innerhalb von Tagen</translation>
    </message>
    <message>
        <source>Not updated for days</source>
        <translation>Seit Tagen nicht aktualisiert</translation>
    </message>
    <message>
        <source>New due date in days</source>
        <translation>Neues Fälligkeitsdatum in Tagen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner auswählen</translation>
    </message>
</context>
<context>
    <name>doo::ActionListEditor</name>
    <message>
        <source>Actions run from top to bottom; drag them to change the order</source>
        <translation>Aktionen laufen von oben nach unten; ziehen Sie sie, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>doo::ActionListModel</name>
    <message>
        <source>Create task</source>
        <translation>Aufgabe anlegen</translation>
    </message>
    <message>
        <source>Update tasks</source>
        <translation>Aufgaben ändern</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Generate report</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Request approval</source>
        <translation>Freigabe anfordern</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <source>add tags %1</source>
        <translation>Schlagwörter hinzufügen: %1</translation>
    </message>
    <message>
        <source>remove tags %1</source>
        <translation>Schlagwörter entfernen: %1</translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation>fällig in %1 Tagen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>Priorität %1</translation>
    </message>
</context>
<context>
    <name>doo::AddPersonDialog</name>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>e.g. jsmith</source>
        <translation>z. B. jsmith</translation>
    </message>
    <message>
        <source>The PostgreSQL login this person signs in with: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>Der PostgreSQL-Login, mit dem sich diese Person anmeldet: Kleinbuchstaben, Ziffern, „_“, „.“ oder „-“, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>Rolle auswählen</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Pass&amp;word again:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>nothing saves</source>
        <translation>nichts wird gespeichert</translation>
    </message>
    <message>
        <source>The password is sent to the database server, which keeps only its hash; the program stores it nowhere. Give it to the person in a safe way.</source>
        <translation>Das Passwort wird an den Datenbankserver gesendet, der nur seinen Hash aufbewahrt; das Programm speichert es nirgends. Geben Sie es der Person auf sicherem Weg weiter.</translation>
    </message>
</context>
<context>
    <name>doo::AnalyticsPage</name>
    <message>
        <source>Consultations done</source>
        <translation>Abgeschlossene Beratungen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <source>Automatic: days up to a month, weeks up to a year, months beyond</source>
        <translation>Automatisch: Tage bis zu einem Monat, Wochen bis zu einem Jahr, darüber Monate</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Bericht als PDF…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Series as CSV…</source>
        <translation>Datenreihe als CSV…</translation>
    </message>
    <message>
        <source>Save the series</source>
        <translation>Datenreihe speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Chart as PNG</source>
        <translation>Diagramm als PNG</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Too many days for one chart: showing weeks.</source>
        <translation>Zu viele Tage für ein Diagramm: Anzeige nach Wochen.</translation>
    </message>
    <message>
        <source>Too many weeks for one chart: showing months.</source>
        <translation>Zu viele Wochen für ein Diagramm: Anzeige nach Monaten.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing to show from %1 to %2&lt;/h3&gt;&lt;p&gt;Workflows record the time they save as they run, and finished tasks and consultations appear here too.&lt;br&gt;Choose a longer range, or load sample data with &lt;b&gt;director-of-one db seed&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nichts anzuzeigen vom %1 bis %2&lt;/h3&gt;&lt;p&gt;Workflows erfassen bei jeder Ausführung die eingesparte Zeit, und erledigte Aufgaben und abgeschlossene Beratungen erscheinen ebenfalls hier.&lt;br&gt;Wählen Sie einen längeren Zeitraum, oder laden Sie Beispieldaten mit &lt;b&gt;director-of-one db seed&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Saved the series to %1</source>
        <translation>Datenreihe gespeichert unter %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>Diagramm gespeichert unter %1</translation>
    </message>
    <message>
        <source>Efficiency score: on each day with figures, the share of an 8-hour working day that workflows gave back (at most 100%), averaged over those days</source>
        <translation>Effizienzwert: an jedem Tag mit Werten der Anteil eines 8-Stunden-Arbeitstags, den Workflows eingespart haben (höchstens 100&#xa0;%), gemittelt über diese Tage</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
</context>
<context>
    <name>doo::BackgroundMode</name>
    <message>
        <source>Scheduler paused</source>
        <translation>Zeitplaner angehalten</translation>
    </message>
    <message>
        <source>Workflows that fall due wait until the scheduler is resumed</source>
        <translation>Fällig werdende Workflows warten, bis der Zeitplaner fortgesetzt wird</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Director of One keeps running in the background, and your workflows with it. Open it again from its icon in the tray; quit it with Quit in that icon&apos;s menu or File → Quit (Ctrl+Q).</source>
        <translation>Director of One läuft im Hintergrund weiter, und mit ihm Ihre Workflows. Öffnen Sie es wieder über sein Symbol im Infobereich; beenden Sie es mit „Beenden“ im Menü dieses Symbols oder mit Datei → Beenden (Ctrl+Q).</translation>
    </message>
    <message>
        <source>Director of One keeps running in the background, and your workflows with it. Start Director of One again to bring this window back; quit it with File → Quit (Ctrl+Q).</source>
        <translation>Director of One läuft im Hintergrund weiter, und mit ihm Ihre Workflows. Starten Sie Director of One erneut, um dieses Fenster zurückzuholen; beenden Sie es mit Datei → Beenden (Ctrl+Q).</translation>
    </message>
    <message>
        <source>Director of One is still running</source>
        <translation>Director of One läuft weiter</translation>
    </message>
    <message>
        <source>Director of One</source>
        <translation>Director of One</translation>
    </message>
</context>
<context>
    <name>doo::BackupActions</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>SQLite backups (*.sqlite);;All files (*)</source>
        <translation>SQLite-Sicherungen (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PostgreSQL backups (*.pgdump);;All files (*)</source>
        <translation>PostgreSQL-Sicherungen (*.pgdump);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the database %1 with the backup %2? The database as it is now is kept as a backup in %3.</source>
        <translation>Die Datenbank %1 durch die Sicherung %2 ersetzen? Die Datenbank in ihrem jetzigen Zustand wird als Sicherung in %3 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>doo::BoardSettingsPage</name>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Work-in-progress limits</source>
        <translation>WIP-Limits</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>A column holding more cards than its limit turns red. The limits are kept with your profile in this database; you can also set one by right-clicking a column&apos;s heading.</source>
        <translation>Eine Spalte mit mehr Karten als ihr Limit wird rot. Die Limits werden mit Ihrem Profil in dieser Datenbank gespeichert; Sie können eines auch per Rechtsklick auf die Spaltenüberschrift festlegen.</translation>
    </message>
</context>
<context>
    <name>doo::BoardWidget</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Search titles and descriptions…</source>
        <translation>Titel und Beschreibungen durchsuchen…</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Jedes Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Jede Herkunft</translation>
    </message>
    <message>
        <source>Created by a workflow</source>
        <translation>Von einem Workflow angelegt</translation>
    </message>
    <message>
        <source>Created by hand</source>
        <translation>Von Hand angelegt</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Right-click to set a work-in-progress limit</source>
        <translation>Rechtsklick, um ein WIP-Limit festzulegen</translation>
    </message>
    <message>
        <source>Set WIP limit…</source>
        <translation>WIP-Limit festlegen…</translation>
    </message>
    <message>
        <source>WIP limit</source>
        <translation>WIP-Limit</translation>
    </message>
    <message>
        <source>Most cards in %1 (0 = no limit):</source>
        <translation>Höchstzahl der Karten in %1 (0 = keine Begrenzung):</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;</source>
        <translation>„%1“ angelegt</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n tasks — Undo brings them back</source>
        <translation>
            <numerusform>%n Aufgabe gelöscht – Rückgängig holt sie zurück</numerusform>
            <numerusform>%n Aufgaben gelöscht – Rückgängig holt sie zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Go from the board&apos;s search to the first card found</source>
        <translation>Von der Suche des Boards zur ersten gefundenen Karte wechseln</translation>
    </message>
    <message>
        <source>Clear the board&apos;s search and go back to the cards</source>
        <translation>Suche des Boards leeren und zu den Karten zurückkehren</translation>
    </message>
    <message>
        <source>Show priority</source>
        <translation>Nach Priorität filtern</translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Show due date</source>
        <translation>Nach Fälligkeitsdatum filtern</translation>
    </message>
    <message>
        <source>Show origin</source>
        <translation>Nach Herkunft filtern</translation>
    </message>
    <message>
        <source>Open the selected card</source>
        <translation>Ausgewählte Karte öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 column, %n cards</source>
        <translation>
            <numerusform>Spalte „%1“, %n Karte</numerusform>
            <numerusform>Spalte „%1“, %n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Work-in-progress limit %1</source>
        <translation>WIP-Limit %1</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation>Aufgabe &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate task…</source>
        <translation>Aufgabe &amp;duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete task</source>
        <translation>Aufgabe &amp;löschen</translation>
    </message>
    <message>
        <source>Move &amp;left</source>
        <translation>Nach l&amp;inks verschieben</translation>
    </message>
    <message>
        <source>Move &amp;right</source>
        <translation>Nach &amp;rechts verschieben</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten verschieben</translation>
    </message>
    <message>
        <source>Open the menu of the selected cards</source>
        <translation>Menü der ausgewählten Karten öffnen</translation>
    </message>
    <message>
        <source>+ Add a card</source>
        <translation>+ Karte hinzufügen</translation>
    </message>
    <message>
        <source>Add a card to %1</source>
        <translation>Karte zur Spalte „%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Priority %1 for %n tasks</source>
        <translation>
            <numerusform>Priorität %1 für %n Aufgabe</numerusform>
            <numerusform>Priorität %1 für %n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>No task matches these filters.</source>
        <translation>Keine Aufgabe entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>No task matches “%1”.</source>
        <translation>Keine Aufgabe passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>doo::CardMenus</name>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
</context>
<context>
    <name>doo::ColumnEmptyState</name>
    <message>
        <source>No matching tasks</source>
        <translation>Keine passenden Aufgaben</translation>
    </message>
    <message>
        <source>No tasks to do</source>
        <translation>Nichts zu erledigen</translation>
    </message>
    <message>
        <source>Nothing in progress</source>
        <translation>Nichts in Bearbeitung</translation>
    </message>
    <message>
        <source>Nothing waiting for review</source>
        <translation>Nichts wartet auf Prüfung</translation>
    </message>
    <message>
        <source>No completed tasks yet</source>
        <translation>Noch keine erledigten Aufgaben</translation>
    </message>
    <message>
        <source>No cancelled tasks</source>
        <translation>Keine abgebrochenen Aufgaben</translation>
    </message>
</context>
<context>
    <name>doo::ConflictDialog</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>An anderer Stelle geändert</translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing it. Their changes to fields you did not edit are kept; you both changed these fields:</source>
        <translation>Jemand anderes hat %1 gespeichert, während Sie es bearbeitet haben. Dessen Änderungen an Feldern, die Sie nicht bearbeitet haben, bleiben erhalten; diese Felder haben Sie beide geändert:</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Save your values for these fields, with your other changes and theirs</source>
        <translation>Ihre Werte für diese Felder speichern, zusammen mit Ihren übrigen Änderungen und denen der anderen Person</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Deren übernehmen</translation>
    </message>
    <message>
        <source>Take their values for these fields; your other changes stay in the form, not saved yet</source>
        <translation>Deren Werte für diese Felder übernehmen; Ihre übrigen Änderungen bleiben im Formular, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Back to your edit, not saved</source>
        <translation>Zurück zu Ihrer Bearbeitung, nicht gespeichert</translation>
    </message>
    <message>
        <source>It was changed again meanwhile; the table now shows the newest version. Nothing was saved.</source>
        <translation>Es wurde inzwischen erneut geändert; die Tabelle zeigt jetzt die neueste Version. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>doo::ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation>Mit einer Datenbank verbinden</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>none is configured</source>
        <translation>keiner eingerichtet</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>There is no such file yet: Connect creates a new database there.</source>
        <translation>Diese Datei gibt es noch nicht: Verbinden legt dort eine neue Datenbank an.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Lo&amp;gin:</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L-Modus:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Remember password in the keychain</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Choose a recent connection…</source>
        <translation>Zuletzt verwendete Verbindung auswählen…</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New SQLite database</source>
        <translation>Neue SQLite-Datenbank</translation>
    </message>
    <message>
        <source>Open SQLite database</source>
        <translation>SQLite-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Password from this session.</source>
        <translation>Passwort aus dieser Sitzung.</translation>
    </message>
    <message>
        <source>Looking for a saved password…</source>
        <translation>Suche nach einem gespeicherten Passwort…</translation>
    </message>
    <message>
        <source>Password from the system keychain.</source>
        <translation>Passwort aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>No password saved in the system keychain for this login.</source>
        <translation>Für diesen Login ist im Schlüsselbund des Systems kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The password is asked once and kept in memory only, until the program quits.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Das Passwort wird einmal abgefragt und nur im Arbeitsspeicher gehalten, bis das Programm beendet wird.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>Name the database.</source>
        <translation>Geben Sie den Namen der Datenbank an.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>The password was not saved in the keychain (%1); it is kept in memory until the program quits.</source>
        <translation>Das Passwort wurde nicht im Schlüsselbund gespeichert (%1); es wird im Arbeitsspeicher gehalten, bis das Programm beendet wird.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationActionDialog</name>
    <message>
        <source>Schedule consultation</source>
        <translation>Beratung terminieren</translation>
    </message>
    <message>
        <source>When do you meet %1?</source>
        <translation>Wann treffen Sie %1?</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Terminieren</translation>
    </message>
    <message>
        <source>Reschedule consultation</source>
        <translation>Beratung verlegen</translation>
    </message>
    <message>
        <source>Move the meeting with %1 to:</source>
        <translation>Das Treffen mit %1 verlegen auf:</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Verlegen</translation>
    </message>
    <message>
        <source>Complete consultation</source>
        <translation>Beratung abschließen</translation>
    </message>
    <message>
        <source>How did the meeting with %1 go? (optional)</source>
        <translation>Wie ist das Treffen mit %1 verlaufen? (optional)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Cancel consultation</source>
        <translation>Beratung absagen</translation>
    </message>
    <message>
        <source>Why is the request of %1 cancelled?</source>
        <translation>Warum wird die Anfrage von %1 abgesagt?</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage absagen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Overlaps %1</source>
        <translation>Überschneidet sich mit %1</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Ein Grund ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationAgendaModel</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Heute · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation>Morgen · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>name · company</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2
%3
%4</source>
        <translation>%1 · %2
%3
%4</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>time, then who</comment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationAgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Agenda of the scheduled meetings</source>
        <translation>Agenda der terminierten Beratungen</translation>
    </message>
    <message>
        <source>No meetings scheduled from today on. Scheduled requests appear here by week and day.</source>
        <translation>Ab heute sind keine Termine geplant. Terminierte Anfragen erscheinen hier nach Woche und Tag geordnet.</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationDeleteDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete the request %1 from %2?

Its history is deleted with it; its linked tasks stay on the board. This cannot be undone.</source>
        <translation>Die Anfrage %1 von %2 löschen?

Ihr Verlauf wird mitgelöscht; die verknüpften Aufgaben bleiben auf dem Board. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationDetailPane</name>
    <message>
        <source>Schedule…</source>
        <translation>Terminieren…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Verlegen…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Abschließen…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Absagen…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Aufgabe hinzufügen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Linked tasks</source>
        <translation>Verknüpfte Aufgaben</translation>
    </message>
    <message>
        <source>No consultation selected</source>
        <translation>Keine Beratung ausgewählt</translation>
    </message>
    <message>
        <source>Select a request in the table to see its details, history and tasks.</source>
        <translation>Wählen Sie eine Anfrage in der Tabelle aus, um ihre Details, ihren Verlauf und ihre Aufgaben zu sehen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> (no-show)</source>
        <translation> (nicht erschienen)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Herausforderungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>received → </source>
        <translation>eingegangen → </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationDialog</name>
    <message>
        <source>New consultation request</source>
        <translation>Neue Beratungsanfrage</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>required, e.g. name@example.com</source>
        <translation>erforderlich, z. B. name@example.com</translation>
    </message>
    <message>
        <source>What takes too much of their time?</source>
        <translation>Was kostet die Person zu viel Zeit?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>C&amp;hallenges:</source>
        <translation>&amp;Herausforderungen:</translation>
    </message>
    <message>
        <source>Edit consultation request %1</source>
        <translation>Beratungsanfrage %1 bearbeiten</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>this consultation request</source>
        <translation>diese Beratungsanfrage</translation>
    </message>
    <message>
        <source>Showing their values for the fields you both changed, with your other changes; not saved yet.</source>
        <translation>Angezeigt werden die Werte der anderen Person für die Felder, die Sie beide geändert haben, zusammen mit Ihren übrigen Änderungen; noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: the request was changed elsewhere. Save again to compare.</source>
        <translation>Nicht gespeichert: Die Anfrage wurde an anderer Stelle geändert. Speichern Sie erneut, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Herausforderungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field name, then what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationStatsPanel</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terminiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Nichterscheinensquote</translation>
    </message>
    <message>
        <source>Days to meeting</source>
        <translation>Tage bis zum Termin</translation>
    </message>
    <message>
        <source>Requests per week</source>
        <translation>Anfragen pro Woche</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationTableModel</name>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>%1 (no-show)</source>
        <translation>%1 (nicht erschienen)</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationsWidget</name>
    <message>
        <source>New request…</source>
        <translation>Neue Anfrage…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Search booking, name, email, company…</source>
        <translation>Buchung, Name, E-Mail, Firma suchen…</translation>
    </message>
    <message>
        <source>%1 (%2) at %3</source>
        <translation>%1 (%2) um %3</translation>
    </message>
    <message>
        <source>Created %1 for %2</source>
        <translation>%1 für %2 angelegt</translation>
    </message>
    <message>
        <source>Task for %1</source>
        <translation>Aufgabe zu %1</translation>
    </message>
    <message>
        <source>A task on the board, linked to this consultation:</source>
        <translation>Eine Aufgabe auf dem Board, verknüpft mit dieser Beratung:</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Nachfassen bei %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Date to filter by</source>
        <translation>Datum, nach dem gefiltert wird</translation>
    </message>
    <message>
        <source>Search consultations</source>
        <translation>Beratungen durchsuchen</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Import/Export</translation>
    </message>
    <message>
        <source>Tasks are imported and exported in the File menu</source>
        <translation>Aufgaben werden im Menü „Datei“ importiert und exportiert</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Terminiert für %1</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Verlegt auf %1</translation>
    </message>
    <message>
        <source>Deleted %1 (%2)</source>
        <translation>%1 (%2) gelöscht</translation>
    </message>
</context>
<context>
    <name>doo::DashboardCharts</name>
    <message>
        <source>Hours saved</source>
        <translation>Eingesparte Stunden</translation>
    </message>
    <message>
        <source>Tasks automated</source>
        <translation>Automatisierte Aufgaben</translation>
    </message>
    <message>
        <source>Efficiency score (%)</source>
        <translation>Effizienzwert (%)</translation>
    </message>
    <message>
        <source>Active workflows</source>
        <translation>Aktive Workflows</translation>
    </message>
    <message>
        <source>Hours saved per workflow</source>
        <translation>Eingesparte Stunden pro Workflow</translation>
    </message>
    <message>
        <source>Task flow per week</source>
        <translation>Aufgabenfluss pro Woche</translation>
    </message>
    <message>
        <source>Consultations by status</source>
        <translation>Beratungen nach Status</translation>
    </message>
    <message>
        <source>%1: %2 h saved</source>
        <translation>%1: %2 h eingespart</translation>
    </message>
    <message>
        <source>%1: %2 active workflows</source>
        <translation>%1: %2 aktive Workflows</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 · average lead time %2, cycle time %3</source>
        <translation>%1 · durchschnittliche Durchlaufzeit %2, Bearbeitungszeit %3</translation>
    </message>
    <message>
        <source>Task flow per month</source>
        <translation>Aufgabenfluss pro Monat</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 h saved in %n runs</source>
        <translation>
            <numerusform>%1: %2 h eingespart in %n Ausführung</numerusform>
            <numerusform>%1: %2 h eingespart in %n Ausführungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (partial week)</source>
        <translation>%1 (unvollständige Woche)</translation>
    </message>
    <message>
        <source>%1 (partial month)</source>
        <translation>%1 (unvollständiger Monat)</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>period: percentage</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n tasks automated</source>
        <translation>
            <numerusform>%1: %n Aufgabe automatisiert</numerusform>
            <numerusform>%1: %n Aufgaben automatisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>lighter: partial month</source>
        <translation>heller: unvollständiger Monat</translation>
    </message>
    <message>
        <source>lighter: partial week</source>
        <translation>heller: unvollständige Woche</translation>
    </message>
</context>
<context>
    <name>doo::DashboardModel</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Eingesparte Stunden</translation>
    </message>
    <message>
        <source>Tasks automated</source>
        <translation>Automatisierte Aufgaben</translation>
    </message>
    <message>
        <source>Efficiency score</source>
        <translation>Effizienzwert</translation>
    </message>
    <message>
        <source>Active workflows</source>
        <translation>Aktive Workflows</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>this dashboard shows given data and reads no database</source>
        <translation>dieses Dashboard zeigt übergebene Daten an und liest keine Datenbank</translation>
    </message>
</context>
<context>
    <name>doo::DataView</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Workflow executions</source>
        <translation>Workflow-Ausführungen</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Save or revert your edits before switching tables</source>
        <translation>Speichern oder verwerfen Sie Ihre Änderungen, bevor Sie die Tabelle wechseln</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>Administrator view of the raw tables. Edits skip the app&apos;s own checks and history; the database still refuses values its rules do not allow.</source>
        <translation>Administratoransicht der Rohdaten-Tabellen. Änderungen umgehen die Prüfungen und den Verlauf der App; die Datenbank lehnt trotzdem Werte ab, die ihre Regeln nicht zulassen.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Nichts wurde gespeichert. %1</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Rows of the chosen table</source>
        <translation>Zeilen der gewählten Tabelle</translation>
    </message>
</context>
<context>
    <name>doo::DatabaseSettingsPage</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>lokaler Socket</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Saves these settings, closes them and opens the connection dialog</source>
        <translation>Speichert diese Einstellungen, schließt sie und öffnet den Verbindungsdialog</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept:</source>
        <translation>Automatische Sicherungen be&amp;halten:</translation>
    </message>
    <message>
        <source>Kept on this computer, in the program&apos;s data folder; the oldest beyond this number are deleted.</source>
        <translation>Sie werden auf diesem Computer im Datenordner des Programms aufbewahrt; die ältesten über diese Anzahl hinaus werden gelöscht.</translation>
    </message>
</context>
<context>
    <name>doo::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>doo::DryRunPanel</name>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Task change</source>
        <translation>Aufgabenänderung</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>What a run would do now. Nothing is written.</source>
        <translation>Was eine Ausführung jetzt täte. Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>Erneut planen</translation>
    </message>
    <message>
        <source>Nothing to plan.</source>
        <translation>Nichts zu planen.</translation>
    </message>
    <message>
        <source>Cannot plan a run: %1</source>
        <translation>Eine Ausführung kann nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>A run now would change nothing.</source>
        <translation>Eine Ausführung würde jetzt nichts ändern.</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message numerus="yes">
        <source>A run now would do %n things; nothing is written.</source>
        <translation>
            <numerusform>Eine Ausführung würde jetzt %n Schritt ausführen; es wird nichts geschrieben.</numerusform>
            <numerusform>Eine Ausführung würde jetzt %n Schritte ausführen; es wird nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned effects</source>
        <translation>Geplante Auswirkungen</translation>
    </message>
</context>
<context>
    <name>doo::EditConflict</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>When it runs</source>
        <translation>Wann er läuft</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was er tut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Saves per run</source>
        <translation>Einsparung pro Ausführung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Herausforderungen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Saved elsewhere (theirs)</source>
        <translation>An anderer Stelle gespeichert (deren)</translation>
    </message>
    <message>
        <source>Yours (mine)</source>
        <translation>Ihre (meine)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>doo::ExchangeActions</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Tasks (CSV)…</source>
        <translation>&amp;Aufgaben (CSV)…</translation>
    </message>
    <message>
        <source>Tasks from Task&amp;warrior (JSON)…</source>
        <translation>Aufgaben aus Task&amp;warrior (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Consultations (CSV)…</source>
        <translation>&amp;Beratungen (CSV)…</translation>
    </message>
    <message>
        <source>Consultation &amp;calendar (iCalendar)…</source>
        <translation>Beratungs&amp;kalender (iCalendar)…</translation>
    </message>
    <message>
        <source>The JSON that Taskwarrior&apos;s &quot;task export&quot; writes</source>
        <translation>Das JSON, das „task export“ von Taskwarrior schreibt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Taskwarrior exports (*.json);;All files (*)</source>
        <translation>Taskwarrior-Exporte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1; %2 already there; %3 skipped</source>
        <translation>Importiert: %1; bereits vorhanden: %2; übersprungen: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Exported the calendar to %1</source>
        <translation>Kalender exportiert nach %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>doo::ExecutionListModel</name>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (rückgängig gemacht)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Min saved</source>
        <translation>Min. eingespart</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks created</source>
        <translation>
            <numerusform>%n Aufgabe angelegt</numerusform>
            <numerusform>%n Aufgaben angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks changed</source>
        <translation>
            <numerusform>%n Aufgabe geändert</numerusform>
            <numerusform>%n Aufgaben geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks the run created or changed</source>
        <translation>Aufgaben, die die Ausführung angelegt oder geändert hat</translation>
    </message>
</context>
<context>
    <name>doo::GeneralSettingsPage</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Takes effect at the next start of the program.</source>
        <translation>Wird beim nächsten Programmstart wirksam.</translation>
    </message>
    <message>
        <source>Start Director of One when I log in</source>
        <translation>Director of One bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Writes the desktop&apos;s autostart entry on this computer: %1</source>
        <translation>Schreibt den Autostart-Eintrag der Arbeitsumgebung auf diesem Computer: %1</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>Symbol im Infobereich anzeigen</translation>
    </message>
    <message>
        <source>Minimise to the tray instead of the task bar</source>
        <translation>In den Infobereich statt in die Taskleiste minimieren</translation>
    </message>
    <message>
        <source>Keep running in the background when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im Hintergrund weiterlaufen</translation>
    </message>
    <message>
        <source>The workflows keep running while the program runs in the background.</source>
        <translation>Die Workflows laufen weiter, solange das Programm im Hintergrund läuft.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray at the moment.</source>
        <translation>Diese Arbeitsumgebung zeigt derzeit keinen Infobereich an.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>&amp;Woche beginnt am:</translation>
    </message>
    <message>
        <source>For the weekly target of hours saved and its last working day; kept with your profile in the database.</source>
        <translation>Für das Wochenziel der eingesparten Stunden und dessen letzten Arbeitstag; wird mit Ihrem Profil in der Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>Woche beginnt am</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start bei der Anmeldung</translation>
    </message>
</context>
<context>
    <name>doo::HelpBrowser</name>
    <message>
        <source>Director of One — User guide</source>
        <translation>Director of One — Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>doo::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Diese Datei kann nicht importiert werden.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>%1 new, %2 already there, %3 invalid</source>
        <translation>%1 neu, %2 bereits vorhanden, %3 ungültig</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>bereits vorhanden</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Skip the invalid rows and import the others</source>
        <translation>Ungültige Zeilen überspringen und die übrigen importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>(the first %n rows shown)</source>
        <translation>
            <numerusform>(%n Zeile gezeigt)</numerusform>
            <numerusform>(die ersten %n Zeilen gezeigt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>there is no session bus to reach a keychain through</source>
        <translation>es gibt keinen Session-Bus, über den ein Schlüsselbund erreichbar wäre</translation>
    </message>
    <message>
        <source>the keychain holds no password for %1</source>
        <translation>der Schlüsselbund enthält kein Passwort für %1</translation>
    </message>
    <message>
        <source>the keychain could not delete the password: %1</source>
        <translation>der Schlüsselbund konnte das Passwort nicht löschen: %1</translation>
    </message>
    <message>
        <source>the keychain is not available: %1</source>
        <translation>der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>doo::MainWindow</name>
    <message>
        <source>Director of One</source>
        <translation>Director of One</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>A&amp;ufgabe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Director of One</source>
        <translation>Ü&amp;ber Director of One</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The database this window works on</source>
        <translation>Die Datenbank, mit der dieses Fenster arbeitet</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; · %3</source>
        <translation>%1 &lt;%2&gt; · %3</translation>
    </message>
    <message>
        <source>The current user</source>
        <translation>Der aktuelle Benutzer</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The Data view has edits that are not saved. Discard them and quit?</source>
        <translation>Die Datenansicht enthält Änderungen, die nicht gespeichert sind. Verwerfen und beenden?</translation>
    </message>
    <message>
        <source>About Director of One</source>
        <translation>Über Director of One</translation>
    </message>
    <message>
        <source>W&amp;orkflow</source>
        <translation>&amp;Workflow</translation>
    </message>
    <message>
        <source>The task is not on the board any more, or not among the cards loaded</source>
        <translation>Die Aufgabe ist nicht mehr auf dem Board oder nicht unter den geladenen Karten</translation>
    </message>
    <message>
        <source>The workflow was deleted</source>
        <translation>Der Workflow wurde gelöscht</translation>
    </message>
    <message>
        <source>The consultation is not listed</source>
        <translation>Die Beratung ist nicht aufgeführt</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Your preferences could not be read: %1</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This desktop has neither a tray nor a notification service: new notifications appear only here, in the list and the count beside Notifications.</source>
        <translation>Diese Arbeitsumgebung hat weder einen Infobereich noch einen Benachrichtigungsdienst: Neue Benachrichtigungen erscheinen nur hier, in der Liste und in der Anzahl neben „Benachrichtigungen“.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The workflows follow the new time zone from their next run on.</source>
        <translation>Die Workflows richten sich ab ihrer nächsten Ausführung nach der neuen Zeitzone.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Director of One %1&lt;/h3&gt;&lt;p&gt;A task board, workflows, consultations, analytics and notifications for a director who runs a department alone — in one window, on one database.&lt;/p&gt;&lt;p&gt;Database in use: %2&lt;/p&gt;&lt;p&gt;Licence: all rights reserved; no licence has been granted yet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Director of One %1&lt;/h3&gt;&lt;p&gt;Ein Board, Workflows, Beratungen, Auswertungen und Benachrichtigungen für Direktoren, die eine Abteilung allein führen – in einem Fenster, mit einer Datenbank.&lt;/p&gt;&lt;p&gt;Verwendete Datenbank: %2&lt;/p&gt;&lt;p&gt;Lizenz: alle Rechte vorbehalten; bisher wurde keine Lizenz erteilt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>doo::MemorySecretStore</name>
    <message>
        <source>no keychain</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <source>no password stored for %1</source>
        <translation>kein Passwort für %1 gespeichert</translation>
    </message>
    <message>
        <source>this session&apos;s memory</source>
        <translation>der Arbeitsspeicher dieser Sitzung</translation>
    </message>
</context>
<context>
    <name>doo::NotificationPopups</name>
    <message numerus="yes">
        <source>%n notifications during quiet hours</source>
        <translation>
            <numerusform>%n Benachrichtigung während der Ruhezeiten</numerusform>
            <numerusform>%n Benachrichtigungen während der Ruhezeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks due</source>
        <translation>
            <numerusform>%n Aufgabe fällig</numerusform>
            <numerusform>%n Aufgaben fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task reminders</source>
        <translation>
            <numerusform>%n Aufgabenerinnerung</numerusform>
            <numerusform>%n Aufgabenerinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notifications</source>
        <translation>
            <numerusform>%n neue Benachrichtigung</numerusform>
            <numerusform>%n neue Benachrichtigungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::NotificationSettingsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Pop up</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <source>These kinds pop up on the desktop; the others only appear in the Notifications view.</source>
        <translation>Diese Arten werden auf dem Desktop eingeblendet; die übrigen erscheinen nur in der Ansicht „Benachrichtigungen“.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Ruhezeiten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Pop-ups are held back in these hours and shown as one summary afterwards.</source>
        <translation>Einblendungen werden in diesen Stunden zurückgehalten und danach als eine Zusammenfassung angezeigt.</translation>
    </message>
    <message>
        <source>Weekly target</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Hours &amp;saved per week:</source>
        <translation>Eingesparte &amp;Stunden pro Woche:</translation>
    </message>
    <message>
        <source>When a week falls short of it, a budget alert says by how much.</source>
        <translation>Bleibt eine Woche darunter, meldet eine Budgetwarnung, um wie viel.</translation>
    </message>
    <message>
        <source>Keeping</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Delete &amp;read notifications after:</source>
        <translation>&amp;Gelesene Benachrichtigungen löschen nach:</translation>
    </message>
    <message>
        <source>&amp;Archive workflow runs after:</source>
        <translation>Workflow-Ausführungen &amp;archivieren nach:</translation>
    </message>
    <message>
        <source>Archived runs still count in the analytics.</source>
        <translation>Archivierte Ausführungen zählen weiterhin in der Auswertung.</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Delete read notifications after</source>
        <translation>Gelesene Benachrichtigungen löschen nach</translation>
    </message>
    <message>
        <source>Archive workflow runs after</source>
        <translation>Workflow-Ausführungen archivieren nach</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Ruhezeiten von</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Ruhezeiten bis</translation>
    </message>
</context>
<context>
    <name>doo::NotificationsView</name>
    <message>
        <source>All notifications</source>
        <translation>Alle Benachrichtigungen</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Nur ungelesene</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>No notifications match the filter.</source>
        <translation>Keine Benachrichtigung entspricht dem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n notifications read</source>
        <translation>
            <numerusform>%n Benachrichtigung als gelesen markiert</numerusform>
            <numerusform>%n Benachrichtigungen als gelesen markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show type</source>
        <translation>Nach Typ filtern</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Due tasks, finished and failed workflow runs, approvals waiting for you and new consultation requests arrive here and in the system tray. Workflows are what send most of them: start with one from a template.</source>
        <translation>Fällige Aufgaben, abgeschlossene und fehlgeschlagene Workflow-Ausführungen, Freigaben, die auf Sie warten, und neue Beratungsanfragen erscheinen hier und im Infobereich. Die meisten davon senden Workflows: Beginnen Sie mit einem aus einer Vorlage.</translation>
    </message>
    <message>
        <source>Start from a &amp;template…</source>
        <translation>Mit einer &amp;Vorlage beginnen…</translation>
    </message>
    <message>
        <source>No notifications yet</source>
        <translation>Noch keine Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>doo::OnboardingDialog</name>
    <message>
        <source>Welcome to Director of One</source>
        <translation>Willkommen bei Director of One</translation>
    </message>
    <message>
        <source>Tell us who you are. Your name and email mark your tasks, workflows and consultations in this database; company and department are optional.</source>
        <translation>Sagen Sie uns, wer Sie sind. Ihr Name und Ihre E-Mail-Adresse kennzeichnen Ihre Aufgaben, Workflows und Beratungen in dieser Datenbank; Firma und Abteilung sind optional.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>ihr.name@example.com</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Schedules run and dates count in this zone. Type part of a name to search.</source>
        <translation>Zeitpläne und Datumsangaben richten sich nach dieser Zeitzone. Geben Sie einen Teil eines Namens ein, um zu suchen.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Load sample data</source>
        <translation>Beispiel&amp;daten laden</translation>
    </message>
    <message>
        <source>About 60 tasks, ten workflows with three months of runs, consultations and notifications, to try things out before your own work moves in.</source>
        <translation>Etwa 60 Aufgaben, zehn Workflows mit Ausführungen aus drei Monaten, Beratungen und Benachrichtigungen – zum Ausprobieren, bevor Ihre eigene Arbeit einzieht.</translation>
    </message>
    <message>
        <source>You already have tasks in this database, so no sample data is added.</source>
        <translation>In dieser Datenbank gibt es bereits Aufgaben, daher werden keine Beispieldaten hinzugefügt.</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Wo Ihre Daten gespeichert werden</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Dieser &amp;Computer</translation>
    </message>
    <message>
        <source>A team &amp;server</source>
        <translation>Ein Team-&amp;Server</translation>
    </message>
    <message>
        <source>A database file in your home folder. Nothing to set up.</source>
        <translation>Eine Datenbankdatei in Ihrem Benutzerordner. Keine Einrichtung nötig.</translation>
    </message>
    <message>
        <source>A PostgreSQL server your team shares; you sign in with your own login. Continue opens the connection settings.</source>
        <translation>Ein PostgreSQL-Server, den Ihr Team gemeinsam nutzt; Sie melden sich mit Ihrem eigenen Login an. „Weiter“ öffnet die Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Choose a time zone from the list (type part of its name to find it).</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste (geben Sie einen Teil ihres Namens ein, um sie zu finden).</translation>
    </message>
</context>
<context>
    <name>doo::ProfileSettingsPage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Die dieses Computers (%1)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Schedules and calendar days follow this zone. A new zone re-times the workflows&apos; next runs as soon as you press OK or Apply.</source>
        <translation>Zeitpläne und Kalendertage richten sich nach dieser Zeitzone. Eine neue Zeitzone legt die nächsten Ausführungen der Workflows neu fest, sobald Sie OK oder Anwenden drücken.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>doo::SchedulerSettingsPage</name>
    <message>
        <source>Scheduler</source>
        <translation>Zeitplaner</translation>
    </message>
    <message>
        <source>Workflows on a schedule</source>
        <translation>Workflows mit Zeitplan</translation>
    </message>
    <message>
        <source>Run the workflows that fall due in this program</source>
        <translation>Fällige Workflows in diesem Programm ausführen</translation>
    </message>
    <message>
        <source>Turn this off when a separate &quot;director-of-one scheduler&quot; runs them on a server. Takes effect at once.</source>
        <translation>Schalten Sie dies aus, wenn ein separater „director-of-one scheduler“ sie auf einem Server ausführt. Wird sofort wirksam.</translation>
    </message>
    <message>
        <source>Pause the scheduler</source>
        <translation>Zeitplaner anhalten</translation>
    </message>
    <message>
        <source>While paused, no workflow runs on its schedule. The pause lasts across restarts until you resume.</source>
        <translation>Solange er angehalten ist, läuft kein Workflow nach seinem Zeitplan. Die Pause bleibt über Neustarts hinweg bestehen, bis Sie ihn fortsetzen.</translation>
    </message>
</context>
<context>
    <name>doo::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
</context>
<context>
    <name>doo::SettingsPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>doo::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Aktionen und Tasten durchsuchen</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>doo::StartupScreen</name>
    <message>
        <source>Director of One</source>
        <translation>Director of One</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The database cannot be opened&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Die Datenbank kann nicht geöffnet werden&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Change connection…</source>
        <translation>&amp;Verbindung ändern…</translation>
    </message>
    <message>
        <source>Open the &amp;local database</source>
        <translation>&amp;Lokale Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Restore the newest &amp;verified backup</source>
        <translation>Neueste &amp;geprüfte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no verified backup of this database in the data folder.</source>
        <translation>Im Datenordner gibt es keine geprüfte Sicherung dieser Datenbank.</translation>
    </message>
    <message>
        <source>The newest verified backup: %1</source>
        <translation>Die neueste geprüfte Sicherung: %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connect to your team&apos;s server&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mit dem Server Ihres Teams verbinden&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>doo::SummaryCard</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 ggü. %2</translation>
    </message>
    <message>
        <source>Change against the range of the same length just before, which had %1</source>
        <translation>Veränderung gegenüber dem unmittelbar vorangehenden Zeitraum gleicher Länge, der %1 hatte</translation>
    </message>
    <message>
        <source>Nothing in this or the previous period</source>
        <translation>Keine Werte in diesem und im vorangehenden Zeitraum</translation>
    </message>
    <message>
        <source>Nothing in the previous period</source>
        <translation>Keine Werte im vorangehenden Zeitraum</translation>
    </message>
</context>
<context>
    <name>doo::TaskCardDelegate</name>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Überfällig · %1</translation>
    </message>
    <message>
        <source>Overdue · today</source>
        <translation>Überfällig · heute</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>Abgebrochen am %1</translation>
    </message>
</context>
<context>
    <name>doo::TaskColumnModel</name>
    <message>
        <source>Added by %1 at %2</source>
        <translation>Von „%1“ um %2 angelegt</translation>
    </message>
    <message>
        <source>Moved by %1 at %2</source>
        <translation>Von „%1“ um %2 verschoben</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>Von „%1“ um %2 geändert</translation>
    </message>
</context>
<context>
    <name>doo::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>What needs to be done?</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. finance, q3</source>
        <translation>Durch Kommas getrennt, z. B. finanzen, q3</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Speichern (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Sch&amp;lagwörter:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field name, then what is wrong with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 → %2 — %3</source>
        <translation>%1 → %2 – %3</translation>
    </message>
    <message>
        <source>Created in %1 — %2</source>
        <translation>Angelegt in %1 – %2</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Noch keine Änderungen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>this task</source>
        <translation>diese Aufgabe</translation>
    </message>
    <message>
        <source>Showing their values for the fields you both changed, with your other changes; not saved yet.</source>
        <translation>Angezeigt werden die Werte der anderen Person für die Felder, die Sie beide geändert haben, zusammen mit Ihren übrigen Änderungen; noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: the task was changed elsewhere. Save again to compare.</source>
        <translation>Nicht gespeichert: Die Aufgabe wurde an anderer Stelle geändert. Speichern Sie erneut, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation>Fälligkeitsdatum und Uhrzeit</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>The task has changes that are not saved.</source>
        <translation>Die Aufgabe hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
</context>
<context>
    <name>doo::TeamIntents</name>
    <message>
        <source>choose a role</source>
        <translation>wählen Sie eine Rolle</translation>
    </message>
    <message>
        <source>enter a password for the new login</source>
        <translation>geben Sie ein Passwort für den neuen Login ein</translation>
    </message>
    <message>
        <source>the two passwords differ; type the same password in both fields</source>
        <translation>die beiden Passwörter unterscheiden sich; geben Sie in beiden Feldern dasselbe Passwort ein</translation>
    </message>
    <message>
        <source>a team lives on a PostgreSQL database; an SQLite file has one user and no logins</source>
        <translation>ein Team arbeitet mit einer PostgreSQL-Datenbank; eine SQLite-Datei hat einen Benutzer und keine Logins</translation>
    </message>
    <message>
        <source>your login %1 may not create or change logins (it lacks CREATEROLE): the database owner must do this, or give your login that right with ALTER ROLE %1 CREATEROLE</source>
        <translation>Ihr Login %1 darf keine Logins anlegen oder ändern (ihm fehlt CREATEROLE): das muss der Datenbankeigentümer tun, oder er gibt Ihrem Login dieses Recht mit ALTER ROLE %1 CREATEROLE</translation>
    </message>
    <message>
        <source>you cannot take away your own administrator role here; another administrator or the database owner can</source>
        <translation>Sie können sich hier nicht selbst die Administratorrolle entziehen; das kann ein anderer Administrator oder der Datenbankeigentümer</translation>
    </message>
    <message>
        <source>you cannot disable yourself here; another administrator or the database owner can</source>
        <translation>Sie können sich hier nicht selbst deaktivieren; das kann ein anderer Administrator oder der Datenbankeigentümer</translation>
    </message>
</context>
<context>
    <name>doo::TeamPage</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Everyone signs in to this database with their own login. Adding a person creates their login; an administrator&apos;s login is in the group that sees everyone&apos;s data. Disabling keeps the person&apos;s data and stops the login from signing in.</source>
        <translation>Jede Person meldet sich mit ihrem eigenen Login bei dieser Datenbank an. Beim Hinzufügen einer Person wird ihr Login angelegt; der Login eines Administrators gehört zu der Gruppe, die die Daten aller sieht. Deaktivieren behält die Daten der Person und verhindert, dass sich der Login anmeldet.</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3; they sign in with their own login.</source>
        <translation>%1 &lt;%2&gt; als %3 hinzugefügt; die Person meldet sich mit ihrem eigenen Login an.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>The role of %1 was not changed: %2</source>
        <translation>Die Rolle von %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Disable %1 &lt;%2&gt;? Their login can no longer sign in; their data stays.</source>
        <translation>%1 &lt;%2&gt; deaktivieren? Der Login kann sich dann nicht mehr anmelden; die Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Disable person</source>
        <translation>Person deaktivieren</translation>
    </message>
    <message>
        <source>%1 was not disabled: %2</source>
        <translation>%1 wurde nicht deaktiviert: %2</translation>
    </message>
    <message>
        <source>%1 is disabled; the login can no longer sign in.</source>
        <translation>%1 ist deaktiviert; der Login kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammitglieder</translation>
    </message>
</context>
<context>
    <name>doo::TeamTableModel</name>
    <message>
        <source>This user has no PostgreSQL login and cannot sign in to the team database</source>
        <translation>Dieser Benutzer hat keinen PostgreSQL-Login und kann sich nicht bei der Teamdatenbank anmelden</translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation>(kein Login)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
</context>
<context>
    <name>doo::TrayMenu</name>
    <message>
        <source>&amp;Open Director of One</source>
        <translation>Director of One ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <source>&amp;Resume scheduler</source>
        <translation>Zeitplaner fort&amp;setzen</translation>
    </message>
    <message>
        <source>&amp;Pause scheduler</source>
        <translation>Zeitplaner &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Waiting for approval</source>
        <translation>&amp;Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Cannot list them: %1</source>
        <translation>Auflisten nicht möglich: %1</translation>
    </message>
    <message>
        <source>Nothing waits for approval</source>
        <translation>Nichts wartet auf Freigabe</translation>
    </message>
    <message>
        <source>&amp;Waiting for approval (%1)</source>
        <translation>&amp;Wartet auf Freigabe (%1)</translation>
    </message>
    <message>
        <source>(approval task missing)</source>
        <translation>(Freigabeaufgabe fehlt)</translation>
    </message>
    <message>
        <source>%1 — “%2”</source>
        <translation>%1 – „%2“</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Could not decide: %1</source>
        <translation>Entscheidung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Approved: &quot;%1&quot; went on (%2)</source>
        <translation>Freigegeben: „%1“ ging weiter (%2)</translation>
    </message>
    <message>
        <source>Rejected: the run of &quot;%1&quot; was cancelled</source>
        <translation>Abgelehnt: die Ausführung von „%1“ wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>doo::TrayNotifier</name>
    <message>
        <source>Director of One</source>
        <translation>Director of One</translation>
    </message>
    <message numerus="yes">
        <source>Director of One: %n unread notifications</source>
        <translation>
            <numerusform>Director of One: %n ungelesene Benachrichtigung</numerusform>
            <numerusform>Director of One: %n ungelesene Benachrichtigungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::TriggerEditor</name>
    <message>
        <source>A task is created</source>
        <translation>Eine Aufgabe wird angelegt</translation>
    </message>
    <message>
        <source>A task changes status</source>
        <translation>Eine Aufgabe ändert ihren Status</translation>
    </message>
    <message>
        <source>A task is due soon</source>
        <translation>Eine Aufgabe wird bald fällig</translation>
    </message>
    <message>
        <source>A consultation is requested</source>
        <translation>Eine Beratung wird angefragt</translation>
    </message>
    <message>
        <source>A consultation is scheduled</source>
        <translation>Eine Beratung wird terminiert</translation>
    </message>
    <message>
        <source>A consultation is completed</source>
        <translation>Eine Beratung wird abgeschlossen</translation>
    </message>
    <message>
        <source>A consultation is cancelled</source>
        <translation>Eine Beratung wird abgesagt</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>On a schedule</source>
        <translation>Nach Zeitplan</translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation>Alle paar Minuten</translation>
    </message>
    <message>
        <source>When something happens</source>
        <translation>Wenn etwas geschieht</translation>
    </message>
    <message>
        <source>Only when started by hand</source>
        <translation>Nur bei manuellem Start</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>The workflow runs only when you choose Run now.</source>
        <translation>Der Workflow läuft nur, wenn Sie „Jetzt ausführen“ wählen.</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Cron-Ausdruck</translation>
    </message>
    <message>
        <source>A month without this day runs on its last day</source>
        <translation>In einem Monat ohne diesen Tag läuft er am letzten Tag</translation>
    </message>
    <message>
        <source>Minute, hour, day of month, month, day of week</source>
        <translation>Minute, Stunde, Tag des Monats, Monat, Wochentag</translation>
    </message>
    <message>
        <source>Run once to catch up after the program was closed</source>
        <translation>Einmal nachholen, wenn das Programm geschlossen war</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Next 5 runs</source>
        <translation>Nächste 5 Ausführungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Fällig innerhalb von</translation>
    </message>
</context>
<context>
    <name>doo::WindowHost</name>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>doo::WorkflowEditorDialog</name>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Weekly status report</source>
        <translation>Wöchentlicher Statusbericht</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes of work one run saves you (for the analytics)</source>
        <translation>Arbeitsminuten, die Ihnen eine Ausführung erspart (für die Auswertung)</translation>
    </message>
    <message>
        <source>Saves per run</source>
        <translation>Einsparung pro Ausführung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>When it runs</source>
        <translation>Wann er läuft</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was er tut</translation>
    </message>
    <message>
        <source>New workflow</source>
        <translation>Neuer Workflow</translation>
    </message>
    <message>
        <source>Edit workflow — %1</source>
        <translation>Workflow bearbeiten – %1</translation>
    </message>
    <message>
        <source>Valid · %1</source>
        <translation>Gültig · %1</translation>
    </message>
    <message>
        <source>Valid workflow file.</source>
        <translation>Gültige Workflow-Datei.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The workflow has changes that are not saved.</source>
        <translation>Der Workflow hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>this workflow</source>
        <translation>dieser Workflow</translation>
    </message>
    <message>
        <source>Showing their values for the fields you both changed, with your other changes; not saved yet.</source>
        <translation>Angezeigt werden die Werte der anderen Person für die Felder, die Sie beide geändert haben, zusammen mit Ihren übrigen Änderungen; noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: the workflow was changed elsewhere. Save again to compare.</source>
        <translation>Nicht gespeichert: Der Workflow wurde an anderer Stelle geändert. Speichern Sie erneut, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Workflow file (JSON)</source>
        <translation>Workflow-Datei (JSON)</translation>
    </message>
    <message>
        <source>Workflow files in the manual: triggers, actions, placeholders and examples</source>
        <translation>Workflow-Dateien im Handbuch: Auslöser, Aktionen, Platzhalter und Beispiele</translation>
    </message>
    <message>
        <source>The same workflow as a workflow file (see &lt;a href=&quot;help&quot;&gt;Workflow files&lt;/a&gt; in the manual). Edits here update the form as soon as they are valid.</source>
        <translation>Derselbe Workflow als Workflow-Datei (siehe &lt;a href=&quot;help&quot;&gt;Workflow-Dateien&lt;/a&gt; im Handbuch). Änderungen hier aktualisieren das Formular, sobald sie gültig sind.</translation>
    </message>
    <message>
        <source>Check of the workflow file</source>
        <translation>Prüfung der Workflow-Datei</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Click to go to line %1</source>
        <translation>Klicken, um zu Zeile %1 zu springen</translation>
    </message>
</context>
<context>
    <name>doo::WorkflowHistoryPanel</name>
    <message>
        <source>Runs</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Selected workflow</source>
        <translation>des ausgewählten Workflows</translation>
    </message>
    <message>
        <source>All workflows</source>
        <translation>aller Workflows</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Undo run…</source>
        <translation>Ausführung rückgängig machen…</translation>
    </message>
    <message>
        <source>Revert every task this run created or changed</source>
        <translation>Alle Aufgaben zurücksetzen, die diese Ausführung angelegt oder geändert hat</translation>
    </message>
    <message>
        <source>Runs of</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Choose a run to see what it did.</source>
        <translation>Wählen Sie eine Ausführung aus, um zu sehen, was sie getan hat.</translation>
    </message>
    <message>
        <source>Runs waiting for your approval. Approving runs the rest of the workflow; rejecting cancels the run.</source>
        <translation>Ausführungen, die auf Ihre Freigabe warten. Freigeben führt den Rest des Workflows aus; Ablehnen bricht die Ausführung ab.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Every save keeps the definition it replaced. The diff shows how a version differs from the current definition (– in the version, + now).</source>
        <translation>Jedes Speichern bewahrt die Definition auf, die es ersetzt hat. Der Vergleich zeigt, wie sich eine Version von der aktuellen Definition unterscheidet (– in der Version, + jetzt).</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Diese Version wiederherstellen</translation>
    </message>
    <message>
        <source>Undone on %1: its tasks were reverted and its time saved taken back.</source>
        <translation>Rückgängig gemacht am %1: ihre Aufgaben wurden zurückgesetzt und ihre eingesparte Zeit zurückgenommen.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>Was sie getan hat</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>No output recorded.</source>
        <translation>Keine Ausgabe aufgezeichnet.</translation>
    </message>
    <message>
        <source>This run cannot be undone: %1</source>
        <translation>Diese Ausführung kann nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>Undo run</source>
        <translation>Ausführung rückgängig machen</translation>
    </message>
    <message>
        <source>No task is touched.</source>
        <translation>Keine Aufgabe ist betroffen.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängig machen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(approval task missing)</source>
        <translation>(Freigabeaufgabe fehlt)</translation>
    </message>
    <message>
        <source>%1 — “%2”, waiting since %3</source>
        <translation>%1 – „%2“, wartet seit %3</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Freigaben (%1)</translation>
    </message>
    <message>
        <source>Could not decide: %1</source>
        <translation>Entscheidung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Approved: &quot;%1&quot; went on (%2)</source>
        <translation>Freigegeben: „%1“ läuft weiter (%2)</translation>
    </message>
    <message>
        <source>Rejected: the run of &quot;%1&quot; was cancelled</source>
        <translation>Abgelehnt: Die Ausführung von „%1“ wurde abgebrochen</translation>
    </message>
    <message>
        <source>Version %1 · replaced %2</source>
        <translation>Version %1 · ersetzt %2</translation>
    </message>
    <message>
        <source>No earlier versions: this workflow has not been changed since it was created.</source>
        <translation>Keine früheren Versionen: Dieser Workflow wurde seit seiner Erstellung nicht geändert.</translation>
    </message>
    <message>
        <source>Could not restore version %1: %2</source>
        <translation>Version %1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Restored version %1 of &quot;%2&quot;</source>
        <translation>Version %1 von „%2“ wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>Undo this run? %n tasks will be reverted in one step, and the time it saved is taken back out of the analytics.</source>
        <translation>
            <numerusform>Diese Ausführung rückgängig machen? %n Aufgabe wird in einem Schritt zurückgesetzt, und die eingesparte Zeit wird wieder aus der Auswertung genommen.</numerusform>
            <numerusform>Diese Ausführung rückgängig machen? %n Aufgaben werden in einem Schritt zurückgesetzt, und die eingesparte Zeit wird wieder aus der Auswertung genommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run of &quot;%1&quot; undone: %n tasks reverted</source>
        <translation>
            <numerusform>Ausführung von „%1“ rückgängig gemacht: %n Aufgabe zurückgesetzt</numerusform>
            <numerusform>Ausführung von „%1“ rückgängig gemacht: %n Aufgaben zurückgesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>What the run did</source>
        <translation>Was die Ausführung getan hat</translation>
    </message>
    <message>
        <source>Runs waiting for approval</source>
        <translation>Ausführungen, die auf Freigabe warten</translation>
    </message>
    <message>
        <source>Differences from the current definition</source>
        <translation>Unterschiede zur aktuellen Definition</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run this failed run&apos;s workflow again now</source>
        <translation>Den Workflow dieser fehlgeschlagenen Ausführung jetzt erneut ausführen</translation>
    </message>
    <message>
        <source>Double-click a run to open the card of the task it created or changed</source>
        <translation>Doppelklicken Sie auf eine Ausführung, um die Karte der Aufgabe zu öffnen, die sie angelegt oder geändert hat</translation>
    </message>
    <message>
        <source>Scheduled %1, started %2, took %3.</source>
        <translation>Geplant für %1, gestartet %2, nach %3 beendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks created, %1 changed; %2 saved.</source>
        <translation>
            <numerusform>%n Aufgabe angelegt, %1 geändert; %2 eingespart.</numerusform>
            <numerusform>%n Aufgaben angelegt, %1 geändert; %2 eingespart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the card on the board</source>
        <translation>Karte auf dem Board öffnen</translation>
    </message>
    <message>
        <source>This run did not create or change a task</source>
        <translation>Diese Ausführung hat keine Aufgabe angelegt oder geändert</translation>
    </message>
</context>
<context>
    <name>doo::WorkflowListModel</name>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On its event</source>
        <translation>Bei Ereignis</translation>
    </message>
    <message>
        <source>When started</source>
        <translation>Bei manuellem Start</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Noch nie ausgeführt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Eingesparte Stunden</translation>
    </message>
</context>
<context>
    <name>doo::WorkflowScheduler</name>
    <message>
        <source>Workflow &quot;%1&quot; was interrupted</source>
        <translation>Workflow „%1“ wurde unterbrochen</translation>
    </message>
    <message>
        <source>%1 (failed %2 times)</source>
        <translation>%1 (%2-mal fehlgeschlagen)</translation>
    </message>
    <message>
        <source>not started: its chain of workflow runs reached the limit of new tasks</source>
        <translation>nicht gestartet: Seine Kette von Workflow-Läufen hat die Grenze für neue Aufgaben erreicht</translation>
    </message>
</context>
<context>
    <name>doo::WorkflowsView</name>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Blank workflow…</source>
        <translation>Leerer Workflow…</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>Aus einer Vorlage</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Dry run…</source>
        <translation>Probelauf…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the workflows and their runs again (F5)</source>
        <translation>Workflows und ihre Ausführungen neu einlesen (F5)</translation>
    </message>
    <message>
        <source>Filter by name, description or frequency</source>
        <translation>Nach Name, Beschreibung oder Häufigkeit filtern</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>On and off</source>
        <translation>An und aus</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; saved</source>
        <translation>Workflow „%1“ gespeichert</translation>
    </message>
    <message>
        <source>There is no template for %1 workflows.</source>
        <translation>Für %1-Workflows gibt es keine Vorlage.</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;…</source>
        <translation>„%1“ wird ausgeführt…</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>„%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for your approval (a task in Review)</source>
        <translation>„%1“ wartet auf Ihre Freigabe (eine Aufgabe in Prüfung)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot; (switched off)</source>
        <translation>Dupliziert als „%1“ (ausgeschaltet)</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; — Ctrl+Z brings it back</source>
        <translation>„%1“ gelöscht – Ctrl+Z holt ihn zurück</translation>
    </message>
    <message>
        <source>Dry run — %1</source>
        <translation>Probelauf – %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workflows, %1 on · %2 shown</source>
        <translation>
            <numerusform>%n Workflow, %1 an · %2 angezeigt</numerusform>
            <numerusform>%n Workflows, %1 an · %2 angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; ran: %n tasks created</source>
        <translation>
            <numerusform>„%1“ ausgeführt: %n Aufgabe angelegt</numerusform>
            <numerusform>„%1“ ausgeführt: %n Aufgaben angelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Open the selected workflow in the editor</source>
        <translation>Ausgewählten Workflow im Editor öffnen</translation>
    </message>
    <message>
        <source>Filter workflows</source>
        <translation>Workflows filtern</translation>
    </message>
    <message>
        <source>Show type</source>
        <translation>Nach Typ filtern</translation>
    </message>
    <message>
        <source>Show on or off</source>
        <translation>Nach an/aus filtern</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No workflows yet</source>
        <translation>Noch keine Workflows</translation>
    </message>
    <message>
        <source>A workflow does recurring work for you: it creates and moves tasks, reminds you and writes reports. Start from a template and adjust it.</source>
        <translation>Ein Workflow erledigt wiederkehrende Arbeit für Sie: Er legt Aufgaben an und verschiebt sie, erinnert Sie und schreibt Berichte. Beginnen Sie mit einer Vorlage und passen Sie sie an.</translation>
    </message>
    <message>
        <source>No workflow matches the filter</source>
        <translation>Kein Workflow entspricht dem Filter</translation>
    </message>
    <message>
        <source>No workflow matches “%1”</source>
        <translation>Kein Workflow passt zu „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n workflows are hidden by the filter.</source>
        <translation>
            <numerusform>%n Workflow wird durch den Filter ausgeblendet.</numerusform>
            <numerusform>%n Workflows werden durch den Filter ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workflow of this run was deleted.</source>
        <translation>Der Workflow dieser Ausführung wurde gelöscht.</translation>
    </message>
</context>
</TS>
