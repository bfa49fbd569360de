// bench_scheduler: what the workflow scheduler costs, on SQLite and (with DOO_TEST_PG_URL) on
// PostgreSQL. Not a CTest test. Run it with a private PostgreSQL server:
//   tests/with-postgres.sh build/tests/bench_scheduler
// Prints:
// - the overhead per execution: claim (conditional update + execution row) and the run's
//   transaction (plan, the action, execution result, analytics, WORKFLOW_COMPLETE
//   notification), with one action that finds nothing to do, and with one notify action;
//   target under 5 ms on SQLite;
// - 1,000 workflows falling due at once: the time until the last has run; target under 10 s.

#include "EngineTestHelpers.h"

#include "domain/Clock.h"
#include "repositories/ExecutionRepository.h"
#include "workflow/WorkflowEngine.h"
#include "workflow/WorkflowScheduler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>

using namespace doo;
using namespace doo::test;

namespace {

const QDateTime kDue(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double medianMs(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return ns.isEmpty() ? 0 : ns.at(ns.size() / 2) / 1e6;
}

bool overhead(TestDatabase &t, const User &u, const QString &label, const QString &actions)
{
    constexpr int kRuns = 300;
    const auto w = addWorkflow(t.db(), u, label, QStringLiteral("{\"type\":\"interval\",\"minutes\":1}"), actions, 2, kDue);
    if (!w) {
        out() << "error: " << w.error().text() << Qt::endl;
        return false;
    }
    ExecutionRepository executions(t.db(), UserContext::of(u));
    WorkflowEngine engine(t.db(), UserContext::of(u));
    QList<qint64> times;
    QDateTime due = kDue;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto claimed = executions.claimTimed(*w, due, due.addSecs(60), WorkflowScheduler::runnerId());
        if (!claimed) {
            out() << "error: " << claimed.error().text() << Qt::endl;
            return false;
        }
        const auto done = engine.run(*w, *claimed, RunInput());
        if (!done) {
            out() << "error: " << done.error().text() << Qt::endl;
            return false;
        }
        times << timer.nsecsElapsed();
        due = due.addSecs(60);
    }
    out() << QStringLiteral("  per execution, %1: median %2 ms over %3 runs\n")
                 .arg(label.leftJustified(34))
                 .arg(medianMs(times), 0, 'f', 2)
                 .arg(kRuns);
    return true;
}

bool thousandDue(TestDatabase &t, const User &u, FixedClock &clock)
{
    constexpr int kWorkflows = 1000;
    clock.set(kDue.addSecs(-3600));
    for (int i = 0; i < kWorkflows; ++i) {
        const auto w =
            addWorkflow(t.db(), u, QStringLiteral("Due %1").arg(i), QStringLiteral("{\"type\":\"interval\",\"minutes\":60}"),
                        QStringLiteral("[{\"type\":\"notify\",\"title\":\"Run {time}\"}]"), 1, kDue);
        if (!w) {
            out() << "error: " << w.error().text() << Qt::endl;
            return false;
        }
    }
    clock.set(kDue);
    const QString succeeded = QStringLiteral("SELECT count(*) FROM workflow_execution e JOIN workflow w ON w.id = e.workflow_id "
                                             "WHERE e.status = 'SUCCESS' AND w.name LIKE 'Due %'");
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    QElapsedTimer timer;
    timer.start();
    const auto pass = scheduler.runPass();
    const double secs = timer.nsecsElapsed() / 1e9;
    if (!pass) {
        out() << "error: " << pass.error().text() << Qt::endl;
        return false;
    }
    const int ran = count(t.db(), succeeded);
    out() << QStringLiteral("  1,000 workflows due at once: %1 run in %2 s (target: all within 10 s) %3\n")
                 .arg(ran)
                 .arg(secs, 0, 'f', 2)
                 .arg(ran == kWorkflows && secs < 10 ? QStringLiteral("PASS") : QStringLiteral("MISS"));
    return ran == kWorkflows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("doo.*.warning=false"));
    FixedClock clock(kDue);
    Clock::setInstance(&clock);
    bool ok = true;
    const QStringList backends = {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    for (const QString &backend : backends) {
        QString skip, failure;
        auto t = TestDatabase::create(backend, true, &skip, &failure);
        if (!t) {
            out() << backend << ": skipped (" << (failure.isEmpty() ? skip : failure) << ")" << Qt::endl;
            ok = ok && failure.isEmpty();
            continue;
        }
        const User u = t->addUser(QStringLiteral("bench@example.com"), UserRole::Director);
        out() << backend << ":" << Qt::endl;
        ok = overhead(*t, u, QStringLiteral("update_tasks matching nothing"),
                      QStringLiteral(
                          "[{\"type\":\"update_tasks\",\"filter\":{\"tag\":\"none-such\"},\"set\":{\"priority\":\"HIGH\"}}]"))
            && ok;
        ok = overhead(*t, u, QStringLiteral("one notify action"), QStringLiteral("[{\"type\":\"notify\",\"title\":\"Hi\"}]"))
            && ok;
        ok = thousandDue(*t, u, clock) && ok;
    }
    Clock::setInstance(nullptr);
    return ok ? 0 : 1;
}
