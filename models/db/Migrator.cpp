#include "db/Migrator.h"

#include "domain/Clock.h"
#include "db/AutoBackup.h"
#include "db/Logging.h"
#include "db/Database.h"
#include "db/DatabaseFile.h"
#include "db/Query.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace doo {

Migrator::Migrator(Database &db) : m_db(db)
{ }

QList<Migrator::Migration> Migrator::available() const
{
    return availableFor(m_db.type());
}

int Migrator::latestVersionOf(DbType type)
{
    const auto all = availableFor(type);
    return all.isEmpty() ? 0 : all.last().version;
}

QList<Migrator::Migration> Migrator::availableFor(DbType type)
{
    const QString dir = type == DbType::SQLite ? QStringLiteral(":/sql/sqlite") : QStringLiteral(":/sql/postgresql");
    // NNN_name.sql, name in [a-z0-9_]: checked by hand (every command lists these; a regular
    // expression or a name filter would be compiled each time).
    auto isMigration = [](const QString &file) {
        if (file.size() < 9 || !file.endsWith(QLatin1String(".sql")) || file.at(3) != QLatin1Char('_'))
            return false;
        for (int i = 0; i < file.size() - 4; ++i) {
            const QChar c = file.at(i);
            const bool ok = i < 3 ? (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                                  : i == 3 || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                    || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
            if (!ok)
                return false;
        }
        return true;
    };
    QList<Migration> result;
    const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (isMigration(file))
            result.append({file.left(3).toInt(), file.mid(4, file.size() - 8), dir + QLatin1Char('/') + file});
    }
    return result;
}

int Migrator::latestVersion() const
{
    const auto all = available();
    return all.isEmpty() ? 0 : all.last().version;
}

Status Migrator::ensureVersionTable()
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")))
        return q.error();
    return {};
}

Result<int> Migrator::currentVersion()
{
    Query q(m_db);
    // Whether schema_version exists, and how many of the program's columns it has.
    const QString exists = m_db.type() == DbType::SQLite
        ? QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'), "
                         "(SELECT count(*) FROM pragma_table_info('schema_version') "
                         "WHERE name IN ('version', 'name', 'applied_at'))")
        // to_regclass reads the catalog directly: information_schema's views cost a new server
        // process several milliseconds, on every command.
        : QStringLiteral("SELECT (SELECT count(*) FROM pg_catalog.pg_class "
                         "WHERE oid = to_regclass(current_schema() || '.schema_version')), "
                         "(SELECT count(*) FROM pg_catalog.pg_attribute "
                         "WHERE attrelid = to_regclass(current_schema() || '.schema_version') "
                         "AND attname IN ('version', 'name', 'applied_at') AND attnum > 0 AND NOT attisdropped)");
    if (!q.exec(exists) || !q.next())
        return q.error();
    if (q.value(0).toInt() == 0)
        return 0;
    const QString where = m_db.type() == DbType::SQLite ? m_db.url().path : m_db.url().display();
    const QString notOurs = tr("its schema_version table is not Director of One's");
    if (q.value(1).toInt() != 3)
        return DatabaseFile::foreign(where, notOurs);
    Query v(m_db);
    if (!v.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0), MAX(CASE WHEN version = 1 THEN name END) FROM schema_version"))
        || !v.next())
        return v.error();
    const int version = v.value(0).toInt();
    // Empty only inside the first migration's transaction, which made it.
    if (version != 0 && !DatabaseFile::isOwnVersionTable(m_db.type(), true, v.value(1).toString()))
        return DatabaseFile::foreign(where, notOurs);
    return version;
}

Status Migrator::markFile()
{
    if (m_db.type() != DbType::SQLite)
        return {};
    // A pragma takes no bound value; the number is the program's own constant.
    Query q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(DatabaseFile::kApplicationId)))
        return q.error();
    return {};
}

Status Migrator::markIfUnmarked()
{
    if (m_db.type() != DbType::SQLite || m_db.isReadOnly())
        return {};
    {
        Query q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return q.error();
        if (q.value(0).toInt() == DatabaseFile::kApplicationId)
            return {};
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = markFile(); !s)
        return s;
    qCInfo(lcDbConnection) << "marked" << m_db.url().path << "as a Director of One database";
    return tx.commit();
}

Status Migrator::refuseNewer(int current) const
{
    const int latest = latestVersion();
    if (current > latest)
        return Error::make(Error::Kind::Schema,
                           tr("this database was written by a newer version of Director of One "
                              "(schema version %1; this program knows up to %2). Install the newer "
                              "version to open it; nothing was changed.")
                               .arg(current)
                               .arg(latest));
    return {};
}

