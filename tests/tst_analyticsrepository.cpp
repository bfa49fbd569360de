#include "Checks.h"
#include "ClockGuard.h"
#include "DatabaseTestCase.h"

#include "domain/Clock.h"
#include "db/Query.h"
#include "domain/Validation.h"
#include "repositories/AnalyticsRepository.h"

#include <QTest>

#include <limits>

using namespace doo;
using namespace doo::test;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

AnalyticsDay figures(const char *iso, double hours, int tasks, double score, int active)
{
    AnalyticsDay d;
    d.date = day(iso);
    d.timeSaved = hours;
    d.tasksAutomated = tasks;
    d.efficiencyScore = score;
    d.activeWorkflows = active;
    return d;
}

// "date hours tasks score active": compact and exact for the binary-exact values used here.
QString describe(const QDate &date, double hours, int tasks, double score, int active)
{
    return QStringLiteral("%1 %2 %3 %4 %5").arg(date.toString(Qt::ISODate)).arg(hours).arg(tasks).arg(score).arg(active);
}

QStringList describe(const QList<AnalyticsDay> &days)
{
    QStringList out;
    for (const AnalyticsDay &d : days)
        out << describe(d.date, d.timeSaved, d.tasksAutomated, d.efficiencyScore, d.activeWorkflows);
    return out;
}

QStringList describe(const QList<AnalyticsPoint> &points)
{
    QStringList out;
    for (const AnalyticsPoint &p : points)
        out << describe(p.start, p.timeSaved, p.tasksAutomated, p.efficiencyScore, p.activeWorkflows);
    return out;
}

bool addWorkflow(Database &db, const QString &userId, bool active)
{
    Query q(db);
    const bool ok = q.exec(QStringLiteral("INSERT INTO workflow (id, user_id, name, type, trigger_config, actions, is_active, "
                                          "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {Validation::newId(), userId, QStringLiteral("Weekly report"), QStringLiteral("REPORTING"),
                            QStringLiteral("{\"type\":\"manual\"}"),
                            QStringLiteral("[{\"type\":\"generate_report\",\"folder\":\"~/Reports\"}]"), active,
                            QStringLiteral("2026-01-01T00:00:00.000Z"), QStringLiteral("2026-01-01T00:00:00.000Z")});
    if (!ok)
        qWarning("addWorkflow: %s", qPrintable(q.error().text()));
    return ok;
}

// Every analytics row as stored, read with plain SQL: "date hours tasks score active user".
QStringList allRows(Database &db)
{
    Query q(db);
    if (!q.exec(QStringLiteral("SELECT date, time_saved, tasks_automated, efficiency_score, active_workflows, user_id "
                               "FROM analytics ORDER BY user_id, date")))
        return {QStringLiteral("error: ") + q.error().text()};
    QStringList out;
    while (q.next())
        out << describe(Database::dateFromDb(q.value(0)), q.value(1).toDouble(), q.value(2).toInt(), q.value(3).toDouble(),
                        q.value(4).toInt())
                + QLatin1Char(' ') + q.value(5).toString();
    return out;
}

} // namespace

class TestAnalyticsRepository : public DatabaseTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void efficiencyScoreFormula();
    void recordInsertsThenReplaces();
    void invalidDaysWriteNothing();
    void dateRangeIsInclusive();
    void summary();
    void timeSeriesByDayAndIsoWeek();
    void timeSeriesByMonth();
    void upsertTodayAddsUp();
    void upsertTodayRefusesBadInput();
    void scoping();
};

void TestAnalyticsRepository::efficiencyScoreFormula()
{
    QCOMPARE(AnalyticsRepository::efficiencyScore(0), 0.0);
    QCOMPARE(AnalyticsRepository::efficiencyScore(-3), 0.0);
    QCOMPARE(AnalyticsRepository::efficiencyScore(std::numeric_limits<double>::quiet_NaN()), 0.0);
    QCOMPARE(AnalyticsRepository::efficiencyScore(2), 25.0);
    QCOMPARE(AnalyticsRepository::efficiencyScore(3), 37.5);
    QCOMPARE(AnalyticsRepository::efficiencyScore(8), 100.0);
    QCOMPARE(AnalyticsRepository::efficiencyScore(12.5), 100.0);
}

