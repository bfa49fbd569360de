#include "TriggerEditor.h"

#include "domain/LocaleFormat.h"
#include "domain/Clock.h"
#include "domain/Schedule.h"
#include "domain/WorkflowDefinition.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace doo {

namespace {
// Index order of the weekday combo; its item data is the name Schedule::parse takes.
const char *const kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
const TriggerSpec::Event kEvents[] = {
    TriggerSpec::Event::TaskCreated,           TriggerSpec::Event::TaskStatusChanged,
    TriggerSpec::Event::TaskDueSoon,           TriggerSpec::Event::ConsultationCreated,
    TriggerSpec::Event::ConsultationScheduled, TriggerSpec::Event::ConsultationCompleted,
    TriggerSpec::Event::ConsultationCancelled,
};

QString eventLabel(TriggerSpec::Event e)
{
    switch (e) {
    case TriggerSpec::Event::TaskCreated:
        return TriggerEditor::tr("A task is created");
    case TriggerSpec::Event::TaskStatusChanged:
        return TriggerEditor::tr("A task changes status");
    case TriggerSpec::Event::TaskDueSoon:
        return TriggerEditor::tr("A task is due soon");
    case TriggerSpec::Event::ConsultationCreated:
        return TriggerEditor::tr("A consultation is requested");
    case TriggerSpec::Event::ConsultationScheduled:
        return TriggerEditor::tr("A consultation is scheduled");
    case TriggerSpec::Event::ConsultationCompleted:
        return TriggerEditor::tr("A consultation is completed");
    case TriggerSpec::Event::ConsultationCancelled:
        return TriggerEditor::tr("A consultation is cancelled");
    case TriggerSpec::Event::None:
        break;
    }
    return {};
}

QComboBox *statusCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(TriggerEditor::tr("Any status"), QString());
    for (const QString &s : enumNames<TaskStatus>())
        combo->addItem(displayName(*enumFromString<TaskStatus>(s)), s);
    return combo;
}

void selectData(QComboBox *combo, const QString &value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}
} // namespace

TriggerEditor::TriggerEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("triggerKindCombo"));
    m_kind->addItem(tr("On a schedule"), QStringLiteral("schedule"));
    m_kind->addItem(tr("Every few minutes"), QStringLiteral("interval"));
    m_kind->addItem(tr("When something happens"), QStringLiteral("event"));
    m_kind->addItem(tr("Only when started by hand"), QStringLiteral("manual"));
    top->addRow(tr("Runs"), m_kind);
    layout->addLayout(top);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildSchedulePage());
    m_pages->addWidget(buildIntervalPage());
    m_pages->addWidget(buildEventPage());
    auto *manual = new QLabel(tr("The workflow runs only when you choose Run now."), m_pages);
    manual->setObjectName(QStringLiteral("manualHint"));
    manual->setWordWrap(true);
    manual->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(manual);
    layout->addWidget(m_pages);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        edited();
    });
    updateVisibility();
    updatePreview();
}

