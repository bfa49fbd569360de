#include "Checks.h"
#include "ClockGuard.h"
#include "DatabaseTestCase.h"

#include "domain/Clock.h"
#include "db/Query.h"
#include "repositories/UserRepository.h"

#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

const QDateTime kT0(QDate(2026, 3, 1), QTime(9, 30, 0, 123), Qt::UTC);

// Sets an environment variable for the test and puts the old value back afterwards.
class EnvScope
{
public:
    EnvScope(const char *name, const QByteArray &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvScope()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

User makeUser(const QString &email, const QString &name, UserRole role = UserRole::Director)
{
    User u;
    u.email = email;
    u.name = name;
    u.role = role;
    return u;
}

UserContext adminContext()
{
    return {QString(), UserRole::Admin};
}

} // namespace

class TestUserRepository : public DatabaseTestCase
{
    Q_OBJECT

private:
    // The row as stored, read by id without any scoping.
    static User stored(TestDatabase &t, const QString &id)
    {
        UserRepository admin(t.db(), adminContext());
        const auto found = admin.findById(id);
        if (!found)
            qFatal("stored(%s): %s", qPrintable(id), qPrintable(found.error().text()));
        return *found;
    }
    static QStringList names(const QList<User> &users)
    {
        QStringList result;
        for (const User &u : users)
            result << u.name;
        return result;
    }

private Q_SLOTS:
    void createNormalisesAndRoundTrips();
    void createKeepsEmptyOptionalFieldsEmpty();
    void duplicateEmailOnCreateRefused();
    void duplicateEmailOnUpdateRefused();
    void invalidInputWritesNothing();
    void firstUserMayBeCreatedByAnyone();
    void createByNonAdminForbidden();
    void findByIdScoping();
    void listScopingAndOrder();
    void updateOwnProfile();
    void updateStaleVersionConflicts();
    void updateValidation();
    void userCannotChangeRoleOrActive();
    void adminChangesRoleAndActive();
    void count();
    void findByEmail();
    void ensureLocalProfileOnEmptyDatabase();
    void ensureLocalProfileSanitisesAccountName();
    void ensureLocalProfileWithUsersButNoProfile();
    void setAndReadLocalProfile();
};

void TestUserRepository::createNormalisesAndRoundTrips()
{
    auto &t = database();
    ClockGuard time(kT0);
    UserRepository repo(t.db(), adminContext());
    User input = makeUser(QStringLiteral("  Jane.Doe@Example.COM "), QStringLiteral("  Jane Doé  "), UserRole::Manager);
    input.company = QStringLiteral("  Acme & Söhne ");
    input.department = QStringLiteral(" Operations ");
    input.isActive = false;
    input.onboardingCompleted = true;
    input.version = 7; // ignored: a new row starts at 1
    const auto created = repo.create(input);
    CHECK_OK(created);
    QVERIFY(!created->id.isEmpty());
    QCOMPARE(created->email, QStringLiteral("jane.doe@example.com"));
    QCOMPARE(created->name, QStringLiteral("Jane Doé"));
    QCOMPARE(created->company, QStringLiteral("Acme & Söhne"));
    QCOMPARE(created->department, QStringLiteral("Operations"));
    QCOMPARE(created->role, UserRole::Manager);
    QCOMPARE(created->isActive, false);
    QCOMPARE(created->onboardingCompleted, true);
    QCOMPARE(created->createdAt, kT0);
    QCOMPARE(created->updatedAt, kT0);
    QCOMPARE(created->version, 1);
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 1);

