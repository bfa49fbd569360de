#include "TaskDialog.h"

#include "UnsavedChanges.h"
#include "domain/Clock.h"
#include "domain/LocaleFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QToolButton>

#include <algorithm>

namespace doo {

namespace {

// Completes the tag after the last comma of a comma-separated list, keeping the tags before it.
class TagCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override
    {
        return {path.mid(path.lastIndexOf(QLatin1Char(',')) + 1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString tag = QCompleter::pathFromIndex(index);
        const auto *edit = qobject_cast<const QLineEdit *>(widget());
        const QString text = edit ? edit->text() : QString();
        const int comma = text.lastIndexOf(QLatin1Char(','));
        return comma < 0 ? tag : text.left(comma + 1) + QLatin1Char(' ') + tag;
    }
};

// Where a quick due date puts the time: the end of a working day, 17:00.
QTime endOfWorkingDay()
{
    return QTime(17, 0);
}

// Compares what the dialog edits.
bool sameEdit(const Task &a, const Task &b)
{
    return a.title == b.title && a.description == b.description && a.priority == b.priority && a.status == b.status
        && a.tags == b.tags && a.dueDate.isValid() == b.dueDate.isValid()
        && (!a.dueDate.isValid() || a.dueDate.toUTC() == b.dueDate.toUTC());
}

} // namespace

TaskDialog::TaskDialog(const Task &task, const QStringList &existingTags, const QList<TaskHistoryEntry> &history, QWidget *parent,
                       const QTimeZone &zone)
    : QDialog(parent), m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone()), m_task(task)
{
    setObjectName(QStringLiteral("taskDialog"));
    const bool isNew = task.id.isEmpty();
    setWindowTitle(isNew ? tr("New task") : tr("Edit task"));
    setMinimumWidth(480);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("What needs to be done?"));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(fontMetrics().lineSpacing() * 5);

    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    for (Priority p : {Priority::Low, Priority::Medium, Priority::High, Priority::Urgent})
        m_priority->addItem(displayName(p), QVariant::fromValue(p));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (TaskStatus s : kBoardColumns)
        m_status->addItem(displayName(s), QVariant::fromValue(s));

    m_dueCheck = new QCheckBox(tr("Due date"), this);
    m_dueCheck->setObjectName(QStringLiteral("dueCheck"));
    m_due = new QDateTimeEdit(this);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setAccessibleName(tr("Due date and time"));
    m_due->setCalendarPopup(true);
    m_due->setTimeSpec(Qt::UTC);
    m_due->setDisplayFormat(LocaleFormat::dateTimeEditFormat());
    // Without a due date the field says so instead of showing a made-up date: its minimum stands
    // for "none"; ticking the box brings back the date unticked before, else proposes tomorrow 09:00.
    m_due->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
    m_due->setSpecialValueText(tr("No due date"));
    connect(m_dueCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_due->setEnabled(on);
        if (!on) {
            if (m_due->dateTime() != m_due->minimumDateTime())
                m_uncheckedDue = m_due->dateTime();
            m_due->setDateTime(m_due->minimumDateTime());
        } else if (m_due->dateTime() == m_due->minimumDateTime()) {
            const QDate tomorrow = LocaleFormat::inZone(Clock::currentUtc(), m_zone).date().addDays(1);
            m_due->setDateTime(m_uncheckedDue.isValid() ? m_uncheckedDue : QDateTime(tomorrow, QTime(9, 0), Qt::UTC));
        }
    });

    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. finance, q3"));
    auto *completer = new TagCompleter(this);
    completer->setModel(new QStringListModel(existingTags, completer));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(completer);

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    QPalette warning = m_validation->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_validation->setPalette(warning);

    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    fillHistory(history);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Ok);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save (Ctrl+Return)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(m_dueCheck, buildDueRow());
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("History:"), m_history);
    form->addRow(m_validation);
    form->addRow(m_buttons);
    form->setRowVisible(m_history, !isNew);

    auto *saveShortcut = new QShortcut(this);
    saveShortcut->setKeys({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            accept();
    });

    connect(m_title, &QLineEdit::textChanged, this, &TaskDialog::revalidate);
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleTouched = true; });
    connect(m_description, &QPlainTextEdit::textChanged, this, &TaskDialog::revalidate);
    connect(m_tags, &QLineEdit::textChanged, this, &TaskDialog::revalidate);
    load(task);
    m_title->setFocus();
}