QWidget *TriggerEditor::buildSchedulePage()
{
    auto *page = new QWidget(this);
    m_scheduleForm = new QFormLayout(page);
    m_scheduleForm->setContentsMargins(0, 0, 0, 0);
    m_scheduleForm->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_mode = new QComboBox(page);
    m_mode->setObjectName(QStringLiteral("scheduleModeCombo"));
    m_mode->addItem(tr("Every hour"), QStringLiteral("hourly"));
    m_mode->addItem(tr("Every day"), QStringLiteral("daily"));
    m_mode->addItem(tr("Every week"), QStringLiteral("weekly"));
    m_mode->addItem(tr("Every month"), QStringLiteral("monthly"));
    m_mode->addItem(tr("Cron expression"), QStringLiteral("cron"));
    m_mode->setCurrentIndex(1);
    m_minute = new QSpinBox(page);
    m_minute->setObjectName(QStringLiteral("scheduleMinuteSpin"));
    m_minute->setRange(0, 59);
    m_minute->setPrefix(QStringLiteral(":"));
    m_time = new QTimeEdit(QTime(9, 0), page);
    m_time->setObjectName(QStringLiteral("scheduleTimeEdit"));
    m_time->setDisplayFormat(LocaleFormat::timeEditFormat());
    m_weekday = new QComboBox(page);
    m_weekday->setObjectName(QStringLiteral("scheduleWeekdayCombo"));
    for (int d = 0; d < 7; ++d)
        m_weekday->addItem(QLocale().standaloneDayName(d + 1), QLatin1String(kWeekdays[d]));
    m_dayOfMonth = new QSpinBox(page);
    m_dayOfMonth->setObjectName(QStringLiteral("scheduleDaySpin"));
    m_dayOfMonth->setRange(1, 31);
    m_dayOfMonth->setToolTip(tr("A month without this day runs on its last day"));
    m_cron = new QLineEdit(page);
    m_cron->setObjectName(QStringLiteral("cronEdit"));
    m_cron->setPlaceholderText(QStringLiteral("0 9 * * 1-5"));
    m_cron->setToolTip(tr("Minute, hour, day of month, month, day of week"));
    m_scheduleCatchUp = new QCheckBox(tr("Run once to catch up after the program was closed"), page);
    m_scheduleCatchUp->setObjectName(QStringLiteral("scheduleCatchUpCheck"));
    m_scheduleCatchUp->setChecked(true);
    m_words = new QLabel(page);
    m_words->setObjectName(QStringLiteral("scheduleWords"));
    m_words->setWordWrap(true);
    m_nextRuns = new QListWidget(page);
    m_nextRuns->setObjectName(QStringLiteral("nextRunsList"));
    m_nextRuns->setFixedHeight(m_nextRuns->fontMetrics().lineSpacing() * 5 + 2 * m_nextRuns->frameWidth() + 6);
    m_nextRuns->setSelectionMode(QAbstractItemView::NoSelection);
    m_nextRuns->setFocusPolicy(Qt::NoFocus);

    m_scheduleForm->addRow(tr("Frequency"), m_mode);
    m_scheduleForm->addRow(tr("Minute"), m_minute);
    m_scheduleForm->addRow(tr("Weekday"), m_weekday);
    m_scheduleForm->addRow(tr("Day of month"), m_dayOfMonth);
    m_scheduleForm->addRow(tr("Time"), m_time);
    m_scheduleForm->addRow(tr("Cron"), m_cron);
    m_scheduleForm->addRow(QString(), m_scheduleCatchUp);
    m_scheduleForm->addRow(QString(), m_words);
    m_scheduleForm->addRow(tr("Next 5 runs"), m_nextRuns);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        edited();
    });
    connect(m_minute, &QSpinBox::valueChanged, this, &TriggerEditor::edited);
    connect(m_time, &QTimeEdit::timeChanged, this, &TriggerEditor::edited);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, &TriggerEditor::edited);
    connect(m_dayOfMonth, &QSpinBox::valueChanged, this, &TriggerEditor::edited);
    connect(m_cron, &QLineEdit::textEdited, this, &TriggerEditor::edited);
    connect(m_scheduleCatchUp, &QCheckBox::toggled, this, &TriggerEditor::edited);
    return page;
}

QWidget *TriggerEditor::buildIntervalPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_interval = new QSpinBox(page);
    m_interval->setObjectName(QStringLiteral("intervalMinutesSpin"));
    m_interval->setRange(1, 525600);
    m_interval->setValue(60);
    m_interval->setSuffix(tr(" min"));
    m_intervalCatchUp = new QCheckBox(tr("Run once to catch up after the program was closed"), page);
    m_intervalCatchUp->setObjectName(QStringLiteral("intervalCatchUpCheck"));
    m_intervalCatchUp->setChecked(true);
    form->addRow(tr("Every"), m_interval);
    form->addRow(QString(), m_intervalCatchUp);
    connect(m_interval, &QSpinBox::valueChanged, this, &TriggerEditor::edited);
    connect(m_intervalCatchUp, &QCheckBox::toggled, this, &TriggerEditor::edited);
    return page;
}

