#pragma once

#include <QJsonObject>
#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;

namespace doo {

struct TriggerSpec;

// The trigger builder of the workflow editor: a kind (schedule, interval, event, manual) and the
// fields of that kind. A schedule is built from a frequency (hourly, daily, weekly, monthly) with
// a time, weekday or day of month, or typed as a cron expression; the next five runs are listed
// live in the user's time zone. Emits changed() on every edit; toJson() is the `trigger` object
// as the form stands (not validated).
class TriggerEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TriggerEditor(QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    // Shows a parsed trigger (emits nothing).
    void setTrigger(const TriggerSpec &trigger);
    QJsonObject toJson() const;
    // The schedule text the fields stand for ("weekly on monday at 09:00", a cron expression).
    QString scheduleText() const;

Q_SIGNALS:
    void changed();

private:
    QWidget *buildSchedulePage();
    QWidget *buildIntervalPage();
    QWidget *buildEventPage();
    void updateVisibility();
    void updatePreview();
    void edited();

    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_loading = false;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    // schedule
    QFormLayout *m_scheduleForm = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_minute = nullptr;
    QTimeEdit *m_time = nullptr;
    QComboBox *m_weekday = nullptr;
    QSpinBox *m_dayOfMonth = nullptr;
    QLineEdit *m_cron = nullptr;
    QCheckBox *m_scheduleCatchUp = nullptr;
    QLabel *m_words = nullptr;
    QListWidget *m_nextRuns = nullptr;
    // interval
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_intervalCatchUp = nullptr;
    // event
    QFormLayout *m_eventForm = nullptr;
    QComboBox *m_event = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QSpinBox *m_withinHours = nullptr;
};

} // namespace doo
