#pragma once

#include "domain/Consultation.h"
#include "exchange/ImportPlan.h"

#include <QHash>

#include <deque>
#include <functional>
#include <vector>

namespace doo {

// The rows an import has read whose fate depends on what the database holds. Their keys are
// looked up a batch at a time — one query per kind of key and batch, not one per row — then, in
// file order, each row's decisions run, a row still new goes to the sink and every row is
// counted in the plan. CsvImport and TaskwarriorImport read through it.
class PendingRows
{
public:
    // What a key is looked up as.
    enum class Key {
        TaskId, // task.id, any user's
        TaskRef, // task.external_ref of the importing user
        BookingId, // consultation.booking_id, any user's
        ConsultationRef, // consultation.external_ref of the importing user
    };
    // The row a key found: its id and its owner.
    struct Found
    {
        QString id;
        QString userId;
    };
    // One row on its way: as read and checked, and what goes to the sink if it stays new.
    struct Row
    {
        ImportRow row;
        Task task;
        Consultation consultation;
        QString ref; // what identifies it on a second import (may be empty)
        QString consultationId; // the consultation a task belongs to (may be empty)
    };
    // Decides about a row from what its key found (null: nothing).
    using Decide = std::function<void(Row &row, const Found *found)>;

    // Rows read before the lookups run (and, for the window, between two progress reports).
    static constexpr int kBatchRows = 1000;

    PendingRows(Database &db, const UserContext &ctx, ImportPlan &plan, ImportSink *sink);

    // A row read from `line`; fill it, then ask() about it.
    Row &add(int line);
    // Looks `key` up as `kind` for the row added last; `decide` runs at resolve(), after the
    // decisions asked before it.
    void ask(Key kind, const QString &key, Decide decide);
    bool full() const { return m_rows.size() >= std::size_t(kBatchRows); }
    // Runs the lookups and decisions of every waiting row, hands the new ones to the sink and
    // counts each in the plan, in the order they were added. A query's or the sink's error
    // stops it.
    Status resolve();

private:
    struct Question
    {
        Key kind;
        QString key;
        Decide decide;
    };
    struct Waiting
    {
        Row row;
        std::vector<Question> questions;
    };
    using Answers = QHash<QString, Found>;
    Status lookUp(Key kind, const QStringList &keys, Answers &answers);

    Database &m_db;
    const UserContext &m_ctx;
    ImportPlan &m_plan;
    ImportSink *m_sink;
    std::deque<Waiting> m_rows;
};

} // namespace doo
