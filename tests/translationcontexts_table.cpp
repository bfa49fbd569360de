#include "translationcontexts_table.h"

// The command line and the window start (app/).
#include "AppContext.h"
#include "CommandLine.h"
#include "GuiStart.h"

#include "exchange/Seeder.h"
#include "domain/DashboardData.h"
#include "itemmodels/DashboardModel.h"
#include "itemmodels/BoardCommands.h"
#include "itemmodels/ConsultationAgendaModel.h"
#include "itemmodels/ConsultationTableModel.h"
#include "itemmodels/TaskColumnModel.h"
#include "itemmodels/EditConflict.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "db/AutoBackup.h"
#include "db/DatabaseBackup.h"
#include "db/DatabaseFile.h"
#include "db/Migrator.h"
#include "itemmodels/BackupIntents.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "domain/Enums.h"
#include "domain/User.h"
#include "domain/Validation.h"
#include "exchange/CalendarExport.h"
#include "exchange/Csv.h"
#include "exchange/CsvImport.h"
#include "exchange/ImportPlan.h"
#include "exchange/ImportValues.h"
#include "exchange/TaskwarriorImport.h"
#include "itemmodels/Autostart.h"
#include "itemmodels/NotificationListModel.h"
#include "itemmodels/NotificationPopups.h"
#include "domain/LocaleFormat.h"
#include "domain/RelativeTime.h"
#include "workflow/TaskDueNotice.h"
#include "itemmodels/TeamIntents.h"
#include "itemmodels/TeamTableModel.h"
#include "repositories/AnalyticsRepository.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/DashboardQueries.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/HousekeepingRepository.h"
#include "repositories/NotificationRepository.h"
#include "repositories/PreferenceRepository.h"
#include "repositories/Repository.h"
#include "repositories/TaskRepository.h"
#include "repositories/TeamRepository.h"
#include "repositories/UserRepository.h"
#include "repositories/WorkflowRepository.h"
#include "workflow/ActionRunner.h"
#include "workflow/Approvals.h"
#include "workflow/BudgetAlerts.h"
#include "workflow/OutputFolders.h"
#include "workflow/ReportWriter.h"
#include "workflow/RunUndo.h"
#include "domain/Schedule.h"
#include "domain/Template.h"
#include "domain/WorkflowDefinition.h"
#include "workflow/WorkflowEngine.h"
#include "workflow/WorkflowScheduler.h"
#include "itemmodels/ActionListModel.h"
#include "itemmodels/ExecutionListModel.h"
#include "itemmodels/WorkflowCommands.h"
#include "itemmodels/WorkflowListModel.h"
#include "itemmodels/WriteRetry.h"

#include "ActionForm.h"
#include "AddPersonDialog.h"
#include "ActionListEditor.h"
#include "AnalyticsPage.h"
#include "BackgroundMode.h"
#include "BoardSettingsPage.h"
#include "DatabaseSettingsPage.h"
#include "GeneralSettingsPage.h"
#include "NotificationSettingsPage.h"
#include "ProfileSettingsPage.h"
#include "SchedulerSettingsPage.h"
#include "SettingsDialog.h"
#include "SettingsPage.h"
#include "BoardWidget.h"
#include "CardMenus.h"
#include "ColumnEmptyState.h"
#include "ConflictDialog.h"
#include "ConsultationActionDialog.h"
#include "ConsultationAgendaPanel.h"
#include "ConsultationDeleteDialog.h"
#include "ConsultationDetailPane.h"
#include "ConsultationDialog.h"
#include "ConsultationStatsPanel.h"
#include "ConsultationsWidget.h"
#include "DashboardCharts.h"
#include "DashboardReport.h"
#include "DataView.h"
#include "DesktopNotifier.h"
#include "DryRunPanel.h"
#include "ExchangeActions.h"
#include "HelpBrowser.h"
#include "ImportPreviewDialog.h"
#include "ConnectionDialog.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "StartupScreen.h"
#include "BackupActions.h"
#include "WindowHost.h"
#include "db/ConnectionProblem.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "NotificationsView.h"
#include "OnboardingDialog.h"
#include "SummaryCard.h"
#include "TaskCardDelegate.h"
#include "TaskDialog.h"
#include "TeamPage.h"
#include "TrayMenu.h"
#include "TrayNotifier.h"
#include "TriggerEditor.h"
#include "WorkflowEditorDialog.h"
#include "UnsavedChanges.h"
#include "WorkflowHistoryPanel.h"
#include "WorkflowsView.h"