TaskDialog::~TaskDialog() = default;

QWidget *TaskDialog::buildDueRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_due, 1);
    struct Quick
    {
        const char *name;
        QString text;
        std::function<QDateTime()> when;
    };
    const Quick quick[] = {
        {"quickDueToday", tr("Today"), [zone = m_zone] { return quickDue(0, zone); }},
        {"quickDueTomorrow", tr("Tomorrow"), [zone = m_zone] { return quickDue(1, zone); }},
        {"quickDueNextWeek", tr("Next week"), [zone = m_zone] { return quickDueNextWeek(zone); }},
    };
    for (const Quick &q : quick) {
        auto *button = new QToolButton(row);
        button->setObjectName(QString::fromLatin1(q.name));
        button->setText(q.text);
        button->setAutoRaise(true);
        button->setToolTip(tr("Due %1").arg(LocaleFormat::dateTimeWithWeekday(q.when(), m_zone)));
        connect(button, &QToolButton::clicked, this, [this, when = q.when] { setDue(when()); });
        layout->addWidget(button);
    }
    return row;
}

QDateTime TaskDialog::quickDue(int daysFromToday, const QTimeZone &zone)
{
    const QDate today = LocaleFormat::inZone(Clock::currentUtc(), zone).date();
    const QDate day = today.addDays(daysFromToday);
    return zone.isValid() ? QDateTime(day, endOfWorkingDay(), zone) : QDateTime(day, endOfWorkingDay());
}

QDateTime TaskDialog::quickDueNextWeek(const QTimeZone &zone)
{
    const QDate today = LocaleFormat::inZone(Clock::currentUtc(), zone).date();
    return quickDue(8 - today.dayOfWeek(), zone); // Monday
}

void TaskDialog::setDue(const QDateTime &due)
{
    m_dueCheck->setChecked(true);
    m_due->setDateTime(shownInZone(due));
}

QDateTime TaskDialog::shownInZone(const QDateTime &moment) const
{
    const QDateTime there = moment.toTimeZone(m_zone);
    return QDateTime(there.date(), QTime(there.time().hour(), there.time().minute()), Qt::UTC);
}

QDateTime TaskDialog::momentOfShown(const QDateTime &shown) const
{
    return QDateTime(shown.date(), shown.time(), m_zone).toUTC();
}

void TaskDialog::load(const Task &task)
{
    m_task = task;
    m_base = task;
    m_title->setText(task.title);
    m_description->setPlainText(task.description);
    m_priority->setCurrentIndex(m_priority->findData(QVariant::fromValue(task.priority)));
    m_status->setCurrentIndex(m_status->findData(QVariant::fromValue(task.status)));
    m_shownDue = QDateTime();
    if (task.dueDate.isValid()) {
        m_due->setDateTime(shownInZone(task.dueDate));
        m_shownDue = m_due->dateTime();
    } else {
        m_due->setDateTime(m_due->minimumDateTime()); // "No due date"
    }
    m_dueCheck->setChecked(task.dueDate.isValid());
    m_due->setEnabled(m_dueCheck->isChecked());
    m_tags->setText(task.tags.join(QStringLiteral(", ")));
    revalidate();
}

void TaskDialog::setStore(Save save, Read read)
{
    m_store = std::move(save);
    m_read = std::move(read);
}

