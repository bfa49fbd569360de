#include "db/SqliteApi.h"

#include "Logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <dlfcn.h>

#include <memory>
#include <typeinfo>

namespace doo {

namespace {

template<typename F>
bool resolve(void *library, const char *name, F &function)
{
    function = reinterpret_cast<F>(dlsym(library, name));
    return function != nullptr;
}

std::unique_ptr<SqliteApi> load(const QSqlDriver *driver)
{
    // The driver class lives in the plugin; its type information tells which file that is.
    Dl_info info{};
    if (!dladdr(&typeid(*driver), &info) || !info.dli_fname)
        return nullptr;
    void *plugin = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!plugin)
        return nullptr;
    // Looked up in the plugin and the libraries it was loaded with: its own SQLite.
    auto api = std::make_unique<SqliteApi>();
    const bool ok = resolve(plugin, "sqlite3_db_config", api->db_config) && resolve(plugin, "sqlite3_prepare_v2", api->prepare_v2)
                    && resolve(plugin, "sqlite3_bind_text", api->bind_text) && resolve(plugin, "sqlite3_bind_int64", api->bind_int64)
                    && resolve(plugin, "sqlite3_step", api->step) && resolve(plugin, "sqlite3_column_type", api->column_type)
                    && resolve(plugin, "sqlite3_column_text", api->column_text)
                    && resolve(plugin, "sqlite3_column_bytes", api->column_bytes)
                    && resolve(plugin, "sqlite3_column_int64", api->column_int64) && resolve(plugin, "sqlite3_finalize", api->finalize)
                    && resolve(plugin, "sqlite3_extended_errcode", api->extended_errcode)
                    && resolve(plugin, "sqlite3_errmsg", api->errmsg);
    dlclose(plugin); // only drops the reference dlopen(RTLD_NOLOAD) took; Qt keeps the plugin loaded
    if (!ok) {
        qCInfo(lcDbConnection) << "the SQLite functions of" << info.dli_fname << "are not reachable; using Qt's driver only";
        return nullptr;
    }
    return api;
}

} // namespace

const SqliteApi *SqliteApi::forDriver(const QSqlDriver *driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::SQLite)
        return nullptr;
    static const std::unique_ptr<SqliteApi> api = load(driver); // one QSQLITE plugin per process
    return api.get();
}

SqliteApi::sqlite3 *SqliteApi::handle(const QSqlDriver *driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::SQLite || !driver->isOpen())
        return nullptr;
    const QVariant v = driver->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

SqliteStatement::SqliteStatement(const SqliteApi &api, SqliteApi::sqlite3 *db) : m_api(api), m_db(db) {}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        m_api.finalize(m_stmt);
}

bool SqliteStatement::fail()
{
    m_failed = true;
    m_code = m_api.extended_errcode(m_db);
    m_message = QString::fromUtf8(m_api.errmsg(m_db));
    return false;
}

bool SqliteStatement::exec(const QString &sql, const QVariantList &values)
{
    const QByteArray utf8 = sql.toUtf8();
    if (m_api.prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SqliteApi::kOk)
        return fail();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int rc = SqliteApi::kOk;
        switch (v.userType()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Bool:
            rc = m_api.bind_int64(m_stmt, i + 1, v.toLongLong());
            break;
        case QMetaType::QString: {
            if (v.isNull()) // unbound parameters are NULL
                break;
            const QByteArray text = v.toString().toUtf8();
            rc = m_api.bind_text(m_stmt, i + 1, text.constData(), int(text.size()), SqliteApi::kTransient);
            break;
        }
        default:
            if (!v.isNull()) { // not needed by any caller yet
                m_failed = true;
                m_message = QStringLiteral("cannot bind a value of type %1").arg(QString::fromLatin1(v.typeName()));
                return false;
            }
        }
        if (rc != SqliteApi::kOk)
            return fail();
    }
    return true;
}

bool SqliteStatement::next()
{
    if (!m_stmt || m_failed)
        return false;
    const int rc = m_api.step(m_stmt);
    if (rc == SqliteApi::kRow)
        return true;
    if (rc != SqliteApi::kDone)
        fail();
    return false;
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(m_api.column_text(m_stmt, column));
    return data ? QByteArrayView(data, m_api.column_bytes(m_stmt, column)) : QByteArrayView();
}

QSqlError SqliteStatement::error() const
{
    return QSqlError(QStringLiteral("Unable to fetch row"), m_message, QSqlError::StatementError, QString::number(m_code));
}

} // namespace doo
