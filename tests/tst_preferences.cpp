#include "Checks.h"
#include "DatabaseTestCase.h"

#include "db/Query.h"
#include "repositories/PreferenceRepository.h"

#include <QTest>

using namespace doo;
using namespace doo::test;

// A user's preferences in the database (migration 010, domain/Preferences): defaults, a round
// trip of every field, validation naming the field, changes written by name, one user's not seen
// by another.
class TestPreferences : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestPreferences() : DatabaseTestCase(QStringLiteral("me@example.com"), UserRole::Director) { }

private:
    static int storedRows(Database &db, const QString &userId)
    {
        Query q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM user_preference WHERE user_id = ?"), {userId}) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void defaultsWithoutRows()
    {
        PreferenceRepository repo(database().db(), UserContext::of(defaultUser()));
        const auto p = repo.load();
        CHECK_OK(p);
        QCOMPARE(*p, Preferences());
        QCOMPARE(p->purgeReadAfterDays, 90);
        QCOMPARE(p->archiveAfterDays, 365);
        QCOMPARE(p->popupTypes, Preferences::allNotificationTypes());
        QCOMPARE(storedRows(database().db(), defaultUser().id), 0);
    }

    void everyFieldRoundTrips()
    {
        Preferences p;
        p.weeklyTargetHours = 7.5;
        p.weekStart = Qt::Sunday;
        p.quietHours = true;
        p.quietFrom = QTime(21, 30);
        p.quietTo = QTime(6, 45);
        p.popupTypes = {NotificationType::Error, NotificationType::BudgetAlert};
        p.setWipLimit(TaskStatus::InProgress, 3);
        p.setWipLimit(TaskStatus::Review, 2);
        p.purgeReadAfterDays = 30;
        p.archiveAfterDays = 400;
        PreferenceRepository repo(database().db(), UserContext::of(defaultUser()));
        CHECK_OK(repo.save(p));
        const auto back = PreferenceRepository(database().db(), UserContext::of(defaultUser())).load();
        CHECK_OK(back);
        QCOMPARE(*back, p);
        QCOMPARE(back->wipLimit(TaskStatus::InProgress), 3);
        QCOMPARE(back->wipLimit(TaskStatus::Todo), 0);
        QVERIFY(back->inQuietHours(QTime(23, 0)));
        QVERIFY(back->inQuietHours(QTime(6, 0)));
        QVERIFY(!back->inQuietHours(QTime(12, 0)));
        // No pop-up types at all is a choice too.
        p.popupTypes.clear();
        CHECK_OK(repo.save(p));
        QVERIFY(repo.load()->popupTypes.isEmpty());
    }

    void changeWritesOnlyWhatChanged()
    {
        PreferenceRepository repo(database().db(), UserContext::of(defaultUser()));
        CHECK_OK(repo.change([](Preferences &p) { p.weeklyTargetHours = 4; }));
        const int rows = storedRows(database().db(), defaultUser().id);
        QVERIFY(rows > 0);
        // A name this version does not know (a newer program wrote it) is kept.
        Query q(database().db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO user_preference (user_id, name, value, updated_at) VALUES (?, ?, ?, ?)"),
                       {defaultUser().id, QStringLiteral("future.setting"), QStringLiteral("x"),
                        QStringLiteral("2026-01-01T00:00:00.000Z")}));
        Query stamp(database().db());
        QVERIFY(stamp.exec(QStringLiteral("UPDATE user_preference SET updated_at = ?"),
                           {QStringLiteral("2020-01-01T00:00:00.000Z")}));
        CHECK_OK(repo.change([](Preferences &p) { p.setWipLimit(TaskStatus::Todo, 9); }));
        Query changed(database().db());
        QVERIFY(changed.exec(QStringLiteral("SELECT name FROM user_preference WHERE user_id = ? AND updated_at > ?"),
                             {defaultUser().id, QStringLiteral("2020-01-01T00:00:00.000Z")}));
        QStringList names;
        while (changed.next())
            names << changed.value(0).toString();
        QCOMPARE(names, QStringList{QStringLiteral("wip_limit.TODO")});
        QCOMPARE(storedRows(database().db(), defaultUser().id), rows + 1);
        QCOMPARE(repo.load()->weeklyTargetHours, 4.0);
    }

    void invalidValuesNameTheFieldAndWriteNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative target") << 0 << QStringLiteral("weekly_target_hours");
        QTest::newRow("target over a week") << 1 << QStringLiteral("weekly_target_hours");
        QTest::newRow("quiet from = to") << 2 << QStringLiteral("quiet_hours");
        QTest::newRow("negative WIP") << 3 << QStringLiteral("wip_limit.REVIEW");
        QTest::newRow("purge 0 days") << 4 << QStringLiteral("purge_read_after_days");
        QTest::newRow("archive -1 days") << 5 << QStringLiteral("archive_after_days");
        QTest::newRow("week start 0") << 6 << QStringLiteral("week_start");
    }
    void invalidValuesNameTheFieldAndWriteNothing()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        PreferenceRepository repo(database().db(), UserContext::of(defaultUser()));
        const auto result = repo.change([which](Preferences &p) {
            p.weeklyTargetHours = 2; // would be written were the rest valid
            switch (which) {
            case 0:
                p.weeklyTargetHours = -1;
                break;
            case 1:
                p.weeklyTargetHours = 169;
                break;
            case 2:
                p.quietHours = true;
                p.quietTo = p.quietFrom;
                break;
            case 3:
                p.setWipLimit(TaskStatus::Review, -2);
                break;
            case 4:
                p.purgeReadAfterDays = 0;
                break;
            case 5:
                p.archiveAfterDays = -1;
                break;
            default:
                p.weekStart = Qt::DayOfWeek(0); // no day (9 would be no value of the enum)
                break;
            }
        });
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Validation);
        QCOMPARE(result.error().field, field);
        QCOMPARE(storedRows(database().db(), defaultUser().id), 0);
    }

    void eachUserHasTheirOwn()
    {
        auto &t = database();
        const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::User);
        const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
        CHECK_OK(
            PreferenceRepository(t.db(), UserContext::of(defaultUser())).change([](Preferences &p) { p.weeklyTargetHours = 6; }));
        QCOMPARE(PreferenceRepository(t.db(), UserContext::of(other)).load()->weeklyTargetHours, 0.0);
        // Another user's only for an administrator.
        QVERIFY(!PreferenceRepository(t.db(), UserContext::of(other)).load(defaultUser().id));
        QCOMPARE(PreferenceRepository(t.db(), UserContext::of(admin)).load(defaultUser().id)->weeklyTargetHours, 6.0);
        // Removing the user removes their preferences.
        Query q(t.db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM app_user WHERE id = ?"), {defaultUser().id}));
        QCOMPARE(storedRows(t.db(), defaultUser().id), 0);
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
