#include "workflow/Schedule.h"

#include <QTimeZone>

namespace doo {

// Stub: implemented on the wf-defs branch.
Result<Schedule> Schedule::parse(const QString &text, const QString &field)
{
    Q_UNUSED(text);
    return Error::validation(field, QStringLiteral("not implemented"));
}

QString Schedule::describe() const
{
    return m_text;
}

QDateTime Schedule::nextAfter(const QDateTime &after, const QTimeZone &zone) const
{
    Q_UNUSED(after);
    Q_UNUSED(zone);
    return {};
}

QList<QDateTime> Schedule::nextRuns(const QDateTime &after, const QTimeZone &zone, int count) const
{
    QList<QDateTime> runs;
    QDateTime t = after;
    for (int i = 0; i < count; ++i) {
        t = nextAfter(t, zone);
        if (!t.isValid())
            break;
        runs.append(t);
    }
    return runs;
}

} // namespace doo
