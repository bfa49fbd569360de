#include "itemmodels/NotificationPopups.h"

#include "domain/Clock.h"
#include "repositories/PreferenceRepository.h"

#include <algorithm>

namespace doo {

NotificationPopups::NotificationPopups(const QTimeZone &zone, QObject *parent) : QObject(parent), m_zone(zone)
{
    m_release.setSingleShot(true);
    connect(&m_release, &QTimer::timeout, this, &NotificationPopups::release);
}

NotificationPopups::PreferencesSource NotificationPopups::fromDatabase(Database &db, const UserContext &ctx)
{
    return [&db, ctx] { return PreferenceRepository(db, ctx).load(); };
}

void NotificationPopups::setPreferencesSource(PreferencesSource source)
{
    m_source = std::move(source);
    reread();
}

void NotificationPopups::reread()
{
    if (!m_source)
        return;
    if (const auto read = m_source())
        m_preferences = *read;
}

void NotificationPopups::setPreferences(const Preferences &preferences)
{
    m_preferences = preferences;
    if (!m_held.isEmpty())
        isQuiet() ? armRelease() : release();
}

void NotificationPopups::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_held.isEmpty())
        armRelease();
}

bool NotificationPopups::isQuiet() const
{
    return m_preferences.quietHours && m_preferences.inQuietHours(Clock::currentUtc().toTimeZone(m_zone).time());
}

void NotificationPopups::arrive(const QList<Notification> &arrived)
{
    reread();
    QList<Notification> shown;
    for (auto it = arrived.crbegin(); it != arrived.crend(); ++it) { // oldest first
        if (m_preferences.popupTypes.contains(it->type))
            shown << *it;
    }
    if (isQuiet()) {
        m_held << shown;
        armRelease();
        return;
    }
    if (!m_held.isEmpty())
        release(); // quiet hours ended while the timer could not fire (the computer slept)
    if (!shown.isEmpty())
        show(shown);
}

void NotificationPopups::armRelease()
{
    if (m_held.isEmpty())
        return;
    // The next end of quiet hours in the user's zone: today's or tomorrow's `quietTo`.
    const QDateTime now = Clock::currentUtc();
    const QDateTime local = now.toTimeZone(m_zone);
    QDateTime end(local.date(), m_preferences.quietTo, m_zone);
    if (end <= local)
        end = QDateTime(local.date().addDays(1), m_preferences.quietTo, m_zone);
    m_releaseAt = end.toUTC();
    m_release.start(int(std::clamp<qint64>(now.msecsTo(m_releaseAt), 0, 24LL * 3600 * 1000)));
}

void NotificationPopups::release()
{
    if (m_held.isEmpty())
        return;
    if (isQuiet()) {
        armRelease(); // woke early
        return;
    }
    m_release.stop();
    m_releaseAt = {};
    const QList<Notification> held = std::exchange(m_held, {});
    if (held.size() == 1) {
        show(held);
        return;
    }
    Popup summary;
    summary.title = tr("%n notifications during quiet hours", nullptr, int(held.size()));
    summary.body = listOf(held, false);
    const bool anyTaskDue =
        std::any_of(held.cbegin(), held.cend(), [](const Notification &n) { return n.type == NotificationType::TaskDue; });
    summary.type = anyTaskDue ? NotificationType::TaskDue : held.last().type;
    for (const Notification &n : held)
        summary.notificationIds << n.id;
    Q_EMIT popup(summary);
}

QString NotificationPopups::listOf(const QList<Notification> &notifications, bool messages)
{
    QStringList lines;
    for (const Notification &n : notifications.mid(0, kListed)) {
        const QString text = messages && !n.message.isEmpty() ? n.message.section(QLatin1Char('\n'), 0, 0) : n.title;
        lines << tr("• %1").arg(text);
    }
    if (notifications.size() > kListed)
        lines << tr("and %n more", nullptr, int(notifications.size()) - kListed);
    return lines.join(QLatin1Char('\n'));
}

void NotificationPopups::show(QList<Notification> arrivals)
{
    QList<Notification> due;
    QList<Notification> others;
    for (const Notification &n : arrivals)
        (n.type == NotificationType::TaskDue ? due : others) << n;
    if (due.size() > 1) {
        // One task each (the scheduler's single notices): "5 tasks due" listing them; a grouped
        // notice among them names several tasks already, so the pop-up counts the notices.
        const bool oneTaskEach = std::all_of(due.cbegin(), due.cend(), [](const Notification &n) { return !n.taskId.isEmpty(); });
        Popup grouped;
        grouped.title =
            oneTaskEach ? tr("%n tasks due", nullptr, int(due.size())) : tr("%n task reminders", nullptr, int(due.size()));
        grouped.body = listOf(due, oneTaskEach);
        grouped.type = NotificationType::TaskDue;
        for (const Notification &n : due)
            grouped.notificationIds << n.id;
        Q_EMIT popup(grouped);
    } else if (due.size() == 1) {
        others.prepend(due.first());
    }
    if (others.size() > kShownOneByOne) {
        Popup many;
        many.title = tr("%n new notifications", nullptr, int(others.size()));
        many.body = listOf(others, false);
        many.type = others.last().type;
        for (const Notification &n : others)
            many.notificationIds << n.id;
        Q_EMIT popup(many);
        return;
    }
    for (const Notification &n : others)
        Q_EMIT popup(Popup{n.title, n.message, n.type, {n.id}});
}

} // namespace doo
