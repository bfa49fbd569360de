#include "db/Database.h"
#include "db/AutoBackup.h"
#include "db/DatabaseFile.h"

#include <QSqlQuery>

#include "db/Logging.h"
#include "core/SqliteSession.h"
#include "db/Query.h"
#include "db/Reconnector.h"
#include "db/SqliteApi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

namespace doo {

namespace {

// A driver's error text without what quotes the row: PostgreSQL's DETAIL lines ("Failing row
// contains (…)", "Key (email)=(…) already exists") hold the values of the statement.
QString withoutRowValues(const QString &driverText)
{
    QStringList kept;
    for (const QString &line : driverText.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("DETAIL:")))
            kept << line;
    }
    return kept.join(QLatin1Char('\n')).trimmed();
}
constexpr int kBusyTimeoutMs = sqlitesession::kBusyTimeoutMs;
constexpr qint64 kLongLogBytes = sqlitesession::kLongLogBytes;
} // namespace

struct Database::CachedStatement
{
    explicit CachedStatement(const QSqlDatabase &db) : query(db) { query.setForwardOnly(true); }
    QSqlQuery query;
    bool prepared = false;
    bool inUse = false;
};

namespace {
// libpq's words for a connection that is gone. Qt's driver often reports these without an
// SQLSTATE (there is no result when the socket closed), so the text decides too.
bool isConnectionFailure(const QString &code, const QString &text)
{
    // 08: connection exception; 57P01-04: administrator or crash shutdown, cannot connect now,
    // database dropped.
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return true;
    static const QLatin1String kWords[] = {
        QLatin1String("server closed the connection unexpectedly"),
        QLatin1String("terminating connection"),
        QLatin1String("no connection to the server"),
        QLatin1String("could not connect"),
        QLatin1String("connection to server"),
        QLatin1String("could not send data to server"),
        QLatin1String("could not receive data from server"),
        QLatin1String("ssl connection has been closed unexpectedly"),
        QLatin1String("the database system is shutting down"),
        QLatin1String("the database system is starting up"),
        QLatin1String("the database system is in recovery mode"),
        QLatin1String("the database system is not yet accepting connections"),
        QLatin1String("connection not open"),
        QLatin1String("connection pointer is null"),
    };
    for (const QLatin1String &words : kWords) {
        if (text.contains(words, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Database::DamageHandler &damageHandler()
{
    static Database::DamageHandler handler = nullptr;
    return handler;
}

constexpr int kMaxCachedStatements = 200;
constexpr int kMaxCachedSqlLength = 4000; // long IN lists are one-offs (a bulk INSERT says it is not)
} // namespace

Database::Database(DatabaseUrl url, QString name) : m_url(std::move(url)), m_name(std::move(name))
{ }

QSqlQuery *Database::acquireStatement(const QString &sql, bool *fresh, bool reused)
{
    *fresh = true;
    if (sql.size() > kMaxCachedSqlLength && !reused)
        return nullptr;
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        if (m_statements.size() >= kMaxCachedStatements)
            clearStatements();
        it = m_statements.insert(sql, new CachedStatement(handle()));
    }
    CachedStatement *s = it.value();
    if (s->inUse)
        return nullptr;
    s->inUse = true;
    *fresh = !s->prepared;
    s->prepared = true;
    return &s->query;
}

void Database::releaseStatement(const QString &sql, bool keep)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        return;
    CachedStatement *s = it.value();
    if (!keep) {
        m_statements.erase(it);
        delete s;
        return;
    }
    s->query.finish(); // SQLite: reset, so no read snapshot stays open
    s->inUse = false;
}

void Database::clearStatements()
{
    for (auto it = m_statements.begin(); it != m_statements.end();) {
        if (it.value()->inUse) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_statements.erase(it);
    }
}

Database::~Database()
{
    delete m_reconnector;
    if (!m_readOnly) {
        optimize(); // SQLite's advice: run it before closing a connection
        truncateLongLog();
    }
    clearStatements();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            qCDebug(lcDbConnection) << "closing" << m_url.display();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_name);
}

Error Database::readOnlyError(const QString &path)
{
    return Error::make(Error::Kind::Forbidden,
                       tr("the database %1 is read-only: this program may read it but not change it; nothing was "
                          "saved. Open a copy of it, or ask for permission to write the file and its folder.")
                           .arg(path));
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_name, false);
}

