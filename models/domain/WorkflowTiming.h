#pragma once

#include <QDateTime>

class QTimeZone;

namespace doo {

struct TriggerSpec;

// When a workflow is due. Times are UTC; schedules are read in the owner's time zone.
namespace WorkflowTiming {

// The zone of an IANA id ("Europe/Berlin"); the computer's zone for "" or an unknown id.
QTimeZone zoneFor(const QString &ianaId);
// The first due time of a workflow created, changed or switched on at `now`: a schedule's next
// slot after now, now + the interval, or nothing for event and manual triggers.
QDateTime firstRun(const TriggerSpec &trigger, const QDateTime &now, const QTimeZone &zone);
// The due time after a run that was due at `due` and claimed at `now`: the first slot after
// `now` (missed slots are not run one by one), keeping an interval's phase.
QDateTime nextRun(const TriggerSpec &trigger, const QDateTime &due, const QDateTime &now, const QTimeZone &zone);
// A time as the Workflows view shows it ("2026-11-25 17:00"), in the owner's zone (the zone
// schedules are read in), "" for no time.
QString displayTime(const QDateTime &utc, const QTimeZone &zone);
// "at:2026-11-25T09:00:00.000Z", the trigger key of a timed run.
QString timedKey(const QDateTime &due);

} // namespace WorkflowTiming

} // namespace doo
