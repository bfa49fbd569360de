#include "db/DatabaseFile.h"

#include "db/Database.h"
#include "db/Logging.h"
#include "db/Migrator.h"
#include "db/SqliteApi.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace doo {

bool DatabaseFile::isReadOnly(const QString &path)
{
    // AT_EACCESS: the effective user's permission, the one the kernel checks on open.
    const auto writable = [](const QString &name) {
        return ::faccessat(AT_FDCWD, QFile::encodeName(name).constData(), W_OK, AT_EACCESS) == 0;
    };
    const QFileInfo file(path);
    if (!file.isFile())
        return false;
    if (!writable(path))
        return true;
    if (writable(file.absolutePath()))
        return false;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(path + suffix) || !writable(path + suffix))
            return true;
    }
    return false;
}

Status DatabaseFile::checkBeforeOpen(const DatabaseUrl &url)
{
    if (url.type != DbType::SQLite)
        return {};
    const QFileInfo file(url.path);
    if (file.isDir())
        return Error::make(Error::Kind::Validation,
                           tr("%1 is a folder, not a database file; give the path of a file, e.g. %2")
                               .arg(url.path, QDir(url.path).filePath(QStringLiteral("director-of-one.sqlite"))));
    if (file.exists() && !file.isFile())
        return Error::make(Error::Kind::Validation, tr("%1 is not a regular file and cannot be a database").arg(url.path));
    if (!file.exists() || file.size() == 0)
        return {};
    if (Status checked = Database::checkFile(url, false); !checked)
        return checked;
    return refuseForeign(url.path, Emptiness::Accept);
}

Status DatabaseFile::refuseForeign(const QString &path, Emptiness empty)
{
    const SqliteApi::FileIdentity identity = SqliteApi::identify(path);
    if (!identity.read)
        return Error::make(Error::Kind::Damaged,
                           tr("cannot read %1 (%2); nothing was written to it.").arg(path, identity.detail));
    if (identity.applicationId == kApplicationId)
        return {};
    if (identity.applicationId != 0)
        return foreign(path,
                       tr("its application id is %1, not Director of One's")
                           .arg(QStringLiteral("0x%1").arg(quint32(identity.applicationId), 8, 16, QLatin1Char('0'))));
    // Not marked: a new database that has no table yet, or one of the program's from before the mark.
    if (identity.tables == 0 && empty == Emptiness::Accept)
        return {};
    if (!identity.hasVersionTable)
        return foreign(path, tr("it has no Director of One schema"));
    if (!isOwnVersionTable(DbType::SQLite, identity.versionTableColumns, identity.firstVersionName))
        return foreign(path, tr("its schema_version table is not Director of One's"));
    return {};
}

bool DatabaseFile::isOwnVersionTable(DbType type, bool hasOwnColumns, const QString &firstVersionName)
{
    const auto migrations = Migrator::availableFor(type);
    return hasOwnColumns && !migrations.isEmpty() && migrations.first().version == 1
        && firstVersionName == migrations.first().name;
}

Error DatabaseFile::foreign(const QString &where, const QString &why)
{
    qCInfo(lcDbConnection) << "refused a database that is not Director of One's:" << where << why;
    return Error::make(Error::Kind::Schema,
                       tr("%1 is not a Director of One database (%2). It may belong to another program; "
                          "nothing was changed. Give Director of One a database of its own.")
                           .arg(where, why));
}

} // namespace doo