QWidget *TriggerEditor::buildEventPage()
{
    auto *page = new QWidget(this);
    m_eventForm = new QFormLayout(page);
    m_eventForm->setContentsMargins(0, 0, 0, 0);
    m_eventForm->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_event = new QComboBox(page);
    m_event->setObjectName(QStringLiteral("eventCombo"));
    for (TriggerSpec::Event e : kEvents)
        m_event->addItem(eventLabel(e), TriggerSpec::eventName(e));
    m_from = statusCombo(QStringLiteral("eventFromCombo"), page);
    m_to = statusCombo(QStringLiteral("eventToCombo"), page);
    m_withinHours = new QSpinBox(page);
    m_withinHours->setObjectName(QStringLiteral("withinHoursSpin"));
    m_withinHours->setRange(1, 720);
    m_withinHours->setValue(24);
    m_withinHours->setSuffix(tr(" h"));
    m_eventForm->addRow(tr("When"), m_event);
    m_eventForm->addRow(tr("From"), m_from);
    m_eventForm->addRow(tr("To"), m_to);
    m_eventForm->addRow(tr("Due within"), m_withinHours);
    connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        edited();
    });
    connect(m_from, &QComboBox::currentIndexChanged, this, &TriggerEditor::edited);
    connect(m_to, &QComboBox::currentIndexChanged, this, &TriggerEditor::edited);
    connect(m_withinHours, &QSpinBox::valueChanged, this, &TriggerEditor::edited);
    return page;
}

void TriggerEditor::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    updatePreview();
}

void TriggerEditor::updateVisibility()
{
    m_pages->setCurrentIndex(m_kind->currentIndex());
    // The stack is as tall as the page shown (hidden pages ask for no room).
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                          i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->updateGeometry();
    const QString mode = m_mode->currentData().toString();
    m_scheduleForm->setRowVisible(m_minute, mode == QLatin1String("hourly"));
    m_scheduleForm->setRowVisible(m_weekday, mode == QLatin1String("weekly"));
    m_scheduleForm->setRowVisible(m_dayOfMonth, mode == QLatin1String("monthly"));
    m_scheduleForm->setRowVisible(
        m_time, mode == QLatin1String("daily") || mode == QLatin1String("weekly") || mode == QLatin1String("monthly"));
    m_scheduleForm->setRowVisible(m_cron, mode == QLatin1String("cron"));
    const QString event = m_event->currentData().toString();
    const bool statusChange = event == TriggerSpec::eventName(TriggerSpec::Event::TaskStatusChanged);
    m_eventForm->setRowVisible(m_from, statusChange);
    m_eventForm->setRowVisible(m_to, statusChange);
    m_eventForm->setRowVisible(m_withinHours, event == TriggerSpec::eventName(TriggerSpec::Event::TaskDueSoon));
}

void TriggerEditor::edited()
{
    if (m_loading)
        return;
    updatePreview();
    Q_EMIT changed();
}

QString TriggerEditor::scheduleText() const
{
    const QString mode = m_mode->currentData().toString();
    const QString time = m_time->time().toString(QStringLiteral("HH:mm"));
    if (mode == QLatin1String("hourly"))
        return QStringLiteral("hourly at :%1").arg(m_minute->value(), 2, 10, QLatin1Char('0'));
    if (mode == QLatin1String("daily"))
        return QStringLiteral("daily at ") + time;
    if (mode == QLatin1String("weekly"))
        return QStringLiteral("weekly on %1 at %2").arg(m_weekday->currentData().toString(), time);
    if (mode == QLatin1String("monthly"))
        return QStringLiteral("monthly on %1 at %2").arg(m_dayOfMonth->value()).arg(time);
    return m_cron->text().simplified();
}

