#pragma once

#include "db/DatabaseUrl.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace doo {

// What the file given as a SQLite database is, found out before anything writes to it (journal
// mode, migrations, the local profile): a folder, a file that is no database or is damaged, or
// another program's database is refused with a message naming it, and the file stays as it was.
class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFile)

public:
    // PRAGMA application_id of the program's SQLite files ("DoO1" in ASCII). The migrations set
    // it; a database of the program made before it existed gets it on its next `migrate`.
    static constexpr qint32 kApplicationId = 0x446f4f31;

    // Nothing for a server, a file that does not exist yet or an empty file (a new database).
    static Status checkBeforeOpen(const DatabaseUrl &url);

    // An existing SQLite file this process may not write: the file is not writable, or its folder
    // is not and the -wal and -shm files a writer needs are not both there and writable, by the
    // kernel's answer for this process (faccessat; a superuser may write anything).
    static bool isReadOnly(const QString &path);

    // The SQLite file at `path` (it exists and is a database) is refused unless it is marked as
    // the program's, or unmarked with the program's schema_version (see isOwnVersionTable) or,
    // with Emptiness::Accept, with no table at all (a new database the program made).
    enum class Emptiness { Accept, Refuse };
    static Status refuseForeign(const QString &path, Emptiness empty);

    // Whether a table named schema_version is the program's: its columns are version, name and
    // applied_at, and version 1 is the program's first migration (every database of the program
    // has that row: it is written with the first migration's tables).
    static bool isOwnVersionTable(DbType type, bool hasOwnColumns, const QString &firstVersionName);
    // "… is another program's database …": the message of a refusal, naming `where`.
    static Error foreign(const QString &where, const QString &why);
};

} // namespace doo
