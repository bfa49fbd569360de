// bench_analytics: the Analytics page on five years of data, on SQLite and (with
// DOO_TEST_PG_URL) on PostgreSQL. Not a CTest test. Run it with a private PostgreSQL server:
//   tests/with-postgres.sh build/tests/bench_analytics
// Fills one user with five years of daily analytics, 20 workflows with three runs a day, 3,650
// tasks with their history and 250 consultations, then times switching the page's range (7 days,
// 30 days, 90 days, 1 year, all) and redrawing every chart: the queries, the models, the cards
// and one paint of each of the seven charts. Target: under 200 ms. Also prints the data part
// alone, where the time of the longest range goes, and all five years with day buckets chosen.

#include "DashboardTestHelpers.h"
#include "TestDatabase.h"

#include "AnalyticsPage.h"
#include "domain/Clock.h"
#include "DashboardCharts.h"
#include "repositories/DashboardLoader.h"
#include "repositories/DashboardQueries.h"
#include "itemmodels/DashboardModel.h"
#include "repositories/AnalyticsRepository.h"
#include "db/Transaction.h"
#include "repositories/ConsultationRepository.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace doo;
using namespace doo::test;

// A timed read must succeed: a failing one would be timed as if it had worked.
template<typename T>
void must(const doo::Result<T> &result)
{
    if (!result)
        qFatal("bench_analytics: %s", qPrintable(result.error().text()));
}

