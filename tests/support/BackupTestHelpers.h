#pragma once

#include "db/Database.h"
#include "db/Query.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QStringList>

namespace doo::test {

// Per table of the database: its row count and a hash of its rows (each row's values in column
// order; the rows sorted, so the order the database returns them in does not matter).
struct TableState
{
    qint64 rows = 0;
    QByteArray hash;
    bool operator==(const TableState &o) const { return rows == o.rows && hash == o.hash; }
};

inline QMap<QString, TableState> tableStates(Database &db)
{
    QStringList tables;
    {
        Query list(db);
        const bool ok = list.exec(db.type() == DbType::SQLite
                                      ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                                       "LIKE 'sqlite%' ORDER BY name")
                                      : QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                                                       "current_schema() ORDER BY tablename"));
        if (!ok)
            qFatal("%s", qPrintable(list.error().text()));
        while (list.next())
            tables << list.value(0).toString();
    }
    QMap<QString, TableState> states;
    for (const QString &table : std::as_const(tables)) {
        Query rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            qFatal("%s", qPrintable(rows.error().text()));
        const int columns = int(rows.columns().size());
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int c = 0; c < columns; ++c)
                values << (rows.value(c).isNull() ? QStringLiteral("\\N") : rows.value(c).toString());
            lines << values.join(QChar(0x1f));
        }
        lines.sort();
        states.insert(
            table, {lines.size(), QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)});
    }
    return states;
}

// The names of the files in `folder` (not recursing).
inline QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace doo::test