bool Database::isConnected() const
{
    const QSqlDatabase db = handle();
    return db.isOpen() && !db.isOpenError() && !m_lost;
}

Status Database::checkFile(const DatabaseUrl &url, bool everyPage)
{
    const QFileInfo file(url.path);
    if (url.type != DbType::SQLite || !file.isFile() || file.size() == 0)
        return {};
    const SqliteApi::FileCheck check =
        SqliteApi::checkFile(url.path, everyPage ? SqliteApi::CheckDepth::Quick : SqliteApi::CheckDepth::Schema);
    if (check.outcome == SqliteApi::FileCheck::Outcome::NotADatabase)
        return Error::make(Error::Kind::Damaged,
                           tr("%1 is not a SQLite database (or it is damaged beyond reading); nothing was written "
                              "to it.")
                               .arg(url.path));
    if (check.outcome == SqliteApi::FileCheck::Outcome::Damaged)
        return Error::make(Error::Kind::Damaged,
                           tr("the database %1 is damaged (%2); nothing was written to it.").arg(url.path, check.detail));
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, const QString &connectionName)
{
    QString name = connectionName;
    if (name.isEmpty())
        name = QStringLiteral("doo-%1").arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return Error::make(Error::Kind::Internal, tr("connection %1 is already open").arg(name));

    const QString driver = url.type == DbType::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error::make(Error::Kind::Internal,
                           tr("the Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)")
                               .arg(driver, url.type == DbType::SQLite ? QStringLiteral("sqlite") : QStringLiteral("psql")));

    // A folder, a file that is no database, one whose schema is damaged or another program's
    // database is refused before anything (journal mode, migrations) writes to it. Only the header
    // and the schema are read here, so that opening does not take longer with more data: the
    // window checks every page after it has opened (checkFile with everyPage), and a statement
    // meeting damage later is an Error::Kind::Damaged.
    if (Status checked = DatabaseFile::checkBeforeOpen(url); !checked)
        return checked.error();
    std::unique_ptr<Database> self(new Database(url, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (url.type == DbType::SQLite) {
            QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
            self->m_readOnly = DatabaseFile::isReadOnly(url.path);
            if (self->m_readOnly) {
                bool uri = false;
                db.setDatabaseName(QString::fromUtf8(SqliteApi::readOnlyName(url.path, &uri)));
                options += QStringLiteral(";QSQLITE_OPEN_READONLY");
                if (uri)
                    options += QStringLiteral(";QSQLITE_OPEN_URI");
                qCInfo(lcDbConnection) << "opening" << url.path << "read-only: this process may not write to it";
            } else {
                const QFileInfo info(url.path);
                if (!QDir().mkpath(info.absolutePath()))
                    return Error::make(Error::Kind::Internal, tr("cannot create the folder %1").arg(info.absolutePath()));
                db.setDatabaseName(url.path);
            }
            db.setConnectOptions(options);
        } else {
            db.setDatabaseName(url.database);
            if (!url.host.isEmpty())
                db.setHostName(url.host);
            if (url.port > 0)
                db.setPort(url.port);
            if (!url.user.isEmpty())
                db.setUserName(url.user);
            if (!url.password.isEmpty())
                db.setPassword(url.password);
            QString options = url.options;
            if (!options.contains(QLatin1String("connect_timeout")))
                options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
            options += QStringLiteral(";application_name=director-of-one");
            db.setConnectOptions(options);
        }
        if (!db.open()) {
            const QSqlError err = db.lastError();
            // Info only: the caller says it (the error holds the driver's words), once.
            qCInfo(lcDbConnection) << "cannot open" << url.display() << err.text();
            return Error::make(Error::Kind::ConnectionLost, tr("cannot open %1: %2").arg(url.display(), err.text().trimmed()));
        }
    }
    qCInfo(lcDbConnection) << "opened" << url.display() << "as" << name;
    if (Status s = self->setupSession(); !s)
        return s.error();
    return self;
}

Status Database::setupSession()
{
    QStringList statements;
    if (type() == DbType::SQLite && m_readOnly) { // the journal mode is the file's; it may not change
        statements = {
            QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
            QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA temp_store = MEMORY"),
        };
    } else if (type() == DbType::SQLite) {
        statements = {
            QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
            QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = FULL"),
            QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA temp_store = MEMORY"),
        };
    } else {
        statements = {
            QStringLiteral("SET TIME ZONE 'UTC'"),
            QStringLiteral("SET client_min_messages TO WARNING"),
        };
    }
    for (const QString &sql : statements) {
        Query q(*this);
        if (!q.exec(sql))
            return q.error();
    }
    if (type() == DbType::SQLite && !m_readOnly) {
        Query q(*this);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
            return q.error();
        if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error::make(
                Error::Kind::Internal,
                tr("%1 cannot use write-ahead logging (journal mode is %2)").arg(m_url.path, q.value(0).toString()));
        // No checkpoint when the connection closes: the last connection to close would copy the
        // log into the database, sync both and delete the log, and the next program would create
        // and sync it again — three quarters of a short command's time. The log stays (synced
        // on every commit as before) and is copied in by the automatic checkpoints of later writes.
        if (sqlite3 *raw = SqliteApi::handle(handle().driver()))
            SqliteApi::disableCheckpointOnClose(raw);
    }
    return {};
}

void Database::statementFailed()
{
    if (type() != DbType::PostgreSQL || m_depth == 0 || m_aborted)
        return;
    m_aborted = true;
    m_rollbackOnly = true;
    if (m_lost) // the server ended the session, and the transaction with it
        return;
    QSqlQuery rollback(handle());
    if (!rollback.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcDbError) << "rollback after a failed statement failed:" << rollback.lastError().text();
}

Reconnector &Database::reconnector()
{
    if (!m_reconnector)
        m_reconnector = new Reconnector(*this);
    return *m_reconnector;
}

void Database::markLost()
{
    if (type() != DbType::PostgreSQL || m_lost)
        return;
    m_lost = true;
    qCWarning(lcDbConnection) << "connection lost:" << m_url.display();
    if (m_reconnector)
        m_reconnector->notice();
}

Status Database::reconnect(int connectTimeoutSecs)
{
    if (m_depth > 0)
        return Error::make(Error::Kind::Busy, tr("a change is still in progress; reconnecting later"));
    for (const CachedStatement *s : std::as_const(m_statements)) {
        if (s->inUse)
            return Error::make(Error::Kind::Busy, tr("a statement is still in use; reconnecting later"));
    }
    clearStatements();
    QSqlDatabase db = handle();
    db.close();
    const QString options = db.connectOptions();
    if (connectTimeoutSecs > 0 && type() == DbType::PostgreSQL) {
        static const QRegularExpression timeout(QStringLiteral("connect_timeout=\\d+"));
        db.setConnectOptions(QString(options).replace(timeout, QStringLiteral("connect_timeout=%1").arg(connectTimeoutSecs)));
    }
    const bool opened = db.open();
    db.setConnectOptions(options);
    if (!opened) {
        const QSqlError err = db.lastError();
        qCInfo(lcDbConnection) << "cannot reconnect to" << m_url.display() << err.text();
        if (type() == DbType::PostgreSQL)
            m_lost = true;
        return Error::make(Error::Kind::ConnectionLost,
                           tr("cannot reconnect to %1: %2").arg(m_url.display(), err.text().trimmed()));
    }
    m_lost = false;
    m_aborted = false;
    m_rollbackOnly = false;
    if (Status s = setupSession(); !s) {
        if (type() == DbType::PostgreSQL)
            m_lost = true;
        return s;
    }
    ++m_generation;
    qCInfo(lcDbConnection) << "reconnected to" << m_url.display();
    if (m_reconnector)
        m_reconnector->notice();
    return {};
}

QVariant Database::toDb(const QDateTime &value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QVariant Database::nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QDateTime Database::dateTimeFromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.userType() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    const QString text = value.toString();
    // Fast path for what toDb() writes, "2026-11-25T19:09:02.123Z", and for PostgreSQL's text form
    // of a timestamptz in a UTC session, "2026-11-25 19:09:02.123+00" (lists read thousands):
    // whole milliseconds (at most three digits) in UTC; anything else takes the general parser.
    if (text.size() >= 20 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')
        && (text.at(10) == QLatin1Char('T') || text.at(10) == QLatin1Char(' ')) && text.at(13) == QLatin1Char(':')
        && text.at(16) == QLatin1Char(':')) {
        auto num = [&text](int from, int length) {
            int n = 0;
            for (int i = from; i < from + length; ++i) {
                const int digit = text.at(i).unicode() - '0';
                if (digit < 0 || digit > 9)
                    return -1;
                n = n * 10 + digit;
            }
            return n;
        };
        int at = 19;
        int msec = 0;
        if (text.at(at) == QLatin1Char('.')) {
            int digits = 0;
            while (at + 1 + digits < text.size() && text.at(at + 1 + digits).isDigit())
                ++digits;
            msec = digits >= 1 && digits <= 3 ? num(at + 1, digits) * (digits == 1 ? 100 : digits == 2 ? 10 : 1) : -1;
            at += 1 + digits;
        }
        const QStringView zone = QStringView(text).mid(at);
        const bool utc = zone == QLatin1String("Z") || zone == QLatin1String("+00") || zone == QLatin1String("+00:00");
        const QDate date(num(0, 4), num(5, 2), num(8, 2));
        const QTime time(num(11, 2), num(14, 2), num(17, 2), msec);
        if (utc && msec >= 0 && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) { // PostgreSQL text form: "2026-11-25 19:09:02.123456+00" (as Qt's driver reads it)
        QString iso = text;
        iso.replace(QLatin1Char(' '), QLatin1Char('T'));
        if (iso.size() > 3 && (iso.at(iso.size() - 3) == QLatin1Char('+') || iso.at(iso.size() - 3) == QLatin1Char('-')))
            iso += QStringLiteral(":00");
        dt = QDateTime::fromString(iso, Qt::ISODate);
    }
    return dt.toUTC();
}

QDate Database::dateFromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.userType() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QString Database::fullTextCondition(const QString &taskAlias) const
{
    if (type() == DbType::SQLite)
        return QStringLiteral("%1.rowid IN (SELECT rowid FROM task_fts WHERE task_fts MATCH ?)").arg(taskAlias);
    return QStringLiteral("%1.search @@ to_tsquery('simple', ?)").arg(taskAlias);
}

QString Database::ftsQuery(DbType type, const QString &userText)
{
    // Words become prefix terms that must all match; punctuation never reaches the query parser.
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = userText.toLower().split(nonWord, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &w : words)
        terms << (type == DbType::SQLite ? QStringLiteral("\"%1\"*").arg(w) : w + QStringLiteral(":*"));
    return terms.join(type == DbType::SQLite ? QStringLiteral(" ") : QStringLiteral(" & "));
}

void Database::truncateLongLog()
{
    if (type() != DbType::SQLite || m_depth > 0)
        return;
    // The first program to open the file reads the whole log (SQLite rebuilds its index), and
    // a log that nobody truncates only grows: past kLongLogBytes it is copied into the database
    // and emptied. Without waiting: when another connection is reading, the next program does it.
    const QFileInfo log(m_url.path + QStringLiteral("-wal"));
    if (log.size() <= kLongLogBytes)
        return;
    Query q(*this);
    if (q.exec(QStringLiteral("PRAGMA busy_timeout = 0")))
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

void Database::optimize()
{
    if (type() != DbType::SQLite || m_depth > 0)
        return;
    // Best effort: another process writing (SQLITE_BUSY) just means not this time; no error log.
    QSqlQuery q(handle());
    q.exec(QStringLiteral("PRAGMA optimize"));
}

QString Database::forUpdate(const QString &of, RowLock lock) const
{
    if (type() != DbType::PostgreSQL)
        return {};
    QString clause = of.isEmpty() ? QStringLiteral(" FOR UPDATE") : QStringLiteral(" FOR UPDATE OF ") + of;
    if (lock == RowLock::SkipLocked)
        clause += QStringLiteral(" SKIP LOCKED");
    return clause;
}

QString Database::likeContains(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

void Database::setDamageHandler(DamageHandler handler)
{
    damageHandler() = handler;
}

Error Database::classify(const QSqlError &error, const QString &context) const
{
    const QString code = error.nativeErrorCode();
    const QString driverText = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // A condition the program reports in its own words (busy, read-only, disk full, damaged, the
    // server gone) is logged at info, so that a command prints its message alone; anything else,
    // a refused change included, at warning.
    bool reported = true;
    const Error result = [&]() -> Error {
        if (type() == DbType::SQLite) {
            const int primary = code.toInt() & 0xff;
            if (primary == 5 || primary == 6) // SQLITE_BUSY, SQLITE_LOCKED
                return Error::make(Error::Kind::Busy, tr("the database is busy with another program; try again in a moment"));
            if (primary == 19) { // SQLITE_CONSTRAINT
                reported = false;
                return Error::make(Error::Kind::Constraint, tr("the database refused the change: %1").arg(driverText));
            }
            if (primary == 11 || primary == 26) { // SQLITE_CORRUPT, SQLITE_NOTADB: the statement was not carried out
                const Error damaged = Error::make(
                    Error::Kind::Damaged,
                    tr("the database %1 is damaged (%2); nothing of this change was saved.").arg(m_url.path, driverText)
                        + QLatin1Char('\n') + AutoBackup::restoreHint(m_url));
                if (damageHandler())
                    damageHandler()(damaged);
                return damaged;
            }
            if (primary == 8) // SQLITE_READONLY
                return readOnlyError(m_url.path);
            if (primary == 13) // SQLITE_FULL: the change was rolled back, the file is whole
                return Error::make(Error::Kind::Internal,
                                   tr("the disk holding the database %1 is full; nothing of this change was saved. Free "
                                      "some space on it and try again.")
                                       .arg(m_url.path));
            if (primary == 10 || primary == 14) // SQLITE_IOERR, SQLITE_CANTOPEN
                return Error::make(Error::Kind::ConnectionLost, tr("cannot read or write the database file: %1").arg(driverText));
        } else {
            if (code.startsWith(QLatin1String("23"))) {
                reported = false;
                return Error::make(Error::Kind::Constraint, tr("the database refused the change: %1").arg(driverText));
            }
            if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03"))
                return Error::make(Error::Kind::Busy, tr("another user changed the same data at the same time; try again"));
            if (isConnectionFailure(code, error.text()) || error.type() == QSqlError::ConnectionError || !isConnected())
                return Error::make(Error::Kind::ConnectionLost,
                                   tr("the connection to the database server was lost: %1").arg(driverText));
        }
        reported = false;
        return Error::make(Error::Kind::Internal, tr("database error: %1").arg(driverText));
    }();
    const QString line = (context.size() > 300 ? context.left(300) + QStringLiteral("…") : context) + QStringLiteral(" failed: ")
        + code + QLatin1Char(' ') + withoutRowValues(driverText);
    if (reported)
        qCInfo(lcDbError).noquote() << line;
    else
        qCWarning(lcDbError).noquote() << line;
    if (lcDbValues().isDebugEnabled())
        qCDebug(lcDbValues).noquote() << "the driver's whole text (doo.db.values logs your data):" << driverText;
    return result;
}

} // namespace doo