    const auto found = repo.findById(created->id);
    CHECK_OK(found);
    QCOMPARE(found->id, created->id);
    QCOMPARE(found->email, QStringLiteral("jane.doe@example.com"));
    QCOMPARE(found->name, QStringLiteral("Jane Doé"));
    QCOMPARE(found->company, QStringLiteral("Acme & Söhne"));
    QCOMPARE(found->department, QStringLiteral("Operations"));
    QCOMPARE(found->role, UserRole::Manager);
    QCOMPARE(found->isActive, false);
    QCOMPARE(found->onboardingCompleted, true);
    QCOMPARE(found->createdAt, kT0);
    QCOMPARE(found->createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(found->createdAt.time().msec(), 123);
    QCOMPARE(found->updatedAt, kT0);
    QCOMPARE(found->version, 1);

    // Every role survives the round trip.
    for (UserRole role : {UserRole::Admin, UserRole::Director, UserRole::User}) {
        const QString email = toString(role).toLower() + QStringLiteral("@example.com");
        const auto other = repo.create(makeUser(email, toString(role), role));
        CHECK_OK(other);
        QCOMPARE(stored(t, other->id).role, role);
        QCOMPARE(stored(t, other->id).isActive, true);
        QCOMPARE(stored(t, other->id).onboardingCompleted, false);
    }
}

void TestUserRepository::createKeepsEmptyOptionalFieldsEmpty()
{
    auto &t = database();
    UserRepository repo(t.db(), adminContext());
    User input = makeUser(QStringLiteral("a@example.com"), QStringLiteral("A"));
    input.company = QStringLiteral("   ");
    const auto created = repo.create(input);
    CHECK_OK(created);
    const User found = stored(t, created->id);
    QVERIFY(found.company.isEmpty());
    QVERIFY(found.department.isEmpty());
    // Stored as NULL, not as an empty string.
    Query q(t.db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM app_user WHERE company IS NULL AND department IS NULL")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestUserRepository::duplicateEmailOnCreateRefused()
{
    auto &t = database();
    UserRepository repo(t.db(), adminContext());
    const auto first = repo.create(makeUser(QStringLiteral("jane@example.com"), QStringLiteral("Jane")));
    CHECK_OK(first);

    for (const char *email : {"jane@example.com", "JANE@Example.com", "  Jane@EXAMPLE.COM  "}) {
        const auto dup = repo.create(makeUser(QString::fromLatin1(email), QStringLiteral("Other Jane")));
        QVERIFY2(!dup.ok(), email);
    }
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 1);
    QCOMPARE(stored(t, first->id).name, QStringLiteral("Jane"));

    // Refused by the check before the INSERT, as a Validation error naming the address.
    const auto dup = repo.create(makeUser(QStringLiteral("Jane@Example.com"), QStringLiteral("Other Jane")));
    QCOMPARE(dup.error().kind, Error::Kind::Validation);
    QCOMPARE(dup.error().field, QStringLiteral("email"));
    QVERIFY2(dup.error().message.contains(QLatin1String("jane@example.com")), qPrintable(dup.error().message));
}

void TestUserRepository::duplicateEmailOnUpdateRefused()
{
    auto &t = database();
    UserRepository repo(t.db(), adminContext());
    const auto jane = repo.create(makeUser(QStringLiteral("jane@example.com"), QStringLiteral("Jane")));
    CHECK_OK(jane);
    const auto bob = repo.create(makeUser(QStringLiteral("bob@example.com"), QStringLiteral("Bob")));
    CHECK_OK(bob);

    // Changing a user's email to a taken one (any case) is refused, naming the field.
    for (const char *email : {"jane@example.com", "Jane@Example.com", " JANE@EXAMPLE.COM "}) {
        User edit = *bob;
        edit.email = QString::fromLatin1(email);
        const auto updated = repo.update(edit);
        QVERIFY2(!updated.ok(), email);
        QCOMPARE(updated.error().kind, Error::Kind::Validation);
        QCOMPARE(updated.error().field, QStringLiteral("email"));
        QVERIFY2(updated.error().message.contains(QLatin1String("jane@example.com")), qPrintable(updated.error().message));
    }
    const User bobAfter = stored(t, bob->id);
    QCOMPARE(bobAfter.email, QStringLiteral("bob@example.com"));
    QCOMPARE(bobAfter.version, 1);
    QCOMPARE(stored(t, jane->id).email, QStringLiteral("jane@example.com"));
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 2);
}

void TestUserRepository::invalidInputWritesNothing()
{
    auto &t = database();
    UserRepository repo(t.db(), adminContext());

    const auto badEmail = repo.create(makeUser(QStringLiteral("not-an-email"), QStringLiteral("Jane")));
    QCOMPARE(badEmail.error().kind, Error::Kind::Validation);
    QCOMPARE(badEmail.error().field, QStringLiteral("email"));
    QVERIFY2(badEmail.error().message.contains(QLatin1String("not-an-email")), qPrintable(badEmail.error().message));

    const auto noEmail = repo.create(makeUser(QStringLiteral("   "), QStringLiteral("Jane")));
    QCOMPARE(noEmail.error().kind, Error::Kind::Validation);
    QCOMPARE(noEmail.error().field, QStringLiteral("email"));

    const auto emptyName = repo.create(makeUser(QStringLiteral("jane@example.com"), QStringLiteral("   ")));
    QCOMPARE(emptyName.error().kind, Error::Kind::Validation);
    QCOMPARE(emptyName.error().field, QStringLiteral("name"));

    const auto longName = repo.create(makeUser(QStringLiteral("jane@example.com"), QString(201, QLatin1Char('n'))));
    QCOMPARE(longName.error().kind, Error::Kind::Validation);
    QCOMPARE(longName.error().field, QStringLiteral("name"));
    QVERIFY2(longName.error().message.contains(QLatin1String("200")), qPrintable(longName.error().message));

    User longCompany = makeUser(QStringLiteral("jane@example.com"), QStringLiteral("Jane"));
    longCompany.company = QString(201, QLatin1Char('c'));
    QCOMPARE(repo.create(longCompany).error().field, QStringLiteral("company"));

    User longDepartment = makeUser(QStringLiteral("jane@example.com"), QStringLiteral("Jane"));
    longDepartment.department = QString(201, QLatin1Char('d'));
    QCOMPARE(repo.create(longDepartment).error().field, QStringLiteral("department"));

    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 0);

