#include "ClockGuard.h"
#include "DatabaseTestCase.h"

#include "domain/Clock.h"
#include "db/Query.h"
#include "repositories/ConsultationRepository.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSet>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cmath>

using namespace doo;
using namespace doo::test;

// Binds the value of a Result that must be ok to `var`.
#define REQUIRE_OK(var, expr)                                                                                                    \
    auto var##Result = (expr);                                                                                                   \
    QVERIFY2(var##Result.ok(), qPrintable(var##Result.error().text()));                                                          \
    auto var = var##Result.takeValue();

namespace {

const QDateTime kT0 = QDateTime(QDate(2031, 3, 4), QTime(9, 30, 0, 250), Qt::UTC);

Consultation sample(const QString &name, const QString &email, const QString &company = {}, const QString &department = {})
{
    Consultation c;
    c.name = name;
    c.email = email;
    c.company = company;
    c.department = department;
    c.challenges = QStringLiteral("Too many meetings, too little strategy");
    return c;
}

// "FROM>TO[:note]" per history row, oldest first; "-" for no previous status.
QStringList historyOf(Database &db, const QString &id)
{
    Query q(db);
    if (!q.exec(QStringLiteral("SELECT from_status, to_status, note FROM consultation_history WHERE consultation_id = ? "
                               "ORDER BY changed_at, CASE WHEN from_status IS NULL THEN 0 ELSE 1 END"),
                {id}))
        return {QStringLiteral("error: ") + q.error().text()};
    QStringList rows;
    while (q.next()) {
        QString row =
            (q.value(0).isNull() ? QStringLiteral("-") : q.value(0).toString()) + QLatin1Char('>') + q.value(1).toString();
        if (!q.value(2).isNull())
            row += QLatin1Char(':') + q.value(2).toString();
        rows << row;
    }
    return rows;
}

int counterValue(Database &db)
{
    Query q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM app_counter WHERE name = ?"), {QStringLiteral("booking")}))
        return -2;
    return q.next() ? q.value(0).toInt() : -1;
}

QStringList namesOf(const Page<Consultation> &page)
{
    QStringList names;
    for (const Consultation &c : page.items)
        names << c.name;
    return names;
}

const QRegularExpression kBookingPattern(QStringLiteral("^DO-\\d{4}-\\d{6}$"));

} // namespace

class TestConsultationRepository : public DatabaseTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void createAssignsBookingIds();
    void findByIdAndBookingId();
    void findAllFiltersAndPages();
    void validTransitions();
    void refusedTransitionsChangeNothing();
    void badTransitionInputChangesNothing();
    void invalidConsultationWritesNothing();
    void updateSavesTheDetailsOnly();
    void scoping();
    void stats();
    void concurrentCreatesGetDistinctBookingIds();
};

void TestConsultationRepository::createAssignsBookingIds()
{
    auto &t = database();
    ClockGuard guard(kT0);
    const User director = t.addUser(QStringLiteral("dir@example.com"), UserRole::Director);
    const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(director));

    Consultation input = sample(QStringLiteral("Ada Lovelace"), QStringLiteral("  ada@example.com "));
    input.userId = other.id; // a non-admin cannot create for someone else
    input.status = ConsultationStatus::Completed; // nor choose the status
    REQUIRE_OK(first, repo.create(input));
    QCOMPARE(first.bookingId, QStringLiteral("DO-2031-000001"));
    QCOMPARE(first.userId, director.id);
    QCOMPARE(first.status, ConsultationStatus::Pending);
    QCOMPARE(first.email, QStringLiteral("ada@example.com"));
    QCOMPARE(first.version, 1);
    QCOMPARE(first.createdAt, kT0);
    QCOMPARE(first.updatedAt, kT0);
    QCOMPARE(historyOf(t.db(), first.id), QStringList{QStringLiteral("->PENDING")});

    QStringList ids{first.bookingId};
    for (int i = 0; i < 4; ++i) {
        REQUIRE_OK(c, repo.create(sample(QStringLiteral("Client %1").arg(i), QStringLiteral("c%1@example.com").arg(i))));
        QVERIFY2(kBookingPattern.match(c.bookingId).hasMatch(), qPrintable(c.bookingId));
        QVERIFY2(c.bookingId > ids.last(), qPrintable(c.bookingId + QStringLiteral(" after ") + ids.last()));
        ids << c.bookingId;
    }
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 5);
    QCOMPARE(ids.last(), QStringLiteral("DO-2031-000005"));
    QCOMPARE(counterValue(t.db()), 5);

    // The counter never goes back: not on a new year, not when consultations are deleted.
    Query del(t.db());
    QVERIFY(del.exec(QStringLiteral("DELETE FROM consultation")));
    guard.clock.set(QDateTime(QDate(2032, 1, 1), QTime(0, 0), Qt::UTC));
    ConsultationRepository admin(t.db(), {QString(), UserRole::Admin});
    Consultation forOther = sample(QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.com"));
    forOther.userId = other.id;
    REQUIRE_OK(next, admin.create(forOther));
    QCOMPARE(next.bookingId, QStringLiteral("DO-2032-000006"));
    QCOMPARE(next.userId, other.id);
    QCOMPARE(counterValue(t.db()), 6);
}