void TriggerEditor::updatePreview()
{
    m_nextRuns->clear();
    const auto schedule = Schedule::parse(scheduleText());
    if (!schedule) {
        m_words->setText(schedule.error().message);
        m_words->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    m_words->setText(schedule->describe());
    m_words->setStyleSheet(QString());
    const QString zoneName = QString::fromUtf8(m_zone.id());
    for (const QDateTime &t : schedule->nextRuns(Clock::currentUtc(), m_zone, 5))
        m_nextRuns->addItem(LocaleFormat::dateTimeWithWeekday(t, m_zone) + QStringLiteral("  (") + zoneName + QLatin1Char(')'));
}

void TriggerEditor::setTrigger(const TriggerSpec &trigger)
{
    m_loading = true;
    m_kind->setCurrentIndex(int(trigger.kind));
    switch (trigger.kind) {
    case TriggerSpec::Kind::Schedule: {
        m_scheduleCatchUp->setChecked(trigger.catchUp);
        const auto schedule = Schedule::parse(trigger.at);
        const QString text = schedule ? schedule->text() : trigger.at;
        static const QRegularExpression hhmm(QStringLiteral("at (\\d\\d):(\\d\\d)$"));
        const auto time = hhmm.match(text);
        if (time.hasMatch())
            m_time->setTime(QTime(time.captured(1).toInt(), time.captured(2).toInt()));
        const Schedule::Kind kind = schedule ? schedule->kind() : Schedule::Kind::Cron;
        switch (kind) {
        case Schedule::Kind::Hourly:
            m_minute->setValue(text.section(QLatin1Char(':'), 1).toInt());
            break;
        case Schedule::Kind::Weekly:
            selectData(m_weekday, text.section(QLatin1Char(' '), 2, 2));
            break;
        case Schedule::Kind::Monthly:
            m_dayOfMonth->setValue(text.section(QLatin1Char(' '), 2, 2).toInt());
            break;
        case Schedule::Kind::Daily:
            break;
        case Schedule::Kind::Cron:
            m_cron->setText(text);
            break;
        }
        m_mode->setCurrentIndex(int(kind));
        break;
    }
    case TriggerSpec::Kind::Interval:
        m_interval->setValue(trigger.intervalMinutes);
        m_intervalCatchUp->setChecked(trigger.catchUp);
        break;
    case TriggerSpec::Kind::Event:
        selectData(m_event, TriggerSpec::eventName(trigger.event));
        selectData(m_from, trigger.from ? toString(*trigger.from) : QString());
        selectData(m_to, trigger.to ? toString(*trigger.to) : QString());
        if (trigger.event == TriggerSpec::Event::TaskDueSoon)
            m_withinHours->setValue(trigger.withinHours);
        break;
    case TriggerSpec::Kind::Manual:
        break;
    }
    updateVisibility();
    updatePreview();
    m_loading = false;
}

QJsonObject TriggerEditor::toJson() const
{
    const QString kind = m_kind->currentData().toString();
    QJsonObject o{{QStringLiteral("type"), kind}};
    if (kind == QLatin1String("schedule")) {
        o.insert(QStringLiteral("at"), scheduleText());
        o.insert(QStringLiteral("catch_up"), m_scheduleCatchUp->isChecked());
    } else if (kind == QLatin1String("interval")) {
        o.insert(QStringLiteral("minutes"), m_interval->value());
        o.insert(QStringLiteral("catch_up"), m_intervalCatchUp->isChecked());
    } else if (kind == QLatin1String("event")) {
        const QString event = m_event->currentData().toString();
        o.insert(QStringLiteral("event"), event);
        if (event == TriggerSpec::eventName(TriggerSpec::Event::TaskStatusChanged)) {
            if (!m_from->currentData().toString().isEmpty())
                o.insert(QStringLiteral("from"), m_from->currentData().toString());
            if (!m_to->currentData().toString().isEmpty())
                o.insert(QStringLiteral("to"), m_to->currentData().toString());
        } else if (event == TriggerSpec::eventName(TriggerSpec::Event::TaskDueSoon)) {
            o.insert(QStringLiteral("within_hours"), m_withinHours->value());
        }
    }
    return o;
}

} // namespace doo
