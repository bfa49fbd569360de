<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionRunner</name>
    <message>
        <source>Wait for the approval; if approved, go on with:</source>
        <translation>Attendre l&apos;approbation ; si elle est accordée, continuer avec :</translation>
    </message>
    <message>
        <source>Create task &quot;%1&quot; (%2</source>
        <translation>Créer la tâche « %1 » (%2</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, échéance %1</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>statut %1 → %2</translation>
    </message>
    <message>
        <source>priority %1 → %2</source>
        <translation>priorité %1 → %2</translation>
    </message>
    <message>
        <source>tags [%1] → [%2]</source>
        <translation>étiquettes [%1] → [%2]</translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <translation>échéance %1 → %2</translation>
    </message>
    <message>
        <source>Change task &quot;%1&quot;: %2</source>
        <translation>Modifier la tâche « %1 » : %2</translation>
    </message>
    <message>
        <source>… and %1 more tasks</source>
        <translation>… et %1 autres tâches</translation>
    </message>
    <message>
        <source>No task matches the filter</source>
        <translation>Aucune tâche ne correspond au filtre</translation>
    </message>
    <message>
        <source>Notify (%1): %2</source>
        <translation>Notifier (%1) : %2</translation>
    </message>
    <message>
        <source>Approval requested: %1</source>
        <translation>Approbation demandée : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for your decision: complete the task to approve, cancel it to reject.</source>
        <translation>« %1 » attend votre décision : terminez la tâche pour approuver, annulez-la pour refuser.</translation>
    </message>
    <message>
        <source>Ask for approval with the task &quot;%1&quot; in Review, then wait</source>
        <translation>Demander l&apos;approbation avec la tâche « %1 » en revue, puis attendre</translation>
    </message>
    <message>
        <source>Write the daily report to %1</source>
        <translation>Écrire le rapport quotidien dans %1</translation>
    </message>
    <message>
        <source>Write the monthly report to %1</source>
        <translation>Écrire le rapport mensuel dans %1</translation>
    </message>
    <message>
        <source>Write the weekly report to %1</source>
        <translation>Écrire le rapport hebdomadaire dans %1</translation>
    </message>
    <message>
        <source>Export the consultations to %1</source>
        <translation>Exporter les consultations vers %1</translation>
    </message>
    <message>
        <source>Export the tasks to %1</source>
        <translation>Exporter les tâches vers %1</translation>
    </message>
    <message numerus="yes">
        <source>stopped: the workflow runs that follow from one event may create at most %n tasks together</source>
        <translation>
            <numerusform>arrêté : les exécutions de workflows qui suivent un même événement peuvent créer au plus %n tâche ensemble</numerusform>
            <numerusform>arrêté : les exécutions de workflows qui suivent un même événement peuvent créer au plus %n tâches ensemble</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped: your workflows may create at most %n tasks a minute</source>
        <translation>
            <numerusform>arrêté : vos workflows peuvent créer au plus %n tâche par minute</numerusform>
            <numerusform>arrêté : vos workflows peuvent créer au plus %n tâches par minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalyticsRepository</name>
    <message>
        <source>analytics day</source>
        <translation>jour d&apos;analyse</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>the user %1 is deactivated</source>
        <translation>l&apos;utilisateur %1 est désactivé</translation>
    </message>
    <message>
        <source>the login %1 is not linked to an active user of this database; ask the owner or an administrator to run `director-of-one team add-user`</source>
        <translation>l&apos;identifiant %1 n&apos;est lié à aucun utilisateur actif de cette base de données ; demandez au propriétaire ou à un administrateur d&apos;exécuter `director-of-one team add-user`</translation>
    </message>
    <message>
        <source>--user is for administrators: the login %1 is %2&apos;s</source>
        <translation>--user est réservé aux administrateurs : l&apos;identifiant %1 est celui de %2</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>this run is not waiting for an approval (it is %1)</source>
        <translation>cette exécution n&apos;attend pas d&apos;approbation (statut : %1)</translation>
    </message>
    <message>
        <source>the approval task of this run was deleted: the run can only be rejected</source>
        <translation>la tâche d&apos;approbation de cette exécution a été supprimée : l&apos;exécution peut seulement être refusée</translation>
    </message>
    <message>
        <source>the approval task was cancelled: the run is rejected</source>
        <translation>la tâche d&apos;approbation a été annulée : l&apos;exécution est refusée</translation>
    </message>
    <message>
        <source>the approval task was completed: the run is approved</source>
        <translation>la tâche d&apos;approbation a été terminée : l&apos;exécution est approuvée</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>the automatic backup failed, so nothing was changed: %1</source>
        <translation>la sauvegarde automatique a échoué, rien n&apos;a donc été modifié : %1</translation>
    </message>
    <message>
        <source>Restore a backup with `director-of-one db restore FILE`; there is no backup of it in %1.</source>
        <translation>Restaurez une sauvegarde avec `director-of-one db restore FILE` ; il n&apos;en existe aucune sauvegarde dans %1.</translation>
    </message>
    <message>
        <source>Restore a backup with `director-of-one db restore FILE`; the newest verified backup is %1.</source>
        <translation>Restaurez une sauvegarde avec `director-of-one db restore FILE` ; la sauvegarde vérifiée la plus récente est %1.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>BackupIntents</name>
    <message>
        <source>Backed up and verified: %1</source>
        <translation>Sauvegarde effectuée et vérifiée : %1</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Base de données restaurée à partir de %1.</translation>
    </message>
    <message>
        <source>Restored from %1; the database as it was is kept in %2.</source>
        <translation>Base de données restaurée à partir de %1 ; la base dans son état précédent est conservée dans %2.</translation>
    </message>
    <message>
        <source>Daily backup made in %1</source>
        <translation>Sauvegarde quotidienne effectuée dans %1</translation>
    </message>
</context>
<context>
    <name>BudgetAlerts</name>
    <message>
        <source>Weekly target missed: %1 hours short</source>
        <translation>Objectif hebdomadaire non atteint : il manque %1 heures</translation>
    </message>
    <message>
        <source>The week starting %1 saved %2 of the %3 hours you aim for: %4 hours short.</source>
        <translation>La semaine commençant le %1 a fait gagner %2 des %3 heures visées : il manque %4 heures.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failed</source>
        <translation>
            <numerusform>%1 : %n échec</numerusform>
            <numerusform>%1 : %n échecs</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed runs that usually save %1 hours: %2.</source>
        <translation>Exécutions échouées qui font habituellement gagner %1 heures : %2.</translation>
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
        <translation>Consultation : %1</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Réservation %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-mail : %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Service : %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 est indiqué plus d&apos;une fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation>« %1 » n&apos;est pas une date ; utilisez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>must not be before --from (%1)</source>
        <translation>ne doit pas précéder --from (%1)</translation>
    </message>
    <message>
        <source>Analytics %1 to %2 (%3 days), compared with %4 to %5</source>
        <translation>Analyses du %1 au %2 (%3 jours), comparées à la période du %4 au %5</translation>
    </message>
    <message>
        <source>metric: unknown value &quot;%1&quot; (use %2)</source>
        <translation>metric : valeur inconnue « %1 » (utilisez %2)</translation>
    </message>
    <message>
        <source>bucket: unknown value &quot;%1&quot; (use day, week, month)</source>
        <translation>bucket : valeur inconnue « %1 » (utilisez day, week, month)</translation>
    </message>
    <message>
        <source>analytics needs a command</source>
        <translation>analytics attend une commande</translation>
    </message>
    <message>
        <source>unknown analytics command &quot;%1&quot;</source>
        <translation>commande analytics inconnue « %1 »</translation>
    </message>
    <message>
        <source>: use summary or series</source>
        <translation> : utilisez summary ou series</translation>
    </message>
    <message>
        <source>analytics series: --metric is required (%1)</source>
        <translation>analytics series : --metric est obligatoire (%1)</translation>
    </message>
    <message>
        <source>usage: director-of-one analytics summary [--from D] [--to D] [--json]
       director-of-one analytics series --metric M [--bucket day|week|month] [--from D] [--to D] [--json]</source>
        <translation>utilisation : director-of-one analytics summary [--from D] [--to D] [--json]
              director-of-one analytics series --metric M [--bucket day|week|month] [--from D] [--to D] [--json]</translation>
    </message>
    <message>
        <source>export report: --pdf FILE is required</source>
        <translation>export report : --pdf FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>usage: director-of-one export report --pdf FILE [--from D] [--to D]</source>
        <translation>utilisation : director-of-one export report --pdf FICHIER [--from D] [--to D]</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Wrote the report for %1 to %2 to %3</source>
        <translation>Rapport du %1 au %2 écrit dans %3</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;
</source>
        <translation>commande inconnue « %1 »
</translation>
    </message>
    <message>
        <source>%1 needs a command</source>
        <translation>%1 attend une commande</translation>
    </message>
    <message>
        <source>unknown %1 command &quot;%2&quot;</source>
        <translation>commande %1 inconnue « %2 »</translation>
    </message>
    <message>
        <source>: use %1</source>
        <translation> : utilisez %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (quote a text that has spaces)</source>
        <translation>argument inattendu « %1 » (mettez entre guillemets un texte qui contient des espaces)</translation>
    </message>
    <message>
        <source>usage: director-of-one %1</source>
        <translation>utilisation : director-of-one %1</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>no consultation &quot;%1&quot; (give its booking id, e.g. DO-2026-000123, or its id)</source>
        <translation>aucune consultation « %1 » (indiquez son numéro de réservation, p. ex. DO-2026-000123, ou son id)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time; use YYYY-MM-DDTHH:MM</source>
        <translation>« %1 » n&apos;est pas une date et heure ; utilisez AAAA-MM-JJTHH:MM</translation>
    </message>
    <message>
        <source>warning: %1 overlaps %2 (%3) at %4</source>
        <translation>avertissement : %1 chevauche %2 (%3) à %4</translation>
    </message>
    <message>
        <source>Created consultation %1: %2 &lt;%3&gt;</source>
        <translation>Consultation %1 créée : %2 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>BOOKING</source>
        <translation>RÉSERVATION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation>PLANIFIÉE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>ENTREPRISE</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Requests:           %1 (%2 pending, %3 scheduled, %4 completed, %5 cancelled)</source>
        <translation>Demandes :                   %1 (%2 en attente, %3 planifiées, %4 terminées, %5 annulées)</translation>
    </message>
    <message>
        <source>Completion rate:    %1 of the closed requests</source>
        <translation>Taux de réalisation :        %1 des demandes clôturées</translation>
    </message>
    <message>
        <source>No-show rate:       %1 of the meetings that came due (%2 no-shows)</source>
        <translation>Taux d&apos;absence :             %1 des rendez-vous arrivés à échéance (%2 absences)</translation>
    </message>
    <message>
        <source>Days to meeting:    %1 on average</source>
        <translation>Jours jusqu&apos;au rendez-vous : %1 en moyenne</translation>
    </message>
    <message>
        <source>Requests per week (last %1):</source>
        <translation>Demandes par semaine (%1 dernières) :</translation>
    </message>
    <message>
        <source>consultation add: %1 is required
usage: director-of-one %2</source>
        <translation>consultation add : %1 est obligatoire
utilisation : director-of-one %2</translation>
    </message>
    <message>
        <source>consultation cancel: --reason is required
usage: director-of-one %1</source>
        <translation>consultation cancel : --reason est obligatoire
utilisation : director-of-one %1</translation>
    </message>
    <message>
        <source>Scheduled %1 (%2) for %3</source>
        <translation>%1 (%2) planifiée pour le %3</translation>
    </message>
    <message>
        <source>Completed %1 (%2)</source>
        <translation>%1 (%2) terminée</translation>
    </message>
    <message>
        <source>Cancelled %1 (%2): %3</source>
        <translation>%1 (%2) annulée : %3</translation>
    </message>
    <message>
        <source>Marked %1 (%2) as a no-show</source>
        <translation>%1 (%2) marquée comme absence</translation>
    </message>
    <message>
        <source>Current user: %1 &lt;%2&gt;</source>
        <translation>Utilisateur actuel : %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Backend:        %1</source>
        <translation>Moteur :            %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Version du schéma : %1 (ce programme : %2)</translation>
    </message>
    <message>
        <source>The schema needs an upgrade: run `director-of-one db migrate`.</source>
        <translation>Le schéma doit être mis à niveau : exécutez `director-of-one db migrate`.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Director of One.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Director of One.</translation>
    </message>
    <message>
        <source>Seeded for %1: %2 tasks, %3 workflows, %4 executions, %5 days of analytics, %6 consultations, %7 notifications.</source>
        <translation>Données d&apos;exemple pour %1 : %2 tâches, %3 workflows, %4 exécutions, %5 jours d&apos;analyses, %6 consultations, %7 notifications.</translation>
    </message>
    <message>
        <source>db reset deletes every row of the database; add --yes to confirm</source>
        <translation>db reset supprime toutes les lignes de la base de données ; ajoutez --yes pour confirmer</translation>
    </message>
    <message>
        <source>The database was reset to schema version %1; local profile %2.</source>
        <translation>La base de données a été réinitialisée à la version de schéma %1 ; profil local %2.</translation>
    </message>
    <message>
        <source>--kind is required</source>
        <translation>--kind est obligatoire</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;</source>
        <translation>--kind inconnu « %1 »</translation>
    </message>
    <message>
        <source> (tasks or consultations)
usage: director-of-one %1</source>
        <translation> (tasks ou consultations)
utilisation : director-of-one %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>%1 écrit dans %2</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n already there</source>
        <translation>
            <numerusform>; %n déjà présente</numerusform>
            <numerusform>; %n déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n invalid skipped</source>
        <translation>
            <numerusform>; %n non valide ignorée</numerusform>
            <numerusform>; %n non valides ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>the tasks</source>
        <translation>les tâches</translation>
    </message>
    <message>
        <source>the consultations</source>
        <translation>les consultations</translation>
    </message>
    <message>
        <source>the calendar</source>
        <translation>le calendrier</translation>
    </message>
    <message>
        <source>%1 is missing (looked in %2)</source>
        <translation>%1 est introuvable (recherché dans %2)</translation>
    </message>
    <message>
        <source>cannot load the window module: %1</source>
        <translation>impossible de charger le module de fenêtre : %1</translation>
    </message>
    <message>
        <source>scheduler: unexpected argument &quot;%1&quot;</source>
        <translation>scheduler : argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; use ISO 8601, e.g. 2026-11-30T09:00 (local) or 2026-11-30T08:00Z</source>
        <translation>« %1 » n&apos;est pas une heure ; utilisez ISO 8601, p. ex. 2026-11-30T09:00 (heure locale) ou 2026-11-30T08:00Z</translation>
    </message>
    <message>
        <source>Scheduler running for %1 (next run %2); stop with Ctrl+C.</source>
        <translation>Planificateur actif pour %1 (prochaine exécution %2) ; arrêtez-le avec Ctrl+C.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Scheduler stopped.</source>
        <translation>Planificateur arrêté.</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (use %2)</source>
        <translation>valeur inconnue « %1 » (utilisez %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short; give the id or at least its first %2 characters</source>
        <translation>« %1 » est trop court ; indiquez l&apos;id ou au moins ses %2 premiers caractères</translation>
    </message>
    <message>
        <source>no task with an id starting with &quot;%1&quot;</source>
        <translation>aucune tâche dont l&apos;id commence par « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one task; give more characters</source>
        <translation>« %1 » correspond à plusieurs tâches ; indiquez plus de caractères</translation>
    </message>
    <message>
        <source>Created task %1: %2</source>
        <translation>Tâche %1 créée : %2</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÉ</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>ÉTIQUETTES</translation>
    </message>
    <message>
        <source>Task %1 is already completed: %2</source>
        <translation>La tâche %1 est déjà terminée : %2</translation>
    </message>
    <message>
        <source>Moved task %1 to %2: %3</source>
        <translation>Tâche %1 déplacée vers %2 : %3</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1 (1 is the top of the column), not &quot;%1&quot;</source>
        <translation>doit être un nombre entier d&apos;au moins 1 (1 est le haut de la colonne), et non « %1 »</translation>
    </message>
    <message>
        <source>Deleted task %1: %2</source>
        <translation>Tâche %1 supprimée : %2</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;
  role:        %3
  company:     %4
  department:  %5
  time zone:   %6
</source>
        <translation>%1 &lt;%2&gt;
  rôle :           %3
  entreprise :     %4
  service :        %5
  fuseau horaire : %6
</translation>
    </message>
    <message>
        <source>the computer&apos;s</source>
        <translation>celui de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>user needs show or set
usage: director-of-one %1</source>
        <translation>user attend show ou set
utilisation : director-of-one %1</translation>
    </message>
    <message>
        <source>user %1: unexpected argument &quot;%2&quot;</source>
        <translation>user %1 : argument inattendu « %2 »</translation>
    </message>
    <message>
        <source>user %1: unknown option %2
usage: director-of-one %3</source>
        <translation>user %1 : option inconnue %2
utilisation : director-of-one %3</translation>
    </message>
    <message>
        <source>user %1: unknown option %2</source>
        <translation>user %1 : option inconnue %2</translation>
    </message>
    <message>
        <source>no workflow with the id or name &quot;%1&quot;</source>
        <translation>aucun workflow avec l&apos;id ou le nom « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one workflow; give more of the id</source>
        <translation>« %1 » désigne plusieurs workflows ; indiquez une plus grande partie de l&apos;id</translation>
    </message>
    <message>
        <source>give the workflow file with --file F.json</source>
        <translation>indiquez le fichier du workflow avec --file F.json</translation>
    </message>
    <message>
        <source>%1 is larger than 64 KiB</source>
        <translation>%1 dépasse 64 Kio</translation>
    </message>
    <message>
        <source>on </source>
        <translation>oui</translation>
    </message>
    <message>
        <source>off</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Added workflow %1: %2 (%3; next run %4)</source>
        <translation>Workflow %1 ajouté : %2 (%3 ; prochaine exécution %4)</translation>
    </message>
    <message>
        <source>Updated workflow %1: %2 (%3; next run %4)</source>
        <translation>Workflow %1 mis à jour : %2 (%3 ; prochaine exécution %4)</translation>
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
  nom :                 %2
  type :                %3
  déclencheur :         %4
  actif :               %5
  prochaine exécution : %6
  dernière exécution :  %7
  gain :                %8 min par exécution
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>A run of &quot;%1&quot; now would (nothing is written):</source>
        <translation>Une exécution de « %1 » maintenant ferait ceci (rien n&apos;est écrit) :</translation>
    </message>
    <message>
        <source>Enabled workflow %1 (next run %2)</source>
        <translation>Workflow %1 activé (prochaine exécution %2)</translation>
    </message>
    <message>
        <source>Disabled workflow %1</source>
        <translation>Workflow %1 désactivé</translation>
    </message>
    <message>
        <source>Workflow %1 is at version %2.</source>
        <translation>Le workflow %1 est à la version %2.</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>remplacée le %1</translation>
    </message>
    <message>
        <source>invalid trigger</source>
        <translation>déclencheur non valide</translation>
    </message>
    <message>
        <source>VERSION must be a version number (as workflow versions lists them), not &quot;%1&quot;</source>
        <translation>VERSION doit être un numéro de version (tel que workflow versions les liste), et non « %1 »</translation>
    </message>
    <message>
        <source>Restored version %1 of workflow %2: it is now version %3 (%4; next run %5)</source>
        <translation>Version %1 du workflow %2 restaurée : c&apos;est maintenant la version %3 (%4 ; prochaine exécution %5)</translation>
    </message>
    <message>
        <source>workflow needs a command</source>
        <translation>workflow attend une commande</translation>
    </message>
    <message>
        <source>unknown workflow command &quot;%1&quot;</source>
        <translation>commande workflow inconnue « %1 »</translation>
    </message>
    <message>
        <source>: use list, add, update, show, export, run, dry-run, enable, disable, history, versions, restore, runs, undo-run, approve or reject</source>
        <translation> : utilisez list, add, update, show, export, run, dry-run, enable, disable, history, versions, restore, runs, undo-run, approve ou reject</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short; give the run&apos;s id or at least its first %2 characters</source>
        <translation>« %1 » est trop court ; indiquez l&apos;id de l&apos;exécution ou au moins ses %2 premiers caractères</translation>
    </message>
    <message>
        <source>no workflow run with an id starting with &quot;%1&quot;</source>
        <translation>aucune exécution de workflow dont l&apos;id commence par « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one run; give more characters</source>
        <translation>« %1 » correspond à plusieurs exécutions ; indiquez plus de caractères</translation>
    </message>
    <message>
        <source>--status: use RUNNING, WAITING, SUCCESS, FAILED or CANCELLED</source>
        <translation>--status : utilisez RUNNING, WAITING, SUCCESS, FAILED ou CANCELLED</translation>
    </message>
    <message>
        <source>Undoing run %1 of &quot;%2&quot; (%3) would:</source>
        <translation>Défaire l&apos;exécution %1 de « %2 » (%3) :</translation>
    </message>
    <message>
        <source>change no task</source>
        <translation>ne modifier aucune tâche</translation>
    </message>
    <message>
        <source>nothing was undone: pass --yes to undo the run</source>
        <translation>rien n&apos;a été défait : ajoutez --yes pour défaire l&apos;exécution</translation>
    </message>
    <message>
        <source>Undo? [y/N]</source>
        <translation>Défaire ? [y/N]</translation>
    </message>
    <message>
        <source>nothing was undone</source>
        <translation>rien n&apos;a été défait</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>défaite le %1</translation>
    </message>
    <message>
        <source>Approved; the run of &quot;%1&quot; went on:</source>
        <translation>Approuvée ; l&apos;exécution de « %1 » a continué :</translation>
    </message>
    <message>
        <source>Rejected; the run of &quot;%1&quot; stopped:</source>
        <translation>Refusée ; l&apos;exécution de « %1 » s&apos;est arrêtée :</translation>
    </message>
    <message>
        <source>cannot load the drawing module: %1</source>
        <translation>impossible de charger le module de dessin : %1</translation>
    </message>
    <message>
        <source>scheduler --team needs a PostgreSQL team database</source>
        <translation>scheduler --team nécessite une base d&apos;équipe PostgreSQL</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>scheduler: unknown option %1
%2</source>
        <translation>scheduler : option inconnue %1
%2</translation>
    </message>
    <message>
        <source>scheduler: --team goes with --files DIR (and without --user)
%1</source>
        <translation>scheduler : --team s&apos;utilise avec --files DIR (et sans --user)
%1</translation>
    </message>
    <message>
        <source>the team (login %1)</source>
        <translation>l&apos;équipe (identifiant %1)</translation>
    </message>
    <message>
        <source>the password is read from the first line of standard input, which is empty</source>
        <translation>le mot de passe est lu sur la première ligne de l&apos;entrée standard, qui est vide</translation>
    </message>
    <message>
        <source>Password for the login %1: </source>
        <translation>Mot de passe de l&apos;identifiant %1 : </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Le même mot de passe à nouveau : </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>les deux mots de passe diffèrent ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>le mot de passe est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use ADMIN, DIRECTOR, MANAGER or USER</source>
        <translation>« %1 » n&apos;est pas un rôle ; utilisez ADMIN, DIRECTOR, MANAGER ou USER</translation>
    </message>
    <message>
        <source>usage: director-of-one team add-user EMAIL --name N --role R --login L</source>
        <translation>utilisation : director-of-one team add-user EMAIL --name N --role R --login L</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; (%3) with the login %4.</source>
        <translation>Utilisateur %1 &lt;%2&gt; (%3) ajouté avec l&apos;identifiant %4.</translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation>(aucun identifiant)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>team needs add-user, list, set-role or disable
usage: director-of-one %1</source>
        <translation>team attend add-user, list, set-role ou disable
utilisation : director-of-one %1</translation>
    </message>
    <message>
        <source>team %1: unknown option %2
usage: director-of-one %3</source>
        <translation>team %1 : option inconnue %2
utilisation : director-of-one %3</translation>
    </message>
    <message>
        <source>team %1: unknown option %2</source>
        <translation>team %1 : option inconnue %2</translation>
    </message>
    <message>
        <source>team commands need a PostgreSQL team database (this one is an SQLite file with one user)</source>
        <translation>les commandes team nécessitent une base d&apos;équipe PostgreSQL (celle-ci est un fichier SQLite à un seul utilisateur)</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est désormais %2.</translation>
    </message>
    <message>
        <source>%1 is disabled; the login can no longer sign in.</source>
        <translation>%1 : compte désactivé ; l&apos;identifiant ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>File size:      %1</source>
        <translation>Taille du fichier : %1</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 and verified it (%3).</source>
        <translation>Base %1 sauvegardée dans %2 et vérifiée (%3).</translation>
    </message>
    <message>
        <source>db restore replaces the database %1; add --yes to confirm (there is no terminal to ask on)</source>
        <translation>db restore remplace la base de données %1 ; ajoutez --yes pour confirmer (aucun terminal pour poser la question)</translation>
    </message>
    <message>
        <source>%1 is a verified backup (%2).</source>
        <translation>%1 est une sauvegarde vérifiée (%2).</translation>
    </message>
    <message>
        <source>Replace the database %1 with it? The database as it is now is kept as a backup in %2. [y/N]</source>
        <translation>Remplacer la base de données %1 par celle-ci ? La base de données dans son état actuel est conservée comme sauvegarde dans %2. [y/N]</translation>
    </message>
    <message>
        <source>nothing was restored</source>
        <translation>rien n&apos;a été restauré</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3).</source>
        <translation>Base %1 restaurée à partir de %2 (%3).</translation>
    </message>
    <message>
        <source>The database as it was is kept in %1.</source>
        <translation>La base de données dans son état précédent est conservée dans %1.</translation>
    </message>
    <message>
        <source>usage: director-of-one db migrate|status|seed|reset --yes|backup FILE|restore FILE [--yes]</source>
        <translation>utilisation : director-of-one db migrate|status|seed|reset --yes|backup FILE|restore FILE [--yes]</translation>
    </message>
    <message>
        <source>unknown db command &quot;%1&quot;: use migrate, status, seed, reset, backup or restore</source>
        <translation>commande db inconnue « %1 » : utilisez migrate, status, seed, reset, backup ou restore</translation>
    </message>
    <message>
        <source>--type: unknown type &quot;%1&quot; (use %2)</source>
        <translation>--type : type inconnu « %1 » (utilisez %2)</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Aucune notification.</translation>
    </message>
    <message>
        <source>* unread</source>
        <translation>* non lue</translation>
    </message>
    <message>
        <source>notifications read: give one notification ID or --all
usage: director-of-one notifications read ID|--all</source>
        <translation>notifications read : indiquez un ID de notification ou --all
utilisation : director-of-one notifications read ID|--all</translation>
    </message>
    <message>
        <source>notifications read: unexpected argument &quot;%1&quot;</source>
        <translation>notifications read : argument inattendu « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Marked as read: %n.</source>
        <translation>
            <numerusform>Notifications marquées comme lues : %n.</numerusform>
            <numerusform>Notifications marquées comme lues : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a whole number of days</source>
        <translation>doit être un nombre entier de jours</translation>
    </message>
    <message numerus="yes">
        <source>Deleted read notifications older than %1 days: %n.</source>
        <translation>
            <numerusform>Notifications lues de plus de %1 jours supprimées : %n.</numerusform>
            <numerusform>Notifications lues de plus de %1 jours supprimées : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>  weekly target: %1
</source>
        <translation>  objectif hebdomadaire : %1
</translation>
    </message>
    <message>
        <source>must be a number of hours</source>
        <translation>doit être un nombre d&apos;heures</translation>
    </message>
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
            <numerusform>%n migration appliquée ; version du schéma %1.</numerusform>
            <numerusform>%n migrations appliquées ; version du schéma %1.</numerusform>
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
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows</source>
        <translation>
            <numerusform>%n ligne importée</numerusform>
            <numerusform>%n lignes importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scheduled %1; %n tasks created; %2 min saved; try %3</source>
        <translation>
            <numerusform>prévue %1 ; %n tâche créée ; %2 min gagnées ; tentative %3</numerusform>
            <numerusform>prévue %1 ; %n tâches créées ; %2 min gagnées ; tentative %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n interrupted runs.</source>
        <translation>
            <numerusform>%n exécution interrompue clôturée.</numerusform>
            <numerusform>%n exécutions interrompues clôturées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs done.</source>
        <translation>
            <numerusform>%n exécution effectuée.</numerusform>
            <numerusform>%n exécutions effectuées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
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
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
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
            <numerusform>%n version antérieure</numerusform>
            <numerusform>%n versions antérieures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid run %1 of &quot;%2&quot;: %n tasks deleted, %3 put back.</source>
        <translation>
            <numerusform>Exécution %1 de « %2 » défaite : %n tâche supprimée, rétablies : %3.</numerusform>
            <numerusform>Exécution %1 de « %2 » défaite : %n tâches supprimées, rétablies : %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 saved</source>
        <comment>hours</comment>
        <translation>%1 gagnées</translation>
    </message>
    <message>
        <source>take %1 saved and its tasks back out of the analytics</source>
        <comment>minutes</comment>
        <translation>retirer des analyses ses %1 gagnées et ses tâches</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks, %1 saved</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n tâche, %1 gagnées</numerusform>
            <numerusform>%n tâches, %1 gagnées</numerusform>
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
        <translation>Utilisation : director-of-one [--database URL] [--user EMAIL] [COMMANDE ...]

Sans commande, la fenêtre s&apos;ouvre (--view board|workflows|consultations|analytics|notifications|data ;
--background la démarre en arrière-plan, comme à l&apos;ouverture de session ; --palette dark|light
l&apos;affiche avec une palette sombre ou claire, quelle que soit celle du bureau).

Base de données :
  db migrate          crée ou met à niveau le schéma ; crée le profil local sur une base vide
  db status [--json]  moteur, version du schéma, nombre de lignes (tables de travail et d&apos;archive)
                      et taille du fichier
  db seed             charge des données d&apos;exemple pour l&apos;utilisateur actuel
  db reset --yes      supprime toutes les données et recrée le schéma (PostgreSQL : uniquement
                      l&apos;identifiant du propriétaire de la base)
  db backup FILE      copie la base de données dans FILE et vérifie la copie (SQLite : pendant que
                      le programme s&apos;exécute ; PostgreSQL : format personnalisé de pg_dump, nécessite
                      postgresql-client)
  db restore FILE [--yes]
                      remplace la base de données par une sauvegarde vérifiée ; la base actuelle est
                      conservée comme sauvegarde dans le dossier de données ; demande d&apos;abord
                      confirmation, sauf avec --yes
                      Les sauvegardes automatiques (avant une migration, db reset, une importation de
                      plus de 1 000 lignes, et chaque jour tant que la fenêtre est ouverte) vont dans
                      le dossier de données ; les 7 dernières sont conservées

Tâches (ID : l&apos;id complet ou un préfixe unique d&apos;au moins 8 caractères ; chaque commande task accepte --json) :
  task add TITLE [--priority LOW|MEDIUM|HIGH|URGENT] [--due YYYY-MM-DD] [--tag T]... [--description D]
                      ajoute une tâche à la fin de TODO ; échéance à la fin de ce jour, heure locale
  task list [--status S] [--priority P] [--tag T] [--search WORDS]
                      les tâches dans l&apos;ordre du tableau ; --search cherche chaque mot comme préfixe
                      dans le titre ou la description
  task move ID STATUS [--position N]
                      déplace vers TODO, IN_PROGRESS, REVIEW, COMPLETED ou CANCELLED ; N = 1 est le haut
                      de la colonne ; sans --position, la tâche va à la fin
  task done ID        déplace à la fin de COMPLETED
  task delete ID      supprime la tâche et son historique

Profil :
  user show [--json]  le profil de l&apos;utilisateur actuel
  user set [--name N] [--company C] [--department D] [--time-zone ZONE] [--weekly-target-hours H]
                      le modifie ; ZONE est un nom IANA (Europe/Paris) pour les planifications, vide
                      pour le fuseau de l&apos;ordinateur ; H : les heures gagnées visées chaque semaine
                      (0 : pas d&apos;objectif), une alerte BUDGET_ALERT signale une semaine qui ne l&apos;atteint pas

Notifications (les vôtres ; ID : l&apos;id de la notification) :
  notifications list [--unread] [--type T] [--json]
                      les plus récentes d&apos;abord (T : INFO, WARNING, ERROR, SUCCESS, TASK_DUE,
                      WORKFLOW_COMPLETE, BUDGET_ALERT)
  notifications read ID|--all [--json]   marque une notification ou toutes comme lues
  notifications purge [--older-than DAYS] [--json]
                      supprime les notifications lues de plus de DAYS jours (par défaut : votre
                      réglage de suppression, 90)

Équipe (une base PostgreSQL ; l&apos;identifiant du propriétaire ou d&apos;un ADMIN) :
  team add-user EMAIL --name N --role ADMIN|DIRECTOR|MANAGER|USER --login L
                      crée l&apos;identifiant L et son utilisateur ; le mot de passe est demandé deux fois
                      sur un terminal, sinon lu sur la première ligne de l&apos;entrée standard (jamais
                      en argument)
  team list [--json]  les utilisateurs avec leurs identifiants
  team set-role EMAIL ROLE             change le rôle (et le rôle de groupe de l&apos;identifiant)
  team disable EMAIL  désactive l&apos;utilisateur ; l&apos;identifiant ne peut plus se connecter

Workflows (ID : l&apos;id, un préfixe unique d&apos;au moins 8 caractères, ou le nom exact) :
  workflow list [--json]             les workflows avec leur prochaine exécution
  workflow add --file F.json         ajoute un workflow à partir d&apos;un fichier de workflow (voir le README)
  workflow update ID --file F.json   remplace sa définition
  workflow show ID [--json]          détails ; workflow export ID affiche son fichier
  workflow run ID                    l&apos;exécute maintenant (code de sortie 1 si l&apos;exécution a échoué)
  workflow dry-run ID                ce que ferait une exécution maintenant ; n&apos;écrit rien
  workflow enable ID | disable ID    l&apos;active ou le désactive
  workflow history ID [--json]       ses 100 dernières exécutions
  workflow versions ID [--json]      les définitions remplacées par ses modifications enregistrées,
                                     de la plus récente à la plus ancienne
  workflow restore ID VERSION        enregistre cette définition antérieure comme nouvelle modification
  workflow runs [--status S] [--json]
                      les 100 dernières exécutions de tous les workflows (S : RUNNING, WAITING, SUCCESS,
                      FAILED, CANCELLED)
  workflow undo-run EXECUTION_ID [--yes]
                      supprime les tâches créées par l&apos;exécution, rétablit les tâches qu&apos;elle a modifiées
                      et retire son temps gagné ; montre d&apos;abord ce qu&apos;elle ferait et demande
                      confirmation, sauf avec --yes
  workflow approve EXECUTION_ID | reject EXECUTION_ID
                      statue sur une exécution en attente d&apos;approbation ; l&apos;exécution continue (ou
                      s&apos;arrête) aussitôt (EXECUTION_ID : l&apos;id de l&apos;exécution ou un préfixe unique d&apos;au
                      moins 8 caractères)
  scheduler [--once] [--at ISO-TIME] exécute les workflows dus jusqu&apos;à l&apos;arrêt (Ctrl+C), ou un seul
                      passage ; --at évalue ce qui est dû à cette heure (implique --once) ; exécute
                      les workflows de l&apos;utilisateur connecté
  scheduler --team --files DIR [--once] [--at ISO-TIME]
                      PostgreSQL, un identifiant membre de doo_scheduler : les workflows de chaque
                      membre, chacun dans le périmètre de son propriétaire ; fichiers de rapport et
                      d&apos;export uniquement sous DIR

Consultations (ID : le numéro de réservation, p. ex. DO-2026-000123, ou l&apos;id ; WHEN : YYYY-MM-DDTHH:MM,
heure locale) :
  consultation add --name N --email E [--company C] [--department D] [--challenges T]
  consultation list [--status PENDING|SCHEDULED|COMPLETED|CANCELLED] [--json]
  consultation schedule ID WHEN      planifie une demande en attente (avertit en cas de chevauchement)
  consultation reschedule ID WHEN    déplace une consultation planifiée
  consultation complete ID [--notes T] | cancel ID --reason R | no-show ID
  consultation stats [--json]        nombres, taux et demandes par semaine

Échange (FILE - désigne l&apos;entrée ou la sortie standard) :
  import csv FILE --kind tasks|consultations [--skip-invalid]
                      un fichier contenant une ligne erronée est refusé en entier, sauf avec
                      --skip-invalid ; les lignes déjà importées ne sont pas modifiées
  import taskwarrior FILE [--skip-invalid]   les tâches de `task export` de Taskwarrior
  export csv FILE --kind tasks|consultations
  export ics FILE     les consultations planifiées et les tâches avec échéance, pour les agendas

Analyses (D : YYYY-MM-DD, jours calendaires de l&apos;utilisateur ; par défaut les 30 derniers jours
jusqu&apos;à aujourd&apos;hui) :
  analytics summary [--from D] [--to D] [--json]
                      heures gagnées, tâches automatisées, score d&apos;efficacité, workflows actifs,
                      tâches et consultations terminées, chacun comparé à la période précédente
                      de même durée
  analytics series --metric hoursSaved|tasksAutomated|efficiencyScore|activeWorkflows
                   [--bucket day|week|month] [--from D] [--to D] [--json]
                      une valeur par jour, semaine ISO ou mois (par défaut : selon la période)
  export report --pdf FILE [--from D] [--to D]
                      le tableau de bord en PDF : synthèse, graphiques, meilleurs workflows

Options :
  --database URL      sqlite:PATH ou postgresql://user@host:port/dbname (par défaut : $DIRECTOR_DATABASE,
                      sinon un fichier SQLite dans le dossier de données de l&apos;application)
  --user EMAIL        agir en tant que cet utilisateur (par défaut : le profil local ; sur PostgreSQL,
                      vous êtes l&apos;utilisateur de votre identifiant, et seul un ADMIN peut consulter
                      les données d&apos;un autre utilisateur avec --user)
  --lang de|fr|en     la langue des textes (par défaut : celle choisie dans les Préférences de la fenêtre,
                      sinon celle du système : LC_ALL, LC_MESSAGES, LANG ; l&apos;anglais sous C ou POSIX)
  --json              affiche du JSON au lieu de texte
  --help, --version

Codes de sortie : 0 succès, 1 erreur, 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message numerus="yes">
        <source>Importing: %Ln rows read (%1%)</source>
        <translation>
            <numerusform>Import : %Ln ligne lue (%1 %)</numerusform>
            <numerusform>Import : %Ln lignes lues (%1 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing: %Ln rows read</source>
        <translation>
            <numerusform>Import : %Ln ligne lue</numerusform>
            <numerusform>Import : %Ln lignes lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>your system login</source>
        <translation>votre identifiant système</translation>
    </message>
    <message>
        <source>The file %1 opens.</source>
        <translation>Le fichier %1 s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Connected to %1 on %2 as %3.</source>
        <translation>Connecté à %1 sur %2 en tant que %3.</translation>
    </message>
    <message>
        <source>Wrong password for the login %1 (or there is no such login: the server does not say which).</source>
        <translation>Mot de passe incorrect pour l&apos;identifiant %1 (ou cet identifiant n&apos;existe pas : le serveur ne précise pas lequel).</translation>
    </message>
    <message>
        <source>The server asks for the password of the login %1.</source>
        <translation>Le serveur demande le mot de passe de l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The server %1 has no database named %2.</source>
        <translation>Le serveur %1 n&apos;a pas de base de données nommée %2.</translation>
    </message>
    <message>
        <source>The server %1 has no login named %2.</source>
        <translation>Le serveur %1 n&apos;a pas d&apos;identifiant nommé %2.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1: it is not running, or the host name or port is wrong.</source>
        <translation>Aucun serveur PostgreSQL ne répond à l&apos;adresse %1 : il n&apos;est pas démarré, ou le nom d&apos;hôte ou le port est incorrect.</translation>
    </message>
    <message>
        <source>The server %1 accepts this login only over an encrypted connection: choose the SSL mode &quot;require&quot;.</source>
        <translation>Le serveur %1 n&apos;accepte cet identifiant que par une connexion chiffrée : choisissez le mode SSL « require ».</translation>
    </message>
    <message>
        <source>The server %1 does not offer an encrypted connection, but the SSL mode requires one.</source>
        <translation>Le serveur %1 ne propose pas de connexion chiffrée, mais le mode SSL en exige une.</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Le serveur %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>Le fichier %1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation>La connexion à %1 a échoué.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged or is not a database. Nothing was written to it.</source>
        <translation>Le fichier de base de données %1 est endommagé ou n&apos;est pas une base de données. Rien n&apos;y a été écrit.</translation>
    </message>
</context>
<context>
    <name>ConsultationRepository</name>
    <message>
        <source>the booking number counter cannot be advanced</source>
        <translation>le compteur des numéros de réservation ne peut pas être incrémenté</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>no consultation with the booking id %1</source>
        <translation>aucune consultation avec le numéro de réservation %1</translation>
    </message>
    <message>
        <source>the consultation %1 was changed elsewhere; reload it and try again</source>
        <translation>la consultation %1 a été modifiée ailleurs ; rechargez-la et réessayez</translation>
    </message>
    <message>
        <source>a valid date and time is required</source>
        <translation>une date et une heure valides sont requises</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>déplacée (auparavant le %1)</translation>
    </message>
    <message>
        <source>the consultation starts at %1; it can be a no-show only once it has started</source>
        <translation>la consultation commence le %1 ; elle ne peut être marquée comme absence qu&apos;une fois commencée</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>the consultation is &quot;%1&quot; and cannot be scheduled again; reschedule it</source>
        <translation>la consultation a le statut « %1 » et ne peut pas être planifiée à nouveau ; replanifiez-la</translation>
    </message>
    <message>
        <source>the consultation is &quot;%1&quot; and cannot be scheduled</source>
        <translation>la consultation a le statut « %1 » et ne peut pas être planifiée</translation>
    </message>
    <message>
        <source>the consultation is &quot;%1&quot; and cannot be rescheduled</source>
        <translation>la consultation a le statut « %1 » et ne peut pas être replanifiée</translation>
    </message>
    <message>
        <source>the consultation is &quot;%1&quot; and cannot be a no-show</source>
        <translation>la consultation a le statut « %1 » et ne peut pas être marquée comme absence</translation>
    </message>
    <message>
        <source>the consultation is &quot;%1&quot; and cannot be completed</source>
        <translation>la consultation a le statut « %1 » et ne peut pas être terminée</translation>
    </message>
    <message>
        <source>the consultation is &quot;%1&quot; and cannot be cancelled</source>
        <translation>la consultation a le statut « %1 » et ne peut pas être annulée</translation>
    </message>
</context>
<context>
    <name>ConsultationStatus</name>
    <message>
        <source>Pending</source>
        <comment>state of a consultation request</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>state of a consultation request</comment>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>state of a consultation request</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>state of a consultation request</comment>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>CreateTaskCommand</name>
    <message>
        <source>Create &quot;%1&quot;</source>
        <translation>Créer « %1 »</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the quoted field that starts on line %1 is never closed</source>
        <translation>le champ entre guillemets qui commence à la ligne %1 n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>text after the closing quote (a quote inside a field is written twice)</source>
        <translation>texte après le guillemet fermant (un guillemet à l&apos;intérieur d&apos;un champ s&apos;écrit deux fois)</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one (quote the whole field and write the quote twice)</source>
        <translation>un guillemet à l&apos;intérieur d&apos;un champ qui ne commence pas par un guillemet (mettez tout le champ entre guillemets et doublez le guillemet)</translation>
    </message>
    <message>
        <source>the field is longer than %1 characters</source>
        <translation>le champ dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters</source>
        <translation>la ligne dépasse %1 caractères</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>the file is empty; the first line must name the columns</source>
        <translation>le fichier est vide ; la première ligne doit nommer les colonnes</translation>
    </message>
    <message>
        <source>unknown column (the columns are %1)</source>
        <translation>colonne inconnue (les colonnes sont %1)</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>la colonne apparaît deux fois</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation>la colonne « %1 » est manquante</translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation>la ligne a %1 champs ; l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>no consultation with the booking id %1 (import the consultations first)</source>
        <translation>aucune consultation avec le numéro de réservation %1 (importez d&apos;abord les consultations)</translation>
    </message>
    <message>
        <source>an id is at most 36 letters, digits and dashes</source>
        <translation>un id comporte au plus 36 lettres, chiffres et tirets</translation>
    </message>
    <message>
        <source>repeats an earlier row of the file</source>
        <translation>répète une ligne précédente du fichier</translation>
    </message>
    <message>
        <source>the id belongs to a task of another user</source>
        <translation>l&apos;id appartient à une tâche d&apos;un autre utilisateur</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>déjà importée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (use true, false, 1, 0, yes or no)</source>
        <translation>« %1 » n&apos;est ni oui ni non (utilisez true, false, 1, 0, yes ou no)</translation>
    </message>
    <message>
        <source>a SCHEDULED consultation needs its date and time</source>
        <translation>une consultation SCHEDULED nécessite sa date et son heure</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>a CANCELLED consultation needs its reason</source>
        <translation>une consultation CANCELLED nécessite son motif</translation>
    </message>
    <message>
        <source>only a CANCELLED consultation can be a no-show</source>
        <translation>seule une consultation CANCELLED peut être une absence</translation>
    </message>
    <message>
        <source>a booking id is at most 32 letters, digits and dashes</source>
        <translation>un numéro de réservation comporte au plus 32 lettres, chiffres et tirets</translation>
    </message>
    <message>
        <source>the booking id belongs to a consultation of another user</source>
        <translation>le numéro de réservation appartient à une consultation d&apos;un autre utilisateur</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Heures gagnées</translation>
    </message>
    <message>
        <source>Tasks automated</source>
        <translation>Tâches automatisées</translation>
    </message>
    <message>
        <source>Efficiency score</source>
        <translation>Score d&apos;efficacité</translation>
    </message>
    <message>
        <source>Active workflows</source>
        <translation>Workflows actifs</translation>
    </message>
    <message>
        <source>Tasks completed</source>
        <translation>Tâches terminées</translation>
    </message>
    <message>
        <source>Consultations completed</source>
        <translation>Consultations terminées</translation>
    </message>
    <message>
        <source>must be a day from %1 to %2</source>
        <translation>doit être un jour du %1 au %2</translation>
    </message>
    <message>
        <source>must not be before the start of the range (%1)</source>
        <translation>ne doit pas précéder le début de la période (%1)</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Analytics report</source>
        <translation>Rapport d&apos;analyse</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days)</source>
        <translation>Du %1 au %2 (%3 jours)</translation>
    </message>
    <message>
        <source>Compared with %1 to %2 · %3 · generated %4</source>
        <translation>Comparé à la période du %1 au %2 · %3 · généré le %4</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>This range</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous range</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>Aucune donnée sur cette période.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Top workflows</source>
        <translation>Meilleurs workflows</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Heures gagnées</translation>
    </message>
    <message>
        <source>Tasks created</source>
        <translation>Tâches créées</translation>
    </message>
    <message>
        <source>No workflow ran in this range.</source>
        <translation>Aucun workflow exécuté sur cette période.</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be drawn</source>
        <translation>impossible d&apos;écrire %1 : le PDF n&apos;a pas pu être dessiné</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>connection %1 is already open</source>
        <translation>la connexion %1 est déjà ouverte</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)</source>
        <translation>le pilote Qt SQL %1 n&apos;est pas installé (Debian : libqt6sql6-%2)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (journal mode is %2)</source>
        <translation>%1 ne peut pas utiliser la journalisation anticipée (write-ahead logging ; le mode de journal est %2)</translation>
    </message>
    <message>
        <source>the database is busy with another program; try again in a moment</source>
        <translation>la base de données est occupée par un autre programme ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>the database refused the change: %1</source>
        <translation>la base de données a refusé la modification : %1</translation>
    </message>
    <message>
        <source>cannot read or write the database file: %1</source>
        <translation>impossible de lire ou d&apos;écrire le fichier de base de données : %1</translation>
    </message>
    <message>
        <source>another user changed the same data at the same time; try again</source>
        <translation>un autre utilisateur a modifié les mêmes données au même moment ; réessayez</translation>
    </message>
    <message>
        <source>the connection to the database server was lost: %1</source>
        <translation>la connexion au serveur de base de données a été perdue : %1</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>erreur de base de données : %1</translation>
    </message>
    <message>
        <source>a change is still in progress; reconnecting later</source>
        <translation>une modification est encore en cours ; reconnexion plus tard</translation>
    </message>
    <message>
        <source>a statement is still in use; reconnecting later</source>
        <translation>une requête est encore utilisée ; reconnexion plus tard</translation>
    </message>
    <message>
        <source>cannot reconnect to %1: %2</source>
        <translation>impossible de se reconnecter à %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (or it is damaged beyond reading); nothing was written to it.</source>
        <translation>%1 n&apos;est pas une base de données SQLite (ou elle est endommagée au point d&apos;être illisible) ; rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>the database %1 is damaged (%2); nothing was written to it.</source>
        <translation>la base de données %1 est endommagée (%2) ; rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>the database %1 is damaged (%2); nothing of this change was saved.</source>
        <translation>la base de données %1 est endommagée (%2) ; rien de cette modification n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>the database %1 is read-only: this program may read it but not change it; nothing was saved. Open a copy of it, or ask for permission to write the file and its folder.</source>
        <translation>la base de données %1 est en lecture seule : ce programme peut la lire mais pas la modifier ; rien n’a été enregistré. Ouvrez-en une copie, ou demandez le droit d’écrire le fichier et son dossier.</translation>
    </message>
    <message>
        <source>the disk holding the database %1 is full; nothing of this change was saved. Free some space on it and try again.</source>
        <translation>le disque qui contient la base de données %1 est plein ; rien de cette modification n’a été enregistré. Libérez de la place et réessayez.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>no backup file given</source>
        <translation>aucun fichier de sauvegarde indiqué</translation>
    </message>
    <message>
        <source>a change is still in progress; back up later</source>
        <translation>une modification est encore en cours ; sauvegardez plus tard</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>cannot start reading the database</source>
        <translation>impossible de commencer la lecture de la base de données</translation>
    </message>
    <message>
        <source>cannot count the rows of the database</source>
        <translation>impossible de compter les lignes de la base de données</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>impossible d&apos;écrire la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>the copy fails the integrity check (%1)</source>
        <translation>la copie échoue au contrôle d&apos;intégrité (%1)</translation>
    </message>
    <message>
        <source>the copy cannot be read</source>
        <translation>la copie ne peut pas être lue</translation>
    </message>
    <message>
        <source>the copy&apos;s row counts differ from the database&apos;s: %1</source>
        <translation>le nombre de lignes de la copie diffère de celui de la base de données : %1</translation>
    </message>
    <message>
        <source>The backup was not verified and has been deleted: %1</source>
        <translation>La sauvegarde n&apos;a pas été vérifiée et a été supprimée : %1</translation>
    </message>
    <message>
        <source>cannot rename the verified backup to %1</source>
        <translation>impossible de renommer la sauvegarde vérifiée en %1</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>le fichier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database</source>
        <translation>%1 n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>%1 fails the integrity check: %2</source>
        <translation>%1 échoue au contrôle d&apos;intégrité : %2</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 is no Director of One database (it has no schema_version)</source>
        <translation>%1 n&apos;est pas une base de données Director of One (elle n&apos;a pas de schema_version)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Director of One (schema version %2; this program knows up to %3)</source>
        <translation>%1 a été écrit par une version plus récente de Director of One (version du schéma %2 ; ce programme connaît jusqu&apos;à la version %3)</translation>
    </message>
    <message>
        <source>%1 is the database itself</source>
        <translation>%1 est la base de données elle-même</translation>
    </message>
    <message>
        <source>cannot keep a copy of %1 in %2</source>
        <translation>impossible de conserver une copie de %1 dans %2</translation>
    </message>
    <message>
        <source>cannot copy %1 beside %2</source>
        <translation>impossible de copier %1 à côté de %2</translation>
    </message>
    <message>
        <source>the copy of %1 beside the database could not be verified</source>
        <translation>la copie de %1 à côté de la base de données n&apos;a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 is not installed: it makes and restores PostgreSQL backups (Debian: apt install postgresql-client)</source>
        <translation>%1 n&apos;est pas installé : il crée et restaure les sauvegardes PostgreSQL (Debian : apt install postgresql-client)</translation>
    </message>
    <message>
        <source>cannot start pg_restore: %1</source>
        <translation>impossible de démarrer pg_restore : %1</translation>
    </message>
    <message>
        <source>%1 is not a readable PostgreSQL backup: %2</source>
        <translation>%1 n&apos;est pas une sauvegarde PostgreSQL lisible : %2</translation>
    </message>
    <message>
        <source>%1 is no Director of One backup (it has no schema_version)</source>
        <translation>%1 n&apos;est pas une sauvegarde Director of One (elle n&apos;a pas de schema_version)</translation>
    </message>
    <message>
        <source>the dump&apos;s row counts differ from the database&apos;s</source>
        <translation>le nombre de lignes de l&apos;export diffère de celui de la base de données</translation>
    </message>
    <message>
        <source>the restored table %1 has %2 rows, the backup %3</source>
        <translation>la table restaurée %1 a %2 lignes, la sauvegarde %3</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>%1 is a folder, not a database file; give the path of a file, e.g. %2</source>
        <translation>%1 est un dossier, pas un fichier de base de données ; indiquez le chemin d&apos;un fichier, p. ex. %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file and cannot be a database</source>
        <translation>%1 n&apos;est pas un fichier ordinaire et ne peut pas être une base de données</translation>
    </message>
    <message>
        <source>cannot read %1 (%2); nothing was written to it.</source>
        <translation>impossible de lire %1 (%2) ; rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>its application id is %1, not Director of One&apos;s</source>
        <translation>son identifiant d&apos;application est %1, pas celui de Director of One</translation>
    </message>
    <message>
        <source>it has no Director of One schema</source>
        <translation>elle n&apos;a pas de schéma Director of One</translation>
    </message>
    <message>
        <source>its schema_version table is not Director of One&apos;s</source>
        <translation>sa table schema_version n&apos;est pas celle de Director of One</translation>
    </message>
    <message>
        <source>%1 is not a Director of One database (%2). It may belong to another program; nothing was changed. Give Director of One a database of its own.</source>
        <translation>%1 n&apos;est pas une base de données Director of One (%2). Elle appartient peut-être à un autre programme ; rien n&apos;a été modifié. Donnez à Director of One sa propre base de données.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>the database URL is empty</source>
        <translation>l&apos;URL de la base de données est vide</translation>
    </message>
    <message>
        <source>sqlite: needs a file path, e.g. sqlite:/home/me/director.db</source>
        <translation>sqlite: nécessite un chemin de fichier, p. ex. sqlite:/home/moi/director.db</translation>
    </message>
    <message>
        <source>the PostgreSQL URI names no database, e.g. postgresql://me@localhost:5432/director</source>
        <translation>l&apos;URI PostgreSQL ne nomme aucune base de données, p. ex. postgresql://moi@localhost:5432/director</translation>
    </message>
    <message>
        <source>unknown database URL &quot;%1&quot;: use sqlite:PATH or postgresql://user@host:port/dbname</source>
        <translation>URL de base de données inconnue « %1 » : utilisez sqlite:PATH ou postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URI %1: %2</source>
        <translation>URI PostgreSQL non valide %1 : %2</translation>
    </message>
    <message>
        <source>%1 names a host; sqlite:// is followed by an absolute path, e.g. sqlite:///home/me/director.db</source>
        <translation>%1 désigne un hôte ; sqlite:// est suivi d&apos;un chemin absolu, p. ex. sqlite:///home/me/director.db</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file path: sqlite: takes a plain path without options, e.g. sqlite:/home/me/director.db</source>
        <translation>« %1 » n&apos;est pas un chemin de fichier : sqlite: prend un simple chemin sans options, p. ex. sqlite:/home/me/director.db</translation>
    </message>
    <message>
        <source>%1 names a folder; give the path of a file in it, e.g. %2</source>
        <translation>%1 désigne un dossier ; indiquez le chemin d&apos;un fichier qu&apos;il contient, p. ex. %2</translation>
    </message>
