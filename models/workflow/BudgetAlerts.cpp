#include "workflow/BudgetAlerts.h"

#include "domain/LocaleFormat.h"
#include "db/Transaction.h"
#include "domain/Clock.h"
#include "repositories/AnalyticsRepository.h"
#include "repositories/DashboardQueries.h"
#include "repositories/NotificationRepository.h"
#include "repositories/PreferenceRepository.h"
#include "repositories/UserRepository.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace doo {

namespace {
constexpr int kManyWorkflows = 1000;

QString hours(double value)
{
    return LocaleFormat::decimal(std::max(0.0, value), 1);
}
} // namespace

const QTime BudgetAlerts::kEndOfWorkday{17, 0};
const QString BudgetAlerts::kMarkName = QStringLiteral("budget_alert_week");

double WeekBudget::hoursLostToFailures() const
{
    double lost = 0;
    for (const Failure &f : failures)
        lost += f.usualHours;
    return lost;
}

bool WeekBudget::missed(const QDateTime &now) const
{
    if (targetHours <= 0 || hoursSaved >= targetHours)
        return false;
    if (now >= deadline)
        return true;
    return hoursSaved + hoursLostToFailures() >= targetHours;
}

BudgetAlerts::BudgetAlerts(Database &db, UserContext ctx) : m_db(db), m_ctx(std::move(ctx))
{ }

Result<WeekBudget> BudgetAlerts::week(const QString &userId)
{
    const UserContext own = UserRepository::contextOf(m_db, userId, m_ctx);
    const auto preferences = PreferenceRepository(m_db, own).load();
    if (!preferences)
        return preferences.error();
    WeekBudget budget;
    budget.targetHours = preferences->weeklyTargetHours;
    const auto zone = UserRepository::timeZoneOf(m_db, userId);
    if (!zone)
        return zone.error();
    const QDate today = Clock::currentUtc().toTimeZone(*zone).date();
    budget.weekStart = today.addDays(-((today.dayOfWeek() - int(preferences->weekStart) + 7) % 7));
    budget.deadline = QDateTime(budget.weekStart.addDays(4), kEndOfWorkday, *zone).toUTC();
    if (budget.targetHours <= 0)
        return budget;

    const auto summary = AnalyticsRepository(m_db, own).getSummary(budget.weekStart, budget.weekStart.addDays(6));
    if (!summary)
        return summary.error();
    budget.hoursSaved = summary->hoursSaved;

    DashboardQueries queries(m_db, own);
    const auto thisWeek = queries.hoursPerWorkflow(budget.weekStart, today, kManyWorkflows);
    if (!thisWeek)
        return thisWeek.error();
    if (std::none_of(thisWeek->cbegin(), thisWeek->cend(), [](const WorkflowHours &h) { return h.failed > 0; }))
        return budget;
    // The usual saving of a run: the workflow's average over all its successful runs so far.
    const auto first = queries.firstDate();
    if (!first)
        return first.error();
    QHash<QString, double> perRun;
    if (first->isValid()) {
        const auto ever = queries.hoursPerWorkflow(std::min(*first, budget.weekStart), today, kManyWorkflows);
        if (!ever)
            return ever.error();
        for (const WorkflowHours &h : *ever)
            perRun.insert(h.workflowId, h.successful > 0 ? h.hoursSaved / h.successful : 0.0);
    }
    for (const WorkflowHours &h : *thisWeek)
        if (h.failed > 0)
            budget.failures << WeekBudget::Failure{h.workflowId, h.name, h.failed, h.failed * perRun.value(h.workflowId)};
    std::sort(budget.failures.begin(), budget.failures.end(), [](const WeekBudget::Failure &a, const WeekBudget::Failure &b) {
        return a.failures != b.failures ? a.failures > b.failures : a.name < b.name;
    });
    return budget;
}

Result<bool> BudgetAlerts::check(const QString &userId)
{
    const auto budget = week(userId);
    if (!budget)
        return budget.error();
    if (!budget->missed(Clock::currentUtc()))
        return false;
    const UserContext own = UserRepository::contextOf(m_db, userId, m_ctx);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const auto claimed = PreferenceRepository(m_db, own).claimMark(userId, kMarkName, budget->weekStart.toString(Qt::ISODate));
    if (!claimed)
        return claimed.error();
    if (!*claimed)
        return false; // this week was alerted already
    Notification n;
    n.userId = userId;
    n.type = NotificationType::BudgetAlert;
    n.title = title(*budget).left(200);
    n.message = message(*budget).left(2000);
    if (budget->failures.size() == 1)
        n.workflowId = budget->failures.first().workflowId;
    if (const auto created = NotificationRepository(m_db, own).create(n); !created)
        return created.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return true;
}

QString BudgetAlerts::title(const WeekBudget &budget)
{
    return tr("Weekly target missed: %1 hours short").arg(hours(budget.shortfall()));
}

QString BudgetAlerts::message(const WeekBudget &budget)
{
    QString text = tr("The week starting %1 saved %2 of the %3 hours you aim for: %4 hours short.")
                       .arg(LocaleFormat::date(budget.weekStart), hours(budget.hoursSaved), hours(budget.targetHours),
                            hours(budget.shortfall()));
    if (budget.failures.isEmpty())
        return text;
    QStringList failed;
    for (const WeekBudget::Failure &f : budget.failures)
        failed << tr("%1: %n failed", nullptr, f.failures).arg(f.name);
    text += QLatin1Char(' ')
        + tr("Failed runs that usually save %1 hours: %2.")
              .arg(hours(budget.hoursLostToFailures()), failed.join(QStringLiteral(", ")));
    return text;
}

} // namespace doo