void TaskDialog::accept()
{
    if (!m_save->isEnabled())
        return;
    if (!m_store)
        return QDialog::accept();
    const Task mine = task();
    auto saved = m_store(mine);
    if (saved) {
        m_saved = saved.takeValue();
        return QDialog::accept();
    }
    if (saved.error().kind != Error::Kind::Conflict || mine.id.isEmpty() || !m_read)
        return showProblem(tr("Not saved: %1").arg(saved.error().text()));
    const auto outcome = ConflictDialog::resolve<Task>(m_base, mine, m_read, m_store, tr("this task"), this, m_conflictRunner);
    switch (outcome.choice) {
    case ConflictDialog::Merged:
    case ConflictDialog::KeptMine:
        m_saved = outcome.value;
        return QDialog::accept();
    case ConflictDialog::TookTheirs:
        load(outcome.value);
        m_base = outcome.base;
        return showProblem(tr("Showing their values for the fields you both changed, with your other changes; not saved yet."));
    case ConflictDialog::Cancelled:
        break;
    }
    showProblem(outcome.error.isError() ? tr("Not saved: %1").arg(outcome.error.text())
                                        : tr("Not saved: the task was changed elsewhere. Save again to compare."));
}

bool TaskDialog::hasUnsavedChanges() const
{
    Task base = m_base;
    base.normalize();
    return !sameEdit(task(), base);
}

void TaskDialog::reject()
{
    std::function<QMessageBox::StandardButton()> prompt;
    if (m_prompt)
        prompt = [this] { return m_prompt(*this); };
    const auto save = [this] {
        m_titleTouched = true; // an invalid edit says why it was not saved
        revalidate();
        accept();
    };
    if (hasUnsavedChanges() && !UnsavedChanges::mayClose(this, tr("The task has changes that are not saved."), prompt, save))
        return;
    QDialog::reject();
}

void TaskDialog::showProblem(const QString &message)
{
    m_validation->setText(message);
}

Task TaskDialog::task() const
{
    Task t = m_task;
    t.title = m_title->text();
    t.description = m_description->toPlainText();
    t.priority = m_priority->currentData().value<Priority>();
    t.status = m_status->currentData().value<TaskStatus>();
    if (!m_dueCheck->isChecked())
        t.dueDate = QDateTime();
    else if (m_task.dueDate.isValid() && m_due->dateTime() == m_shownDue)
        t.dueDate = m_task.dueDate.toUTC(); // untouched: keep the seconds the editor does not show
    else
        t.dueDate = momentOfShown(m_due->dateTime());
    t.tags = m_tags->text().split(QLatin1Char(','));
    t.normalize();
    return t;
}

QString TaskDialog::validationMessage() const
{
    const Status status = task().validate();
    if (status)
        return {};
    const Error &error = status.error();
    QString field;
    if (error.field == QLatin1String("title"))
        field = tr("Title");
    else if (error.field == QLatin1String("description"))
        field = tr("Description");
    if (!field.isEmpty())
        return tr("%1 %2", "field name, then what is wrong with it").arg(field, error.message);
    QString sentence = error.message; // the tag checks already read as a sentence
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toUpper();
    return sentence;
}

void TaskDialog::revalidate()
{
    const QString message = validationMessage();
    // An empty title is said only once the field was typed in: a new dialog does not open with a
    // reproach (Save stays disabled all the same).
    const bool untouchedEmptyTitle = !m_titleTouched && m_title->text().trimmed().isEmpty();
    m_validation->setText(untouchedEmptyTitle ? QString() : message);
    m_save->setEnabled(message.isEmpty());
}

void TaskDialog::fillHistory(const QList<TaskHistoryEntry> &history)
{
    QList<TaskHistoryEntry> entries = history;
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TaskHistoryEntry &a, const TaskHistoryEntry &b) { return a.changedAt < b.changedAt; });
    for (const TaskHistoryEntry &entry : entries) {
        const QString when = LocaleFormat::dateTime(entry.changedAt);
        const QString text = entry.fromStatus
            ? tr("%1 → %2 — %3").arg(displayName(*entry.fromStatus), displayName(entry.toStatus), when)
            : tr("Created in %1 — %2").arg(displayName(entry.toStatus), when);
        m_history->addItem(text);
    }
    if (entries.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No changes yet"), m_history);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace doo
