#include "workflow/ActionRunner.h"

#include "domain/Clock.h"
#include "db/Database.h"
#include "domain/Consultation.h"
#include "domain/Notification.h"
#include "domain/Task.h"
#include "domain/Validation.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/NotificationRepository.h"
#include "repositories/TaskRepository.h"
#include "repositories/UserRepository.h"
#include "workflow/ReportWriter.h"
#include "workflow/RunLimits.h"
#include "domain/Template.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace doo {

namespace {

constexpr int kMaxListedTasks = 200; // effects listed one by one per update_tasks action

QString slug(const QString &name)
{
    QString s;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            s += c;
        else if (!s.endsWith(QLatin1Char('-')))
            s += QLatin1Char('-');
    }
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("workflow") : s.left(60);
}

QString dueText(const QDateTime &due, const QTimeZone &zone)
{
    return due.isValid() ? due.toTimeZone(zone).date().toString(Qt::ISODate) : QString();
}

} // namespace

ActionRunner::ActionRunner(Database &db, UserContext owner, const Workflow &workflow, const WorkflowDefinition &definition,
                           const WorkflowExecution &execution, const RunInput &input)
    : m_db(db), m_owner(std::move(owner)), m_workflow(workflow), m_execution(execution), m_input(input), m_definition(definition)
{ }

ActionRunner::~ActionRunner() = default; // uncommitted files are discarded