void TestAnalyticsRepository::recordInsertsThenReplaces()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::User);
    AnalyticsRepository repo(t.db(), UserContext::of(user));

    AnalyticsDay first = figures("2026-03-02", 2.5, 3, 31.25, 2);
    first.userId = other.id; // a USER cannot write for someone else: the row is their own
    const auto inserted = repo.record(first);
    CHECK_OK(inserted);
    QVERIFY(!inserted->id.isEmpty());
    QCOMPARE(inserted->userId, user.id);
    QCOMPARE(describe({*inserted}), QStringList{QStringLiteral("2026-03-02 2.5 3 31.25 2")});
    QCOMPARE(t.rowCount(QStringLiteral("analytics")), 1);

    const auto replaced = repo.record(figures("2026-03-02", 4, 5, 50, 1));
    CHECK_OK(replaced);
    QCOMPARE(replaced->id, inserted->id);
    QCOMPARE(describe({*replaced}), QStringList{QStringLiteral("2026-03-02 4 5 50 1")});
    QCOMPARE(t.rowCount(QStringLiteral("analytics")), 1);

    QVERIFY(repo.record(figures("2026-03-03", 1, 0, 12.5, 0)).ok());
    QCOMPARE(allRows(t.db()),
             (QStringList{QStringLiteral("2026-03-02 4 5 50 1 ") + user.id, QStringLiteral("2026-03-03 1 0 12.5 0 ") + user.id}));
}

void TestAnalyticsRepository::invalidDaysWriteNothing()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    AnalyticsRepository repo(t.db(), UserContext::of(user));
    QVERIFY(repo.record(figures("2026-03-02", 2, 3, 25, 1)).ok());
    const QStringList before = allRows(t.db());
    QCOMPARE(before.size(), 1);

    AnalyticsDay farFuture = figures("2026-03-02", 2, 3, 25, 1);
    farFuture.date = QDate(10000, 1, 1); // valid for QDate, not writable as YYYY-MM-DD
    const QList<QPair<AnalyticsDay, QString>> cases = {
        {figures("2026-03-02", -1, 3, 25, 1), QStringLiteral("timeSaved")},
        {figures("2026-03-02", std::numeric_limits<double>::infinity(), 3, 25, 1), QStringLiteral("timeSaved")},
        {figures("2026-03-02", 2, -1, 25, 1), QStringLiteral("tasksAutomated")},
        {figures("2026-03-02", 2, 3, 100.5, 1), QStringLiteral("efficiencyScore")},
        {figures("2026-03-02", 2, 3, -0.5, 1), QStringLiteral("efficiencyScore")},
        {figures("2026-03-02", 2, 3, 25, -2), QStringLiteral("activeWorkflows")},
        {figures("2026-02-30", 2, 3, 25, 1), QStringLiteral("date")},
        {farFuture, QStringLiteral("date")},
    };
    for (const auto &[invalid, field] : cases) {
        const auto result = repo.record(invalid);
        QVERIFY2(!result.ok(), qPrintable(field));
        QCOMPARE(result.error().kind, Error::Kind::Validation);
        QCOMPARE(result.error().field, field);
    }
    QCOMPARE(allRows(t.db()), before);
}

void TestAnalyticsRepository::dateRangeIsInclusive()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    AnalyticsRepository repo(t.db(), UserContext::of(user));
    // Written out of order: the range comes back oldest first.
    for (const char *d : {"2026-03-05", "2026-02-28", "2026-03-02", "2026-02-27", "2026-03-01"})
        QVERIFY(repo.record(figures(d, 1, 1, 12.5, 1)).ok());

    const auto range = repo.getByDateRange(day("2026-02-28"), day("2026-03-02"));
    CHECK_OK(range);
    QStringList dates;
    for (const AnalyticsDay &d : *range)
        dates << d.date.toString(Qt::ISODate);
    QCOMPARE(dates, (QStringList{QStringLiteral("2026-02-28"), QStringLiteral("2026-03-01"), QStringLiteral("2026-03-02")}));

    const auto single = repo.getByDateRange(day("2026-03-05"), day("2026-03-05"));
    QVERIFY(single.ok());
    QCOMPARE(describe(*single), QStringList{QStringLiteral("2026-03-05 1 1 12.5 1")});

    const auto gap = repo.getByDateRange(day("2026-03-03"), day("2026-03-04"));
    QVERIFY(gap.ok());
    QVERIFY(gap->isEmpty());

    const auto reversed = repo.getByDateRange(day("2026-03-02"), day("2026-03-01"));
    QVERIFY(!reversed.ok());
    QCOMPARE(reversed.error().kind, Error::Kind::Validation);
    QCOMPARE(reversed.error().field, QStringLiteral("to"));
    QCOMPARE(repo.getByDateRange(QDate(), day("2026-03-01")).error().field, QStringLiteral("from"));
}