void TestConsultationRepository::findByIdAndBookingId()
{
    auto &t = database();
    ClockGuard guard(kT0);
    const User director = t.addUser(QStringLiteral("dir@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(director));
    Consultation input = sample(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"), QStringLiteral("Engines"),
                                QStringLiteral("R&D"));
    input.notes = QStringLiteral("met at a conference");
    REQUIRE_OK(created, repo.create(input));
    Consultation bare = sample(QStringLiteral("Bare"), QStringLiteral("bare@example.com"));
    bare.challenges = QString();
    REQUIRE_OK(bareCreated, repo.create(bare));

    REQUIRE_OK(found, repo.findById(created.id));
    QCOMPARE(found.toJson(), created.toJson()); // every field, timestamps to the millisecond
    QCOMPARE(found.department, QStringLiteral("R&D"));
    QCOMPARE(found.notes, input.notes);
    QCOMPARE(found.createdAt, kT0);

    REQUIRE_OK(byBooking, repo.findByBookingId(QStringLiteral(" ") + created.bookingId.toLower()));
    QCOMPARE(byBooking.id, created.id);
    REQUIRE_OK(bareFound, repo.findById(bareCreated.id));
    QVERIFY(bareFound.company.isEmpty());
    QVERIFY(bareFound.challenges.isEmpty());

    QCOMPARE(repo.findById(QStringLiteral("no-such-id")).error().kind, Error::Kind::NotFound);
    QCOMPARE(repo.findByBookingId(QStringLiteral("DO-2031-999999")).error().kind, Error::Kind::NotFound);
}

void TestConsultationRepository::findAllFiltersAndPages()
{
    auto &t = database();
    ClockGuard guard(kT0);
    const User director = t.addUser(QStringLiteral("dir@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(director));
    const QList<Consultation> inputs{
        sample(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"), QStringLiteral("Analytical Engines")),
        sample(QStringLiteral("Grace Hopper"), QStringLiteral("grace@navy.mil"), QStringLiteral("100% Growth")),
        sample(QStringLiteral("Alan Turing"), QStringLiteral("alan@bletchley.uk"), QStringLiteral("under_score Ltd"),
               QStringLiteral("Codebreaking")),
        sample(QStringLiteral("Edsger Dijkstra"), QStringLiteral("edsger@tue.nl"), QStringLiteral("1000 Growth")),
        sample(QStringLiteral("Barbara Liskov"), QStringLiteral("barbara@mit.edu"), QStringLiteral("underXscore Co")),
        sample(QStringLiteral("Donald Knuth"), QStringLiteral("don@stanford.edu")),
    };
    QList<Consultation> c;
    for (const Consultation &input : inputs) {
        REQUIRE_OK(created, repo.create(input));
        c << created;
        guard.clock.advanceSecs(3600);
    }
    QVERIFY(repo.schedule(c[1].id, kT0.addDays(3)).ok());
    QVERIFY(repo.schedule(c[2].id, kT0.addDays(3)).ok());
    QVERIFY(repo.complete(c[2].id).ok());
    QVERIFY(repo.cancel(c[3].id, QStringLiteral("no budget")).ok());

    auto names = [&](ConsultationFilter f) {
        const auto page = repo.findAll(f);
        return page ? namesOf(*page) : QStringList{page.error().text()};
    };
    const QStringList all{QStringLiteral("Donald Knuth"), QStringLiteral("Barbara Liskov"), QStringLiteral("Edsger Dijkstra"),
                          QStringLiteral("Alan Turing"),  QStringLiteral("Grace Hopper"),   QStringLiteral("Ada Lovelace")};
    QCOMPARE(names({}), all);

    ConsultationFilter f;
    f.status = ConsultationStatus::Pending;
    QCOMPARE(names(f), (QStringList{all[0], all[1], all[5]}));
    f.status = ConsultationStatus::Scheduled;
    QCOMPARE(names(f), QStringList{all[4]});
    f.status = ConsultationStatus::Completed;
    QCOMPARE(names(f), QStringList{all[3]});
    f.status = ConsultationStatus::Cancelled;
    QCOMPARE(names(f), QStringList{all[2]});

    f = {};
    f.createdFrom = kT0.addSecs(2 * 3600); // inclusive
    f.createdBefore = kT0.addSecs(4 * 3600); // exclusive
    QCOMPARE(names(f), (QStringList{all[2], all[3]}));

    auto byText = [&](const QString &text) {
        ConsultationFilter tf;
        tf.text = text;
        return names(tf);
    };
    QCOMPARE(byText(QStringLiteral("ada")), QStringList{all[5]});
    QCOMPARE(byText(QStringLiteral("LOVELACE")), QStringList{all[5]});
    QCOMPARE(byText(QStringLiteral("navy.MIL")), QStringList{all[4]});
    QCOMPARE(byText(c[3].bookingId.toLower()), QStringList{all[2]});
    QCOMPARE(byText(QStringLiteral("codebreak")), QStringList{all[3]});
    QCOMPARE(byText(QStringLiteral("100%")), QStringList{all[4]}); // not "1000 Growth"
    QCOMPARE(byText(QStringLiteral("%")), QStringList{all[4]});
    QCOMPARE(byText(QStringLiteral("under_score")), QStringList{all[3]}); // not "underXscore"
    QCOMPARE(byText(QStringLiteral("_")), QStringList{all[3]});
    QCOMPARE(byText(QStringLiteral("a\\b")), QStringList{});
    QCOMPARE(byText(QStringLiteral("growth")), (QStringList{all[2], all[4]}));
    f = {};
    f.text = QStringLiteral("under");
    f.status = ConsultationStatus::Pending;
    QCOMPARE(names(f), QStringList{all[1]});

    f = {};
    f.limit = 2;
    for (int offset = 0; offset <= 6; offset += 2) {
        f.offset = offset;
        REQUIRE_OK(page, repo.findAll(f));
        QCOMPARE(page.total, 6);
        QCOMPARE(page.limit, 2);
        QCOMPARE(page.offset, offset);
        QCOMPARE(namesOf(page), all.mid(offset, 2));
    }
    f = {};
    f.status = ConsultationStatus::Pending;
    f.limit = 1;
    f.offset = 1;
    REQUIRE_OK(pendingPage, repo.findAll(f));
    QCOMPARE(pendingPage.total, 3);
    QCOMPARE(namesOf(pendingPage), QStringList{all[1]});
    f = {};
    f.limit = 0;
    f.offset = -5;
    REQUIRE_OK(clampedLow, repo.findAll(f));
    QCOMPARE(clampedLow.limit, 1);
    QCOMPARE(clampedLow.offset, 0);
    QCOMPARE(namesOf(clampedLow), QStringList{all[0]});
    f.limit = 5000;
    REQUIRE_OK(clampedHigh, repo.findAll(f));
    QCOMPARE(clampedHigh.limit, 1000);
    QCOMPARE(clampedHigh.items.size(), 6);
}

void TestConsultationRepository::validTransitions()
{
    auto &t = database();
    ClockGuard guard(kT0);
    const User director = t.addUser(QStringLiteral("dir@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(director));
    Consultation input = sample(QStringLiteral("Ada"), QStringLiteral("ada@example.com"));
    input.notes = QStringLiteral("first contact by phone");
    REQUIRE_OK(a, repo.create(input));

    const QDateTime when1 = kT0.addDays(7), when2 = kT0.addDays(9).addSecs(1800);
    guard.clock.advanceSecs(60);
    REQUIRE_OK(scheduled, repo.schedule(a.id, when1));
    QCOMPARE(scheduled.status, ConsultationStatus::Scheduled);
    QCOMPARE(scheduled.scheduledDate, when1);
    QCOMPARE(scheduled.version, 2);
    QCOMPARE(scheduled.updatedAt, kT0.addSecs(60));
    guard.clock.advanceSecs(60);
    REQUIRE_OK(rescheduled, repo.reschedule(a.id, when2));
    QCOMPARE(rescheduled.scheduledDate, when2);
    QCOMPARE(rescheduled.version, 3);
    guard.clock.advanceSecs(60);
    REQUIRE_OK(completed, repo.complete(a.id, QStringLiteral("  went well ")));
    QCOMPARE(completed.status, ConsultationStatus::Completed);
    QCOMPARE(completed.notes, QStringLiteral("went well"));
    QCOMPARE(completed.version, 4);
    QCOMPARE(completed.updatedAt, kT0.addSecs(180));
    QCOMPARE(repo.findById(a.id)->toJson(), completed.toJson());
    QCOMPARE(historyOf(t.db(), a.id),
             (QStringList{QStringLiteral("->PENDING"), QStringLiteral("PENDING>SCHEDULED"),
                          QStringLiteral("SCHEDULED>SCHEDULED:moved from 2031-03-11T09:30:00Z"),
                          QStringLiteral("SCHEDULED>COMPLETED:went well")}));

    // Completing without notes keeps the earlier ones.
    REQUIRE_OK(b, repo.create(input));
    QVERIFY(repo.schedule(b.id, when1).ok());
    guard.clock.advanceSecs(60);
    REQUIRE_OK(bDone, repo.complete(b.id));
    QCOMPARE(bDone.notes, input.notes);
    QCOMPARE(historyOf(t.db(), b.id).last(), QStringLiteral("SCHEDULED>COMPLETED"));

    REQUIRE_OK(c, repo.create(input));
    REQUIRE_OK(cCancelled, repo.cancel(c.id, QStringLiteral(" no budget this year ")));
    QCOMPARE(cCancelled.status, ConsultationStatus::Cancelled);
    QCOMPARE(cCancelled.cancellationReason, QStringLiteral("no budget this year"));
    QCOMPARE(cCancelled.version, 2);
    QCOMPARE(repo.findById(c.id)->cancellationReason, QStringLiteral("no budget this year"));
    QCOMPARE(historyOf(t.db(), c.id).last(), QStringLiteral("PENDING>CANCELLED:no budget this year"));

    REQUIRE_OK(d, repo.create(input));
    QVERIFY(repo.schedule(d.id, when1).ok());
    guard.clock.advanceSecs(60);
    REQUIRE_OK(dCancelled, repo.cancel(d.id, QStringLiteral("illness")));
    QCOMPARE(dCancelled.status, ConsultationStatus::Cancelled);
    QCOMPARE(dCancelled.version, 3);
    QCOMPARE(historyOf(t.db(), d.id).last(), QStringLiteral("SCHEDULED>CANCELLED:illness"));
    QCOMPARE(t.rowCount(QStringLiteral("consultation_history")), 4 + 3 + 2 + 3);
}

void TestConsultationRepository::refusedTransitionsChangeNothing()
{
    auto &t = database();
    ClockGuard guard(kT0);
    const User director = t.addUser(QStringLiteral("dir@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(director));
    const Consultation input = sample(QStringLiteral("Ada"), QStringLiteral("ada@example.com"));
    REQUIRE_OK(pending, repo.create(input));
    REQUIRE_OK(completed, repo.create(input));
    QVERIFY(repo.schedule(completed.id, kT0.addDays(1)).ok());
    QVERIFY(repo.complete(completed.id).ok());
    REQUIRE_OK(cancelled, repo.create(input));
    QVERIFY(repo.cancel(cancelled.id, QStringLiteral("changed plans")).ok());
    guard.clock.advanceSecs(3600);

    enum Op { Schedule, Complete, Cancel };
    const struct
    {
        QString id;
        Op op;
        const char *message;
    } cases[] = {
        {pending.id, Complete, "the consultation is \"Pending\" and cannot be completed"},
        {completed.id, Schedule, "the consultation is \"Completed\" and cannot be scheduled"},
        {completed.id, Complete, "the consultation is \"Completed\" and cannot be completed"},
        {completed.id, Cancel, "the consultation is \"Completed\" and cannot be cancelled"},
        {cancelled.id, Schedule, "the consultation is \"Cancelled\" and cannot be scheduled"},
        {cancelled.id, Complete, "the consultation is \"Cancelled\" and cannot be completed"},
        {cancelled.id, Cancel, "the consultation is \"Cancelled\" and cannot be cancelled"},
    };
    const int historyRows = t.rowCount(QStringLiteral("consultation_history"));
    for (const auto &c : cases) {
        REQUIRE_OK(before, repo.findById(c.id));
        const auto result = c.op == Schedule ? repo.schedule(c.id, kT0.addDays(5))
            : c.op == Complete               ? repo.complete(c.id, QStringLiteral("notes"))
                                             : repo.cancel(c.id, QStringLiteral("reason"));
        QVERIFY2(!result.ok(), c.message);
        QCOMPARE(result.error().kind, Error::Kind::Validation);
        QCOMPARE(result.error().field, QStringLiteral("status"));
        QCOMPARE(result.error().message, QString::fromLatin1(c.message));
        QCOMPARE(repo.findById(c.id)->toJson(), before.toJson()); // version and updated_at too
    }
    QCOMPARE(t.rowCount(QStringLiteral("consultation_history")), historyRows);
}

void TestConsultationRepository::badTransitionInputChangesNothing()
{
    auto &t = database();
    ClockGuard guard(kT0);
    const User director = t.addUser(QStringLiteral("dir@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(director));
    REQUIRE_OK(a, repo.create(sample(QStringLiteral("Ada"), QStringLiteral("ada@example.com"))));
    REQUIRE_OK(scheduled, repo.schedule(a.id, kT0.addDays(2)));

    for (const QString &reason : {QString(), QStringLiteral("   "), QString(1001, QLatin1Char('x'))}) {
        const auto r = repo.cancel(a.id, reason);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QCOMPARE(r.error().field, QStringLiteral("reason"));
    }
    const auto badDate = repo.schedule(a.id, QDateTime());
    QCOMPARE(badDate.error().kind, Error::Kind::Validation);
    QCOMPARE(badDate.error().field, QStringLiteral("scheduledDate"));
    const auto longNotes = repo.complete(a.id, QString(5001, QLatin1Char('n')));
    QCOMPARE(longNotes.error().kind, Error::Kind::Validation);
    QCOMPARE(longNotes.error().field, QStringLiteral("notes"));
    for (const auto &r : {repo.schedule(QStringLiteral("nope"), kT0), repo.complete(QStringLiteral("nope")),
                          repo.cancel(QStringLiteral("nope"), QStringLiteral("why"))})
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
    QCOMPARE(repo.findById(a.id)->toJson(), scheduled.toJson());
    QCOMPARE(historyOf(t.db(), a.id).size(), 2);
}

void TestConsultationRepository::invalidConsultationWritesNothing()
{
    auto &t = database();
    const User director = t.addUser(QStringLiteral("dir@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(director));
    const QString email = QStringLiteral("ok@example.com");
    Consultation longChallenges = sample(QStringLiteral("Ada"), email);
    longChallenges.challenges = QString(5001, QLatin1Char('c'));
    const QList<QPair<Consultation, QString>> cases{
        {sample(QStringLiteral("Ada"), QStringLiteral("not-an-email")), QStringLiteral("email")},
        {sample(QStringLiteral("Ada"), QStringLiteral("a@b@example.com")), QStringLiteral("email")},
        {sample(QStringLiteral("   "), email), QStringLiteral("name")},
        {sample(QString(201, QLatin1Char('n')), email), QStringLiteral("name")},
        {sample(QStringLiteral("Ada"), email, QString(201, QLatin1Char('c'))), QStringLiteral("company")},
        {longChallenges, QStringLiteral("challenges")},
    };
    for (const auto &c : cases) {
        const auto r = repo.create(c.first);
        QVERIFY2(!r.ok(), qPrintable(c.second));
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QCOMPARE(r.error().field, c.second);
    }
    QCOMPARE(t.rowCount(QStringLiteral("consultation")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("consultation_history")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("app_counter")), 0);
}

void TestConsultationRepository::updateSavesTheDetailsOnly()
{
    auto &t = database();
    const User director = t.addUser(QStringLiteral("dir@example.com"), UserRole::Director);
    const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(director));
    REQUIRE_OK(created, repo.create(sample(QStringLiteral("Ada"), QStringLiteral("ada@example.com"))));
    const QDateTime when(QDate(2031, 3, 10), QTime(10, 0), Qt::UTC);
    REQUIRE_OK(scheduled, repo.schedule(created.id, when));

    Consultation edited = scheduled;
    edited.name = QStringLiteral("  Ada King ");
    edited.company = QStringLiteral("Engines");
    edited.status = ConsultationStatus::Completed; // not a detail: ignored
    edited.notes = QStringLiteral("not a detail either");
    REQUIRE_OK(saved, repo.update(edited));
    QCOMPARE(saved.version, scheduled.version + 1);
    REQUIRE_OK(stored, repo.findById(created.id));
    QCOMPARE(stored.name, QStringLiteral("Ada King"));
    QCOMPARE(stored.company, QStringLiteral("Engines"));
    QCOMPARE(stored.status, ConsultationStatus::Scheduled);
    QCOMPARE(stored.scheduledDate, when);
    QVERIFY(stored.notes.isEmpty());
    QCOMPARE(stored.version, saved.version);
    QCOMPARE(historyOf(t.db(), created.id).size(), 2); // created, scheduled: a detail is not a status change

    // A stale version, invalid input or another user's request: nothing written.
    edited.name = QStringLiteral("Stale");
    QCOMPARE(repo.update(edited).error().kind, Error::Kind::Conflict);
    Consultation invalid = stored;
    invalid.email = QStringLiteral("not-an-email");
    const auto refused = repo.update(invalid);
    QCOMPARE(refused.error().kind, Error::Kind::Validation);
    QCOMPARE(refused.error().field, QStringLiteral("email"));
    QCOMPARE(ConsultationRepository(t.db(), UserContext::of(other)).update(stored).error().kind, Error::Kind::NotFound);
    REQUIRE_OK(after, repo.findById(created.id));
    QCOMPARE(after.name, QStringLiteral("Ada King"));
    QCOMPARE(after.email, QStringLiteral("ada@example.com"));
    QCOMPARE(after.version, saved.version);
}

void TestConsultationRepository::scoping()
{
    auto &t = database();
    const User userA = t.addUser(QStringLiteral("a@example.com"), UserRole::User);
    const User userB = t.addUser(QStringLiteral("b@example.com"), UserRole::User);
    ConsultationRepository repoA(t.db(), UserContext::of(userA));
    ConsultationRepository repoB(t.db(), UserContext::of(userB));
    ConsultationRepository admin(t.db(), {QString(), UserRole::Admin});

    REQUIRE_OK(ofA, repoA.create(sample(QStringLiteral("Client of A"), QStringLiteral("ca@example.com"))));
    Consultation sneaky = sample(QStringLiteral("Client of B"), QStringLiteral("cb@example.com"));
    sneaky.userId = userA.id;
    REQUIRE_OK(ofB, repoB.create(sneaky));
    QCOMPARE(ofB.userId, userB.id);

    QCOMPARE(repoB.findById(ofA.id).error().kind, Error::Kind::NotFound);
    QCOMPARE(repoB.findByBookingId(ofA.bookingId).error().kind, Error::Kind::NotFound);
    QCOMPARE(repoB.schedule(ofA.id, QDateTime::currentDateTimeUtc()).error().kind, Error::Kind::NotFound);
    QCOMPARE(repoB.cancel(ofA.id, QStringLiteral("mine now")).error().kind, Error::Kind::NotFound);
    QCOMPARE(repoB.complete(ofA.id).error().kind, Error::Kind::NotFound);
    REQUIRE_OK(listB, repoB.findAll());
    QCOMPARE(listB.total, 1);
    QCOMPARE(namesOf(listB), QStringList{QStringLiteral("Client of B")});
    ConsultationFilter byText;
    byText.text = QStringLiteral("Client");
    QCOMPARE(repoB.findAll(byText)->total, 1);
    QCOMPARE(repoB.getStats()->total, 1);
    REQUIRE_OK(untouched, repoA.findById(ofA.id));
    QCOMPARE(untouched.version, 1);
    QCOMPARE(untouched.status, ConsultationStatus::Pending);

    REQUIRE_OK(seenByAdmin, admin.findById(ofA.id));
    QCOMPARE(seenByAdmin.userId, userA.id);
    QVERIFY(admin.findByBookingId(ofB.bookingId).ok());
    QCOMPARE(admin.findAll()->total, 2);
    QCOMPARE(admin.getStats()->total, 2);
    REQUIRE_OK(scheduledByAdmin, admin.schedule(ofA.id, QDateTime::currentDateTimeUtc().addDays(1)));
    QCOMPARE(scheduledByAdmin.userId, userA.id);
    QCOMPARE(repoA.findById(ofA.id)->status, ConsultationStatus::Scheduled);
}

void TestConsultationRepository::stats()
{
    auto &t = database();
    ClockGuard guard(kT0);
    const User user = t.addUser(QStringLiteral("u@example.com"), UserRole::Director);
    const User other = t.addUser(QStringLiteral("o@example.com"), UserRole::Director);
    const User idle = t.addUser(QStringLiteral("idle@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(user));
    ConsultationRepository otherRepo(t.db(), UserContext::of(other));
    ConsultationRepository admin(t.db(), {QString(), UserRole::Admin});
    const Consultation input = sample(QStringLiteral("Client"), QStringLiteral("client@example.com"));

    REQUIRE_OK(empty, ConsultationRepository(t.db(), UserContext::of(idle)).getStats());
    QCOMPARE(empty.total, 0);
    QCOMPARE(empty.completionRate, 0.0);
    QCOMPARE(empty.noShowRate, 0.0);
    QCOMPARE(empty.averageDaysToConsultation, 0.0);

    REQUIRE_OK(p1, repo.create(input)); // pending
    REQUIRE_OK(s1, repo.create(input)); // scheduled in 2.5 days
    QVERIFY(repo.schedule(s1.id, kT0.addSecs(60 * 3600)).ok());
    REQUIRE_OK(c1, repo.create(input)); // completed after 6 days
    QVERIFY(repo.schedule(c1.id, kT0.addDays(6)).ok());
    QVERIFY(repo.complete(c1.id).ok());
    REQUIRE_OK(x1, repo.create(input)); // cancelled while pending
    QVERIFY(repo.cancel(x1.id, QStringLiteral("no budget")).ok());
    REQUIRE_OK(x2, repo.create(input)); // cancelled after scheduling: not averaged
    QVERIFY(repo.schedule(x2.id, kT0.addDays(30)).ok());
    QVERIFY(repo.cancel(x2.id, QStringLiteral("moved away")).ok());
    guard.clock.advanceSecs(24 * 3600);
    REQUIRE_OK(s2, repo.create(input)); // created a day later, scheduled in 4 days
    QVERIFY(repo.schedule(s2.id, kT0.addDays(5)).ok());
    REQUIRE_OK(o1, otherRepo.create(input)); // another user's, 1 day, completed
    QVERIFY(otherRepo.schedule(o1.id, kT0.addDays(2)).ok());
    QVERIFY(otherRepo.complete(o1.id).ok());
    REQUIRE_OK(n1, repo.create(input)); // a no-show: cancelled, not averaged
    QVERIFY(repo.schedule(n1.id, kT0.addSecs(3600)).ok()); // the clock is a day later: it has passed
    QVERIFY(repo.markNoShow(n1.id).ok());
    Q_UNUSED(p1);

    REQUIRE_OK(mine, repo.getStats());
    QCOMPARE(mine.total, 7);
    QCOMPARE(mine.pending, 1);
    QCOMPARE(mine.scheduled, 2);
    QCOMPARE(mine.completed, 1);
    QCOMPARE(mine.cancelled, 3);
    QCOMPARE(mine.noShows, 1);
    // 1 completed of 4 closed; 1 no-show of the 2 meetings that came due (1 held + 1 missed).
    QVERIFY2(std::abs(mine.completionRate - 1.0 / 4) < 1e-9, qPrintable(QString::number(mine.completionRate)));
    QVERIFY2(std::abs(mine.noShowRate - 1.0 / 2) < 1e-9, qPrintable(QString::number(mine.noShowRate)));
    QVERIFY2(std::abs(mine.averageDaysToConsultation - (2.5 + 6 + 4) / 3) < 1e-9,
             qPrintable(QString::number(mine.averageDaysToConsultation)));

    REQUIRE_OK(all, admin.getStats());
    QCOMPARE(all.total, 8);
    QCOMPARE(all.completed, 2);
    QCOMPARE(all.noShows, 1);
    QVERIFY(std::abs(all.completionRate - 2.0 / 5) < 1e-9);
    QVERIFY(std::abs(all.noShowRate - 1.0 / 3) < 1e-9);
    QVERIFY2(std::abs(all.averageDaysToConsultation - (2.5 + 6 + 4 + 1) / 4) < 1e-9,
             qPrintable(QString::number(all.averageDaysToConsultation)));
}

void TestConsultationRepository::concurrentCreatesGetDistinctBookingIds()
{
    auto &t = database();
    const User director = t.addUser(QStringLiteral("dir@example.com"), UserRole::Director);
    const UserContext ctx = UserContext::of(director);
    constexpr int kPerThread = 50;
    QSemaphore ready, start;
    QStringList workerIds;
    QString workerError;
    const DatabaseUrl url = t.url();
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto db = Database::open(url, QStringLiteral("conc-1"));
        ready.release();
        start.acquire();
        if (!db) {
            workerError = db.error().text();
            return;
        }
        ConsultationRepository repo(**db, ctx);
        for (int i = 0; i < kPerThread && workerError.isEmpty(); ++i) {
            const auto c = repo.create(sample(QStringLiteral("Worker %1").arg(i), QStringLiteral("w@example.com")));
            if (c)
                workerIds << c->bookingId;
            else
                workerError = c.error().text();
        }
    }));
    worker->start();
    ready.acquire();
    start.release(); // both start together, so both race for the very first counter row

    ConsultationRepository repo(t.db(), ctx);
    QStringList mainIds;
    QString mainError;
    for (int i = 0; i < kPerThread && mainError.isEmpty(); ++i) {
        const auto c = repo.create(sample(QStringLiteral("Main %1").arg(i), QStringLiteral("m@example.com")));
        if (c)
            mainIds << c->bookingId;
        else
            mainError = c.error().text();
    }
    QVERIFY(worker->wait(120000));
    QVERIFY2(mainError.isEmpty(), qPrintable(mainError));
    QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
    QCOMPARE(mainIds.size(), kPerThread);
    QCOMPARE(workerIds.size(), kPerThread);

    QSet<int> numbers;
    for (const QStringList *ids : {&mainIds, &workerIds}) {
        for (int i = 0; i < ids->size(); ++i) {
            QVERIFY2(kBookingPattern.match(ids->at(i)).hasMatch(), qPrintable(ids->at(i)));
            if (i > 0)
                QVERIFY2(ids->at(i) > ids->at(i - 1), qPrintable(ids->at(i)));
            numbers.insert(ids->at(i).right(6).toInt());
        }
    }
    QCOMPARE(numbers.size(), 2 * kPerThread);
    QCOMPARE(*std::min_element(numbers.begin(), numbers.end()), 1);
    QCOMPARE(*std::max_element(numbers.begin(), numbers.end()), 2 * kPerThread);
    QCOMPARE(counterValue(t.db()), 2 * kPerThread);
    QCOMPARE(t.rowCount(QStringLiteral("consultation")), 2 * kPerThread);
    QCOMPARE(t.rowCount(QStringLiteral("consultation_history")), 2 * kPerThread);
}

QTEST_GUILESS_MAIN(TestConsultationRepository)
#include "tst_consultationrepository.moc"