</context>
<context>
    <name>DeleteTasksCommand</name>
    <message numerus="yes">
        <source>Delete %n tasks</source>
        <translation>
            <numerusform>Supprimer %n tâche</numerusform>
            <numerusform>Supprimer %n tâches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteWorkflowCommand</name>
    <message>
        <source>Delete workflow &quot;%1&quot;</source>
        <translation>Supprimer le workflow « %1 »</translation>
    </message>
</context>
<context>
    <name>EditTaskCommand</name>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modifier « %1 »</translation>
    </message>
</context>
<context>
    <name>ExecutionRepository</name>
    <message>
        <source>this run (%1) was already claimed</source>
        <translation>cette exécution (%1) a déjà été prise en charge</translation>
    </message>
    <message>
        <source>the run of &quot;%1&quot; due at %2 was claimed elsewhere</source>
        <translation>l&apos;exécution de « %1 » prévue le %2 a été prise en charge ailleurs</translation>
    </message>
    <message>
        <source>the workflow &quot;%1&quot; was handled elsewhere</source>
        <translation>le workflow « %1 » a été traité ailleurs</translation>
    </message>
    <message>
        <source>workflow</source>
        <translation>workflow</translation>
    </message>
    <message>
        <source>workflow run</source>
        <translation>exécution de workflow</translation>
    </message>
    <message>
        <source>interrupted: the program running it (%1) stopped before it finished</source>
        <translation>interrompue : le programme qui l&apos;exécutait (%1) s&apos;est arrêté avant la fin</translation>
    </message>
    <message>
        <source>this run is not waiting for an approval (any more)</source>
        <translation>cette exécution n&apos;attend pas (plus) d&apos;approbation</translation>
    </message>
    <message>
        <source>this run is no longer running (%1): its outcome was not recorded</source>
        <translation>cette exécution n’est plus en cours (%1) : son résultat n’a pas été enregistré</translation>
    </message>
    <message>
        <source>; its due time runs again once</source>
        <translation> ; son échéance sera exécutée une fois de plus</translation>
    </message>
    <message>
        <source>the second run of %1 was claimed elsewhere</source>
        <translation>la seconde exécution de %1 a été prise ailleurs</translation>
    </message>
