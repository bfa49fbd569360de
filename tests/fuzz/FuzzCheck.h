#pragma once

#include "db/Database.h"
#include "db/Migrator.h"
#include "exchange/ImportPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

// A property of the code under fuzzing that does not hold: print what and where, then abort so
// that libFuzzer keeps the input as a crash.
#define FUZZ_CHECK(condition, what)                                                                                              \
    do {                                                                                                                         \
        if (!(condition)) {                                                                                                      \
            std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n  %s\n", __FILE__, __LINE__, #condition,                       \
                         QString(what).toLocal8Bit().constData());                                                               \
            std::abort();                                                                                                        \
        }                                                                                                                        \
    } while (false)

namespace doo::fuzz {

// For an importer's target (LLVMFuzzerInitialize): the application its SQL driver plugins need and
// a migrated SQLite database in a temporary folder, both kept for the whole process.
inline Database &migratedDatabase(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir;
    DatabaseUrl url;
    url.type = DbType::SQLite;
    url.path = dir.filePath(QStringLiteral("fuzz.sqlite"));
    auto db = Database::open(url, QStringLiteral("fuzz"));
    FUZZ_CHECK(db, db ? QString() : db.error().text());
    static std::unique_ptr<Database> keep = db.takeValue();
    Migrator migrator(*keep);
    const auto applied = migrator.migrate();
    FUZZ_CHECK(applied, applied ? QString() : applied.error().text());
    return *keep;
}

// Both sides of a failed comparison, for FUZZ_CHECK's message.
inline QString differ(const QString &expected, const QString &actual)
{
    return QStringLiteral("expected \"%1\"\n  actual   \"%2\"").arg(expected, actual);
}

// The piece size of TextLines for a second read of an input (TextLines::setPieceBytesForTesting):
// small, and from the input's size, so that a replayed input is read the same way.
inline qsizetype smallPieceBytes(size_t size)
{
    return qsizetype(8 + size % 25);
}

// Keeps what an importer hands on, as Import::apply's writer would write it.
class CollectingSink : public ImportSink
{
public:
    Status addTask(const Task &task, const QString &ref, const QString &consultationId) override
    {
        tasks << task;
        refs << ref;
        consultationIds << consultationId;
        return {};
    }
    Status addConsultation(const Consultation &consultation, const QString &ref) override
    {
        consultations << consultation;
        refs << ref;
        return {};
    }

    QList<Task> tasks;
    QStringList consultationIds; // one for each task: the consultation it is linked to, or empty
    QList<Consultation> consultations;
    QStringList refs;
};

// What an importer made of an input, as one text: the plan (without the bytes read) and what the
// sink got, without the ids the importer makes up. Two reads of the same input give the same.
inline QString describe(const ImportPlan &plan, const CollectingSink &sink)
{
    QStringList out{QStringLiteral("fatal %1, rows %2 (%3 new, %4 duplicates, %5 invalid), %6 more issues")
                        .arg(plan.fatal)
                        .arg(plan.rowCount())
                        .arg(plan.count(RowFate::New))
                        .arg(plan.count(RowFate::Duplicate))
                        .arg(plan.count(RowFate::Invalid))
                        .arg(plan.moreIssues),
                    plan.header.join(QLatin1Char('|'))};
    for (const ImportIssue &i : plan.issues)
        out << QStringLiteral("issue %1:%2 %3").arg(i.line).arg(i.column).arg(i.columnName + QLatin1Char(' ') + i.reason);
    for (const ImportRow &r : plan.rows)
        out << QStringLiteral("row %1 %2 %3 %4").arg(r.line).arg(int(r.fate)).arg(r.message, r.values.join(QLatin1Char('|')));
    for (qsizetype k = 0; k < sink.tasks.size(); ++k) {
        const Task &t = sink.tasks.at(k);
        out << QStringLiteral("task %1|%2|%3|%4|%5|%6|%7")
                   .arg(t.title, t.description, t.tags.join(QLatin1Char(';')), QString::number(int(t.priority)),
                        QString::number(int(t.status)), t.dueDate.toString(Qt::ISODateWithMs), sink.consultationIds.at(k));
    }
    for (const Consultation &c : sink.consultations)
        out << QStringLiteral("consultation %1|%2|%3|%4").arg(c.name, c.email, c.bookingId, c.notes);
    out << sink.refs.join(QLatin1Char(' '));
    return out.join(QLatin1Char('\n'));
}

// The checks every import passes: a fatal plan has its issue; one new row per row handed on; the
// rows kept for the preview; each task valid for `user`, with an id of its own and no U+FFFD
// unless the input held one; each reference once; every invalid row with an issue on its line
// (while the issues are all kept).
inline void checkImport(const Result<ImportPlan> &plan, const CollectingSink &sink, const QString &user, bool replacementInInput)
{
    FUZZ_CHECK(plan, plan ? QString() : plan.error().text());
    FUZZ_CHECK(!plan->fatal || !plan->issues.isEmpty(), QStringLiteral("a fatal plan without its issue"));
    FUZZ_CHECK(sink.tasks.size() + sink.consultations.size() == plan->count(RowFate::New),
               QStringLiteral("%1 rows handed on, %2 new rows").arg(sink.refs.size()).arg(plan->count(RowFate::New)));
    FUZZ_CHECK(plan->rows.size() == std::min(plan->rowCount(), int(ImportPlan::kPreviewRows)),
               QStringLiteral("%1 rows kept of %2").arg(plan->rows.size()).arg(plan->rowCount()));
    QSet<QString> ids;
    for (const Task &t : sink.tasks) {
        const Status valid = t.validate();
        FUZZ_CHECK(valid, valid ? QString() : valid.error().message);
        FUZZ_CHECK(t.userId == user && !t.id.isEmpty() && !ids.contains(t.id), t.id);
        ids.insert(t.id);
        // Bytes that are not UTF-8 make the file or the row invalid, never a replacement character.
        FUZZ_CHECK(replacementInInput
                       || !QString(t.title + t.description + t.tags.join(QString())).contains(QChar::ReplacementCharacter),
                   QStringLiteral("U+FFFD in a task without an error: %1").arg(t.title));
    }
    // A row the file repeats is a duplicate the second time: each reference once.
    QStringList refs = sink.refs;
    refs.removeAll(QString()); // the rows identified by the key the file gives
    FUZZ_CHECK(QSet<QString>(refs.cbegin(), refs.cend()).size() == refs.size(), refs.join(QLatin1Char(' ')));
    if (plan->moreIssues > 0)
        return; // the issues beyond ImportPlan::kMaxIssues are only counted
    for (const ImportRow &row : plan->rows) {
        if (row.fate != RowFate::Invalid)
            continue;
        const bool found = std::any_of(plan->issues.cbegin(), plan->issues.cend(),
                                       [&](const ImportIssue &issue) { return issue.line == row.line; });
        FUZZ_CHECK(found, QStringLiteral("invalid row on line %1 without an issue").arg(row.line));
    }
}

} // namespace doo::fuzz