Status ActionRunner::prepare()
{
    const auto zone = UserRepository::timeZoneOf(m_db, m_workflow.userId);
    if (!zone)
        return zone.error();
    m_zone = *zone;
    m_now = Clock::currentUtc();
    const QDateTime local = m_now.toTimeZone(m_zone);
    const QDate day = local.date();
    int weekYear = 0;
    const int week = day.weekNumber(&weekYear);
    m_values = {
        {QStringLiteral("date"), day.toString(Qt::ISODate)},
        {QStringLiteral("time"), local.time().toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("weekday"), QLocale(QLocale::English).dayName(day.dayOfWeek())},
        {QStringLiteral("week"), QStringLiteral("%1-W%2").arg(weekYear).arg(week, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("month"), day.toString(QStringLiteral("yyyy-MM"))},
        {QStringLiteral("year"), QString::number(day.year())},
        {QStringLiteral("workflow.name"), m_workflow.name},
    };
    if (!m_execution.id.isEmpty()) {
        TaskFilter recent;
        recent.createdByWorkflow = true;
        recent.createdFrom = m_now.addSecs(-60);
        const auto made = TaskRepository(m_db, m_owner).count(recent);
        if (!made)
            return made.error();
        m_recentTasks = *made;
    }
    if (!m_input.taskId.isEmpty()) {
        TaskRepository tasks(m_db, m_owner);
        if (const auto task = tasks.findById(m_input.taskId)) {
            m_values.insert(QStringLiteral("task.title"), task->title);
            m_values.insert(QStringLiteral("task.status"), displayName(task->status));
            m_values.insert(QStringLiteral("task.priority"), displayName(task->priority));
            m_values.insert(QStringLiteral("task.due_date"), dueText(task->dueDate, m_zone));
        }
    }
    if (!m_input.consultationId.isEmpty()) {
        ConsultationRepository consultations(m_db, m_owner);
        if (const auto c = consultations.findById(m_input.consultationId)) {
            m_values.insert(QStringLiteral("consultation.name"), c->name);
            m_values.insert(QStringLiteral("consultation.email"), c->email);
            m_values.insert(QStringLiteral("consultation.company"), c->company);
            m_values.insert(QStringLiteral("consultation.booking_id"), c->bookingId);
            m_values.insert(QStringLiteral("consultation.scheduled_date"),
                            c->scheduledDate.isValid()
                                ? c->scheduledDate.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                : QString());
        }
    }
    return {};
}

Status ActionRunner::runActions(int from, bool write)
{
    m_newInPass = 0;
    for (int i = from; i < m_definition.actions.size(); ++i) {
        const ActionSpec &a = m_definition.actions.at(i);
        Status s;
        switch (a.kind) {
        case ActionSpec::Kind::CreateTask:
            s = createTask(i, a, write);
            break;
        case ActionSpec::Kind::UpdateTasks:
            s = updateTasks(i, a, write);
            break;
        case ActionSpec::Kind::Notify:
            s = notify(i, a, write);
            break;
        case ActionSpec::Kind::GenerateReport:
        case ActionSpec::Kind::ExportData:
            s = writeFile(i, a, write);
            break;
        case ActionSpec::Kind::RequestApproval:
            s = requestApproval(i, a, write);
            if (s && write) {
                m_resumeAt = i + 1;
                return {}; // the rest waits for the decision
            }
            if (s && i + 1 < m_definition.actions.size())
                m_effects << PlannedEffect{i, QStringLiteral("wait"), tr("Wait for the approval; if approved, go on with:"), {}};
            break;
        }
        if (!s)
            return actionError(i, s.error());
    }
    return {};
}

Task ActionRunner::draftTask(const ActionSpec &a, TaskStatus status) const
{
    Task t;
    t.userId = m_workflow.userId;
    t.title = render(a.title);
    t.description = render(a.description);
    t.priority = a.priority;
    t.status = status;
    if (a.dueInDays)
        t.dueDate = endOfDayIn(*a.dueInDays);
    t.tags = a.tags;
    t.workflowId = m_workflow.id;
    t.executionId = m_execution.id;
    t.normalize();
    return t;
}

Result<Task> ActionRunner::insertTask(const Task &task)
{
    const auto created = TaskRepository(m_db, m_owner).create(task);
    if (!created)
        return created.error();
    if (!m_input.consultationId.isEmpty()) { // a task made for a consultation event belongs to it
        if (Status s = ConsultationRepository(m_db, m_owner).linkTask(created->id, m_input.consultationId); !s)
            return s.error();
    }
    if (Status s = ExecutionRepository(m_db, m_owner).recordChange(m_execution.id, created->id, QStringLiteral("created")); !s)
        return s.error();
    ++m_tasksCreated;
    return created;
}

Status ActionRunner::countNewTask()
{
    if (m_execution.id.isEmpty())
        return {}; // a dry run
    const int budget = m_input.taskBudget < 0 ? RunLimits::kTasksPerChain : m_input.taskBudget;
    if (m_newInPass + 1 > budget)
        return Error::validation(RunLimits::kChainField,
                                 tr("stopped: the workflow runs that follow from one event may create at most %n tasks together",
                                    nullptr, RunLimits::kTasksPerChain));
    if (m_recentTasks + m_newInPass + 1 > RunLimits::kTasksPerMinute)
        return Error::validation(
            RunLimits::kMinuteField,
            tr("stopped: your workflows may create at most %n tasks a minute", nullptr, RunLimits::kTasksPerMinute));
    ++m_newInPass;
    return {};
}

Status ActionRunner::createTask(int index, const ActionSpec &a, bool write)
{
    const Task t = draftTask(a, TaskStatus::Todo);
    if (Status s = t.validate(); !s)
        return s;
    if (Status s = countNewTask(); !s)
        return s;
    QString summary = tr("Create task \"%1\" (%2").arg(t.title, displayName(t.priority));
    if (t.dueDate.isValid())
        summary += tr(", due %1").arg(dueText(t.dueDate, m_zone));
    summary += QLatin1Char(')');
    QJsonObject detail = t.toJson();
    if (write) {
        const auto created = insertTask(t);
        if (!created)
            return created.error();
        detail = created->toJson();
    }
    m_effects << PlannedEffect{index, QStringLiteral("create_task"), summary, detail};
    return {};
}

Status ActionRunner::updateTasks(int index, const ActionSpec &a, bool write)
{
    const TaskFilterSpec &f = a.filter;
    TaskRepository tasks(m_db, m_owner);
    QList<Task> candidates;
    QList<std::optional<TaskStatus>> statuses;
    for (TaskStatus s : f.statuses)
        statuses << s;
    if (statuses.isEmpty())
        statuses << std::nullopt;
    for (const auto &status : std::as_const(statuses)) {
        TaskFilter filter;
        filter.status = status;
        filter.priority = f.priority;
        filter.tag = f.tag;
        filter.createdByWorkflow = f.createdByWorkflow;
        auto list = tasks.list(filter);
        if (!list)
            return list.error();
        candidates += list.takeValue();
    }
    int listed = 0;
    int matched = 0;
    for (const Task &task : std::as_const(candidates)) {
        if (f.overdue && (task.dueDate.isValid() && task.dueDate < m_now) != *f.overdue)
            continue;
        if (f.dueWithinDays
            && (!task.dueDate.isValid() || task.dueDate < m_now.addSecs(-86400) // due today counts
                || task.dueDate > endOfDayIn(*f.dueWithinDays)))
            continue;
        if (f.staleDays && task.updatedAt > m_now.addDays(-*f.staleDays))
            continue;
        Task changed = task;
        const TaskChangeSpec &set = a.set;
        if (set.status)
            changed.status = *set.status;
        if (set.priority)
            changed.priority = *set.priority;
        if (!set.addTags.isEmpty() || !set.removeTags.isEmpty()) {
            QStringList tags = changed.tags + set.addTags;
            tags.removeIf([&set](const QString &tag) { return set.removeTags.contains(tag, Qt::CaseInsensitive); });
            changed.tags = Validation::normalizedTags(tags);
        }
        if (set.dueInDays)
            changed.dueDate = endOfDayIn(*set.dueInDays);
        if (changed.status == task.status && changed.priority == task.priority && changed.tags == task.tags
            && changed.dueDate == task.dueDate)
            continue; // already as wanted
        ++matched;
        QStringList what;
        if (changed.status != task.status)
            what << tr("status %1 → %2").arg(displayName(task.status), displayName(changed.status));
        if (changed.priority != task.priority)
            what << tr("priority %1 → %2").arg(displayName(task.priority), displayName(changed.priority));
        if (changed.tags != task.tags)
            what << tr("tags [%1] → [%2]").arg(task.tags.join(QStringLiteral(", ")), changed.tags.join(QStringLiteral(", ")));
        if (changed.dueDate != task.dueDate)
            what << tr("due %1 → %2").arg(dueText(task.dueDate, m_zone), dueText(changed.dueDate, m_zone));
        if (write) {
            const QString before = QString::fromUtf8(QJsonDocument(task.toJson()).toJson(QJsonDocument::Compact));
            const auto saved = tasks.update(changed);
            if (!saved)
                return saved.error();
            if (Status s =
                    ExecutionRepository(m_db, m_owner).recordChange(m_execution.id, task.id, QStringLiteral("updated"), before);
                !s)
                return s;
            ++m_tasksChanged;
        }
        if (listed < kMaxListedTasks) {
            ++listed;
            m_effects << PlannedEffect{index, QStringLiteral("update_task"),
                                       tr("Change task \"%1\": %2").arg(task.title, what.join(QStringLiteral(", "))),
                                       QJsonObject{{QStringLiteral("taskId"), task.id}}};
        }
    }
    if (matched > listed)
        m_effects << PlannedEffect{index, QStringLiteral("update_task"), tr("… and %1 more tasks").arg(matched - listed), {}};
    if (matched == 0)
        m_effects << PlannedEffect{index, QStringLiteral("update_task"), tr("No task matches the filter"), {}};
    return {};
}

Status ActionRunner::notify(int index, const ActionSpec &a, bool write)
{
    Notification n;
    n.userId = m_workflow.userId;
    n.type = a.notificationType;
    n.title = render(a.title);
    n.message = render(a.message);
    // A notification links to one thing: the task or consultation of the event, else the workflow.
    n.taskId = m_input.taskId;
    n.consultationId = n.taskId.isEmpty() ? m_input.consultationId : QString();
    if (n.taskId.isEmpty() && n.consultationId.isEmpty())
        n.workflowId = m_workflow.id;
    n.normalize();
    if (Status s = n.validate(); !s)
        return s;
    if (write) {
        NotificationRepository notifications(m_db, m_owner);
        if (const auto created = notifications.create(n); !created)
            return created.error();
    }
    m_effects << PlannedEffect{index, QStringLiteral("notify"), tr("Notify (%1): %2").arg(displayName(n.type), n.title),
                               QJsonObject{{QStringLiteral("title"), n.title}, {QStringLiteral("message"), n.message}}};
    return {};
}

void ActionRunner::setFilesRoot(const QString &folder)
{
    OutputFolders::setFilesRoot(folder);
}

Status ActionRunner::writeFile(int index, const ActionSpec &a, bool write)
{
    // Checked here for the plan and again when the file is made: a link planted meanwhile counts.
    if (Status s = OutputFolders::check(a.folder, QStringLiteral("folder")); !s)
        return s;
    const bool report = a.kind == ActionSpec::Kind::GenerateReport;
    const QDateTime at = (m_execution.scheduledFor.isValid() ? m_execution.scheduledFor : m_now).toTimeZone(m_zone);
    const QString stem = report ? slug(m_workflow.name) : a.dataKind;
    const QString name = QStringLiteral("%1-%2").arg(stem, at.toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    QString path = QDir(OutputFolders::expand(a.folder)).filePath(name + QLatin1Char('.') + a.format);
    QJsonObject detail{{QStringLiteral("path"), path}};
    if (write) {
        Result<QByteArray> bytes = QByteArray();
        if (report) {
            const QString period = a.period.isEmpty() ? QStringLiteral("week") : a.period;
            const QDateTime from = period == QLatin1String("day") ? m_now.addDays(-1)
                : period == QLatin1String("month")                ? m_now.addMonths(-1)
                                                                  : m_now.addDays(-7);
            bytes = ReportWriter::report(m_db, m_owner, m_workflow.name, from, m_now, a.format);
        } else {
            bytes = ReportWriter::exportData(m_db, m_owner, a.dataKind, a.format);
        }
        if (!bytes)
            return bytes.error();
        auto file = OutputFolders::PendingFile::create(a.folder, name, a.format, *bytes, QStringLiteral("folder"));
        if (!file)
            return file.error();
        path = (*file)->path(); // a free name: an existing file is never replaced
        detail.insert(QStringLiteral("path"), path);
        m_files.push_back(file.takeValue());
        detail.insert(QStringLiteral("bytes"), bytes->size());
    }
    // Whole sentences per period and kind: the stored JSON word ("week", "tasks") is no word of the
    // user's language.
    QString summary;
    if (report && a.period == QLatin1String("day"))
        summary = tr("Write the daily report to %1").arg(path);
    else if (report && a.period == QLatin1String("month"))
        summary = tr("Write the monthly report to %1").arg(path);
    else if (report)
        summary = tr("Write the weekly report to %1").arg(path);
    else if (a.dataKind == QLatin1String("consultations"))
        summary = tr("Export the consultations to %1").arg(path);
    else
        summary = tr("Export the tasks to %1").arg(path);
    m_effects << PlannedEffect{index, QStringLiteral("write_file"), summary, detail};
    return {};
}

Status ActionRunner::requestApproval(int index, const ActionSpec &a, bool write)
{
    Task t = draftTask(a, TaskStatus::Review);
    t.tags = QStringList{QStringLiteral("approval")};
    if (Status s = t.validate(); !s)
        return s;
    if (Status s = countNewTask(); !s)
        return s;
    QJsonObject detail = t.toJson();
    if (write) {
        const auto created = insertTask(t);
        if (!created)
            return created.error();
        Notification n;
        n.userId = m_workflow.userId;
        n.type = NotificationType::Info;
        n.title = tr("Approval requested: %1").arg(t.title).left(Validation::kMaxTitle);
        n.message = tr("\"%1\" waits for your decision: complete the task to approve, cancel it to reject.").arg(m_workflow.name);
        n.taskId = created->id;
        if (const auto made = NotificationRepository(m_db, m_owner).create(n); !made)
            return made.error();
        m_waitingTaskId = created->id;
        detail = created->toJson();
    }
    m_effects << PlannedEffect{index, QStringLiteral("request_approval"),
                               tr("Ask for approval with the task \"%1\" in Review, then wait").arg(t.title), detail};
    return {};
}

QString ActionRunner::render(const QString &text) const
{
    return Template::render(text, m_values);
}

QDateTime ActionRunner::endOfDayIn(int days) const
{
    const QDate day = m_now.toTimeZone(m_zone).date().addDays(days);
    return QDateTime(day, QTime(23, 59, 59), m_zone).toUTC();
}

Error ActionRunner::actionError(int index, const Error &e) const
{
    Error out = e;
    const QString prefix = QStringLiteral("actions[%1]").arg(index);
    if (!out.field.startsWith(prefix))
        out.field = out.field.isEmpty() ? prefix : prefix + QLatin1Char('.') + out.field;
    return out;
}

Status ActionRunner::commitFiles()
{
    for (auto &file : m_files) {
        if (Status s = file->commit(); !s)
            return s;
    }
    m_files.clear();
    return {};
}

QStringList ActionRunner::files() const
{
    QStringList paths;
    for (const PlannedEffect &e : m_effects) {
        if (e.kind == QLatin1String("write_file"))
            paths << e.detail.value(QStringLiteral("path")).toString();
    }
    return paths;
}

} // namespace doo
