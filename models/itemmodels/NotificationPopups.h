#pragma once

#include "domain/Notification.h"
#include "domain/Preferences.h"
#include "domain/User.h"

#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <functional>

namespace doo {

class Database;

// One pop-up to show now (a tray message or a desktop notification).
struct Popup
{
    QString title;
    QString body;
    NotificationType type = NotificationType::Info;
    QStringList notificationIds; // the notifications it tells of
};

// The rules deciding which arrived notifications pop up, for the tray and the desktop's
// notification service alike: only the types the user chose (Preferences::popupTypes) pop up;
// during quiet hours (in the user's time zone) nothing does, and when they end one summary tells
// what came meanwhile; several TASK_DUE arriving at once pop up as one with the list inside, and
// more than a few others as one. Time from Clock. The list in the window is not affected.
class NotificationPopups : public QObject
{
    Q_OBJECT

public:
    // Reads the user's preferences (again); a failed read keeps the last ones.
    using PreferencesSource = std::function<Result<Preferences>()>;

    explicit NotificationPopups(const QTimeZone &zone, QObject *parent = nullptr);
    // The current user's preferences from the database (PreferenceRepository), read again at
    // every arrival so that a change made elsewhere applies without a restart.
    static PreferencesSource fromDatabase(Database &db, const UserContext &ctx);

    void setPreferencesSource(PreferencesSource source);
    // The preferences changed (the Settings window): applies them at once; ending quiet hours
    // releases what they held.
    void setPreferences(const Preferences &preferences);
    const Preferences &preferences() const { return m_preferences; }
    void setTimeZone(const QTimeZone &zone);

    // Notifications that arrived (newest first, as NotificationListModel::arrived gives them).
    void arrive(const QList<Notification> &arrived);
    // Quiet hours are over: one summary of what they held (the timer calls it at their end).
    // Nothing while they last.
    void release();
    int heldCount() const { return int(m_held.size()); }
    bool isQuiet() const;
    // When the timer releases what is held (invalid when nothing is held).
    QDateTime releaseAt() const { return m_releaseAt; }

    // At most this many titles are listed in a grouped pop-up; the rest are counted.
    static constexpr int kListed = 5;
    // More arrivals at once (other than TASK_DUE) are summed up in one pop-up.
    static constexpr int kShownOneByOne = 3;

Q_SIGNALS:
    void popup(const doo::Popup &popup);

private:
    void reread();
    void show(QList<Notification> arrivals); // oldest first
    void armRelease();
    static QString listOf(const QList<Notification> &notifications, bool messages);

    QTimeZone m_zone;
    Preferences m_preferences;
    PreferencesSource m_source;
    QList<Notification> m_held; // oldest first
    QTimer m_release;
    QDateTime m_releaseAt;
};

} // namespace doo

Q_DECLARE_METATYPE(doo::Popup)