    // The connection is still usable afterwards (no transaction left open or aborted).
    const auto ok = repo.create(makeUser(QStringLiteral("jane@example.com"), QStringLiteral("Jane")));
    CHECK_OK(ok);
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 1);
}

void TestUserRepository::firstUserMayBeCreatedByAnyone()
{
    auto &t = database();
    // Onboarding: there is no user yet, so there is no administrator either.
    UserRepository repo(t.db(), {QStringLiteral("nobody-yet"), UserRole::User});
    const auto first = repo.create(makeUser(QStringLiteral("first@example.com"), QStringLiteral("First")));
    CHECK_OK(first);
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 1);
}

void TestUserRepository::createByNonAdminForbidden()
{
    auto &t = database();
    const User director = t.addUser(QStringLiteral("director@example.com"), UserRole::Director);
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    const User manager = t.addUser(QStringLiteral("manager@example.com"), UserRole::Manager);

    for (const User &who : {director, user, manager}) {
        UserRepository repo(t.db(), UserContext::of(who));
        const auto created = repo.create(makeUser(QStringLiteral("new@example.com"), QStringLiteral("New")));
        QVERIFY2(!created.ok(), qPrintable(who.email));
        QCOMPARE(created.error().kind, Error::Kind::Forbidden);
        QCOMPARE(t.rowCount(QStringLiteral("app_user")), 3);
    }

    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    UserRepository asAdmin(t.db(), UserContext::of(admin));
    const auto created = asAdmin.create(makeUser(QStringLiteral("new@example.com"), QStringLiteral("New")));
    CHECK_OK(created);
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 5);
}

