#pragma once

#include "ConflictDialog.h"
#include "domain/Task.h"

#include <QDialog>
#include <QList>
#include <QMessageBox>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace doo {

// Creates, edits or duplicates one task. A task with an empty id is a new one (a duplicate is a
// copy with its id cleared). Input is validated on every edit with Task::validate(); Save stays
// disabled, and validationLabel says why, until the input is valid. Ctrl+Return saves.
// With a store, Save writes through it and the dialog stays open, with what was typed, when the
// write fails. A task someone else saved meanwhile is compared three ways with the task as loaded:
// their changes to fields not edited here are merged and saved without asking; fields both
// changed open the ConflictDialog (Keep mine closes the dialog saved, Take theirs shows their
// values here with the other edits, Cancel comes back to the edit).
// Closing with unsaved changes (Escape, Cancel, the close button) asks Save / Discard / Cancel,
// as the workflow editor does; without changes it closes at once. Beside the due date, Today,
// Tomorrow and Next week (Monday) set it to the end of that working day, 17:00. Due dates are shown
// and entered in the owner's time zone (`zone`; invalid: the computer's), as everywhere else.
class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    TaskDialog(const Task &task, const QStringList &existingTags, const QList<TaskHistoryEntry> &history,
               QWidget *parent = nullptr, const QTimeZone &zone = QTimeZone());
    ~TaskDialog() override;

    using Save = std::function<Result<Task>(const Task &)>;
    using Read = std::function<Result<Task>(const QString &id)>;
    void setStore(Save save, Read read);
    void setConflictRunner(ConflictDialog::Runner runner) { m_conflictRunner = std::move(runner); }
    // Test seam: what to do with unsaved changes on closing (default: asks with a message box).
    using UnsavedPrompt = std::function<QMessageBox::StandardButton(TaskDialog &)>;
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }
    // The task as written by the store (after the dialog was accepted).
    const Task &savedTask() const { return m_saved; }
    // Saves through the store (when there is one) and closes only when that worked.
    void accept() override;
    void reject() override;
    // Whether a field differs from the task as loaded.
    bool hasUnsavedChanges() const;
    // The quick due dates: that day at the end of the working day, in `zone` (invalid: local time).
    static QDateTime quickDue(int daysFromToday, const QTimeZone &zone = QTimeZone());
    static QDateTime quickDueNextWeek(const QTimeZone &zone = QTimeZone());

    // The input task with the edited fields replaced, normalized (trimmed title, split and
    // deduplicated tags, dueDate in UTC or invalid). Every other field is kept as given.
    Task task() const;
    // Empty when the input is valid, else one sentence naming the problem.
    QString validationMessage() const;

private:
    void load(const Task &task);
    void revalidate();
    void showProblem(const QString &message);
    void fillHistory(const QList<TaskHistoryEntry> &history);
    QWidget *buildDueRow();
    void setDue(const QDateTime &due);
    // The edit field holds the wall-clock time of the owner's zone (with a UTC spec, which has no
    // daylight-saving gaps); these convert between it and a moment.
    QDateTime shownInZone(const QDateTime &moment) const;
    QDateTime momentOfShown(const QDateTime &shown) const;

    QTimeZone m_zone;

    Task m_task;
    Task m_base; // the version this edit started from: what each side changed since
    Task m_saved;
    Save m_store;
    Read m_read;
    ConflictDialog::Runner m_conflictRunner;
    UnsavedPrompt m_prompt;
    QDateTime m_shownDue; // the due date as first shown, to keep its seconds when left alone
    QDateTime m_uncheckedDue; // the date shown before the due date was unticked, back when ticked again
    bool m_titleTouched = false; // typed in: from then on an empty title is said
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_dueCheck = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_validation = nullptr;
    QListWidget *m_history = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace doo
