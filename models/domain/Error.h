#pragma once

#include <QString>

namespace doo {

// What went wrong, in words a user can act on. `field` names the offending input
// (e.g. "email", "actions[2].due_in_days") when the error is about one.
struct Error
{
    enum class Kind {
        None,
        Validation, // bad input; nothing was written
        NotFound, // no such row, or not visible to the current user
        Forbidden, // visible but not the user's to change
        Conflict, // stale version: someone else saved first
        Constraint, // the database refused the row (unique, foreign key, check)
        Busy, // another writer held the database longer than the busy timeout
        ConnectionLost, // the server went away; a change in flight was not saved
        CommitUnknown, // the server went away while COMMIT was on its way: saved or not is unknown
        Schema, // the database schema is missing or newer than this program
        Damaged, // the database file is damaged or no database at all; nothing was written to it
        Internal, // anything else
    };

    Kind kind = Kind::None;
    QString field;
    QString message;

    bool isError() const { return kind != Kind::None; }
    // "field: message" when a field is known, else the message.
    QString text() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }

    static Error validation(const QString &field, const QString &message) { return {Kind::Validation, field, message}; }
    static Error make(Kind kind, const QString &message) { return {kind, QString(), message}; }
};

} // namespace doo