void TestUserRepository::findByIdScoping()
{
    auto &t = database();
    const User alice = t.addUser(QStringLiteral("alice@example.com"), UserRole::User);
    const User bob = t.addUser(QStringLiteral("bob@example.com"), UserRole::Director);
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);

    UserRepository asAlice(t.db(), UserContext::of(alice));
    const auto self = asAlice.findById(alice.id);
    CHECK_OK(self);
    QCOMPARE(self->email, QStringLiteral("alice@example.com"));
    for (const QString &other : {bob.id, admin.id}) {
        const auto hidden = asAlice.findById(other);
        QVERIFY(!hidden.ok());
        QCOMPARE(hidden.error().kind, Error::Kind::NotFound);
        QVERIFY2(hidden.error().message.contains(other), qPrintable(hidden.error().message));
    }

    // A DIRECTOR is not an administrator either.
    UserRepository asBob(t.db(), UserContext::of(bob));
    QCOMPARE(asBob.findById(alice.id).error().kind, Error::Kind::NotFound);
    QVERIFY(asBob.findById(bob.id).ok());

    UserRepository asAdmin(t.db(), UserContext::of(admin));
    for (const User &u : {alice, bob, admin}) {
        const auto found = asAdmin.findById(u.id);
        CHECK_OK(found);
        QCOMPARE(found->email, u.email);
        QCOMPARE(found->role, u.role);
    }
    const auto missing = asAdmin.findById(QStringLiteral("no-such-id"));
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QVERIFY(missing.error().message.contains(QLatin1String("no-such-id")));
}

void TestUserRepository::listScopingAndOrder()
{
    auto &t = database();
    UserRepository setup(t.db(), adminContext());
    QStringList ids;
    for (const auto &[email, name] :
         {std::pair{"charlie@example.com", "Charlie"}, std::pair{"zed@example.com", "Dana"},
          std::pair{"alice@example.com", "Alice"}, std::pair{"dana@example.com", "Dana"}, std::pair{"bob@example.com", "Bob"}}) {
        const auto created = setup.create(makeUser(QString::fromLatin1(email), QString::fromLatin1(name), UserRole::User));
        CHECK_OK(created);
        ids << created->id;
    }
    const auto adminUser = setup.create(makeUser(QStringLiteral("root@example.com"), QStringLiteral("Root"), UserRole::Admin));
    QVERIFY(adminUser.ok());

    UserRepository asAdmin(t.db(), UserContext::of(*adminUser));
    const auto all = asAdmin.list();
    CHECK_OK(all);
    QCOMPARE(names(*all),
             (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Charlie"), QStringLiteral("Dana"),
                          QStringLiteral("Dana"), QStringLiteral("Root")}));
    // Equal names are ordered by email.
    QCOMPARE(all->at(3).email, QStringLiteral("dana@example.com"));
    QCOMPARE(all->at(4).email, QStringLiteral("zed@example.com"));

    UserRepository asCharlie(t.db(), {ids.at(0), UserRole::User});
    const auto own = asCharlie.list();
    CHECK_OK(own);
    QCOMPARE(own->size(), 1);
    QCOMPARE(own->first().id, ids.at(0));
    QCOMPARE(own->first().email, QStringLiteral("charlie@example.com"));

    // A user id that matches no row sees nothing.
    UserRepository asStranger(t.db(), {QStringLiteral("stranger"), UserRole::Director});
    const auto none = asStranger.list();
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void TestUserRepository::updateOwnProfile()
{
    auto &t = database();
    ClockGuard time(kT0);
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::User);
    t.addUser(QStringLiteral("other@example.com"), UserRole::User);
    time.clock.advanceSecs(3600);

    UserRepository repo(t.db(), UserContext::of(me));
    User edit = me;
    edit.name = QStringLiteral("  Me Myself ");
    edit.email = QStringLiteral(" ME.Myself@Example.com ");
    edit.company = QStringLiteral(" Acme ");
    edit.department = QStringLiteral("Ops");
    edit.onboardingCompleted = true;
    const auto updated = repo.update(edit);
    CHECK_OK(updated);
    QCOMPARE(updated->version, 2);
    QCOMPARE(updated->name, QStringLiteral("Me Myself"));
    QCOMPARE(updated->email, QStringLiteral("me.myself@example.com"));
    QCOMPARE(updated->createdAt, kT0);
    QCOMPARE(updated->updatedAt, kT0.addSecs(3600));

    const User after = stored(t, me.id);
    QCOMPARE(after.name, QStringLiteral("Me Myself"));
    QCOMPARE(after.email, QStringLiteral("me.myself@example.com"));
    QCOMPARE(after.company, QStringLiteral("Acme"));
    QCOMPARE(after.department, QStringLiteral("Ops"));
    QCOMPARE(after.onboardingCompleted, true);
    QCOMPARE(after.role, UserRole::User);
    QCOMPARE(after.isActive, true);
    QCOMPARE(after.version, 2);
    QCOMPARE(after.createdAt, kT0);
    QCOMPARE(after.updatedAt, kT0.addSecs(3600));

    // Saving the same email in another case is not a clash with oneself.
    User again = *updated;
    again.email = QStringLiteral("Me.Myself@EXAMPLE.com");
    const auto second = repo.update(again);
    CHECK_OK(second);
    QCOMPARE(second->version, 3);
    QCOMPARE(stored(t, me.id).version, 3);

    // Clearing an optional field stores it empty.
    User cleared = *second;
    cleared.company.clear();
    QVERIFY(repo.update(cleared).ok());
    QVERIFY(stored(t, me.id).company.isEmpty());
}