Status Migrator::checkCurrent()
{
    const auto current = currentVersion();
    if (!current)
        return current.error();
    if (Status s = refuseNewer(*current); !s)
        return s;
    if (*current < latestVersion())
        return Error::make(Error::Kind::Schema,
                           tr("the database schema is at version %1 and needs version %2: run `director-of-one db migrate`")
                               .arg(*current)
                               .arg(latestVersion()));
    return {};
}

namespace {
// PRAGMA foreign_keys = OFF for its lifetime (SQLite, outside any transaction).
class ForeignKeysOff
{
public:
    ForeignKeysOff(Database &db, bool active) : m_db(db), m_active(active)
    {
        if (!m_active)
            return;
        Query off(m_db);
        if (!off.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
            m_status = off.error();
    }
    ~ForeignKeysOff()
    {
        if (!m_active)
            return;
        Query on(m_db);
        on.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    const Status &status() const { return m_status; }

private:
    Database &m_db;
    bool m_active;
    Status m_status;
};
} // namespace

Result<int> Migrator::migrate()
{
    {
        const auto current = currentVersion();
        if (!current)
            return current.error();
        if (Status s = refuseNewer(*current); !s)
            return s.error();
        if (*current != latestVersion() && m_db.isReadOnly()) {
            Error e = Database::readOnlyError(m_db.url().path);
            e.message += QLatin1Char(' ')
                + tr("Its schema (version %1) must first be brought up to version %2 by a program that may write it.")
                      .arg(*current)
                      .arg(latestVersion());
            return e;
        }
        if (*current == latestVersion()) {
            // Up to date: no write transaction (every command starts here), except once to mark
            // a database of the program made before the mark existed.
            if (Status s = markIfUnmarked(); !s)
                return s.error();
            return 0;
        }
        if (*current > 0) {
            if (Status s = AutoBackup::beforeChange(m_db, QStringLiteral("migration")); !s)
                return s.error();
        }
    }
    int applied = 0;
    const auto migrations = available();
    for (const Migration &m : migrations) {
        QFile file(m.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Internal, tr("migration %1 is missing from the program").arg(m.resourcePath));
        const QString sql = QString::fromUtf8(file.readAll());
        // SQLite rebuilds a table with foreign keys off (they cannot change inside a transaction)
        // and checks them before committing; the guard switches them back on.
        const bool keysOff = m_db.type() == DbType::SQLite && sql.startsWith(QLatin1String("-- doo:foreign-keys-off"));
        ForeignKeysOff guard(m_db, keysOff);
        if (!guard.status())
            return guard.status().error();
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        if (Status s = ensureVersionTable(); !s)
            return s.error();
        if (m_db.type() == DbType::PostgreSQL) {
            // Serialise concurrent migrators; SQLite's BEGIN IMMEDIATE already does.
            Query lock(m_db);
            if (!lock.exec(QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE")))
                return lock.error();
        }
        const auto current = currentVersion(); // re-read inside the lock: another process may have won
        if (!current)
            return current.error();
        if (Status s = refuseNewer(*current); !s)
            return s.error();
        if (m.version <= *current)
            continue;

        qCInfo(lcDbConnection) << "applying migration" << m.version << m.name;
        const QStringList statements = splitStatements(sql);
        for (const QString &statement : statements) {
            Query q(m_db);
            if (!q.exec(statement)) {
                Error e = q.error();
                e.message = tr("migration %1 (%2) failed: %3").arg(m.version).arg(m.name, e.message);
                return e;
            }
        }
        if (keysOff) {
            Query check(m_db);
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
                return check.error();
            if (check.next())
                return Error::make(
                    Error::Kind::Constraint,
                    tr("migration %1 (%2) broke a reference in table %3").arg(m.version).arg(m.name, check.value(0).toString()));
        }
        Query record(m_db);
        if (!record.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"),
                         {m.version, m.name, Database::toDb(Clock::currentUtc())}))
            return record.error();
        if (Status s = markFile(); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        m_db.clearStatements(); // prepared against the old schema
        ++applied;
    }
    return applied;
}

Result<bool> Migrator::signedInAsOwner()
{
    if (m_db.type() == DbType::SQLite)
        return true;
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT pg_has_role(current_user, d.datdba, 'MEMBER') FROM pg_database d "
                               "WHERE d.datname = current_database()"))
        || !q.next())
        return q.error();
    return q.value(0).toBool();
}

Status Migrator::mayDropAll()
{
    if (const auto owner = signedInAsOwner(); !owner)
        return owner.error();
    else if (!*owner)
        return Error::make(Error::Kind::Forbidden,
                           tr("only the owner of the database can reset it; sign in with the owner's login"));
    return {};
}

Status Migrator::dropAll()
{
    if (Status may = mayDropAll(); !may)
        return may;
    m_db.clearStatements(); // they name tables that are about to go
    // SQLite: dropping a parent table with foreign keys on fails ("table is locked") inside a
    // transaction, and the setting cannot change inside one: switch it off around the drop.
    const bool sqlite = m_db.type() == DbType::SQLite;
    if (sqlite) {
        Query off(m_db);
        if (!off.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
            return off.error();
    }
    Status dropped = dropTables();
    if (sqlite) {
        Query on(m_db);
        if (!on.exec(QStringLiteral("PRAGMA foreign_keys = ON")) && dropped)
            return on.error();
    }
    return dropped;
}

namespace {
// What the migrations create: the tables (children before parents; SQLite adds task_fts) and,
// on PostgreSQL, the functions. Keep in step with resources/sql/.
const char *const kProgramTables[] = {
    "task_due_notice",
    "execution_change_archive",
    "workflow_execution_archive",
    "task_history_archive",
    "consultation_history_archive",
    "user_preference",
    "event_origin",
    "workflow_event",
    "execution_change",
    "task_tag",
    "task_history",
    "task_count",
    "notification",
    "analytics",
    "consultation_history",
    "task",
    "workflow_version",
    "workflow_execution",
    "workflow",
    "consultation",
    "app_counter",
    "app_setting",
    "app_user",
    "schema_version",
};
const char *const kProgramFunctions[] = {
    "task_count_apply()",
    "task_event_apply()",
    "consultation_event_apply()",
    "doo_change_notice()",
    "task_move(TEXT[], TEXT, TEXT, BIGINT, BIGINT, BIGINT[], TIMESTAMPTZ)",
    "task_move(TEXT[], TEXT, TEXT, INTEGER, BIGINT, BIGINT, BIGINT, TIMESTAMPTZ)",
    "app_user_guard()",
    "doo_user_id(TEXT)",
    "doo_is_admin(TEXT)",
    "doo_sees_all(TEXT)",
    "doo_is_owner()",
    "doo_create_login(TEXT, TEXT, TEXT)",
    "doo_set_group(TEXT, TEXT)",
    "doo_disable_login(TEXT)",
};
} // namespace

Status Migrator::dropTables()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const bool sqlite = m_db.type() == DbType::SQLite;
    QStringList tables;
    for (const char *table : kProgramTables)
        tables << QLatin1String(table);
    if (sqlite) {
        // One at a time; the full-text table last (its triggers live on task; its shadow tables go with it).
        tables << QStringLiteral("task_fts");
        for (const QString &table : std::as_const(tables)) {
            Query q(m_db);
            if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS ") + table))
                return q.error();
        }
        return tx.commit();
    }
    // One statement: the tables' references to each other do not need CASCADE, and an object of
    // someone else that depends on them makes the reset fail instead of vanishing with them.
    Query drop(m_db);
    if (!drop.exec(QStringLiteral("DROP TABLE IF EXISTS ") + tables.join(QStringLiteral(", "))))
        return drop.error();
    for (const char *function : kProgramFunctions) {
        Query q(m_db);
        if (!q.exec(QStringLiteral("DROP FUNCTION IF EXISTS ") + QLatin1String(function)))
            return q.error();
    }
    return tx.commit();
}

QStringList Migrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inBody = false; // a SQLite trigger body: BEGIN ... END;
    bool inDollar = false; // a PostgreSQL function body: $$ ... $$
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        current += rawLine + QLatin1Char('\n');
        const QString upper = line.toUpper();
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollar = !inDollar;
        if (inDollar)
            continue;
        if (!inBody && (upper.endsWith(QLatin1String(" BEGIN")) || upper == QLatin1String("BEGIN")))
            inBody = true;
        const bool ends = inBody ? upper == QLatin1String("END;") : line.endsWith(QLatin1Char(';'));
        if (ends) {
            inBody = false;
            QString statement = current.trimmed();
            if (!upper.startsWith(QLatin1String("END")))
                statement.chop(1); // drop the final ';' of a plain statement
            statements << statement;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace doo
