#include "exchange/PendingRows.h"

#include "db/Database.h"
#include "db/Query.h"

#include <QSet>

#include <array>

namespace doo {

namespace {

constexpr int kKeyKinds = 4;
// Keys bound per query: well under every driver's limit of bound values.
constexpr qsizetype kKeysPerQuery = 500;

// Where each kind of key is found: table, column, and whether only the importing user's rows count.
struct KeySource
{
    const char *table;
    const char *column;
    bool ownRowsOnly;
};
constexpr std::array<KeySource, kKeyKinds> kSources{{{"task", "id", false},
                                                     {"task", "external_ref", true},
                                                     {"consultation", "booking_id", false},
                                                     {"consultation", "external_ref", true}}};

} // namespace

PendingRows::PendingRows(Database &db, const UserContext &ctx, ImportPlan &plan, ImportSink *sink)
    : m_db(db), m_ctx(ctx), m_plan(plan), m_sink(sink)
{ }

PendingRows::Row &PendingRows::add(int line)
{
    m_rows.emplace_back();
    m_rows.back().row.row.line = line;
    return m_rows.back().row;
}

void PendingRows::ask(Key kind, const QString &key, Decide decide)
{
    Q_ASSERT(!m_rows.empty());
    m_rows.back().questions.push_back({kind, key, std::move(decide)});
}

Status PendingRows::lookUp(Key kind, const QStringList &keys, Answers &answers)
{
    const KeySource &source = kSources[std::size_t(kind)];
    const QLatin1String table(source.table), column(source.column);
    // A key of the user's own rows is looked up one by one through the unique index on (user_id,
    // key), in a subquery per key: asked for all keys at once, the planners may read every row of
    // the user through an index on user_id alone (PostgreSQL does while an import's rows have no
    // statistics yet). A key unique by itself is found with IN: its index is the only one.
    QString head;
    if (source.ownRowsOnly)
        head = QStringLiteral("SELECT k.column1, (SELECT t.id FROM %1 t WHERE t.user_id = ? AND t.%2 = k.column1) FROM (VALUES ")
                   .arg(table, column);
    else
        head = QStringLiteral("SELECT %2, id, user_id FROM %1 WHERE %2 IN (").arg(table, column);
    const QString mark = source.ownRowsOnly ? QStringLiteral("(?)") : QStringLiteral("?");
    const QString tail = source.ownRowsOnly ? QStringLiteral(") AS k") : QStringLiteral(")");
    for (qsizetype start = 0; start < keys.size(); start += kKeysPerQuery) {
        const qsizetype count = std::min(kKeysPerQuery, keys.size() - start);
        QVariantList values;
        values.reserve(count + 1);
        if (source.ownRowsOnly)
            values << m_ctx.userId;
        QString sql = head;
        for (qsizetype i = 0; i < count; ++i) {
            if (i > 0)
                sql += QStringLiteral(", ");
            sql += mark;
            values << keys.at(start + i);
        }
        sql += tail;
        Query q(m_db);
        if (count == kKeysPerQuery)
            q.setReused();
        if (!q.exec(sql, values))
            return q.error();
        while (q.next()) {
            if (source.ownRowsOnly && q.value(1).isNull())
                continue; // not there
            answers.insert(q.value(0).toString(),
                           Found{q.value(1).toString(), source.ownRowsOnly ? m_ctx.userId : q.value(2).toString()});
        }
        if (q.error().isError())
            return q.error();
    }
    return {};
}

Status PendingRows::resolve()
{
    std::array<QSet<QString>, kKeyKinds> asked;
    for (const Waiting &waiting : m_rows)
        for (const Question &question : waiting.questions)
            if (!question.key.isEmpty())
                asked[std::size_t(question.kind)].insert(question.key);
    std::array<Answers, kKeyKinds> answers;
    for (std::size_t kind = 0; kind < asked.size(); ++kind) {
        if (asked[kind].isEmpty())
            continue;
        if (Status s = lookUp(Key(kind), QStringList(asked[kind].cbegin(), asked[kind].cend()), answers[kind]); !s)
            return s;
    }
    while (!m_rows.empty()) {
        Waiting waiting = std::move(m_rows.front());
        m_rows.pop_front();
        Row &row = waiting.row;
        for (const Question &question : waiting.questions) {
            const Answers &found = answers[std::size_t(question.kind)];
            const auto it = found.constFind(question.key);
            question.decide(row, it == found.cend() ? nullptr : &it.value());
        }
        if (row.row.fate == RowFate::New && m_sink) {
            const Status handed = m_plan.kind == ImportPlan::Kind::Tasks ? m_sink->addTask(row.task, row.ref, row.consultationId)
                                                                         : m_sink->addConsultation(row.consultation, row.ref);
            if (!handed) {
                m_rows.clear();
                return handed;
            }
        }
        m_plan.add(std::move(row.row));
    }
    return {};
}

} // namespace doo