void TestUserRepository::updateStaleVersionConflicts()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    UserRepository repo(t.db(), UserContext::of(me));

    User first = me;
    first.name = QStringLiteral("First save");
    const auto saved = repo.update(first);
    CHECK_OK(saved);
    QCOMPARE(saved->version, 2);

    User stale = me; // still version 1
    stale.name = QStringLiteral("Lost update");
    stale.company = QStringLiteral("Should not appear");
    const auto conflict = repo.update(stale);
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().kind, Error::Kind::Conflict);

    const User after = stored(t, me.id);
    QCOMPARE(after.name, QStringLiteral("First save"));
    QVERIFY(after.company.isEmpty());
    QCOMPARE(after.version, 2);

    // A version from the future is as stale as one from the past.
    User future = *saved;
    future.version = 9;
    QCOMPARE(repo.update(future).error().kind, Error::Kind::Conflict);
    QCOMPARE(stored(t, me.id).version, 2);

    // The connection is usable after the conflict.
    User fresh = *saved;
    fresh.name = QStringLiteral("Second save");
    const auto ok = repo.update(fresh);
    CHECK_OK(ok);
    QCOMPARE(stored(t, me.id).name, QStringLiteral("Second save"));
    QCOMPARE(stored(t, me.id).version, 3);

    // An unknown id is NotFound, not a Conflict.
    User ghost = *ok;
    ghost.id = QStringLiteral("ghost");
    UserRepository asAdmin(t.db(), adminContext());
    QCOMPARE(asAdmin.update(ghost).error().kind, Error::Kind::NotFound);
}

void TestUserRepository::updateValidation()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    UserRepository repo(t.db(), UserContext::of(me));

    User blank = me;
    blank.name = QStringLiteral("  ");
    const auto noName = repo.update(blank);
    QCOMPARE(noName.error().kind, Error::Kind::Validation);
    QCOMPARE(noName.error().field, QStringLiteral("name"));

    User badEmail = me;
    badEmail.email = QStringLiteral("me at example");
    const auto noEmail = repo.update(badEmail);
    QCOMPARE(noEmail.error().kind, Error::Kind::Validation);
    QCOMPARE(noEmail.error().field, QStringLiteral("email"));

    const User after = stored(t, me.id);
    QCOMPARE(after.name, me.name);
    QCOMPARE(after.email, QStringLiteral("me@example.com"));
    QCOMPARE(after.version, 1);
}

void TestUserRepository::userCannotChangeRoleOrActive()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::User);
    const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::User);
    UserRepository repo(t.db(), UserContext::of(me));

    User promote = me;
    promote.role = UserRole::Admin;
    promote.name = QStringLiteral("Sneaky");
    const auto promoted = repo.update(promote);
    QVERIFY(!promoted.ok());
    QCOMPARE(promoted.error().kind, Error::Kind::Forbidden);

    User deactivate = me;
    deactivate.isActive = false;
    QCOMPARE(repo.update(deactivate).error().kind, Error::Kind::Forbidden);

    const User after = stored(t, me.id);
    QCOMPARE(after.role, UserRole::User);
    QCOMPARE(after.isActive, true);
    QCOMPARE(after.name, me.name);
    QCOMPARE(after.version, 1);

    // A non-admin who is not a USER is held to the same rule.
    const User director = t.addUser(QStringLiteral("director@example.com"), UserRole::Director);
    UserRepository asDirector(t.db(), UserContext::of(director));
    User selfPromote = director;
    selfPromote.role = UserRole::Admin;
    QCOMPARE(asDirector.update(selfPromote).error().kind, Error::Kind::Forbidden);
    QCOMPARE(stored(t, director.id).role, UserRole::Director);

    // Another user's row is invisible, so not changeable.
    User theirs = other;
    theirs.name = QStringLiteral("Hijacked");
    QCOMPARE(repo.update(theirs).error().kind, Error::Kind::NotFound);
    QCOMPARE(stored(t, other.id).name, other.name);
    QCOMPARE(stored(t, other.id).version, 1);
}