namespace {

const QDate kToday(2026, 11, 25);
constexpr int kDays = 5 * 365 + 1;
constexpr int kRepeats = 7;

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

bool fill(TestDatabase &t, const User &u, FixedClock &clock)
{
    Database &db = t.db();
    QRandomGenerator rng(20261125);
    Transaction tx(db);
    QStringList workflows;
    for (int w = 0; w < 20; ++w)
        workflows << addWorkflowRow(db, u.id, QStringLiteral("Workflow %1").arg(w + 1, 2, 10, QLatin1Char('0')));
    for (int i = kDays - 1; i >= 0; --i) {
        const QDate day = kToday.addDays(-i);
        const double hours = (rng.bounded(300) + 20) / 100.0 * (1.0 + (kDays - i) / 700.0);
        if (!addDay(db, u.id, day, hours, 2 + int(rng.bounded(8)), std::min(100.0, hours / 8 * 100), 5 + (kDays - i) / 120))
            return false;
        const QDateTime noon(day, QTime(12, 0), Qt::UTC);
        for (int r = 0; r < 3; ++r)
            if (!addExecution(db, workflows.at(rng.bounded(20)), noon.addSecs(r * 3600 + rng.bounded(3000)),
                              rng.bounded(100) < 5 ? "FAILED" : "SUCCESS", 5 + rng.bounded(60), int(rng.bounded(3))))
                return false;
        const QDateTime created = noon.addSecs(-qint64(rng.bounded(20000)));
        const bool done = i > 3 && rng.bounded(4) != 0;
        if (addTask(db, u.id, created, done ? created.addSecs(3600 * (4 + rng.bounded(90))) : QDateTime(),
                    done ? created.addSecs(3600) : QDateTime(), 1024 * (kDays - i))
                .isEmpty())
            return false;
    }
    ConsultationRepository consultations(db, UserContext::of(u));
    for (int c = 0; c < 250; ++c) {
        clock.set(QDateTime(kToday.addDays(-qint64(rng.bounded(kDays))), QTime(10, 0), Qt::UTC));
        Consultation x;
        x.name = QStringLiteral("Client %1").arg(c);
        x.email = QStringLiteral("client%1@example.com").arg(c);
        const auto made = consultations.create(x);
        if (!made)
            return false;
        if (c % 3 != 0 && !consultations.schedule(made->id, clock.now().addDays(2)))
            return false;
        if (c % 3 == 1 && !consultations.complete(made->id))
            return false;
    }
    clock.set(QDateTime(kToday, QTime(12, 0), Qt::UTC));
    return bool(tx.commit());
}

// One switch: the range chosen (queries, models, cards, chart axes) and each chart painted once.
qint64 switchAndDraw(AnalyticsPage &page, int choice)
{
    QElapsedTimer timer;
    timer.start();
    page.setRangeChoice(AnalyticsPage::RangeChoice(choice));
    for (int c = 0; c < DashboardCharts::ChartCount; ++c)
        page.charts()->view(DashboardCharts::Chart(c))->grab();
    return timer.nsecsElapsed();
}

void bench(const QString &backend)
{
    QString skip, fail;
    auto t = TestDatabase::create(backend, true, &skip, &fail);
    if (!t) {
        out() << backend << ": skipped (" << (fail.isEmpty() ? skip : fail) << ")" << Qt::endl;
        return;
    }
    FixedClock clock(QDateTime(kToday, QTime(12, 0), Qt::UTC));
    Clock::setInstance(&clock);
    const User u = t->addUser(QStringLiteral("bench@example.com"), UserRole::Director);
    setZone(t->db(), u.id, QStringLiteral("UTC"));
    QElapsedTimer filling;
    filling.start();
    if (!fill(*t, u, clock)) {
        out() << backend << ": could not fill the database" << Qt::endl;
        Clock::setInstance(nullptr);
        return;
    }
    t->db().optimize();
    out() << backend << ": " << kDays << " days of analytics, " << 3 * kDays << " executions, " << kDays
          << " tasks, 250 consultations (filled in " << filling.elapsed() << " ms)" << Qt::endl;

    {
        // Where the time of the longest range goes.
        const DateRange all{kToday.addDays(1 - kDays), kToday};
        const UserContext ctx = UserContext::of(u);
        auto time = [](const char *what, const std::function<void()> &f) {
            QList<qint64> ns;
            for (int i = 0; i < kRepeats; ++i) {
                QElapsedTimer timer;
                timer.start();
                f();
                ns << timer.nsecsElapsed();
            }
            out()
                << QStringLiteral("    %1 %2 ms\n").arg(QString::fromLatin1(what).leftJustified(44)).arg(medianMs(ns), 0, 'f', 1);
        };
        out() << "  all (5 years), by part:" << Qt::endl;
        time("analytics summary (1,826 rows)", [&] { must(AnalyticsRepository(t->db(), ctx).getSummary(all.from, all.to)); });
        time("analytics series by month",
             [&] { must(AnalyticsRepository(t->db(), ctx).getTimeSeries(all.from, all.to, Bucket::Month)); });
        time("task flow by week", [&] { must(DashboardQueries(t->db(), ctx).taskFlow(all.from, all.to, Bucket::Week)); });
        time("hours per workflow (5,478 runs)",
             [&] { must(DashboardQueries(t->db(), ctx).hoursPerWorkflow(all.from, all.to, 10)); });
        time("consultations: funnel and completed", [&] {
            DashboardQueries q(t->db(), ctx);
            must(q.consultationFunnel(all.from, all.to));
            must(q.consultationsCompleted(all.from, all.to));
        });
        time("first day with data", [&] { must(DashboardQueries(t->db(), ctx).firstDate()); });
        time("everything (DashboardLoader::load)", [&] { must(DashboardLoader::load(t->db(), ctx, all, Bucket::Month)); });
    }

    AnalyticsPage page(t->db(), u);
    page.resize(1200, 900);
    page.show();
    const char *names[] = {"7 days", "30 days", "90 days", "1 year", "all (5 years)"};
    QList<qint64> times[5], data[5];
    for (int round = 0; round < kRepeats; ++round) {
        for (int choice = 0; choice < 5; ++choice) {
            times[choice] << switchAndDraw(page, choice);
            QElapsedTimer load;
            load.start();
            page.reload();
            data[choice] << load.nsecsElapsed();
        }
    }
    for (int choice = 0; choice < 5; ++choice)
        out() << QStringLiteral("  switch to %1 and redraw 7 charts: median %2 ms (data, models and cards alone %3 ms)\n")
                     .arg(QString::fromLatin1(names[choice]).leftJustified(14))
                     .arg(medianMs(times[choice]), 0, 'f', 1)
                     .arg(medianMs(data[choice]), 0, 'f', 1);
    // The worst case: five years in day buckets.
    page.findChild<QComboBox *>(QStringLiteral("bucketCombo"))->setCurrentIndex(1);
    QList<qint64> days;
    for (int round = 0; round < 3; ++round) {
        page.setRangeChoice(AnalyticsPage::Last7Days);
        days << switchAndDraw(page, AnalyticsPage::AllTime);
    }
    out() << QStringLiteral("  all (5 years) with \"by day\" chosen (drawn by week: over 400 buckets): median %1 ms\n")
                 .arg(medianMs(days), 0, 'f', 1);
    out().flush();
    Clock::setInstance(nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    bench(QStringLiteral("sqlite"));
    bench(QStringLiteral("postgresql"));
    return 0;
}
