#include "domain/Preferences.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace doo {

namespace {
const QString kWeeklyTarget = QStringLiteral("weekly_target_hours");
const QString kWeekStart = QStringLiteral("week_start");
const QString kQuietHours = QStringLiteral("quiet_hours");
const QString kPopupTypes = QStringLiteral("popup_types");
const QString kWipLimit = QStringLiteral("wip_limit.");
const QString kPurgeRead = QStringLiteral("purge_read_after_days");
const QString kArchive = QStringLiteral("archive_after_days");
const QString kNoTypes = QStringLiteral("none");
const QString kTimeFormat = QStringLiteral("HH:mm");

constexpr double kMaxWeeklyHours = 168;
constexpr int kMaxWipLimit = 10000;
constexpr int kMaxDays = 36500;

QString timeText(QTime t)
{
    return t.toString(kTimeFormat);
}
} // namespace

QSet<NotificationType> Preferences::allNotificationTypes()
{
    QSet<NotificationType> all;
    for (const QString &name : enumNames<NotificationType>())
        all.insert(*enumFromString<NotificationType>(name));
    return all;
}

bool Preferences::inQuietHours(QTime time) const
{
    if (!quietHours || quietFrom == quietTo)
        return false;
    if (quietFrom < quietTo)
        return time >= quietFrom && time < quietTo;
    return time >= quietFrom || time < quietTo; // spans midnight
}

Status Preferences::validate() const
{
    if (!std::isfinite(weeklyTargetHours) || weeklyTargetHours < 0 || weeklyTargetHours > kMaxWeeklyHours)
        return Error::validation(kWeeklyTarget, tr("must be between 0 and %1 hours").arg(kMaxWeeklyHours));
    if (weekStart < Qt::Monday || weekStart > Qt::Sunday)
        return Error::validation(kWeekStart, tr("must be a day of the week (1 = Monday … 7 = Sunday)"));
    if (!quietFrom.isValid() || !quietTo.isValid())
        return Error::validation(kQuietHours, tr("needs a start and an end time (HH:MM)"));
    if (quietHours && quietFrom == quietTo)
        return Error::validation(kQuietHours, tr("the start and the end are the same time"));
    for (TaskStatus status : kBoardColumns) {
        const int limit = wipLimit(status);
        if (limit < 0 || limit > kMaxWipLimit)
            return Error::validation(kWipLimit + toString(status), tr("must be between 0 (no limit) and %1").arg(kMaxWipLimit));
    }
    if (purgeReadAfterDays < 1 || purgeReadAfterDays > kMaxDays)
        return Error::validation(kPurgeRead, tr("must be between 1 and %1 days").arg(kMaxDays));
    if (archiveAfterDays < 1 || archiveAfterDays > kMaxDays)
        return Error::validation(kArchive, tr("must be between 1 and %1 days").arg(kMaxDays));
    return {};
}

QMap<QString, QString> Preferences::toStored() const
{
    QMap<QString, QString> stored;
    stored.insert(kWeeklyTarget, QString::number(weeklyTargetHours, 'g', 10));
    stored.insert(kWeekStart, QString::number(int(weekStart)));
    stored.insert(kQuietHours,
                  (quietHours ? QString() : QStringLiteral("off ")) + timeText(quietFrom) + QLatin1Char('-') + timeText(quietTo));
    QStringList types;
    for (const QString &name : enumNames<NotificationType>())
        if (popupTypes.contains(*enumFromString<NotificationType>(name)))
            types.append(name);
    stored.insert(kPopupTypes, types.isEmpty() ? kNoTypes : types.join(QLatin1Char(',')));
    for (TaskStatus status : kBoardColumns)
        stored.insert(kWipLimit + toString(status), QString::number(wipLimit(status)));
    stored.insert(kPurgeRead, QString::number(purgeReadAfterDays));
    stored.insert(kArchive, QString::number(archiveAfterDays));
    return stored;
}

Result<Preferences> Preferences::fromStored(const QMap<QString, QString> &stored)
{
    Preferences p;
    const auto unreadable = [](const QString &name) { return Error::validation(name, tr("the stored value cannot be read")); };
    bool ok = true;
    if (stored.contains(kWeeklyTarget)) {
        p.weeklyTargetHours = stored.value(kWeeklyTarget).toDouble(&ok);
        if (!ok)
            return unreadable(kWeeklyTarget);
    }
    if (stored.contains(kWeekStart)) {
        // Checked before the cast: a number outside Qt::DayOfWeek's values is no value of it.
        const int day = stored.value(kWeekStart).toInt(&ok);
        if (!ok || day < Qt::Monday || day > Qt::Sunday)
            return unreadable(kWeekStart);
        p.weekStart = Qt::DayOfWeek(day);
    }
    if (stored.contains(kQuietHours)) {
        QString text = stored.value(kQuietHours);
        p.quietHours = !text.startsWith(QLatin1String("off "));
        if (!p.quietHours)
            text = text.mid(4);
        const QStringList times = text.split(QLatin1Char('-'));
        if (times.size() != 2)
            return unreadable(kQuietHours);
        p.quietFrom = QTime::fromString(times[0], kTimeFormat);
        p.quietTo = QTime::fromString(times[1], kTimeFormat);
        if (!p.quietFrom.isValid() || !p.quietTo.isValid())
            return unreadable(kQuietHours);
    }
    if (stored.contains(kPopupTypes)) {
        p.popupTypes.clear();
        const QString names = stored.value(kPopupTypes);
        for (const QString &name : names == kNoTypes ? QStringList() : names.split(QLatin1Char(','))) {
            const auto type = enumFromString<NotificationType>(name);
            if (!type)
                return unreadable(kPopupTypes);
            p.popupTypes.insert(*type);
        }
    }
    for (TaskStatus status : kBoardColumns) {
        const QString name = kWipLimit + toString(status);
        if (stored.contains(name)) {
            p.setWipLimit(status, stored.value(name).toInt(&ok));
            if (!ok)
                return unreadable(name);
        }
    }
    for (auto [name, field] : {std::pair{kPurgeRead, &p.purgeReadAfterDays}, std::pair{kArchive, &p.archiveAfterDays}}) {
        if (stored.contains(name)) {
            *field = stored.value(name).toInt(&ok);
            if (!ok)
                return unreadable(name);
        }
    }
    if (Status s = p.validate(); !s)
        return s.error();
    return p;
}

bool Preferences::operator==(const Preferences &other) const
{
    return toStored() == other.toStored();
}

} // namespace doo