</context>
<context>
    <name>ExecutionStatus</name>
    <message>
        <source>Running</source>
        <comment>state of a workflow run</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <comment>state of a workflow run</comment>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>state of a workflow run</comment>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>state of a workflow run</comment>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>state of a workflow run</comment>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>GuiStart</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Unknown view</source>
        <translation>Vue inconnue</translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; failed: %2</source>
        <translation>Le workflow « %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; waits for your approval (a task in Review)</source>
        <translation>Le workflow « %1 » attend votre approbation (une tâche en revue)</translation>
    </message>
    <message>
        <source>Workflow scheduler: %1</source>
        <translation>Planificateur de workflows : %1</translation>
    </message>
    <message>
        <source>The profile was not confirmed.</source>
        <translation>Le profil n&apos;a pas été confirmé.</translation>
    </message>
    <message>
        <source>Director of One is already running; its window was brought to the front.</source>
        <translation>Director of One est déjà en cours d&apos;exécution ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message numerus="yes">
        <source>Workflow &quot;%1&quot; ran: %n tasks created, %2 min saved</source>
        <translation>
            <numerusform>Workflow « %1 » exécuté : %n tâche créée, %2 min gagnées</numerusform>
            <numerusform>Workflow « %1 » exécuté : %n tâches créées, %2 min gagnées</numerusform>
        </translation>
    </message>
    <message>
        <source>--palette takes dark or light, not &quot;%1&quot;.</source>
        <translation>--palette accepte dark ou light, et non « %1 ».</translation>
    </message>
    <message>
        <source>You chose a team server: connect to it with Change connection…, or open the local database.</source>
        <translation>Vous avez choisi un serveur d&apos;équipe : connectez-vous-y avec Changer de connexion…, ou ouvrez la base de données locale.</translation>
    </message>
    <message>
        <source>--view takes one of %1, not &quot;%2&quot;.</source>
        <translation>--view accepte l’une des vues %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>This window has no view &quot;%1&quot; (--view); use %2.</source>
        <translation>Cette fenêtre n’a pas de vue « %1 » (--view) ; utilisez %2.</translation>
    </message>