void TestAnalyticsRepository::summary()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    AnalyticsRepository repo(t.db(), UserContext::of(user));
    QVERIFY(repo.record(figures("2026-02-28", 9, 9, 100, 9)).ok()); // before the range
    QVERIFY(repo.record(figures("2026-03-01", 2, 3, 25, 1)).ok());
    QVERIFY(repo.record(figures("2026-03-02", 4, 5, 50, 5)).ok());
    QVERIFY(repo.record(figures("2026-03-04", 6, 1, 75, 2)).ok());
    QVERIFY(repo.record(figures("2026-03-06", 8, 8, 100, 8)).ok()); // after the range

    const auto s = repo.getSummary(day("2026-03-01"), day("2026-03-05"));
    CHECK_OK(s);
    QCOMPARE(s->from, day("2026-03-01"));
    QCOMPARE(s->to, day("2026-03-05"));
    QCOMPARE(s->hoursSaved, 12.0); // 2 + 4 + 6
    QCOMPARE(s->tasksAutomated, 9); // 3 + 5 + 1
    QCOMPARE(s->efficiencyScore, 50.0); // (25 + 50 + 75) / 3
    QCOMPARE(s->activeWorkflows, 2); // the latest day with data (03-04), not the largest
    QCOMPARE(s->days, 3);

    const auto empty = repo.getSummary(day("2026-03-10"), day("2026-03-20"));
    QVERIFY(empty.ok());
    QCOMPARE(empty->hoursSaved, 0.0);
    QCOMPARE(empty->tasksAutomated, 0);
    QCOMPARE(empty->efficiencyScore, 0.0);
    QCOMPARE(empty->activeWorkflows, 0);
    QCOMPARE(empty->days, 0);

    QCOMPARE(repo.getSummary(day("2026-03-05"), day("2026-03-01")).error().field, QStringLiteral("to"));
}

void TestAnalyticsRepository::timeSeriesByDayAndIsoWeek()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    AnalyticsRepository repo(t.db(), UserContext::of(user));
    QVERIFY(repo.record(figures("2025-12-28", 1, 1, 10, 1)).ok()); // Sunday: week of Mon 2025-12-22
    QVERIFY(repo.record(figures("2025-12-29", 2, 2, 20, 2)).ok()); // Monday of ISO week 2026-W01
    QVERIFY(repo.record(figures("2025-12-31", 3, 3, 30, 3)).ok());
    QVERIFY(repo.record(figures("2026-01-01", 0.5, 4, 40, 5)).ok());
    QVERIFY(repo.record(figures("2026-01-04", 1.5, 5, 50, 4)).ok()); // Sunday: still 2026-W01
    QVERIFY(repo.record(figures("2026-01-05", 4, 6, 60, 6)).ok()); // Monday of 2026-W02

    const auto weeks = repo.getTimeSeries(day("2025-12-28"), day("2026-01-05"), Bucket::Week);
    CHECK_OK(weeks);
    QCOMPARE(describe(*weeks),
             (QStringList{
                 QStringLiteral("2025-12-22 1 1 10 1"),
                 QStringLiteral("2025-12-29 7 14 35 4"), // 2+3+0.5+1.5, 2+3+4+5, (20+30+40+50)/4, last day
                 QStringLiteral("2026-01-05 4 6 60 6"),
             }));

    // A range starting mid-week: the bucket still starts on its Monday, before `from`.
    const auto partial = repo.getTimeSeries(day("2025-12-31"), day("2026-01-04"), Bucket::Week);
    QVERIFY(partial.ok());
    QCOMPARE(describe(*partial), QStringList{QStringLiteral("2025-12-29 5 12 40 4")});

    // Days: one point per day with data (none for 2025-12-30).
    const auto days = repo.getTimeSeries(day("2025-12-29"), day("2026-01-01"), Bucket::Day);
    QVERIFY(days.ok());
    QCOMPARE(describe(*days),
             (QStringList{QStringLiteral("2025-12-29 2 2 20 2"), QStringLiteral("2025-12-31 3 3 30 3"),
                          QStringLiteral("2026-01-01 0.5 4 40 5")}));
    QCOMPARE(repo.getTimeSeries(day("2026-01-04"), day("2026-01-01"), Bucket::Day).error().field, QStringLiteral("to"));
}