void TestUserRepository::adminChangesRoleAndActive()
{
    auto &t = database();
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    UserRepository repo(t.db(), UserContext::of(admin));

    User edit = user;
    edit.role = UserRole::Manager;
    edit.isActive = false;
    edit.name = QStringLiteral("Renamed by admin");
    const auto updated = repo.update(edit);
    CHECK_OK(updated);
    QCOMPARE(updated->version, 2);

    const User after = stored(t, user.id);
    QCOMPARE(after.role, UserRole::Manager);
    QCOMPARE(after.isActive, false);
    QCOMPARE(after.name, QStringLiteral("Renamed by admin"));
    QCOMPARE(after.version, 2);

    User back = after;
    back.isActive = true;
    back.role = UserRole::Admin;
    QVERIFY(repo.update(back).ok());
    QCOMPARE(stored(t, user.id).isActive, true);
    QCOMPARE(stored(t, user.id).role, UserRole::Admin);
}

void TestUserRepository::count()
{
    auto &t = database();
    UserRepository repo(t.db(), adminContext());
    const auto none = repo.count();
    CHECK_OK(none);
    QCOMPARE(*none, 0);
    const User a = t.addUser(QStringLiteral("a@example.com"), UserRole::User);
    t.addUser(QStringLiteral("b@example.com"), UserRole::Director);
    t.addUser(QStringLiteral("c@example.com"), UserRole::Admin);
    QCOMPARE(*repo.count(), 3);
    // A failed create does not change the count.
    QVERIFY(!repo.create(makeUser(QStringLiteral("d@example.com"), QStringLiteral("  "))).ok());
    QCOMPARE(*repo.count(), 3);
    // The count is of all users, whoever asks (create() relies on it for the first-user rule).
    UserRepository asA(t.db(), UserContext::of(a));
    QCOMPARE(*asA.count(), 3);
}

void TestUserRepository::findByEmail()
{
    auto &t = database();
    const User jane = t.addUser(QStringLiteral("jane.doe@example.com"), UserRole::Director);

    for (const char *email : {"jane.doe@example.com", "Jane.Doe@Example.COM", "  JANE.DOE@EXAMPLE.COM "}) {
        const auto found = UserRepository::findByEmail(t.db(), QString::fromLatin1(email));
        CHECK_OK(found);
        QCOMPARE(found->id, jane.id);
        QCOMPARE(found->email, QStringLiteral("jane.doe@example.com"));
        QCOMPARE(found->role, UserRole::Director);
    }

    const auto missing = UserRepository::findByEmail(t.db(), QStringLiteral("nobody@example.com"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QVERIFY2(missing.error().message.contains(QLatin1String("nobody@example.com")), qPrintable(missing.error().message));

    // LIKE wildcards are not wildcards here.
    QCOMPARE(UserRepository::findByEmail(t.db(), QStringLiteral("%@example.com")).error().kind, Error::Kind::NotFound);
}

void TestUserRepository::ensureLocalProfileOnEmptyDatabase()
{
    auto &t = database();
    EnvScope user("USER", QByteArrayLiteral("Jane.Doe"));

    QCOMPARE(UserRepository::localProfile(t.db()).error().kind, Error::Kind::NotFound);
    const auto created = UserRepository::ensureLocalProfile(t.db());
    CHECK_OK(created);
    QCOMPARE(created->name, QStringLiteral("Jane.Doe"));
    QCOMPARE(created->email, QStringLiteral("jane.doe@localhost"));
    QCOMPARE(created->role, UserRole::Director);
    QCOMPARE(created->onboardingCompleted, false);
    QCOMPARE(created->isActive, true);
    QCOMPARE(created->version, 1);
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 1);

    const User row = stored(t, created->id);
    QCOMPARE(row.name, QStringLiteral("Jane.Doe"));
    QCOMPARE(row.email, QStringLiteral("jane.doe@localhost"));
    QCOMPARE(row.role, UserRole::Director);
    QCOMPARE(row.onboardingCompleted, false);

    const auto profile = UserRepository::localProfile(t.db());
    CHECK_OK(profile);
    QCOMPARE(profile->id, created->id);

    // A second call returns the same user, even when the account name has changed since.
    EnvScope otherUser("USER", QByteArrayLiteral("someone-else"));
    const auto again = UserRepository::ensureLocalProfile(t.db());
    CHECK_OK(again);
    QCOMPARE(again->id, created->id);
    QCOMPARE(again->email, QStringLiteral("jane.doe@localhost"));
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 1);
}