</context>
<context>
    <name>HousekeepingRepository</name>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>has no archive</source>
        <translation>n&apos;a pas d&apos;archive</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, colonne %1</translation>
    </message>
    <message>
        <source>the file cannot be imported; nothing was written:</source>
        <translation>le fichier ne peut pas être importé ; rien n&apos;a été écrit :</translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be imported; nothing was written (--skip-invalid imports the others):</source>
        <translation>%1 lignes sur %2 ne peuvent pas être importées ; rien n&apos;a été écrit (--skip-invalid importe les autres) :</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more problems</source>
        <translation>
            <numerusform>… et %Ln autre problème</numerusform>
            <numerusform>… et %Ln autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the input: %1</source>
        <translation>impossible de lire l’entrée : %1</translation>
    </message>
    <message>
        <source>the input is larger than %1 MB; nothing was imported</source>
        <translation>l’entrée dépasse %1 Mo ; rien n’a été importé</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>impossible de lire l’entrée standard : %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; nothing was imported</source>
        <translation>%1 dépasse %2 Mo ; rien n’a été importé</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 text at line %1, character %2 (save the file as UTF-8)</source>
        <translation>octets qui ne sont pas du texte UTF-8 à la ligne %1, caractère %2 (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was written</source>
        <translation>l’import a été annulé ; rien n’a été écrit</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>&quot;%1&quot; is not a date and time (use YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>« %1 » n&apos;est pas une date et heure (utilisez AAAA-MM-JJTHH:MM:SSZ)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (use %2)</source>
        <translation>valeur inconnue « %1 » (utilisez %2)</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>abbreviated weekday, short date</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short date, short time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Week %1</source>
        <comment>ISO week number</comment>
        <translation>Semaine %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage; a translation may put a space before the sign</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>abbreviated weekday, day and month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, day and month, then a time</comment>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>this database was written by a newer version of Director of One (schema version %1; this program knows up to %2). Install the newer version to open it; nothing was changed.</source>
        <translation>cette base de données a été écrite par une version plus récente de Director of One (version de schéma %1 ; ce programme connaît jusqu&apos;à la %2). Installez la version plus récente pour l&apos;ouvrir ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the database schema is at version %1 and needs version %2: run `director-of-one db migrate`</source>
        <translation>le schéma de la base de données est à la version %1 et nécessite la version %2 : exécutez `director-of-one db migrate`</translation>
    </message>
    <message>
        <source>migration %1 is missing from the program</source>
        <translation>la migration %1 est absente du programme</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>la migration %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <source>migration %1 (%2) broke a reference in table %3</source>
        <translation>la migration %1 (%2) a rompu une référence dans la table %3</translation>
    </message>
    <message>
        <source>only the owner of the database can reset it; sign in with the owner&apos;s login</source>
        <translation>seul le propriétaire de la base de données peut la réinitialiser ; connectez-vous avec l&apos;identifiant du propriétaire</translation>
    </message>
    <message>
        <source>its schema_version table is not Director of One&apos;s</source>
        <translation>sa table schema_version n&apos;est pas celle de Director of One</translation>
    </message>
    <message>
        <source>Its schema (version %1) must first be brought up to version %2 by a program that may write it.</source>
        <translation>Son schéma (version %1) doit d’abord être mis à la version %2 par un programme autorisé à l’écrire.</translation>
    </message>
</context>
<context>
    <name>MoveTasksCommand</name>
    <message numerus="yes">
        <source>Move %n tasks to %1</source>
        <translation>
            <numerusform>Déplacer %n tâche vers %1</numerusform>
            <numerusform>Déplacer %n tâches vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationRepository</name>
    <message>
        <source>notification</source>
        <translation>notification</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>kind of notification (a noun)</comment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>kind of notification (a noun)</comment>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Task due</source>
        <comment>kind of notification</comment>
        <translation>Tâche à échéance</translation>
    </message>
    <message>
        <source>Workflow finished</source>
        <comment>kind of notification</comment>
        <translation>Workflow terminé</translation>
    </message>
    <message>
        <source>Budget alert</source>
        <comment>kind of notification (a noun)</comment>
        <translation>Alerte budgétaire</translation>
    </message>
</context>
<context>
    <name>OutputFolders</name>
    <message>
        <source>this scheduler writes files only below %1, not to %2</source>
        <translation>ce planificateur n’écrit des fichiers que sous %1, pas dans %2</translation>
    </message>
    <message>
        <source>folder must be inside your home folder or a folder you chose (it is %1)</source>
        <translation>le dossier doit se trouver dans votre dossier personnel ou dans un dossier que vous avez choisi (c’est %1)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; workflow files are not written through links</source>
        <translation>%1 est un lien symbolique ; les fichiers des workflows ne sont pas écrits à travers des liens</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>cannot open the folder %1: %2</source>
        <translation>impossible d’ouvrir le dossier %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>impossible de créer le dossier %1 : %2</translation>
    </message>
    <message>
        <source>%1 holds too many files named %2</source>
        <translation>%1 contient trop de fichiers nommés %2</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d’enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>PreferenceRepository</name>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>must be between 0 and %1 hours</source>
        <translation>doit être compris entre 0 et %1 heures</translation>
    </message>
    <message>
        <source>must be a day of the week (1 = Monday … 7 = Sunday)</source>
        <translation>doit être un jour de la semaine (1 = lundi … 7 = dimanche)</translation>
    </message>
    <message>
        <source>needs a start and an end time (HH:MM)</source>
        <translation>nécessite une heure de début et une heure de fin (HH:MM)</translation>
    </message>
    <message>
        <source>the start and the end are the same time</source>
        <translation>le début et la fin sont à la même heure</translation>
    </message>
    <message>
        <source>must be between 0 (no limit) and %1</source>
        <translation>doit être compris entre 0 (sans limite) et %1</translation>
    </message>
    <message>
        <source>must be between 1 and %1 days</source>
        <translation>doit être compris entre 1 et %1 jours</translation>
    </message>
    <message>
        <source>the stored value cannot be read</source>
        <translation>la valeur enregistrée ne peut pas être lue</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>an earlier step of this change failed; nothing was saved</source>
        <translation>une étape précédente de cette modification a échoué ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the connection to the database server is lost; reconnecting</source>
        <translation>la connexion au serveur de base de données est perdue ; reconnexion</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>1 minute overdue</source>
        <translation>en retard d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes overdue</source>
        <translation>
            <numerusform>en retard de %n minute</numerusform>
            <numerusform>en retard de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour overdue</source>
        <translation>en retard d&apos;une heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours overdue</source>
        <translation>
            <numerusform>en retard de %n heure</numerusform>
            <numerusform>en retard de %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>en retard d&apos;un jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>due today %1</source>
        <translation>échéance aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>due tomorrow %1</source>
        <translation>échéance demain à %1</translation>
    </message>
    <message>
        <source>due %1 %2</source>
        <comment>weekday, time</comment>
        <translation>échéance %1 à %2</translation>
    </message>
    <message>
        <source>due %1 %2</source>
        <comment>date, time</comment>
        <translation>échéance le %1 à %2</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday, time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvertes actuellement</translation>
    </message>
    <message>
        <source>Workflow runs</source>
        <translation>Exécutions de workflows</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Time saved</source>
        <translation>Temps gagné</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Tasks created by workflows</source>
        <translation>Tâches créées par les workflows</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>PDF reports need the graphical libraries; this program started without them</source>
        <translation>Les rapports PDF nécessitent les bibliothèques graphiques ; ce programme a démarré sans elles</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>no %1 with id %2</source>
        <translation>introuvable : %1 avec l&apos;id %2</translation>
    </message>
</context>
<context>
    <name>RunUndo</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>title &quot;%1&quot;</source>
        <translation>titre « %1 »</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>étiquettes %1</translation>
    </message>
    <message>
        <source>this run was already undone (%1)</source>
        <translation>cette exécution a déjà été défaite (%1)</translation>
    </message>
    <message>
        <source>this run is still running; undo it once it has finished</source>
        <translation>cette exécution est encore en cours ; défaites-la une fois terminée</translation>
    </message>
    <message>
        <source>this run waits for an approval; approve or reject it first, then undo it</source>
        <translation>cette exécution attend une approbation ; approuvez-la ou refusez-la d&apos;abord, puis défaites-la</translation>
    </message>
    <message>
        <source>this run %1 without changing any task: there is nothing to undo</source>
        <translation>cette exécution %1 sans modifier aucune tâche : il n&apos;y a rien à défaire</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>a échoué</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>a été annulée</translation>
    </message>
    <message>
        <source>(changed since the run)</source>
        <translation>(modifiée depuis l&apos;exécution)</translation>
    </message>
    <message>
        <source>Task %1 that the run created was deleted since; nothing to do</source>
        <translation>La tâche %1 créée par l&apos;exécution a été supprimée depuis ; rien à faire</translation>
    </message>
    <message>
        <source>Delete task &quot;%1&quot;</source>
        <translation>Supprimer la tâche « %1 »</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; was deleted since the run; it stays deleted</source>
        <translation>La tâche « %1 » a été supprimée depuis l&apos;exécution ; elle reste supprimée</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; is already as it was before the run</source>
        <translation>La tâche « %1 » est déjà telle qu&apos;avant l&apos;exécution</translation>
    </message>
    <message>
        <source>Put task &quot;%1&quot; back: %2</source>
        <translation>Rétablir la tâche « %1 » : %2</translation>
    </message>
    <message>
        <source>this run was undone or changed elsewhere; reload and try again</source>
        <translation>cette exécution a été défaite ou modifiée ailleurs ; rechargez et réessayez</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>jour du mois</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>jour de la semaine</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>hour %1 is out of range 0-23</source>
        <translation>l&apos;heure %1 est hors de la plage 0-23</translation>
    </message>
    <message>
        <source>minute %1 is out of range 0-59</source>
        <translation>la minute %1 est hors de la plage 0-59</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>%1 inconnu : &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 %2 is out of range %3-%4</source>
        <translation>%1 : %2 est hors de la plage %3-%4</translation>
    </message>
    <message>
        <source>empty entry in %1 list &apos;%2&apos;</source>
        <translation>entrée vide dans la liste %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 step &apos;%2&apos; is not a number</source>
        <translation>%1 : le pas &apos;%2&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 step in &apos;%2&apos; must be at least 1</source>
        <translation>%1 : le pas dans &apos;%2&apos; doit être d&apos;au moins 1</translation>
    </message>
    <message>
        <source>%1 range &apos;%2&apos; goes backwards</source>
        <translation>%1 : la plage &apos;%2&apos; est inversée</translation>
    </message>
    <message>
        <source>a schedule is required, e.g. &apos;daily at 09:00&apos;</source>
        <translation>une planification est requise, p. ex. &apos;daily at 09:00&apos;</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; attendu, &apos;%2&apos; reçu</translation>
    </message>
    <message>
        <source>expected &apos;hourly&apos; or &apos;hourly at :MM&apos;, got &apos;%1&apos;</source>
        <translation>&apos;hourly&apos; ou &apos;hourly at :MM&apos; attendu, &apos;%1&apos; reçu</translation>
    </message>
    <message>
        <source>unknown day &apos;%1&apos; (use monday..sunday or mon..sun)</source>
        <translation>jour inconnu &apos;%1&apos; (utilisez monday..sunday ou mon..sun)</translation>
    </message>
    <message>
        <source>expected a day of the month 1-31, got &apos;%1&apos;</source>
        <translation>jour du mois 1-31 attendu, &apos;%1&apos; reçu</translation>
    </message>
    <message>
        <source>day %1 is out of range 1-31</source>
        <translation>le jour %1 est hors de la plage 1-31</translation>
    </message>
    <message>
        <source>cron needs 5 fields, got %1</source>
        <translation>cron nécessite 5 champs, %1 reçus</translation>
    </message>
    <message>
        <source>unknown schedule &apos;%1&apos;: expected &apos;hourly&apos;, &apos;daily at HH:MM&apos;, &apos;weekly on DAY at HH:MM&apos;, &apos;monthly on N at HH:MM&apos; or a 5-field cron expression</source>
        <translation>planification inconnue &apos;%1&apos; : &apos;hourly&apos;, &apos;daily at HH:MM&apos;, &apos;weekly on DAY at HH:MM&apos;, &apos;monthly on N at HH:MM&apos; ou une expression cron à 5 champs attendu</translation>
    </message>
    <message>
        <source>Every hour at :%1</source>
        <translation>Toutes les heures à :%1</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Tous les jours à %1</translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation>Chaque %1 à %2</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2 (last day in shorter months)</source>
        <translation>Tous les mois le %1 à %2 (dernier jour pour les mois plus courts)</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2</source>
        <translation>Tous les mois le %1 à %2</translation>
    </message>
    <message>
        <source>Cron: %1</source>
        <translation>Cron : %1</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Toutes les %1 minutes</translation>
    </message>
    <message>
        <source>%1 step in &apos;%2&apos; must be at most %3</source>
        <translation>%1 : le pas dans &apos;%2&apos; doit être d&apos;au plus %3</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, du %2 au %3</translation>
    </message>
    <message>
        <source>%1 to %2 at %3</source>
        <translation>Du %1 au %2 à %3</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>%1, on day %2 of the month</source>
        <translation>%1, le %2 du mois</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, en %2</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>%1 already has %2 tasks; seed an empty database (db reset --yes) instead of mixing sample data in</source>
        <translation>%1 a déjà %2 tâches ; remplissez une base vide (db reset --yes) au lieu d&apos;y mêler des données d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>SetPriorityCommand</name>
    <message numerus="yes">
        <source>Set the priority of %n tasks to %1</source>
        <translation>
            <numerusform>Définir la priorité de %n tâche sur %1</numerusform>
            <numerusform>Définir la priorité de %n tâches sur %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDueNotice</name>
    <message>
        <source>Due: %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2.</source>
        <comment>title, &quot;due tomorrow 17:00&quot; or &quot;3 days overdue&quot;</comment>
        <translation>« %1 » : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks overdue</source>
        <translation>
            <numerusform>%n tâche en retard</numerusform>
            <numerusform>%n tâches en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks due or overdue</source>
        <translation>
            <numerusform>%n tâche à échéance ou en retard</numerusform>
            <numerusform>%n tâches à échéance ou en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks due today</source>
        <translation>
            <numerusform>%n tâche à échéance aujourd&apos;hui</numerusform>
            <numerusform>%n tâches à échéance aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks due by tomorrow</source>
        <translation>
            <numerusform>%n tâche à échéance d&apos;ici demain</numerusform>
            <numerusform>%n tâches à échéance d&apos;ici demain</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <comment>title, &quot;due today 17:00&quot;</comment>
        <translation>• %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>no user with the id %1</source>
        <translation>aucun utilisateur avec l&apos;id %1</translation>
    </message>
    <message>
        <source>the task &quot;%1&quot; was changed elsewhere; reload it and try again</source>
        <translation>la tâche « %1 » a été modifiée ailleurs ; rechargez-la et réessayez</translation>
    </message>
    <message>
        <source>a task is listed twice</source>
        <translation>une tâche figure deux fois</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>tasks of different users cannot be moved together</source>
        <translation>les tâches de différents utilisateurs ne peuvent pas être déplacées ensemble</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>TaskwarriorImport</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>the file holds no tasks</source>
        <translation>le fichier ne contient aucune tâche</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>the template of a recurring task: its occurrences are imported</source>
        <translation>le modèle d&apos;une tâche récurrente : ses occurrences sont importées</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (pending, waiting, completed, deleted, recurring)</source>
        <translation>statut inconnu « %1 » (pending, waiting, completed, deleted, recurring)</translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot; (H, M or L)</source>
        <translation>priorité inconnue « %1 » (H, M ou L)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Taskwarrior time (YYYYMMDDTHHMMSSZ)</source>
        <translation>« %1 » n&apos;est pas une heure Taskwarrior (YYYYMMDDTHHMMSSZ)</translation>
    </message>
    <message>
        <source>every task needs its uuid</source>
        <translation>chaque tâche nécessite son uuid</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>déjà importée</translation>
    </message>
    <message>
        <source>the array is not well formed</source>
        <translation>le tableau est mal formé</translation>
    </message>
    <message>
        <source>a task is longer than %1 characters</source>
        <translation>une tâche dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the array is not closed</source>
        <translation>le tableau n’est pas fermé</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>a login is 1 to 63 lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter (and not with pg_)</source>
        <translation>un identifiant comporte de 1 à 63 lettres minuscules, chiffres, &apos;_&apos;, &apos;.&apos; ou &apos;-&apos;, commence par une lettre (et pas par pg_)</translation>
    </message>
    <message>
        <source>the database has no logins yet: run `director-of-one db migrate`</source>
        <translation>la base de données n&apos;a encore aucun identifiant : exécutez `director-of-one db migrate`</translation>
    </message>
    <message>
        <source>only the owner of the database or an administrator can manage the team (signed in as %1)</source>
        <translation>seul le propriétaire de la base de données ou un administrateur peut gérer l&apos;équipe (connecté en tant que %1)</translation>
    </message>
    <message>
        <source>the team scheduler runs under a login in the group role doo_scheduler; %1 is not one</source>
        <translation>le planificateur d&apos;équipe s&apos;exécute sous un identifiant du rôle de groupe doo_scheduler ; %1 n&apos;en fait pas partie</translation>
    </message>
    <message>
        <source>the password is empty</source>
        <translation>le mot de passe est vide</translation>
    </message>
    <message>
        <source>%1 or the login %2 is already used by another user</source>
        <translation>%1 ou l&apos;identifiant %2 est déjà utilisé par un autre utilisateur</translation>
    </message>
    <message>
        <source>no user with the email %1</source>
        <translation>aucun utilisateur avec l&apos;e-mail %1</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>unmatched &apos;}&apos; at %1 (write }} for a literal brace)</source>
        <translation>&apos;}&apos; sans correspondance à la position %1 (écrivez }} pour une accolade littérale)</translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; at %1 (write {{ for a literal brace)</source>
        <translation>&apos;{&apos; non fermée à la position %1 (écrivez {{ pour une accolade littérale)</translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; at %1: another &apos;{&apos; follows at %2 before any &apos;}&apos;</source>
        <translation>&apos;{&apos; non fermée à la position %1 : une autre &apos;{&apos; suit à la position %2 avant toute &apos;}&apos;</translation>
    </message>
    <message>
        <source>empty placeholder &apos;{}&apos; at %1 (write {{}} for literal braces)</source>
        <translation>espace réservé vide &apos;{}&apos; à la position %1 (écrivez {{}} pour des accolades littérales)</translation>
    </message>
    <message>
        <source>the placeholder {%1} needs a task event trigger (task.created, task.status_changed or task.due_soon)</source>
        <translation>l&apos;espace réservé {%1} nécessite un déclencheur d&apos;événement de tâche (task.created, task.status_changed ou task.due_soon)</translation>
    </message>
    <message>
        <source>the placeholder {%1} needs a consultation event trigger (consultation.created, .scheduled, .completed or .cancelled)</source>
        <translation>l&apos;espace réservé {%1} nécessite un déclencheur d&apos;événement de consultation (consultation.created, .scheduled, .completed ou .cancelled)</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; available here: %2</source>
        <translation>espace réservé inconnu {%1} ; disponibles ici : %2</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>no active transaction</source>
        <translation>aucune transaction active</translation>
    </message>
    <message>
        <source>a part of the change failed; nothing was saved</source>
        <translation>une partie de la modification a échoué ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the connection to the database server was lost; nothing was saved</source>
        <translation>la connexion au serveur de base de données a été perdue ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the connection to the database server was lost while the change was being saved; it may or may not have been saved</source>
        <translation>la connexion au serveur de base de données a été perdue pendant l&apos;enregistrement de la modification ; elle a pu être enregistrée ou non</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Berlin, or leave it empty for the computer&apos;s zone)</source>
        <translation>fuseau horaire inconnu « %1 » (utilisez un nom IANA tel que Europe/Paris, ou laissez vide pour le fuseau de l&apos;ordinateur)</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>%1 is already used by another user</source>
        <translation>%1 est déjà utilisé par un autre utilisateur</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>utilisateur introuvable</translation>
    </message>
    <message>
        <source>only an administrator can add users</source>
        <translation>seul un administrateur peut ajouter des utilisateurs</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>only an administrator can change a role or deactivate a user</source>
        <translation>seul un administrateur peut changer un rôle ou désactiver un utilisateur</translation>
    </message>
    <message>
        <source>this profile was changed elsewhere; reload it and try again</source>
        <translation>ce profil a été modifié ailleurs ; rechargez-le et réessayez</translation>
    </message>
    <message>
        <source>no user with the email %1</source>
        <translation>aucun utilisateur avec l&apos;e-mail %1</translation>
    </message>
    <message>
        <source>there is no local profile yet: run `director-of-one db migrate` or start the app</source>
        <translation>il n&apos;existe pas encore de profil local : exécutez `director-of-one db migrate` ou démarrez l&apos;application</translation>
    </message>
    <message>
        <source>this database has users but no local profile: pass --user EMAIL</source>
        <translation>cette base de données a des utilisateurs mais pas de profil local : indiquez --user EMAIL</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>Administrator</source>
        <comment>a person&apos;s role in the team</comment>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Director</source>
        <comment>a person&apos;s role in the team</comment>
        <translation>Directeur</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>a person&apos;s role in the team</comment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>User</source>
        <comment>a person&apos;s role in the team</comment>
        <translation>Utilisateur</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is not a valid date</source>
        <translation>n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>a notification links to at most one item</source>
        <translation>une notification renvoie à un élément au plus</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be at least %1 characters</source>
        <translation>doit comporter au moins %1 caractères</translation>
    </message>
    <message>
        <source>must be at most %1 characters (it has %2)</source>
        <translation>doit comporter au plus %1 caractères (il en a %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>must be at most %1 bytes of JSON (it has %2)</source>
        <translation>doit faire au plus %1 octets de JSON (il en fait %2)</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at offset %2</source>
        <translation>n&apos;est pas du JSON valide : %1 à la position %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be a JSON array</source>
        <translation>doit être un tableau JSON</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (it is %3)</source>
        <translation>doit être compris entre %1 et %2 (il vaut %3)</translation>
    </message>
    <message>
        <source>at most %1 tags (there are %2)</source>
        <translation>%1 étiquettes au plus (il y en a %2)</translation>
    </message>
    <message>
        <source>a tag cannot be empty</source>
        <translation>une étiquette ne peut pas être vide</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is longer than %2 characters</source>
        <translation>l&apos;étiquette « %1 » dépasse %2 caractères</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; contains a comma</source>
        <translation>l&apos;étiquette « %1 » contient une virgule</translation>
    </message>
    <message>
        <source>the number of %1 is larger than the largest booking number, %2</source>
        <translation>le numéro de %1 dépasse le plus grand numéro de réservation possible, %2</translation>
    </message>
</context>
<context>
    <name>WorkflowDefinition</name>
    <message>
        <source>is too large: at most %1 bytes of JSON (it has %2)</source>
        <translation>est trop volumineux : au plus %1 octets de JSON (il en fait %2)</translation>
    </message>
    <message>
        <source>is nested too deeply: at most %1 levels of arrays and objects</source>
        <translation>est trop profondément imbriqué : au plus %1 niveaux de tableaux et d&apos;objets</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at offset %2</source>
        <translation>n&apos;est pas du JSON valide : %1 à la position %2</translation>
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
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>unknown key; %1 takes %2</source>
        <translation>clé inconnue ; %1 accepte %2</translation>
    </message>
    <message>
        <source>must be true or false (it is %1)</source>
        <translation>doit valoir true ou false (il vaut %1)</translation>
    </message>
    <message>
        <source>is required: an integer from %1 to %2</source>
        <translation>est obligatoire : un entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be an integer from %1 to %2 (it is %3)</source>
        <translation>doit être un entier de %1 à %2 (il vaut %3)</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (it is %3)</source>
        <translation>doit être compris entre %1 et %2 (il vaut %3)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a string (it is %1)</source>
        <translation>doit être une chaîne (il vaut %1)</translation>
    </message>
    <message>
        <source>is required: it cannot be empty</source>
        <translation>est obligatoire : il ne peut pas être vide</translation>
    </message>
    <message>
        <source>must be at most %1 characters (it has %2)</source>
        <translation>doit comporter au plus %1 caractères (il en a %2)</translation>
    </message>
    <message>
        <source>is required: one of %1</source>
        <translation>est obligatoire : l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>must be one of %1 (it is %2)</source>
        <translation>doit être l&apos;une des valeurs %1 (il vaut %2)</translation>
    </message>
    <message>
        <source>must be one of %1 (it is &apos;%2&apos;)</source>
        <translation>doit être l&apos;une des valeurs %1 (il vaut &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>a tag must have 1 to %1 characters (it has %2)</source>
        <translation>une étiquette doit comporter de 1 à %1 caractères (elle en a %2)</translation>
    </message>
    <message>
        <source>a tag cannot contain a comma</source>
        <translation>une étiquette ne peut pas contenir de virgule</translation>
    </message>
    <message>
        <source>must be an array of tags such as [&quot;finance&quot;] (it is %1)</source>
        <translation>doit être un tableau d&apos;étiquettes tel que [&quot;finance&quot;] (il vaut %1)</translation>
    </message>
    <message>
        <source>must list at least one tag</source>
        <translation>doit contenir au moins une étiquette</translation>
    </message>
    <message>
        <source>must have at most %1 tags (it has %2)</source>
        <translation>doit avoir au plus %1 étiquettes (il en a %2)</translation>
    </message>
    <message>
        <source>repeats the tag &apos;%1&apos; (tags are compared ignoring case)</source>
        <translation>répète l&apos;étiquette &apos;%1&apos; (les étiquettes sont comparées sans tenir compte de la casse)</translation>
    </message>
    <message>
        <source>must be an absolute path or start with ~/ (it is &apos;%1&apos;)</source>
        <translation>doit être un chemin absolu ou commencer par ~/ (il vaut &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>must be a status or an array of statuses, from %1 (it is %2)</source>
        <translation>doit être un statut ou un tableau de statuts parmi %1 (il vaut %2)</translation>
    </message>
    <message>
        <source>must list at least one status</source>
        <translation>doit contenir au moins un statut</translation>
    </message>
    <message>
        <source>repeats the status %1</source>
        <translation>répète le statut %1</translation>
    </message>
    <message>
        <source>must be an object with at least one of %1 (it is %2)</source>
        <translation>doit être un objet avec au moins l&apos;une des clés %1 (il vaut %2)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>a filter</source>
        <translation>un filtre</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; is also in add_tags</source>
        <translation>l&apos;étiquette &apos;%1&apos; figure aussi dans add_tags</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;type&quot;:&quot;create_task&quot;,&quot;title&quot;:&quot;...&quot;} (it is %1)</source>
        <translation>doit être un objet tel que {&quot;type&quot;:&quot;create_task&quot;,&quot;title&quot;:&quot;...&quot;} (il vaut %1)</translation>
    </message>
    <message>
        <source>an action of type %1</source>
        <translation>une action de type %1</translation>
    </message>
    <message>
        <source>is required: an array of 1 to %1 actions</source>
        <translation>est obligatoire : un tableau de 1 à %1 actions</translation>
    </message>
    <message>
        <source>must be a JSON array of actions (it is %1)</source>
        <translation>doit être un tableau JSON d&apos;actions (il vaut %1)</translation>
    </message>
    <message>
        <source>must contain at least one action</source>
        <translation>doit contenir au moins une action</translation>
    </message>
    <message>
        <source>must contain at most %1 actions (it has %2)</source>
        <translation>doit contenir au plus %1 actions (il en a %2)</translation>
    </message>
    <message>
        <source>a trigger of type %1</source>
        <translation>un déclencheur de type %1</translation>
    </message>
    <message>
        <source>an event trigger for %1</source>
        <translation>un déclencheur d&apos;événement pour %1</translation>
    </message>
    <message>
        <source> (e.g. &quot;daily at 09:00&quot;, &quot;weekly on monday at 09:00&quot; or a cron expression &quot;0 9 * * 1-5&quot;)</source>
        <translation> (p. ex. &quot;daily at 09:00&quot;, &quot;weekly on monday at 09:00&quot; ou une expression cron &quot;0 9 * * 1-5&quot;)</translation>
    </message>
    <message>
        <source>must differ from &quot;from&quot; (both are %1)</source>
        <translation>doit différer de &quot;from&quot; (les deux valent %1)</translation>
    </message>
    <message>
        <source>is required: a JSON object such as {&quot;type&quot;:&quot;manual&quot;}</source>
        <translation>est obligatoire : un objet JSON tel que {&quot;type&quot;:&quot;manual&quot;}</translation>
    </message>
    <message>
        <source>must be a JSON object (it is %1)</source>
        <translation>doit être un objet JSON (il vaut %1)</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>Toutes les %1 heures</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Toutes les %1 minutes</translation>
    </message>
    <message>
        <source>Manually</source>
        <translation>Manuellement</translation>
    </message>
    <message>
        <source>When a task is created</source>
        <translation>Quand une tâche est créée</translation>
    </message>
    <message>
        <source>When a task moves from %1 to %2</source>
        <translation>Quand une tâche passe de %1 à %2</translation>
    </message>
    <message>
        <source>When a task moves to %1</source>
        <translation>Quand une tâche passe à %1</translation>
    </message>
    <message>
        <source>When a task moves out of %1</source>
        <translation>Quand une tâche quitte %1</translation>
    </message>
    <message>
        <source>When a task changes status</source>
        <translation>Quand une tâche change de statut</translation>
    </message>
    <message>
        <source>When a task is due within 1 hour</source>
        <translation>Quand une tâche arrive à échéance dans l&apos;heure</translation>
    </message>
    <message>
        <source>When a task is due within %1 hours</source>
        <translation>Quand une tâche arrive à échéance dans les %1 heures</translation>
    </message>
    <message>
        <source>When a consultation is created</source>
        <translation>Quand une consultation est créée</translation>
    </message>
    <message>
        <source>When a consultation is scheduled</source>
        <translation>Quand une consultation est planifiée</translation>
    </message>
    <message>
        <source>When a consultation is completed</source>
        <translation>Quand une consultation est terminée</translation>
    </message>
    <message>
        <source>When a consultation is cancelled</source>
        <translation>Quand une consultation est annulée</translation>
    </message>
    <message>
        <source>On an event</source>
        <translation>Sur un événement</translation>
    </message>
    <message>
        <source>must be a JSON object such as {&quot;type&quot;:&quot;manual&quot;} (it is %1)</source>
        <translation>doit être un objet JSON tel que {&quot;type&quot;:&quot;manual&quot;} (il vaut %1)</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>un scalaire</translation>
    </message>
    <message>
        <source>a workflow file must be a JSON object with the keys %1</source>
        <translation>un fichier de workflow doit être un objet JSON avec les clés %1</translation>
    </message>
    <message>
        <source>a workflow file</source>
        <translation>un fichier de workflow</translation>
    </message>
    <message>
        <source>must be a number of minutes from 0 to %1 (it is %2)</source>
        <translation>doit être un nombre de minutes de 0 à %1 (il vaut %2)</translation>
    </message>
    <message>
        <source>must be between 0 and %1 (it is %2)</source>
        <translation>doit être compris entre 0 et %1 (il vaut %2)</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>Workflow &quot;%1&quot; finished</source>
        <translation>Workflow « %1 » terminé</translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; failed</source>
        <translation>Le workflow « %1 » a échoué</translation>
    </message>
    <message>
        <source>this run is not waiting for an approval</source>
        <translation>cette exécution n&apos;attend pas d&apos;approbation</translation>
    </message>
    <message>
        <source>rejected: the approval task was cancelled or deleted</source>
        <translation>refusée : la tâche d&apos;approbation a été annulée ou supprimée</translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; stopped</source>
        <translation>Workflow « %1 » arrêté</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks created, %1 changed; %2 min saved</source>
        <translation>
            <numerusform>%n tâche créée, modifiées : %1 ; %2 min gagnées</numerusform>
            <numerusform>%n tâches créées, modifiées : %1 ; %2 min gagnées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>cannot be negative (it is %1)</source>
        <translation>ne peut pas être négatif (il vaut %1)</translation>
    </message>
    <message>
        <source>must be a number of at least 0 (it is %1)</source>
        <translation>doit être un nombre supérieur ou égal à 0 (il vaut %1)</translation>
    </message>
    <message>
        <source>the workflow &quot;%1&quot; was changed elsewhere; reload it and try again</source>
        <translation>le workflow « %1 » a été modifié ailleurs ; rechargez-le et réessayez</translation>
    </message>
    <message>
        <source>workflow</source>
        <translation>workflow</translation>
    </message>
    <message>
        <source>the workflow has no saved version %1</source>
        <translation>le workflow n&apos;a pas de version enregistrée %1</translation>
    </message>
    <message>
        <source>this run (scheduled for %1) was already recorded</source>
        <translation>cette exécution (planifiée pour %1) a déjà été enregistrée</translation>
    </message>
    <message>
        <source>nothing to bring back</source>
        <translation>rien à restaurer</translation>
    </message>
    <message>
        <source>the workflow belongs to another user</source>
        <translation>le workflow appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>a workflow with this id exists again</source>
        <translation>un workflow avec cet id existe de nouveau</translation>
    </message>
</context>
<context>
    <name>WorkflowType</name>
    <message>
        <source>Reporting</source>
        <comment>kind of workflow (a noun)</comment>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Task automation</source>
        <comment>kind of workflow (a noun)</comment>
        <translation>Automatisation des tâches</translation>
    </message>
    <message>
        <source>Notification</source>
        <comment>kind of workflow (a noun)</comment>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Data sync</source>
        <comment>kind of workflow (a noun, not an order)</comment>
        <translation>Synchronisation de données</translation>
    </message>
    <message>
        <source>Approval</source>
        <comment>kind of workflow (a noun)</comment>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <comment>kind of workflow (a noun)</comment>
        <translation>Planification</translation>
    </message>
</context>
<context>
    <name>WriteRetry</name>
    <message>
        <source>the consultation request from %1</source>
        <translation>la demande de consultation de %1</translation>
    </message>
    <message>
        <source>scheduling the consultation</source>
        <translation>la planification de la consultation</translation>
    </message>
    <message>
        <source>rescheduling the consultation</source>
        <translation>la replanification de la consultation</translation>
    </message>
    <message>
        <source>completing the consultation</source>
        <translation>la clôture de la consultation</translation>
    </message>
    <message>
        <source>cancelling the consultation</source>
        <translation>l&apos;annulation de la consultation</translation>
    </message>
    <message>
        <source>marking the consultation as no-show</source>
        <translation>le marquage de la consultation comme absence</translation>
    </message>
    <message>
        <source>the linked task &quot;%1&quot;</source>
        <translation>la tâche liée « %1 »</translation>
    </message>
    <message>
        <source>the new task &quot;%1&quot;</source>
        <translation>la nouvelle tâche « %1 »</translation>
    </message>
    <message>
        <source>the changes to &quot;%1&quot;</source>
        <translation>les modifications de « %1 »</translation>
    </message>
    <message>
        <source>the new person %1</source>
        <translation>la nouvelle personne %1</translation>
    </message>
    <message>
        <source>the role of %1</source>
        <translation>le rôle de %1</translation>
    </message>
    <message>
        <source>disabling %1</source>
        <translation>la désactivation de %1</translation>
    </message>
    <message>
        <source>the workflow &quot;%1&quot;</source>
        <translation>le workflow « %1 »</translation>
    </message>
    <message>
        <source>the copy &quot;%1&quot;</source>
        <translation>la copie « %1 »</translation>
    </message>
    <message>
        <source>undoing the run</source>
        <translation>l&apos;annulation des effets de l&apos;exécution</translation>
    </message>
    <message>
        <source>the approval</source>
        <translation>l&apos;approbation</translation>
    </message>
    <message>
        <source>the rejection</source>
        <translation>le refus</translation>
    </message>
    <message>
        <source>restoring version %1</source>
        <translation>la restauration de la version %1</translation>
    </message>
    <message>
        <source>Not saved: %1. The connection to the database server was lost (%2); the window reconnects by itself, then do it again.</source>
        <translation>Non enregistré : %1. La connexion au serveur de base de données a été perdue (%2) ; la fenêtre se reconnecte d&apos;elle-même, recommencez ensuite.</translation>
    </message>
    <message>
        <source>Perhaps not saved: %1. The connection to the database server was lost while it was being saved; look whether it is there once the status bar shows Connected again.</source>
        <translation>Peut-être non enregistré : %1. La connexion au serveur de base de données a été perdue pendant l&apos;enregistrement ; vérifiez sa présence une fois que la barre d&apos;état affiche de nouveau Connecté.</translation>
    </message>
    <message numerus="yes">
        <source>moving %n tasks</source>
        <translation>
            <numerusform>le déplacement de %n tâche</numerusform>
            <numerusform>le déplacement de %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>putting %n tasks back</source>
        <translation>
            <numerusform>le rétablissement de %n tâche</numerusform>
            <numerusform>le rétablissement de %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleting %n tasks</source>
        <translation>
            <numerusform>la suppression de %n tâche</numerusform>
            <numerusform>la suppression de %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restoring %n tasks</source>
        <translation>
            <numerusform>la restauration de %n tâche</numerusform>
            <numerusform>la restauration de %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting the consultation %1</source>
        <translation>la suppression de la consultation %1</translation>
    </message>
    <message numerus="yes">
        <source>changing the priority of %n tasks</source>
        <translation>
            <numerusform>la modification de la priorité de %n tâche</numerusform>
            <numerusform>la modification de la priorité de %n tâches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::ActionForm</name>
    <message>
        <source>Add an action, or choose one in the list to edit it.</source>
        <translation>Ajoutez une action, ou choisissez-en une dans la liste pour la modifier.</translation>
    </message>
    <message>
        <source>New task {date}</source>
        <translation>Nouvelle tâche {date}</translation>
    </message>
    <message>
        <source>{workflow.name} ran</source>
        <translation>{workflow.name} exécuté</translation>
    </message>
    <message>
        <source>Approve {workflow.name}</source>
        <translation>Approuver {workflow.name}</translation>
    </message>
    <message>
        <source>Either</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Due in</source>
        <translation>Échéance dans</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Which tasks</source>
        <translation>Quelles tâches</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toute priorité</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Dans les</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Non mises à jour</translation>
    </message>
    <message>
        <source>Created by a workflow</source>
        <translation>Créées par un workflow</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Ajouter des étiquettes</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Retirer des étiquettes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Creates a task in Review; the rest of the workflow runs once you approve it.</source>
        <translation>Crée une tâche en revue ; le reste du workflow s&apos;exécute une fois que vous l&apos;approuvez.</translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation>Échéance dans (jours)</translation>
    </message>
    <message>
        <source>Due within days</source>
        <translation>Échéance sous (jours)</translation>
    </message>
    <message>
        <source>Not updated for days</source>
        <translation>Sans modification depuis (jours)</translation>
    </message>
    <message>
        <source>New due date in days</source>
        <translation>Nouvelle échéance dans (jours)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
</context>
<context>
    <name>doo::ActionListEditor</name>
    <message>
        <source>Actions run from top to bottom; drag them to change the order</source>
        <translation>Les actions s&apos;exécutent de haut en bas ; faites-les glisser pour changer l&apos;ordre</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>doo::ActionListModel</name>
    <message>
        <source>Create task</source>
        <translation>Créer une tâche</translation>
    </message>
    <message>
        <source>Update tasks</source>
        <translation>Mettre à jour des tâches</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notifier</translation>
    </message>
    <message>
        <source>Generate report</source>
        <translation>Générer un rapport</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exporter des données</translation>
    </message>
    <message>
        <source>Request approval</source>
        <translation>Demander une approbation</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(aucun type)</translation>
    </message>
    <message>
        <source>add tags %1</source>
        <translation>ajouter les étiquettes %1</translation>
    </message>
    <message>
        <source>remove tags %1</source>
        <translation>retirer les étiquettes %1</translation>
    </message>
    <message>
        <source>due in %1 days</source>
        <translation>échéance dans %1 jours</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
</context>
<context>
    <name>doo::AddPersonDialog</name>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>e.g. jsmith</source>
        <translation>p. ex. jdupont</translation>
    </message>
    <message>
        <source>The PostgreSQL login this person signs in with: lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>L&apos;identifiant PostgreSQL avec lequel cette personne se connecte : lettres minuscules, chiffres, &apos;_&apos;, &apos;.&apos; ou &apos;-&apos;, commençant par une lettre</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>Choisissez un rôle</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Pass&amp;word again:</source>
        <translation>Mot de passe (&amp;confirmation) :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>nothing saves</source>
        <translation>rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>The password is sent to the database server, which keeps only its hash; the program stores it nowhere. Give it to the person in a safe way.</source>
        <translation>Le mot de passe est envoyé au serveur de base de données, qui n&apos;en conserve que l&apos;empreinte ; le programme ne l&apos;enregistre nulle part. Transmettez-le à la personne de manière sûre.</translation>
    </message>
</context>
<context>
    <name>doo::AnalyticsPage</name>
    <message>
        <source>Consultations done</source>
        <translation>Consultations terminées</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Automatic: days up to a month, weeks up to a year, months beyond</source>
        <translation>Automatique : jours jusqu&apos;à un mois, semaines jusqu&apos;à un an, mois au-delà</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Rapport en PDF…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Series as CSV…</source>
        <translation>Série en CSV…</translation>
    </message>
    <message>
        <source>Save the series</source>
        <translation>Enregistrer la série</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Chart as PNG</source>
        <translation>Graphique en PNG</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>Too many days for one chart: showing weeks.</source>
        <translation>Trop de jours pour un seul graphique : affichage par semaines.</translation>
    </message>
    <message>
        <source>Too many weeks for one chart: showing months.</source>
        <translation>Trop de semaines pour un seul graphique : affichage par mois.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nothing to show from %1 to %2&lt;/h3&gt;&lt;p&gt;Workflows record the time they save as they run, and finished tasks and consultations appear here too.&lt;br&gt;Choose a longer range, or load sample data with &lt;b&gt;director-of-one db seed&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rien à afficher du %1 au %2&lt;/h3&gt;&lt;p&gt;Les workflows enregistrent le temps qu&apos;ils font gagner à chaque exécution, et les tâches et consultations terminées apparaissent aussi ici.&lt;br&gt;Choisissez une période plus longue, ou chargez des données d&apos;exemple avec &lt;b&gt;director-of-one db seed&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>Saved the series to %1</source>
        <translation>Série enregistrée dans %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved the chart to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <source>Efficiency score: on each day with figures, the share of an 8-hour working day that workflows gave back (at most 100%), averaged over those days</source>
        <translation>Score d&apos;efficacité : pour chaque jour comportant des données, la part d&apos;une journée de travail de 8 heures libérée par les workflows (au plus 100 %), en moyenne sur ces jours</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
</context>
<context>
    <name>doo::BackgroundMode</name>
    <message>
        <source>Scheduler paused</source>
        <translation>Planificateur en pause</translation>
    </message>
    <message>
        <source>Workflows that fall due wait until the scheduler is resumed</source>
        <translation>Les workflows arrivés à échéance attendent la reprise du planificateur</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Director of One keeps running in the background, and your workflows with it. Open it again from its icon in the tray; quit it with Quit in that icon&apos;s menu or File → Quit (Ctrl+Q).</source>
        <translation>Director of One continue de s&apos;exécuter en arrière-plan, et vos workflows avec lui. Rouvrez-le depuis son icône dans la zone de notification ; quittez-le avec Quitter dans le menu de cette icône ou Fichier → Quitter (Ctrl+Q).</translation>
    </message>
    <message>
        <source>Director of One keeps running in the background, and your workflows with it. Start Director of One again to bring this window back; quit it with File → Quit (Ctrl+Q).</source>
        <translation>Director of One continue de s&apos;exécuter en arrière-plan, et vos workflows avec lui. Relancez Director of One pour faire réapparaître cette fenêtre ; quittez-le avec Fichier → Quitter (Ctrl+Q).</translation>
    </message>
    <message>
        <source>Director of One is still running</source>
        <translation>Director of One est toujours en cours d&apos;exécution</translation>
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
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>SQLite backups (*.sqlite);;All files (*)</source>
        <translation>Sauvegardes SQLite (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PostgreSQL backups (*.pgdump);;All files (*)</source>
        <translation>Sauvegardes PostgreSQL (*.pgdump);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Replace the database %1 with the backup %2? The database as it is now is kept as a backup in %3.</source>
        <translation>Remplacer la base de données %1 par la sauvegarde %2 ? La base de données dans son état actuel est conservée comme sauvegarde dans %3.</translation>
    </message>
</context>
<context>
    <name>doo::BoardSettingsPage</name>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Work-in-progress limits</source>
        <translation>Limites de travail en cours</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>A column holding more cards than its limit turns red. The limits are kept with your profile in this database; you can also set one by right-clicking a column&apos;s heading.</source>
        <translation>Une colonne qui contient plus de cartes que sa limite devient rouge. Les limites sont conservées avec votre profil dans cette base de données ; vous pouvez aussi en définir une par un clic droit sur l&apos;en-tête d&apos;une colonne.</translation>
    </message>
</context>
<context>
    <name>doo::BoardWidget</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Search titles and descriptions…</source>
        <translation>Rechercher dans les titres et descriptions…</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toute priorité</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Toute échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Toute origine</translation>
    </message>
    <message>
        <source>Created by a workflow</source>
        <translation>Créées par un workflow</translation>
    </message>
    <message>
        <source>Created by hand</source>
        <translation>Créées manuellement</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Right-click to set a work-in-progress limit</source>
        <translation>Clic droit pour définir une limite de travail en cours</translation>
    </message>
    <message>
        <source>Set WIP limit…</source>
        <translation>Définir la limite WIP…</translation>
    </message>
    <message>
        <source>WIP limit</source>
        <translation>Limite WIP</translation>
    </message>
    <message>
        <source>Most cards in %1 (0 = no limit):</source>
        <translation>Nombre maximal de cartes dans %1 (0 = sans limite) :</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;</source>
        <translation>« %1 » créée</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n tasks — Undo brings them back</source>
        <translation>
            <numerusform>%n tâche supprimée — Annuler la rétablit</numerusform>
            <numerusform>%n tâches supprimées — Annuler les rétablit</numerusform>
        </translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <source>Go from the board&apos;s search to the first card found</source>
        <translation>Passer de la recherche du tableau à la première carte trouvée</translation>
    </message>
    <message>
        <source>Clear the board&apos;s search and go back to the cards</source>
        <translation>Effacer la recherche du tableau et revenir aux cartes</translation>
    </message>
    <message>
        <source>Show priority</source>
        <translation>Filtrer par priorité</translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Show due date</source>
        <translation>Filtrer par échéance</translation>
    </message>
    <message>
        <source>Show origin</source>
        <translation>Filtrer par origine</translation>
    </message>
    <message>
        <source>Open the selected card</source>
        <translation>Ouvrir la carte sélectionnée</translation>
    </message>
    <message numerus="yes">
        <source>%1 column, %n cards</source>
        <translation>
            <numerusform>Colonne %1, %n carte</numerusform>
            <numerusform>Colonne %1, %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Work-in-progress limit %1</source>
        <translation>Limite de travail en cours : %1</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation>&amp;Modifier la tâche…</translation>
    </message>
    <message>
        <source>D&amp;uplicate task…</source>
        <translation>D&amp;upliquer la tâche…</translation>
    </message>
    <message>
        <source>&amp;Delete task</source>
        <translation>&amp;Supprimer la tâche</translation>
    </message>
    <message>
        <source>Move &amp;left</source>
        <translation>Déplacer à &amp;gauche</translation>
    </message>
    <message>
        <source>Move &amp;right</source>
        <translation>Déplacer à &amp;droite</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <source>Open the menu of the selected cards</source>
        <translation>Ouvrir le menu des cartes sélectionnées</translation>
    </message>
    <message>
        <source>+ Add a card</source>
        <translation>+ Ajouter une carte</translation>
    </message>
    <message>
        <source>Add a card to %1</source>
        <translation>Ajouter une carte dans la colonne %1</translation>
    </message>
    <message numerus="yes">
        <source>Priority %1 for %n tasks</source>
        <translation>
            <numerusform>Priorité %1 pour %n tâche</numerusform>
            <numerusform>Priorité %1 pour %n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>No task matches these filters.</source>
        <translation>Aucune tâche ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No task matches “%1”.</source>
        <translation>Aucune tâche ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>doo::CardMenus</name>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
</context>
<context>
    <name>doo::ColumnEmptyState</name>
    <message>
        <source>No matching tasks</source>
        <translation>Aucune tâche correspondante</translation>
    </message>
    <message>
        <source>No tasks to do</source>
        <translation>Aucune tâche à faire</translation>
    </message>
    <message>
        <source>Nothing in progress</source>
        <translation>Rien en cours</translation>
    </message>
    <message>
        <source>Nothing waiting for review</source>
        <translation>Rien en attente de revue</translation>
    </message>
    <message>
        <source>No completed tasks yet</source>
        <translation>Aucune tâche terminée pour l&apos;instant</translation>
    </message>
    <message>
        <source>No cancelled tasks</source>
        <translation>Aucune tâche annulée</translation>
    </message>
</context>
<context>
    <name>doo::ConflictDialog</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing it. Their changes to fields you did not edit are kept; you both changed these fields:</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré %1 pendant que vous le modifiiez. Ses modifications des champs que vous n&apos;avez pas modifiés sont conservées ; vous avez tous deux modifié ces champs :</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder les miennes</translation>
    </message>
    <message>
        <source>Save your values for these fields, with your other changes and theirs</source>
        <translation>Enregistrer vos valeurs pour ces champs, avec vos autres modifications et les siennes</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre les siennes</translation>
    </message>
    <message>
        <source>Take their values for these fields; your other changes stay in the form, not saved yet</source>
        <translation>Reprendre ses valeurs pour ces champs ; vos autres modifications restent dans le formulaire, pas encore enregistrées</translation>
    </message>
    <message>
        <source>Back to your edit, not saved</source>
        <translation>Retour à votre saisie, non enregistrée</translation>
    </message>
    <message>
        <source>It was changed again meanwhile; the table now shows the newest version. Nothing was saved.</source>
        <translation>Il a de nouveau été modifié entre-temps ; l&apos;affichage présente maintenant la version la plus récente. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>doo::ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation>Se connecter à une base de données</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Fichier SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>none is configured</source>
        <translation>aucune n&apos;est configurée</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>There is no such file yet: Connect creates a new database there.</source>
        <translation>Ce fichier n&apos;existe pas encore : Se connecter y crée une nouvelle base de données.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>Mode SS&amp;L :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Remember password in the keychain</source>
        <translation>Mémo&amp;riser le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Choose a recent connection…</source>
        <translation>Choisir une connexion récente…</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New SQLite database</source>
        <translation>Nouvelle base SQLite</translation>
    </message>
    <message>
        <source>Open SQLite database</source>
        <translation>Ouvrir une base SQLite</translation>
    </message>
    <message>
        <source>Password from this session.</source>
        <translation>Mot de passe de cette session.</translation>
    </message>
    <message>
        <source>Looking for a saved password…</source>
        <translation>Recherche d&apos;un mot de passe enregistré…</translation>
    </message>
    <message>
        <source>Password from the system keychain.</source>
        <translation>Mot de passe du trousseau système.</translation>
    </message>
    <message>
        <source>No password saved in the system keychain for this login.</source>
        <translation>Aucun mot de passe enregistré dans le trousseau système pour cet identifiant.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The password is asked once and kept in memory only, until the program quits.</source>
        <translation>Le trousseau système n&apos;est pas disponible (%1). Le mot de passe est demandé une fois et conservé uniquement en mémoire, jusqu&apos;à la fermeture du programme.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Choisissez un fichier.</translation>
    </message>
    <message>
        <source>Name the database.</source>
        <translation>Nommez la base de données.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>The password was not saved in the keychain (%1); it is kept in memory until the program quits.</source>
        <translation>Le mot de passe n&apos;a pas été enregistré dans le trousseau (%1) ; il est conservé en mémoire jusqu&apos;à la fermeture du programme.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>Récent&amp;es :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationActionDialog</name>
    <message>
        <source>Schedule consultation</source>
        <translation>Planifier la consultation</translation>
    </message>
    <message>
        <source>When do you meet %1?</source>
        <translation>Quand rencontrez-vous %1 ?</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Reschedule consultation</source>
        <translation>Replanifier la consultation</translation>
    </message>
    <message>
        <source>Move the meeting with %1 to:</source>
        <translation>Déplacer le rendez-vous avec %1 au :</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <source>Complete consultation</source>
        <translation>Terminer la consultation</translation>
    </message>
    <message>
        <source>How did the meeting with %1 go? (optional)</source>
        <translation>Comment s&apos;est passé le rendez-vous avec %1 ? (facultatif)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Cancel consultation</source>
        <translation>Annuler la consultation</translation>
    </message>
    <message>
        <source>Why is the request of %1 cancelled?</source>
        <translation>Pourquoi la demande de %1 est-elle annulée ?</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Overlaps %1</source>
        <translation>Chevauche %1</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Un motif est obligatoire.</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationAgendaModel</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine prochaine</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Aujourd&apos;hui · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation>Demain · %1</translation>
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
        <translation>Agenda des rendez-vous planifiés</translation>
    </message>
    <message>
        <source>No meetings scheduled from today on. Scheduled requests appear here by week and day.</source>
        <translation>Aucun rendez-vous planifié à partir d&apos;aujourd&apos;hui. Les demandes planifiées apparaissent ici, par semaine et par jour.</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationDeleteDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete the request %1 from %2?

Its history is deleted with it; its linked tasks stay on the board. This cannot be undone.</source>
        <translation>Supprimer la demande %1 de %2 ?

Son historique est supprimé avec elle ; ses tâches liées restent sur le tableau. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationDetailPane</name>
    <message>
        <source>Schedule…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Replanifier…</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Terminer…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Ajouter une tâche…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Linked tasks</source>
        <translation>Tâches liées</translation>
    </message>
    <message>
        <source>No consultation selected</source>
        <translation>Aucune consultation sélectionnée</translation>
    </message>
    <message>
        <source>Select a request in the table to see its details, history and tasks.</source>
        <translation>Sélectionnez une demande dans la liste pour voir ses détails, son historique et ses tâches.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source> (no-show)</source>
        <translation> (absence)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>received → </source>
        <translation>reçue → </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationDialog</name>
    <message>
        <source>New consultation request</source>
        <translation>Nouvelle demande de consultation</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>required, e.g. name@example.com</source>
        <translation>obligatoire, p. ex. nom@exemple.com</translation>
    </message>
    <message>
        <source>What takes too much of their time?</source>
        <translation>Qu&apos;est-ce qui lui prend trop de temps ?</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>En&amp;treprise :</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>C&amp;hallenges:</source>
        <translation>&amp;Difficultés :</translation>
    </message>
    <message>
        <source>Edit consultation request %1</source>
        <translation>Modifier la demande de consultation %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>this consultation request</source>
        <translation>cette demande de consultation</translation>
    </message>
    <message>
        <source>Showing their values for the fields you both changed, with your other changes; not saved yet.</source>
        <translation>Affichage de ses valeurs pour les champs que vous avez tous deux modifiés, avec vos autres modifications ; pas encore enregistré.</translation>
    </message>
    <message>
        <source>Not saved: the request was changed elsewhere. Save again to compare.</source>
        <translation>Non enregistré : la demande a été modifiée ailleurs. Enregistrez de nouveau pour comparer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field name, then what is wrong with it</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationStatsPanel</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiées</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Taux de réalisation</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Taux d&apos;absence</translation>
    </message>
    <message>
        <source>Days to meeting</source>
        <translation>Jours jusqu&apos;au rendez-vous</translation>
    </message>
    <message>
        <source>Requests per week</source>
        <translation>Demandes par semaine</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationTableModel</name>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>%1 (no-show)</source>
        <translation>%1 (absence)</translation>
    </message>
</context>
<context>
    <name>doo::ConsultationsWidget</name>
    <message>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Search booking, name, email, company…</source>
        <translation>Rechercher réservation, nom, e-mail, entreprise…</translation>
    </message>
    <message>
        <source>%1 (%2) at %3</source>
        <translation>%1 (%2) le %3</translation>
    </message>
    <message>
        <source>Created %1 for %2</source>
        <translation>%1 créée pour %2</translation>
    </message>
    <message>
        <source>Task for %1</source>
        <translation>Tâche pour %1</translation>
    </message>
    <message>
        <source>A task on the board, linked to this consultation:</source>
        <translation>Une tâche du tableau, liée à cette consultation :</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Relancer %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Date to filter by</source>
        <translation>Date utilisée pour filtrer</translation>
    </message>
    <message>
        <source>Search consultations</source>
        <translation>Rechercher des consultations</translation>
    </message>
    <message>
        <source>Import and export</source>
        <translation>Import et export</translation>
    </message>
    <message>
        <source>Tasks are imported and exported in the File menu</source>
        <translation>Les tâches s&apos;importent et s&apos;exportent depuis le menu Fichier</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Planifiée pour le %1</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Déplacée au %1</translation>
    </message>
    <message>
        <source>Deleted %1 (%2)</source>
        <translation>%1 (%2) supprimée</translation>
    </message>
</context>
<context>
    <name>doo::DashboardCharts</name>
    <message>
        <source>Hours saved</source>
        <translation>Heures gagnées</translation>
    </message>
    <message>
        <source>Tasks automated</source>
        <translation>Tâches automatisées</translation>
    </message>
    <message>
        <source>Efficiency score (%)</source>
        <translation>Score d&apos;efficacité (%)</translation>
    </message>
    <message>
        <source>Active workflows</source>
        <translation>Workflows actifs</translation>
    </message>
    <message>
        <source>Hours saved per workflow</source>
        <translation>Heures gagnées par workflow</translation>
    </message>
    <message>
        <source>Task flow per week</source>
        <translation>Flux de tâches par semaine</translation>
    </message>
    <message>
        <source>Consultations by status</source>
        <translation>Consultations par statut</translation>
    </message>
    <message>
        <source>%1: %2 h saved</source>
        <translation>%1 : %2 h gagnées</translation>
    </message>
    <message>
        <source>%1: %2 active workflows</source>
        <translation>%1 : %2 workflows actifs</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 · average lead time %2, cycle time %3</source>
        <translation>%1 · délai moyen %2, temps de cycle %3</translation>
    </message>
    <message>
        <source>Task flow per month</source>
        <translation>Flux de tâches par mois</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 h saved in %n runs</source>
        <translation>
            <numerusform>%1 : %2 h gagnées en %n exécution</numerusform>
            <numerusform>%1 : %2 h gagnées en %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (partial week)</source>
        <translation>%1 (semaine partielle)</translation>
    </message>
    <message>
        <source>%1 (partial month)</source>
        <translation>%1 (mois partiel)</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Graphique : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>period: percentage</comment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n tasks automated</source>
        <translation>
            <numerusform>%1 : %n tâche automatisée</numerusform>
            <numerusform>%1 : %n tâches automatisées</numerusform>
        </translation>
    </message>
    <message>
        <source>lighter: partial month</source>
        <translation>plus clair : mois partiel</translation>
    </message>
    <message>
        <source>lighter: partial week</source>
        <translation>plus clair : semaine partielle</translation>
    </message>
</context>
<context>
    <name>doo::DashboardModel</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Heures gagnées</translation>
    </message>
    <message>
        <source>Tasks automated</source>
        <translation>Tâches automatisées</translation>
    </message>
    <message>
        <source>Efficiency score</source>
        <translation>Score d&apos;efficacité</translation>
    </message>
    <message>
        <source>Active workflows</source>
        <translation>Workflows actifs</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>this dashboard shows given data and reads no database</source>
        <translation>ce tableau de bord affiche des données fournies et ne lit aucune base de données</translation>
    </message>
</context>
<context>
    <name>doo::DataView</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Workflow executions</source>
        <translation>Exécutions de workflows</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Save or revert your edits before switching tables</source>
        <translation>Enregistrez ou annulez vos modifications avant de changer de table</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table :</translation>
    </message>
    <message>
        <source>Administrator view of the raw tables. Edits skip the app&apos;s own checks and history; the database still refuses values its rules do not allow.</source>
        <translation>Vue administrateur des tables brutes. Les modifications contournent les contrôles et l&apos;historique de l&apos;application ; la base de données refuse toujours les valeurs que ses règles n&apos;autorisent pas.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n&apos;a été enregistré. %1</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>Rows of the chosen table</source>
        <translation>Lignes de la table choisie</translation>
    </message>
</context>
<context>
    <name>doo::DatabaseSettingsPage</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>Fichier SQLite sur cet ordinateur</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>Se c&amp;onnecter…</translation>
    </message>
    <message>
        <source>Saves these settings, closes them and opens the connection dialog</source>
        <translation>Enregistre ces réglages, les ferme et ouvre le dialogue de connexion</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept:</source>
        <translation>Sauvegardes automatiques à &amp;garder :</translation>
    </message>
    <message>
        <source>Kept on this computer, in the program&apos;s data folder; the oldest beyond this number are deleted.</source>
        <translation>Conservées sur cet ordinateur, dans le dossier de données du programme ; les plus anciennes au-delà de ce nombre sont supprimées.</translation>
    </message>
</context>
<context>
    <name>doo::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>doo::DryRunPanel</name>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Task change</source>
        <translation>Modification de tâche</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Waits</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>What a run would do now. Nothing is written.</source>
        <translation>Ce que ferait une exécution maintenant. Rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>Plan again</source>
        <translation>Simuler à nouveau</translation>
    </message>
    <message>
        <source>Nothing to plan.</source>
        <translation>Rien à simuler.</translation>
    </message>
    <message>
        <source>Cannot plan a run: %1</source>
        <translation>Impossible de simuler une exécution : %1</translation>
    </message>
    <message>
        <source>A run now would change nothing.</source>
        <translation>Une exécution maintenant ne modifierait rien.</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message numerus="yes">
        <source>A run now would do %n things; nothing is written.</source>
        <translation>
            <numerusform>Une exécution maintenant effectuerait %n opération ; rien n&apos;est écrit.</numerusform>
            <numerusform>Une exécution maintenant effectuerait %n opérations ; rien n&apos;est écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned effects</source>
        <translation>Effets prévus</translation>
    </message>
</context>
<context>
    <name>doo::EditConflict</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>When it runs</source>
        <translation>Quand il s&apos;exécute</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu&apos;il fait</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Saves per run</source>
        <translation>Gain par exécution</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Saved elsewhere (theirs)</source>
        <translation>Enregistrée ailleurs (la sienne)</translation>
    </message>
    <message>
        <source>Yours (mine)</source>
        <translation>La vôtre (la mienne)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>doo::ExchangeActions</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Tasks (CSV)…</source>
        <translation>&amp;Tâches (CSV)…</translation>
    </message>
    <message>
        <source>Tasks from Task&amp;warrior (JSON)…</source>
        <translation>Tâches de Task&amp;warrior (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Consultations (CSV)…</source>
        <translation>&amp;Consultations (CSV)…</translation>
    </message>
    <message>
        <source>Consultation &amp;calendar (iCalendar)…</source>
        <translation>Ca&amp;lendrier des consultations (iCalendar)…</translation>
    </message>
    <message>
        <source>The JSON that Taskwarrior&apos;s &quot;task export&quot; writes</source>
        <translation>Le JSON produit par « task export » de Taskwarrior</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Taskwarrior exports (*.json);;All files (*)</source>
        <translation>Exports Taskwarrior (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported %1; %2 already there; %3 skipped</source>
        <translation>Importées : %1 ; déjà présentes : %2 ; ignorées : %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Exported the calendar to %1</source>
        <translation>Calendrier exporté vers %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>doo::ExecutionListModel</name>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (défaite)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Min saved</source>
        <translation>Min gagnées</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks created</source>
        <translation>
            <numerusform>%n tâche créée</numerusform>
            <numerusform>%n tâches créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks changed</source>
        <translation>
            <numerusform>%n tâche modifiée</numerusform>
            <numerusform>%n tâches modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks the run created or changed</source>
        <translation>Tâches créées ou modifiées par l&apos;exécution</translation>
    </message>
</context>
<context>
    <name>doo::GeneralSettingsPage</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Takes effect at the next start of the program.</source>
        <translation>Prend effet au prochain démarrage du programme.</translation>
    </message>
    <message>
        <source>Start Director of One when I log in</source>
        <translation>Démarrer Director of One à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>Writes the desktop&apos;s autostart entry on this computer: %1</source>
        <translation>Écrit l&apos;entrée de démarrage automatique du bureau sur cet ordinateur : %1</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Zone de notification</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>Afficher une icône dans la zone de notification</translation>
    </message>
    <message>
        <source>Minimise to the tray instead of the task bar</source>
        <translation>Réduire dans la zone de notification plutôt que dans la barre des tâches</translation>
    </message>
    <message>
        <source>Keep running in the background when the window is closed</source>
        <translation>Continuer en arrière-plan à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>The workflows keep running while the program runs in the background.</source>
        <translation>Les workflows continuent de s&apos;exécuter tant que le programme tourne en arrière-plan.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray at the moment.</source>
        <translation>Ce bureau n&apos;affiche actuellement aucune zone de notification.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>Début de la &amp;semaine :</translation>
    </message>
    <message>
        <source>For the weekly target of hours saved and its last working day; kept with your profile in the database.</source>
        <translation>Pour l&apos;objectif hebdomadaire d&apos;heures gagnées et son dernier jour ouvré ; conservé avec votre profil dans la base de données.</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>Début de la semaine</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrage à l&apos;ouverture de session</translation>
    </message>
</context>
<context>
    <name>doo::HelpBrowser</name>
    <message>
        <source>Director of One — User guide</source>
        <translation>Director of One — Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Le guide de l’utilisateur manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>doo::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Ce fichier ne peut pas être importé.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>%1 new, %2 already there, %3 invalid</source>
        <translation>nouvelles : %1, déjà présentes : %2, non valides : %3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà présente</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>Skip the invalid rows and import the others</source>
        <translation>Ignorer les lignes non valides et importer les autres</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <source>(the first %n rows shown)</source>
        <translation>
            <numerusform>(%n ligne affichée)</numerusform>
            <numerusform>(les %n premières lignes affichées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau système</translation>
    </message>
    <message>
        <source>there is no session bus to reach a keychain through</source>
        <translation>aucun bus de session ne permet d&apos;atteindre un trousseau</translation>
    </message>
    <message>
        <source>the keychain holds no password for %1</source>
        <translation>le trousseau ne contient aucun mot de passe pour %1</translation>
    </message>
    <message>
        <source>the keychain could not delete the password: %1</source>
        <translation>le trousseau n&apos;a pas pu supprimer le mot de passe : %1</translation>
    </message>
    <message>
        <source>the keychain is not available: %1</source>
        <translation>le trousseau n&apos;est pas disponible : %1</translation>
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
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Director of One</source>
        <translation>À &amp;propos de Director of One</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The database this window works on</source>
        <translation>La base de données sur laquelle travaille cette fenêtre</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; · %3</source>
        <translation>%1 &lt;%2&gt; · %3</translation>
    </message>
    <message>
        <source>The current user</source>
        <translation>L&apos;utilisateur actuel</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The Data view has edits that are not saved. Discard them and quit?</source>
        <translation>La vue Données contient des modifications non enregistrées. Les abandonner et quitter ?</translation>
    </message>
    <message>
        <source>About Director of One</source>
        <translation>À propos de Director of One</translation>
    </message>
    <message>
        <source>W&amp;orkflow</source>
        <translation>&amp;Workflow</translation>
    </message>
    <message>
        <source>The task is not on the board any more, or not among the cards loaded</source>
        <translation>La tâche n&apos;est plus sur le tableau, ou ne fait pas partie des cartes chargées</translation>
    </message>
    <message>
        <source>The workflow was deleted</source>
        <translation>Le workflow a été supprimé</translation>
    </message>
    <message>
        <source>The consultation is not listed</source>
        <translation>La consultation ne figure pas dans la liste</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Your preferences could not be read: %1</source>
        <translation>Vos préférences n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>This desktop has neither a tray nor a notification service: new notifications appear only here, in the list and the count beside Notifications.</source>
        <translation>Ce bureau n&apos;a ni zone de notification ni service de notifications : les nouvelles notifications n&apos;apparaissent qu&apos;ici, dans la liste et dans le compteur à côté de Notifications.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>The workflows follow the new time zone from their next run on.</source>
        <translation>Les workflows suivent le nouveau fuseau horaire à partir de leur prochaine exécution.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Director of One %1&lt;/h3&gt;&lt;p&gt;A task board, workflows, consultations, analytics and notifications for a director who runs a department alone — in one window, on one database.&lt;/p&gt;&lt;p&gt;Database in use: %2&lt;/p&gt;&lt;p&gt;Licence: all rights reserved; no licence has been granted yet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Director of One %1&lt;/h3&gt;&lt;p&gt;Un tableau des tâches, des workflows, des consultations, des analyses et des notifications pour un directeur qui dirige seul un service — dans une seule fenêtre, sur une seule base de données.&lt;/p&gt;&lt;p&gt;Base de données utilisée : %2&lt;/p&gt;&lt;p&gt;Licence : tous droits réservés ; aucune licence n&apos;a encore été accordée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
</context>
<context>
    <name>doo::MemorySecretStore</name>
    <message>
        <source>no keychain</source>
        <translation>aucun trousseau</translation>
    </message>
    <message>
        <source>no password stored for %1</source>
        <translation>aucun mot de passe enregistré pour %1</translation>
    </message>
    <message>
        <source>this session&apos;s memory</source>
        <translation>la mémoire de cette session</translation>
    </message>
</context>
<context>
    <name>doo::NotificationPopups</name>
    <message numerus="yes">
        <source>%n notifications during quiet hours</source>
        <translation>
            <numerusform>%n notification pendant les heures silencieuses</numerusform>
            <numerusform>%n notifications pendant les heures silencieuses</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks due</source>
        <translation>
            <numerusform>%n tâche à échéance</numerusform>
            <numerusform>%n tâches à échéance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task reminders</source>
        <translation>
            <numerusform>%n rappel de tâche</numerusform>
            <numerusform>%n rappels de tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notifications</source>
        <translation>
            <numerusform>%n nouvelle notification</numerusform>
            <numerusform>%n nouvelles notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::NotificationSettingsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Pop up</source>
        <translation>Fenêtres contextuelles</translation>
    </message>
    <message>
        <source>These kinds pop up on the desktop; the others only appear in the Notifications view.</source>
        <translation>Ces types s&apos;affichent sur le bureau ; les autres n&apos;apparaissent que dans la vue Notifications.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation>Heures &amp;silencieuses</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Pop-ups are held back in these hours and shown as one summary afterwards.</source>
        <translation>Les fenêtres contextuelles sont retenues pendant ces heures, puis présentées en un seul récapitulatif.</translation>
    </message>
    <message>
        <source>Weekly target</source>
        <translation>Objectif hebdomadaire</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Aucun objectif</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours &amp;saved per week:</source>
        <translation>Heures &amp;gagnées par semaine :</translation>
    </message>
    <message>
        <source>When a week falls short of it, a budget alert says by how much.</source>
        <translation>Lorsqu&apos;une semaine ne l&apos;atteint pas, une alerte budgétaire indique l&apos;écart.</translation>
    </message>
    <message>
        <source>Keeping</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Delete &amp;read notifications after:</source>
        <translation>Supprimer les notifications &amp;lues après :</translation>
    </message>
    <message>
        <source>&amp;Archive workflow runs after:</source>
        <translation>&amp;Archiver les exécutions de workflow après :</translation>
    </message>
    <message>
        <source>Archived runs still count in the analytics.</source>
        <translation>Les exécutions archivées comptent toujours dans les analyses.</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures silencieuses</translation>
    </message>
    <message>
        <source>Delete read notifications after</source>
        <translation>Supprimer les notifications lues après</translation>
    </message>
    <message>
        <source>Archive workflow runs after</source>
        <translation>Archiver les exécutions de workflow après</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Début des heures silencieuses</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Fin des heures silencieuses</translation>
    </message>
</context>
<context>
    <name>doo::NotificationsView</name>
    <message>
        <source>All notifications</source>
        <translation>Toutes les notifications</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Non lues uniquement</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>Marquer comme lue</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>Marquer comme non lue</translation>
    </message>
    <message>
        <source>No notifications match the filter.</source>
        <translation>Aucune notification ne correspond au filtre.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n notifications read</source>
        <translation>
            <numerusform>%n notification marquée comme lue</numerusform>
            <numerusform>%n notifications marquées comme lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Due tasks, finished and failed workflow runs, approvals waiting for you and new consultation requests arrive here and in the system tray. Workflows are what send most of them: start with one from a template.</source>
        <translation>Les tâches à échéance, les exécutions de workflows terminées ou échouées, les approbations qui vous attendent et les nouvelles demandes de consultation arrivent ici et dans la zone de notification. Ce sont surtout les workflows qui les envoient : commencez par un workflow créé à partir d&apos;un modèle.</translation>
    </message>
    <message>
        <source>Start from a &amp;template…</source>
        <translation>Partir d&apos;un &amp;modèle…</translation>
    </message>
    <message>
        <source>No notifications yet</source>
        <translation>Aucune notification pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>doo::OnboardingDialog</name>
    <message>
        <source>Welcome to Director of One</source>
        <translation>Bienvenue dans Director of One</translation>
    </message>
    <message>
        <source>Tell us who you are. Your name and email mark your tasks, workflows and consultations in this database; company and department are optional.</source>
        <translation>Présentez-vous. Votre nom et votre e-mail identifient vos tâches, workflows et consultations dans cette base de données ; l&apos;entreprise et le service sont facultatifs.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@exemple.com</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>En&amp;treprise :</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Schedules run and dates count in this zone. Type part of a name to search.</source>
        <translation>Les planifications s&apos;exécutent et les dates se comptent dans ce fuseau. Tapez une partie d&apos;un nom pour rechercher.</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Load sample data</source>
        <translation>Charger des &amp;données d&apos;exemple</translation>
    </message>
    <message>
        <source>About 60 tasks, ten workflows with three months of runs, consultations and notifications, to try things out before your own work moves in.</source>
        <translation>Environ 60 tâches, dix workflows avec trois mois d&apos;exécutions, des consultations et des notifications, pour faire des essais avant d&apos;y mettre votre propre travail.</translation>
    </message>
    <message>
        <source>You already have tasks in this database, so no sample data is added.</source>
        <translation>Vous avez déjà des tâches dans cette base de données : aucune donnée d&apos;exemple n&apos;est ajoutée.</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Emplacement de vos données</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>A team &amp;server</source>
        <translation>Un se&amp;rveur d&apos;équipe</translation>
    </message>
    <message>
        <source>A database file in your home folder. Nothing to set up.</source>
        <translation>Un fichier de base de données dans votre dossier personnel. Rien à configurer.</translation>
    </message>
    <message>
        <source>A PostgreSQL server your team shares; you sign in with your own login. Continue opens the connection settings.</source>
        <translation>Un serveur PostgreSQL partagé par votre équipe ; vous vous connectez avec votre propre identifiant. Continuer ouvre les réglages de connexion.</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Choose a time zone from the list (type part of its name to find it).</source>
        <translation>Choisissez un fuseau horaire dans la liste (tapez une partie de son nom pour le trouver).</translation>
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
        <translation>Vous</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Fuseau de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>En&amp;treprise :</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Schedules and calendar days follow this zone. A new zone re-times the workflows&apos; next runs as soon as you press OK or Apply.</source>
        <translation>Les planifications et les jours calendaires suivent ce fuseau. Un nouveau fuseau recalcule les prochaines exécutions des workflows dès que vous cliquez sur OK ou Appliquer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>doo::SchedulerSettingsPage</name>
    <message>
        <source>Scheduler</source>
        <translation>Planificateur</translation>
    </message>
    <message>
        <source>Workflows on a schedule</source>
        <translation>Workflows planifiés</translation>
    </message>
    <message>
        <source>Run the workflows that fall due in this program</source>
        <translation>Exécuter dans ce programme les workflows arrivés à échéance</translation>
    </message>
    <message>
        <source>Turn this off when a separate &quot;director-of-one scheduler&quot; runs them on a server. Takes effect at once.</source>
        <translation>Désactivez cette option lorsqu&apos;un « director-of-one scheduler » distinct les exécute sur un serveur. Prend effet immédiatement.</translation>
    </message>
    <message>
        <source>Pause the scheduler</source>
        <translation>Mettre le planificateur en pause</translation>
    </message>
    <message>
        <source>While paused, no workflow runs on its schedule. The pause lasts across restarts until you resume.</source>
        <translation>Pendant la pause, aucun workflow ne s&apos;exécute selon sa planification. La pause persiste après un redémarrage jusqu&apos;à ce que vous la leviez.</translation>
    </message>
</context>
<context>
    <name>doo::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
</context>
<context>
    <name>doo::SettingsPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>doo::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Rechercher des actions et des touches</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Rechercher des raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
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
        <translation>&lt;h2&gt;La base de données ne peut pas être ouverte&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Change connection…</source>
        <translation>&amp;Changer de connexion…</translation>
    </message>
    <message>
        <source>Open the &amp;local database</source>
        <translation>Ouvrir la base de données &amp;locale</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>Restore the newest &amp;verified backup</source>
        <translation>Restaurer la dernière sauvegarde &amp;vérifiée</translation>
    </message>
    <message>
        <source>There is no verified backup of this database in the data folder.</source>
        <translation>Il n&apos;existe aucune sauvegarde vérifiée de cette base de données dans le dossier de données.</translation>
    </message>
    <message>
        <source>The newest verified backup: %1</source>
        <translation>La dernière sauvegarde vérifiée : %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connect to your team&apos;s server&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Se connecter au serveur de votre équipe&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>doo::SummaryCard</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 par rapport à %2</translation>
    </message>
    <message>
        <source>Change against the range of the same length just before, which had %1</source>
        <translation>Évolution par rapport à la période de même durée juste avant, qui affichait %1</translation>
    </message>
    <message>
        <source>Nothing in this or the previous period</source>
        <translation>Rien sur cette période ni sur la précédente</translation>
    </message>
    <message>
        <source>Nothing in the previous period</source>
        <translation>Rien sur la période précédente</translation>
    </message>
</context>
<context>
    <name>doo::TaskCardDelegate</name>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>En retard · %1</translation>
    </message>
    <message>
        <source>Overdue · today</source>
        <translation>En retard · aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>Annulée le %1</translation>
    </message>
</context>
<context>
    <name>doo::TaskColumnModel</name>
    <message>
        <source>Added by %1 at %2</source>
        <translation>Ajoutée par %1 à %2</translation>
    </message>
    <message>
        <source>Moved by %1 at %2</source>
        <translation>Déplacée par %1 à %2</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>Modifiée par %1 à %2</translation>
    </message>
</context>
<context>
    <name>doo::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>What needs to be done?</source>
        <translation>Que faut-il faire ?</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. finance, q3</source>
        <translation>Séparées par des virgules, p. ex. finance, t3</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+Return)</source>
        <translation>Enregistrer (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field name, then what is wrong with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 → %2 — %3</source>
        <translation>%1 → %2 — %3</translation>
    </message>
    <message>
        <source>Created in %1 — %2</source>
        <translation>Créée dans %1 — %2</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Aucune modification pour l&apos;instant</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>this task</source>
        <translation>cette tâche</translation>
    </message>
    <message>
        <source>Showing their values for the fields you both changed, with your other changes; not saved yet.</source>
        <translation>Affichage de ses valeurs pour les champs que vous avez tous deux modifiés, avec vos autres modifications ; pas encore enregistré.</translation>
    </message>
    <message>
        <source>Not saved: the task was changed elsewhere. Save again to compare.</source>
        <translation>Non enregistré : la tâche a été modifiée ailleurs. Enregistrez de nouveau pour comparer.</translation>
    </message>
    <message>
        <source>Due date and time</source>
        <translation>Date et heure d&apos;échéance</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Aucune échéance</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine prochaine</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>The task has changes that are not saved.</source>
        <translation>La tâche contient des modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>doo::TeamIntents</name>
    <message>
        <source>choose a role</source>
        <translation>choisissez un rôle</translation>
    </message>
    <message>
        <source>enter a password for the new login</source>
        <translation>saisissez un mot de passe pour le nouvel identifiant</translation>
    </message>
    <message>
        <source>the two passwords differ; type the same password in both fields</source>
        <translation>les deux mots de passe diffèrent ; saisissez le même mot de passe dans les deux champs</translation>
    </message>
    <message>
        <source>a team lives on a PostgreSQL database; an SQLite file has one user and no logins</source>
        <translation>une équipe réside dans une base PostgreSQL ; un fichier SQLite n&apos;a qu&apos;un utilisateur et aucun identifiant</translation>
    </message>
    <message>
        <source>your login %1 may not create or change logins (it lacks CREATEROLE): the database owner must do this, or give your login that right with ALTER ROLE %1 CREATEROLE</source>
        <translation>votre identifiant %1 ne peut pas créer ni modifier d&apos;identifiants (il n&apos;a pas CREATEROLE) : le propriétaire de la base de données doit s&apos;en charger, ou accorder ce droit à votre identifiant avec ALTER ROLE %1 CREATEROLE</translation>
    </message>
    <message>
        <source>you cannot take away your own administrator role here; another administrator or the database owner can</source>
        <translation>vous ne pouvez pas retirer ici votre propre rôle d&apos;administrateur ; un autre administrateur ou le propriétaire de la base de données le peut</translation>
    </message>
    <message>
        <source>you cannot disable yourself here; another administrator or the database owner can</source>
        <translation>vous ne pouvez pas vous désactiver vous-même ici ; un autre administrateur ou le propriétaire de la base de données le peut</translation>
    </message>
</context>
<context>
    <name>doo::TeamPage</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Everyone signs in to this database with their own login. Adding a person creates their login; an administrator&apos;s login is in the group that sees everyone&apos;s data. Disabling keeps the person&apos;s data and stops the login from signing in.</source>
        <translation>Chacun se connecte à cette base de données avec son propre identifiant. Ajouter une personne crée son identifiant ; l&apos;identifiant d&apos;un administrateur appartient au groupe qui voit les données de tous. La désactivation conserve les données de la personne et empêche l&apos;identifiant de se connecter.</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3; they sign in with their own login.</source>
        <translation>Personne ajoutée : %1 &lt;%2&gt;, rôle %3 ; elle se connecte avec son propre identifiant.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>The role of %1 was not changed: %2</source>
        <translation>Le rôle de %1 n&apos;a pas été modifié : %2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est désormais %2.</translation>
    </message>
    <message>
        <source>Disable %1 &lt;%2&gt;? Their login can no longer sign in; their data stays.</source>
        <translation>Désactiver %1 &lt;%2&gt; ? Son identifiant ne pourra plus se connecter ; ses données sont conservées.</translation>
    </message>
    <message>
        <source>Disable person</source>
        <translation>Désactiver la personne</translation>
    </message>
    <message>
        <source>%1 was not disabled: %2</source>
        <translation>La désactivation de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 is disabled; the login can no longer sign in.</source>
        <translation>%1 : compte désactivé ; l&apos;identifiant ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>doo::TeamTableModel</name>
    <message>
        <source>This user has no PostgreSQL login and cannot sign in to the team database</source>
        <translation>Cet utilisateur n&apos;a pas d&apos;identifiant PostgreSQL et ne peut pas se connecter à la base d&apos;équipe</translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation>(aucun identifiant)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
</context>
<context>
    <name>doo::TrayMenu</name>
    <message>
        <source>&amp;Open Director of One</source>
        <translation>&amp;Ouvrir Director of One</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <source>&amp;Resume scheduler</source>
        <translation>&amp;Reprendre le planificateur</translation>
    </message>
    <message>
        <source>&amp;Pause scheduler</source>
        <translation>&amp;Mettre le planificateur en pause</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Waiting for approval</source>
        <translation>&amp;En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Cannot list them: %1</source>
        <translation>Impossible de les lister : %1</translation>
    </message>
    <message>
        <source>Nothing waits for approval</source>
        <translation>Rien n&apos;attend d&apos;approbation</translation>
    </message>
    <message>
        <source>&amp;Waiting for approval (%1)</source>
        <translation>&amp;En attente d&apos;approbation (%1)</translation>
    </message>
    <message>
        <source>(approval task missing)</source>
        <translation>(tâche d&apos;approbation introuvable)</translation>
    </message>
    <message>
        <source>%1 — “%2”</source>
        <translation>%1 — « %2 »</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Could not decide: %1</source>
        <translation>Impossible de statuer : %1</translation>
    </message>
    <message>
        <source>Approved: &quot;%1&quot; went on (%2)</source>
        <translation>Approuvée : « %1 » a continué (%2)</translation>
    </message>
    <message>
        <source>Rejected: the run of &quot;%1&quot; was cancelled</source>
        <translation>Refusée : l&apos;exécution de « %1 » a été annulée</translation>
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
            <numerusform>Director of One : %n notification non lue</numerusform>
            <numerusform>Director of One : %n notifications non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>doo::TriggerEditor</name>
    <message>
        <source>A task is created</source>
        <translation>Une tâche est créée</translation>
    </message>
    <message>
        <source>A task changes status</source>
        <translation>Une tâche change de statut</translation>
    </message>
    <message>
        <source>A task is due soon</source>
        <translation>Une tâche arrive bientôt à échéance</translation>
    </message>
    <message>
        <source>A consultation is requested</source>
        <translation>Une consultation est demandée</translation>
    </message>
    <message>
        <source>A consultation is scheduled</source>
        <translation>Une consultation est planifiée</translation>
    </message>
    <message>
        <source>A consultation is completed</source>
        <translation>Une consultation est terminée</translation>
    </message>
    <message>
        <source>A consultation is cancelled</source>
        <translation>Une consultation est annulée</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>On a schedule</source>
        <translation>Selon une planification</translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation>Toutes les quelques minutes</translation>
    </message>
    <message>
        <source>When something happens</source>
        <translation>Quand un événement se produit</translation>
    </message>
    <message>
        <source>Only when started by hand</source>
        <translation>Uniquement au lancement manuel</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>S&apos;exécute</translation>
    </message>
    <message>
        <source>The workflow runs only when you choose Run now.</source>
        <translation>Le workflow ne s&apos;exécute que lorsque vous choisissez Exécuter maintenant.</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Expression cron</translation>
    </message>
    <message>
        <source>A month without this day runs on its last day</source>
        <translation>Un mois sans ce jour s&apos;exécute le dernier jour du mois</translation>
    </message>
    <message>
        <source>Minute, hour, day of month, month, day of week</source>
        <translation>Minute, heure, jour du mois, mois, jour de la semaine</translation>
    </message>
    <message>
        <source>Run once to catch up after the program was closed</source>
        <translation>Exécuter une fois pour rattraper le retard après la fermeture du programme</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Next 5 runs</source>
        <translation>5 prochaines exécutions</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Échéance dans les</translation>
    </message>
</context>
<context>
    <name>doo::WindowHost</name>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>La sauvegarde n&apos;a pas été restaurée : %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué : %1</translation>
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
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Weekly status report</source>
        <translation>Rapport d&apos;avancement hebdomadaire</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes of work one run saves you (for the analytics)</source>
        <translation>Minutes de travail qu&apos;une exécution vous fait gagner (pour les analyses)</translation>
    </message>
    <message>
        <source>Saves per run</source>
        <translation>Gain par exécution</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>When it runs</source>
        <translation>Quand il s&apos;exécute</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu&apos;il fait</translation>
    </message>
    <message>
        <source>New workflow</source>
        <translation>Nouveau workflow</translation>
    </message>
    <message>
        <source>Edit workflow — %1</source>
        <translation>Modifier le workflow — %1</translation>
    </message>
    <message>
        <source>Valid · %1</source>
        <translation>Valide · %1</translation>
    </message>
    <message>
        <source>Valid workflow file.</source>
        <translation>Fichier de workflow valide.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>The workflow has changes that are not saved.</source>
        <translation>Le workflow contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>this workflow</source>
        <translation>ce workflow</translation>
    </message>
    <message>
        <source>Showing their values for the fields you both changed, with your other changes; not saved yet.</source>
        <translation>Affichage de ses valeurs pour les champs que vous avez tous deux modifiés, avec vos autres modifications ; pas encore enregistré.</translation>
    </message>
    <message>
        <source>Not saved: the workflow was changed elsewhere. Save again to compare.</source>
        <translation>Non enregistré : le workflow a été modifié ailleurs. Enregistrez de nouveau pour comparer.</translation>
    </message>
    <message>
        <source>Workflow file (JSON)</source>
        <translation>Fichier de workflow (JSON)</translation>
    </message>
    <message>
        <source>Workflow files in the manual: triggers, actions, placeholders and examples</source>
        <translation>Les fichiers de workflow dans le manuel : déclencheurs, actions, espaces réservés et exemples</translation>
    </message>
    <message>
        <source>The same workflow as a workflow file (see &lt;a href=&quot;help&quot;&gt;Workflow files&lt;/a&gt; in the manual). Edits here update the form as soon as they are valid.</source>
        <translation>Le même workflow sous forme de fichier de workflow (voir &lt;a href=&quot;help&quot;&gt;Workflow files&lt;/a&gt; dans le manuel). Les modifications faites ici mettent à jour le formulaire dès qu&apos;elles sont valides.</translation>
    </message>
    <message>
        <source>Check of the workflow file</source>
        <translation>Vérification du fichier de workflow</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Click to go to line %1</source>
        <translation>Cliquez pour aller à la ligne %1</translation>
    </message>
</context>
<context>
    <name>doo::WorkflowHistoryPanel</name>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Selected workflow</source>
        <translation>Workflow sélectionné</translation>
    </message>
    <message>
        <source>All workflows</source>
        <translation>Tous les workflows</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Undo run…</source>
        <translation>Défaire l&apos;exécution…</translation>
    </message>
    <message>
        <source>Revert every task this run created or changed</source>
        <translation>Rétablir chaque tâche que cette exécution a créée ou modifiée</translation>
    </message>
    <message>
        <source>Runs of</source>
        <translation>Exécutions de</translation>
    </message>
    <message>
        <source>Choose a run to see what it did.</source>
        <translation>Choisissez une exécution pour voir ce qu&apos;elle a fait.</translation>
    </message>
    <message>
        <source>Runs waiting for your approval. Approving runs the rest of the workflow; rejecting cancels the run.</source>
        <translation>Exécutions en attente de votre approbation. Approuver exécute le reste du workflow ; refuser annule l&apos;exécution.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Every save keeps the definition it replaced. The diff shows how a version differs from the current definition (– in the version, + now).</source>
        <translation>Chaque enregistrement conserve la définition qu&apos;il a remplacée. Les différences montrent en quoi une version diffère de la définition actuelle (– dans la version, + maintenant).</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <source>Undone on %1: its tasks were reverted and its time saved taken back.</source>
        <translation>Défaite le %1 : ses tâches ont été rétablies et son temps gagné retiré.</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>Ce qu&apos;elle a fait</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>No output recorded.</source>
        <translation>Aucune sortie enregistrée.</translation>
    </message>
    <message>
        <source>This run cannot be undone: %1</source>
        <translation>Cette exécution ne peut pas être défaite : %1</translation>
    </message>
    <message>
        <source>Undo run</source>
        <translation>Défaire l&apos;exécution</translation>
    </message>
    <message>
        <source>No task is touched.</source>
        <translation>Aucune tâche n&apos;est touchée.</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Échec de l&apos;annulation des effets : %1</translation>
    </message>
    <message>
        <source>(approval task missing)</source>
        <translation>(tâche d&apos;approbation manquante)</translation>
    </message>
    <message>
        <source>%1 — “%2”, waiting since %3</source>
        <translation>%1 — « %2 », en attente depuis %3</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Approbations (%1)</translation>
    </message>
    <message>
        <source>Could not decide: %1</source>
        <translation>Décision impossible : %1</translation>
    </message>
    <message>
        <source>Approved: &quot;%1&quot; went on (%2)</source>
        <translation>Approuvée : « %1 » a continué (%2)</translation>
    </message>
    <message>
        <source>Rejected: the run of &quot;%1&quot; was cancelled</source>
        <translation>Refusée : l&apos;exécution de « %1 » a été annulée</translation>
    </message>
    <message>
        <source>Version %1 · replaced %2</source>
        <translation>Version %1 · remplacée le %2</translation>
    </message>
    <message>
        <source>No earlier versions: this workflow has not been changed since it was created.</source>
        <translation>Aucune version antérieure : ce workflow n&apos;a pas été modifié depuis sa création.</translation>
    </message>
    <message>
        <source>Could not restore version %1: %2</source>
        <translation>Impossible de restaurer la version %1 : %2</translation>
    </message>
    <message>
        <source>Restored version %1 of &quot;%2&quot;</source>
        <translation>Version %1 de « %2 » restaurée</translation>
    </message>
    <message numerus="yes">
        <source>Undo this run? %n tasks will be reverted in one step, and the time it saved is taken back out of the analytics.</source>
        <translation>
            <numerusform>Défaire cette exécution ? %n tâche sera rétablie en une seule étape, et le temps gagné sera retiré des analyses.</numerusform>
            <numerusform>Défaire cette exécution ? %n tâches seront rétablies en une seule étape, et le temps gagné sera retiré des analyses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run of &quot;%1&quot; undone: %n tasks reverted</source>
        <translation>
            <numerusform>Exécution de « %1 » défaite : %n tâche rétablie</numerusform>
            <numerusform>Exécution de « %1 » défaite : %n tâches rétablies</numerusform>
        </translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>What the run did</source>
        <translation>Ce qu&apos;a fait l&apos;exécution</translation>
    </message>
    <message>
        <source>Runs waiting for approval</source>
        <translation>Exécutions en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Differences from the current definition</source>
        <translation>Différences avec la définition actuelle</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Run this failed run&apos;s workflow again now</source>
        <translation>Exécuter de nouveau maintenant le workflow de cette exécution échouée</translation>
    </message>
    <message>
        <source>Double-click a run to open the card of the task it created or changed</source>
        <translation>Double-cliquez sur une exécution pour ouvrir la carte de la tâche qu&apos;elle a créée ou modifiée</translation>
    </message>
    <message>
        <source>Scheduled %1, started %2, took %3.</source>
        <translation>Planifiée %1, démarrée %2, durée %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks created, %1 changed; %2 saved.</source>
        <translation>
            <numerusform>%n tâche créée, modifiées : %1 ; %2 gagnées.</numerusform>
            <numerusform>%n tâches créées, modifiées : %1 ; %2 gagnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the card on the board</source>
        <translation>Ouvrir la carte sur le tableau</translation>
    </message>
    <message>
        <source>This run did not create or change a task</source>
        <translation>Cette exécution n&apos;a créé ni modifié aucune tâche</translation>
    </message>
</context>
<context>
    <name>doo::WorkflowListModel</name>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>On its event</source>
        <translation>Sur son événement</translation>
    </message>
    <message>
        <source>When started</source>
        <translation>Au lancement</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Jamais exécuté</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Heures gagnées</translation>
    </message>
</context>
<context>
    <name>doo::WorkflowScheduler</name>
    <message>
        <source>Workflow &quot;%1&quot; was interrupted</source>
        <translation>Le workflow « %1 » a été interrompu</translation>
    </message>
    <message>
        <source>%1 (failed %2 times)</source>
        <translation>%1 (échec %2 fois)</translation>
    </message>
    <message>
        <source>not started: its chain of workflow runs reached the limit of new tasks</source>
        <translation>non démarré : sa chaîne d’exécutions de workflows a atteint la limite de nouvelles tâches</translation>
    </message>
</context>
<context>
    <name>doo::WorkflowsView</name>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>New from template</source>
        <translation>Nouveau à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Blank workflow…</source>
        <translation>Workflow vide…</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>À partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Exécuter maintenant</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Dry run…</source>
        <translation>Simulation…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the workflows and their runs again (F5)</source>
        <translation>Relire les workflows et leurs exécutions (F5)</translation>
    </message>
    <message>
        <source>Filter by name, description or frequency</source>
        <translation>Filtrer par nom, description ou fréquence</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>On and off</source>
        <translation>Activés et désactivés</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Workflow &quot;%1&quot; saved</source>
        <translation>Workflow « %1 » enregistré</translation>
    </message>
    <message>
        <source>There is no template for %1 workflows.</source>
        <translation>Il n&apos;existe pas de modèle pour les workflows de type %1.</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;…</source>
        <translation>Exécution de « %1 »…</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;exécuter « %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>« %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for your approval (a task in Review)</source>
        <translation>« %1 » attend votre approbation (une tâche en revue)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot; (switched off)</source>
        <translation>Dupliqué sous le nom « %1 » (désactivé)</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; — Ctrl+Z brings it back</source>
        <translation>« %1 » supprimé — Ctrl+Z le rétablit</translation>
    </message>
    <message>
        <source>Dry run — %1</source>
        <translation>Simulation — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n workflows, %1 on · %2 shown</source>
        <translation>
            <numerusform>%n workflow · activés : %1 · affichés : %2</numerusform>
            <numerusform>%n workflows · activés : %1 · affichés : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; ran: %n tasks created</source>
        <translation>
            <numerusform>« %1 » exécuté : %n tâche créée</numerusform>
            <numerusform>« %1 » exécuté : %n tâches créées</numerusform>
        </translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Open the selected workflow in the editor</source>
        <translation>Ouvrir le workflow sélectionné dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Filter workflows</source>
        <translation>Filtrer les workflows</translation>
    </message>
    <message>
        <source>Show type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Show on or off</source>
        <translation>Filtrer par état (activé ou désactivé)</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>No workflows yet</source>
        <translation>Aucun workflow pour l&apos;instant</translation>
    </message>
    <message>
        <source>A workflow does recurring work for you: it creates and moves tasks, reminds you and writes reports. Start from a template and adjust it.</source>
        <translation>Un workflow effectue pour vous le travail récurrent : il crée et déplace des tâches, vous envoie des rappels et rédige des rapports. Partez d&apos;un modèle et adaptez-le.</translation>
    </message>
    <message>
        <source>No workflow matches the filter</source>
        <translation>Aucun workflow ne correspond au filtre</translation>
    </message>
    <message>
        <source>No workflow matches “%1”</source>
        <translation>Aucun workflow ne correspond à « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n workflows are hidden by the filter.</source>
        <translation>
            <numerusform>%n workflow est masqué par le filtre.</numerusform>
            <numerusform>%n workflows sont masqués par le filtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workflow of this run was deleted.</source>
        <translation>Le workflow de cette exécution a été supprimé.</translation>
    </message>
</context>
</TS>
