#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace doo {

class Database;

// The one rule for a change that the connection dropped, used by every intents object:
// - lost before COMMIT was sent (Error::Kind::ConnectionLost): the server rolled the whole
//   transaction back, so nothing of it is saved. The connection is reopened once (bounded, see
//   kConnectTimeoutSecs) and the change runs once more. A change is one transaction that reads what
//   it needs inside it, so the second run is the same change, never a second one.
// - lost while COMMIT was on its way (Error::Kind::CommitUnknown): saved or not is unknown, so it
//   is never simply run again. `check` (when given) reads whether it landed; only when it surely
//   did not is the change run again.
// - otherwise the user is told exactly what was not saved (or may not have been).
// The intents name their changes in this class's translation context (WriteRetry::tr), so that
// the names and the sentences they go into are translated together.
class WriteRetry
{
    Q_DECLARE_TR_FUNCTIONS(WriteRetry)

public:
    // How long reopening may block the caller's thread when the server does not answer.
    static constexpr int kConnectTimeoutSecs = 2;

    // `what` names the change as the user knows it, e.g. "the new task "Call Bob"".
    // `check`: nullopt = the change is not in the database (safe to run again); a result = it is
    // (the outcome to return); an error result = cannot tell.
    template<typename R>
    static R run(Database &db, const QString &what, const std::function<R()> &write,
                 const std::function<std::optional<R>()> &check = {})
    {
        R result = write();
        bool retried = false;
        while (!result) {
            const Error::Kind kind = result.error().kind;
            if (kind != Error::Kind::ConnectionLost && kind != Error::Kind::CommitUnknown)
                return result;
            if (retried || !reopen(db))
                return R(kind == Error::Kind::ConnectionLost ? notSaved(what, result.error()) : maybeSaved(what));
            if (kind == Error::Kind::CommitUnknown) {
                const std::optional<R> landed = check ? check() : std::optional<R>(R(maybeSaved(what)));
                if (landed)
                    return *landed ? *landed : R(maybeSaved(what));
            }
            retried = true;
            result = write();
        }
        return result;
    }

    static Error notSaved(const QString &what, const Error &cause);
    static Error maybeSaved(const QString &what);

private:
    // True when the connection is open (again).
    static bool reopen(Database &db);
};

} // namespace doo