void TestAnalyticsRepository::timeSeriesByMonth()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    AnalyticsRepository repo(t.db(), UserContext::of(user));
    QVERIFY(repo.record(figures("2026-01-31", 2, 1, 25, 1)).ok());
    QVERIFY(repo.record(figures("2026-02-01", 1, 2, 12.5, 2)).ok());
    QVERIFY(repo.record(figures("2026-02-28", 3, 3, 37.5, 3)).ok()); // last day of a 28-day month
    QVERIFY(repo.record(figures("2026-03-01", 4, 4, 50, 4)).ok());
    QVERIFY(repo.record(figures("2026-04-30", 2, 5, 25, 5)).ok()); // last day of a 30-day month
    QVERIFY(repo.record(figures("2026-05-01", 1, 1, 12.5, 1)).ok()); // after the range
    QVERIFY(repo.record(figures("2024-02-29", 1, 1, 12.5, 7)).ok()); // leap day
    QVERIFY(repo.record(figures("2024-03-01", 1, 1, 12.5, 8)).ok());

    const auto months = repo.getTimeSeries(day("2026-01-15"), day("2026-04-30"), Bucket::Month);
    CHECK_OK(months);
    QCOMPARE(describe(*months),
             (QStringList{
                 QStringLiteral("2026-01-01 2 1 25 1"),
                 QStringLiteral("2026-02-01 4 5 25 3"), // (12.5 + 37.5) / 2
                 QStringLiteral("2026-03-01 4 4 50 4"),
                 QStringLiteral("2026-04-01 2 5 25 5"),
             }));

    const auto leap = repo.getTimeSeries(day("2024-02-01"), day("2024-03-31"), Bucket::Month);
    QVERIFY(leap.ok());
    QCOMPARE(describe(*leap), (QStringList{QStringLiteral("2024-02-01 1 1 12.5 7"), QStringLiteral("2024-03-01 1 1 12.5 8")}));
}

void TestAnalyticsRepository::upsertTodayAddsUp()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::User);
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    QVERIFY(addWorkflow(t.db(), user.id, true));
    QVERIFY(addWorkflow(t.db(), user.id, true));
    QVERIFY(addWorkflow(t.db(), user.id, false));
    QVERIFY(addWorkflow(t.db(), other.id, true));

    ClockGuard guard(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC));
    const QDate today = guard.clock.now().toLocalTime().date();
    AnalyticsRepository repo(t.db(), UserContext::of(user));

    const auto first = repo.upsertToday(3, 4);
    CHECK_OK(first);
    QCOMPARE(first->userId, user.id);
    QCOMPARE(describe({*first}), QStringList{describe(today, 3, 4, 37.5, 2)}); // 3 / 8 * 100

    QVERIFY(addWorkflow(t.db(), user.id, true));
    guard.clock.advanceSecs(60);
    const auto second = repo.upsertToday(2, 1);
    CHECK_OK(second);
    QCOMPARE(second->id, first->id);
    QCOMPARE(describe({*second}), QStringList{describe(today, 5, 5, 62.5, 3)}); // (3 + 2) / 8 * 100

    const auto capped = repo.upsertToday(4, 0);
    QVERIFY(capped.ok());
    QCOMPARE(describe({*capped}), QStringList{describe(today, 9, 5, 100, 3)});
    // What is stored, not only what was returned.
    QCOMPARE(allRows(t.db()), QStringList{describe(today, 9, 5, 100, 3) + QLatin1Char(' ') + user.id});

    // The next day starts a new row.
    guard.clock.advanceSecs(24 * 3600);
    const auto tomorrow = repo.upsertToday(1, 2);
    QVERIFY(tomorrow.ok());
    QCOMPARE(describe({*tomorrow}), QStringList{describe(today.addDays(1), 1, 2, 12.5, 3)});
    QCOMPARE(t.rowCount(QStringLiteral("analytics")), 2);

    // An ADMIN adds to their own day (no workflows of their own).
    AnalyticsRepository adminRepo(t.db(), UserContext::of(admin));
    const auto own = adminRepo.upsertToday(0.5, 1);
    QVERIFY(own.ok());
    QCOMPARE(own->userId, admin.id);
    QCOMPARE(describe({*own}), QStringList{describe(today.addDays(1), 0.5, 1, 6.25, 0)});
    QCOMPARE(t.rowCount(QStringLiteral("analytics")), 3);
}