using namespace doo;

namespace {

// The class's own tr(): what every user text of that context goes through.
template<typename T>
ContextProbe viaTr()
{
    return {[](const char *source, const char *comment, int n) { return T::tr(source, comment, n); }, nullptr};
}

} // namespace

const QHash<QString, ContextProbe> &contextProbes()
{
    static const QHash<QString, ContextProbe> table = {
        // Real code paths: the text as the program shows it.
        {QStringLiteral("TaskStatus"), {[](const char *, const char *, int) { return displayName(TaskStatus::Todo); }, "To do"}},
        {QStringLiteral("Priority"), {[](const char *, const char *, int) { return displayName(Priority::High); }, "High"}},
        {QStringLiteral("UserRole"),
         {[](const char *, const char *, int) { return displayName(UserRole::Admin); }, "Administrator"}},
        {QStringLiteral("ConsultationStatus"),
         {[](const char *, const char *, int) { return displayName(ConsultationStatus::Scheduled); }, "Scheduled"}},
        {QStringLiteral("WorkflowType"),
         {[](const char *, const char *, int) { return displayName(WorkflowType::DataSync); }, "Data sync"}},
        {QStringLiteral("ExecutionStatus"),
         {[](const char *, const char *, int) { return displayName(ExecutionStatus::Success); }, "Succeeded"}},
        {QStringLiteral("NotificationType"),
         {[](const char *, const char *, int) { return displayName(NotificationType::TaskDue); }, "Task due"}},
        {QStringLiteral("WorkflowDefinition"),
         {[](const char *, const char *, int) { return WorkflowDefinition::parseTrigger(QStringLiteral("{")).error().message; },
          "is not valid JSON: %1 at offset %2"}},
        // Every other context through its class's tr().
        {QStringLiteral("ActionRunner"), viaTr<ActionRunner>()},
        {QStringLiteral("AnalyticsRepository"), viaTr<AnalyticsRepository>()},
        {QStringLiteral("AppContext"), viaTr<AppContext>()},
        {QStringLiteral("AutoBackup"), viaTr<AutoBackup>()},
        {QStringLiteral("BackupIntents"), viaTr<BackupIntents>()},
        {QStringLiteral("Approvals"), viaTr<Approvals>()},
        {QStringLiteral("BudgetAlerts"), viaTr<BudgetAlerts>()},
        {QStringLiteral("Autostart"), viaTr<Autostart>()},
        {QStringLiteral("CalendarExport"), viaTr<CalendarExport::Messages>()},
        {QStringLiteral("Cli"), viaTr<cli::Cli>()},
        {QStringLiteral("ConsultationRepository"), viaTr<ConsultationRepository>()},
        {QStringLiteral("CreateTaskCommand"), viaTr<CreateTaskCommand>()},
        {QStringLiteral("Csv"), viaTr<Csv::Messages>()},
        {QStringLiteral("CsvImport"), viaTr<CsvImport>()},
        {QStringLiteral("DashboardData"), viaTr<DashboardData>()},
        {QStringLiteral("DashboardReport"), viaTr<DashboardReport::Messages>()},
        {QStringLiteral("ConnectionCheck"), viaTr<ConnectionCheck>()},
        {QStringLiteral("Database"), viaTr<Database>()},
        {QStringLiteral("DatabaseBackup"), viaTr<DatabaseBackup>()},
        {QStringLiteral("DatabaseFile"), viaTr<DatabaseFile>()},
        {QStringLiteral("DatabaseUrl"), viaTr<DatabaseUrl>()},
        {QStringLiteral("DeleteTasksCommand"), viaTr<DeleteTasksCommand>()},
        {QStringLiteral("DeleteWorkflowCommand"), viaTr<DeleteWorkflowCommand>()},
        {QStringLiteral("EditTaskCommand"), viaTr<EditTaskCommand>()},
        {QStringLiteral("ExecutionRepository"), viaTr<ExecutionRepository>()},
        {QStringLiteral("GuiStart"), viaTr<GuiStart>()},
        {QStringLiteral("HousekeepingRepository"), viaTr<HousekeepingRepository>()},
        {QStringLiteral("Import"), viaTr<Import::Messages>()},
        {QStringLiteral("ImportValues"), viaTr<ImportValues::Messages>()},
        {QStringLiteral("Migrator"), viaTr<Migrator>()},
        {QStringLiteral("MoveTasksCommand"), viaTr<MoveTasksCommand>()},
        {QStringLiteral("SetPriorityCommand"), viaTr<SetPriorityCommand>()},
        {QStringLiteral("NotificationRepository"), viaTr<NotificationRepository>()},
        {QStringLiteral("PreferenceRepository"), viaTr<PreferenceRepository>()},
        {QStringLiteral("OutputFolders"), viaTr<OutputFolders::Messages>()},
        {QStringLiteral("Preferences"), viaTr<Preferences>()},
        {QStringLiteral("Query"), viaTr<Query>()},
        {QStringLiteral("LocaleFormat"), viaTr<LocaleFormat>()},
        {QStringLiteral("RelativeTime"), viaTr<RelativeTime>()},
        {QStringLiteral("ReportWriter"), viaTr<ReportWriter::Messages>()},
        {QStringLiteral("Repository"), viaTr<Repository>()},
        {QStringLiteral("RunUndo"), viaTr<RunUndo>()},
        {QStringLiteral("Schedule"), viaTr<Schedule>()},
        {QStringLiteral("Seeder"), viaTr<Seeder>()},
        {QStringLiteral("TaskDueNotice"), viaTr<TaskDueNotice>()},
        {QStringLiteral("TaskRepository"), viaTr<TaskRepository>()},
        {QStringLiteral("TaskwarriorImport"), viaTr<TaskwarriorImport>()},
        {QStringLiteral("Template"), viaTr<Template::Messages>()},
        {QStringLiteral("Transaction"), viaTr<Transaction>()},
        {QStringLiteral("User"), viaTr<User>()},
        {QStringLiteral("TeamRepository"), viaTr<TeamRepository>()},
        {QStringLiteral("UserRepository"), viaTr<UserRepository>()},
        {QStringLiteral("Validation"), viaTr<Validation::Messages>()},
        {QStringLiteral("WorkflowEngine"), viaTr<WorkflowEngine>()},
        {QStringLiteral("WorkflowRepository"), viaTr<WorkflowRepository>()},
        {QStringLiteral("WriteRetry"), viaTr<WriteRetry>()},
        {QStringLiteral("doo::ActionForm"), viaTr<ActionForm>()},
        {QStringLiteral("doo::ActionListEditor"), viaTr<ActionListEditor>()},
        {QStringLiteral("doo::ActionListModel"), viaTr<ActionListModel>()},
        {QStringLiteral("doo::AddPersonDialog"), viaTr<AddPersonDialog>()},
        {QStringLiteral("doo::AnalyticsPage"), viaTr<AnalyticsPage>()},
        {QStringLiteral("doo::BackgroundMode"), viaTr<BackgroundMode>()},
        {QStringLiteral("doo::BoardSettingsPage"), viaTr<BoardSettingsPage>()},
        {QStringLiteral("doo::BackupActions"), viaTr<BackupActions>()},
        {QStringLiteral("doo::BoardWidget"), viaTr<BoardWidget>()},
        {QStringLiteral("doo::CardMenus"), viaTr<CardMenus>()},
        {QStringLiteral("doo::ColumnEmptyState"), viaTr<ColumnEmptyState>()},
        {QStringLiteral("doo::ConflictDialog"), viaTr<ConflictDialog>()},
        {QStringLiteral("doo::ConnectionDialog"), viaTr<ConnectionDialog>()},
        {QStringLiteral("doo::ConsultationActionDialog"), viaTr<ConsultationActionDialog>()},
        {QStringLiteral("doo::ConsultationAgendaModel"), viaTr<ConsultationAgendaModel>()},
        {QStringLiteral("doo::ConsultationAgendaPanel"), viaTr<ConsultationAgendaPanel>()},
        {QStringLiteral("doo::ConsultationDeleteDialog"), viaTr<ConsultationDeleteDialog>()},
        {QStringLiteral("doo::ConsultationDetailPane"), viaTr<ConsultationDetailPane>()},
        {QStringLiteral("doo::ConsultationDialog"), viaTr<ConsultationDialog>()},
        {QStringLiteral("doo::ConsultationStatsPanel"), viaTr<ConsultationStatsPanel>()},
        {QStringLiteral("doo::ConsultationTableModel"), viaTr<ConsultationTableModel>()},
        {QStringLiteral("doo::ConsultationsWidget"), viaTr<ConsultationsWidget>()},
        {QStringLiteral("doo::DashboardCharts"), viaTr<DashboardCharts>()},
        {QStringLiteral("doo::DashboardModel"), viaTr<DashboardModel>()},
        {QStringLiteral("doo::DataView"), viaTr<DataView>()},
        {QStringLiteral("doo::DatabaseSettingsPage"), viaTr<DatabaseSettingsPage>()},
        {QStringLiteral("doo::DesktopNotifier"), viaTr<DesktopNotifier>()},
        {QStringLiteral("doo::DryRunPanel"), viaTr<DryRunPanel>()},
        {QStringLiteral("doo::EditConflict"), viaTr<EditConflict>()},
        {QStringLiteral("doo::ExchangeActions"), viaTr<ExchangeActions>()},
        {QStringLiteral("doo::ExecutionListModel"), viaTr<ExecutionListModel>()},
        {QStringLiteral("doo::GeneralSettingsPage"), viaTr<GeneralSettingsPage>()},
        {QStringLiteral("doo::HelpBrowser"), viaTr<HelpBrowser>()},
        {QStringLiteral("doo::ImportPreviewDialog"), viaTr<ImportPreviewDialog>()},
        {QStringLiteral("doo::KeychainSecretStore"), viaTr<KeychainSecretStore>()},
        {QStringLiteral("doo::MainWindow"), viaTr<MainWindow>()},
        {QStringLiteral("doo::MemorySecretStore"), viaTr<MemorySecretStore>()},
        {QStringLiteral("doo::NotificationSettingsPage"), viaTr<NotificationSettingsPage>()},
        {QStringLiteral("doo::NotificationPopups"), viaTr<NotificationPopups>()},
        {QStringLiteral("doo::NotificationsView"), viaTr<NotificationsView>()},
        {QStringLiteral("doo::OnboardingDialog"), viaTr<OnboardingDialog>()},
        {QStringLiteral("doo::ProfileSettingsPage"), viaTr<ProfileSettingsPage>()},
        {QStringLiteral("doo::SchedulerSettingsPage"), viaTr<SchedulerSettingsPage>()},
        {QStringLiteral("doo::SettingsDialog"), viaTr<SettingsDialog>()},
        {QStringLiteral("doo::SettingsPage"), viaTr<SettingsPage>()},
        {QStringLiteral("doo::ShortcutsDialog"), viaTr<ShortcutsDialog>()},
        {QStringLiteral("doo::StartupScreen"), viaTr<StartupScreen>()},
        {QStringLiteral("doo::SummaryCard"), viaTr<SummaryCard>()},
        {QStringLiteral("doo::TaskCardDelegate"), viaTr<TaskCardDelegate>()},
        {QStringLiteral("doo::TaskDialog"), viaTr<TaskDialog>()},
        {QStringLiteral("doo::TaskColumnModel"), viaTr<TaskColumnModel>()},
        {QStringLiteral("doo::TeamIntents"), viaTr<TeamIntents>()},
        {QStringLiteral("doo::TeamPage"), viaTr<TeamPage>()},
        {QStringLiteral("doo::TeamTableModel"), viaTr<TeamTableModel>()},
        {QStringLiteral("doo::TrayMenu"), viaTr<TrayMenu>()},
        {QStringLiteral("doo::TrayNotifier"), viaTr<TrayNotifier>()},
        {QStringLiteral("doo::WindowHost"), viaTr<WindowHost>()},
        {QStringLiteral("doo::TriggerEditor"), viaTr<TriggerEditor>()},
        {QStringLiteral("doo::WorkflowEditorDialog"), viaTr<WorkflowEditorDialog>()},
        {QStringLiteral("UnsavedChanges"), viaTr<UnsavedChanges>()},
        {QStringLiteral("doo::WorkflowHistoryPanel"), viaTr<WorkflowHistoryPanel>()},
        {QStringLiteral("doo::WorkflowListModel"), viaTr<WorkflowListModel>()},
        {QStringLiteral("doo::WorkflowScheduler"), viaTr<WorkflowScheduler>()},
        {QStringLiteral("doo::WorkflowsView"), viaTr<WorkflowsView>()},
    };
    return table;
}