void TestUserRepository::ensureLocalProfileSanitisesAccountName()
{
    auto &t = database();
    EnvScope user("USER", QByteArrayLiteral("Jane Doe+Ops"));
    const auto created = UserRepository::ensureLocalProfile(t.db());
    CHECK_OK(created);
    QCOMPARE(created->name, QStringLiteral("Jane Doe+Ops"));
    QCOMPARE(created->email, QStringLiteral("jane.doe.ops@localhost"));
}

void TestUserRepository::ensureLocalProfileWithUsersButNoProfile()
{
    auto &t = database();
    EnvScope user("USER", QByteArrayLiteral("Jane.Doe"));
    t.addUser(QStringLiteral("someone@example.com"), UserRole::Admin);
    t.addUser(QStringLiteral("another@example.com"), UserRole::User);

    const auto result = UserRepository::ensureLocalProfile(t.db());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::NotFound);
    QVERIFY2(result.error().message.contains(QLatin1String("--user")), qPrintable(result.error().message));
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 2);
    QCOMPARE(UserRepository::findByEmail(t.db(), QStringLiteral("jane.doe@localhost")).error().kind, Error::Kind::NotFound);
    QCOMPARE(UserRepository::localProfile(t.db()).error().kind, Error::Kind::NotFound);

    // Once a profile is chosen, ensureLocalProfile returns it.
    const auto chosen = UserRepository::findByEmail(t.db(), QStringLiteral("another@example.com"));
    QVERIFY(chosen.ok());
    QVERIFY(UserRepository::setLocalProfile(t.db(), chosen->id).ok());
    const auto ensured = UserRepository::ensureLocalProfile(t.db());
    CHECK_OK(ensured);
    QCOMPARE(ensured->id, chosen->id);
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 2);
}

void TestUserRepository::setAndReadLocalProfile()
{
    auto &t = database();
    const User alice = t.addUser(QStringLiteral("alice@example.com"), UserRole::Director);
    const User bob = t.addUser(QStringLiteral("bob@example.com"), UserRole::User);

    const auto none = UserRepository::localProfile(t.db());
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, Error::Kind::NotFound);

    const Status setAlice = UserRepository::setLocalProfile(t.db(), alice.id);
    CHECK_OK(setAlice);
    const auto first = UserRepository::localProfile(t.db());
    CHECK_OK(first);
    QCOMPARE(first->id, alice.id);
    QCOMPARE(first->email, QStringLiteral("alice@example.com"));
    QCOMPARE(first->role, UserRole::Director);

    // Setting it again replaces the previous choice.
    const Status setBob = UserRepository::setLocalProfile(t.db(), bob.id);
    CHECK_OK(setBob);
    const auto second = UserRepository::localProfile(t.db());
    CHECK_OK(second);
    QCOMPARE(second->id, bob.id);

    Query q(t.db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM app_setting WHERE key = ?"), {QStringLiteral("local_profile_user_id")}));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