void TestAnalyticsRepository::upsertTodayRefusesBadInput()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    ClockGuard guard(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC));
    AnalyticsRepository repo(t.db(), UserContext::of(user));
    QVERIFY(repo.upsertToday(7, 2).ok());
    const QStringList before = allRows(t.db());
    QCOMPARE(before.size(), 1);

    const struct
    {
        double hours;
        int tasks;
        const char *field;
    } cases[] = {
        {-1, 0, "hoursSaved"},
        {std::numeric_limits<double>::quiet_NaN(), 0, "hoursSaved"},
        {std::numeric_limits<double>::infinity(), 0, "hoursSaved"},
        {1, -1, "tasksAutomated"},
    };
    for (const auto &c : cases) {
        const auto result = repo.upsertToday(c.hours, c.tasks);
        QVERIFY2(!result.ok(), c.field);
        QCOMPARE(result.error().kind, Error::Kind::Validation);
        QCOMPARE(result.error().field, QString::fromLatin1(c.field));
    }
    // Within the limits on its own, over them once added: refused after the upsert, rolled back.
    const auto over = repo.upsertToday(1e6, 0);
    QVERIFY(!over.ok());
    QCOMPARE(over.error().kind, Error::Kind::Validation);
    QCOMPARE(over.error().field, QStringLiteral("timeSaved"));
    QCOMPARE(allRows(t.db()), before);
}

void TestAnalyticsRepository::scoping()
{
    auto &t = database();
    const User a = t.addUser(QStringLiteral("a@example.com"), UserRole::User);
    const User b = t.addUser(QStringLiteral("b@example.com"), UserRole::User);
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    AnalyticsRepository repoA(t.db(), UserContext::of(a));
    AnalyticsRepository repoB(t.db(), UserContext::of(b));
    AnalyticsRepository repoAdmin(t.db(), UserContext::of(admin));

    QVERIFY(repoA.record(figures("2026-03-01", 2, 1, 25, 1)).ok());
    QVERIFY(repoA.record(figures("2026-03-02", 4, 2, 50, 2)).ok());
    AnalyticsDay forB = figures("2026-03-02", 1, 3, 12.5, 3);
    forB.userId = b.id; // an ADMIN may write for another user
    const auto writtenForB = repoAdmin.record(forB);
    QVERIFY(writtenForB.ok());
    QCOMPARE(writtenForB->userId, b.id);

    const QDate from = day("2026-03-01"), to = day("2026-03-31");
    const auto seenByA = repoA.getByDateRange(from, to);
    QVERIFY(seenByA.ok());
    QCOMPARE(describe(*seenByA), (QStringList{QStringLiteral("2026-03-01 2 1 25 1"), QStringLiteral("2026-03-02 4 2 50 2")}));
    const auto seenByB = repoB.getByDateRange(from, to);
    QVERIFY(seenByB.ok());
    QCOMPARE(describe(*seenByB), QStringList{QStringLiteral("2026-03-02 1 3 12.5 3")});
    QCOMPARE(repoB.getSummary(from, to)->hoursSaved, 1.0);
    QCOMPARE(repoB.getTimeSeries(from, to, Bucket::Month)->size(), 1);

    const auto seenByAdmin = repoAdmin.getByDateRange(from, to);
    QVERIFY(seenByAdmin.ok());
    QCOMPARE(seenByAdmin->size(), 3);
    const auto all = repoAdmin.getSummary(from, to);
    QVERIFY(all.ok());
    QCOMPARE(all->hoursSaved, 7.0);
    QCOMPARE(all->tasksAutomated, 6);
    QCOMPARE(all->days, 3);
    QCOMPARE(all->activeWorkflows, 5); // both users' figures on the latest date: 2 + 3

    // B writing "for A" writes B's own row: A's figures are untouched.
    AnalyticsDay intrusion = figures("2026-03-01", 9, 9, 100, 9);
    intrusion.userId = a.id;
    const auto own = repoB.record(intrusion);
    QVERIFY(own.ok());
    QCOMPARE(own->userId, b.id);
    QCOMPARE(describe(*repoA.getByDateRange(from, to)),
             (QStringList{QStringLiteral("2026-03-01 2 1 25 1"), QStringLiteral("2026-03-02 4 2 50 2")}));
}

QTEST_GUILESS_MAIN(TestAnalyticsRepository)
#include "tst_analyticsrepository.moc"
