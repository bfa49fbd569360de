#pragma once

#include "itemmodels/EditConflict.h"

#include <QDialog>

#include <functional>

class QLabel;
class QTableView;

namespace doo {

// The second save of a row two people edited, when both changed the same fields: those fields
// side by side (field | theirs | mine) with Keep mine, Take theirs and Cancel (back to the editor,
// nothing lost). Their changes to the other fields are kept whatever the choice. Keep mine that
// meets yet another change stays open and shows that newest version.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    // Merged: no field was in conflict, their changes and mine were saved without asking.
    enum Choice { Cancelled = QDialog::Rejected, KeptMine = 2, TookTheirs = 3, Merged = 4 };
    // How the dialog is run (test seam); empty: exec().
    using Runner = std::function<int(ConflictDialog &)>;

    ConflictDialog(EditConflict &conflict, const QString &what, QWidget *parent = nullptr);

    EditConflict &conflict() const { return m_conflict; }
    QTableView *table() const { return m_table; }
    void keepMine();
    void takeTheirs();

    // Compares `mine` with theirs (read through `read`) and with `base`, the version the editor
    // loaded. With no field in conflict it saves both sides' changes without showing anything
    // (Merged); otherwise it shows the conflicting fields through `runner` and carries out the
    // choice. `value` is what the editor shows next: the saved row after Merged or Keep mine,
    // theirs with my other changes after Take theirs, mine after Cancel; `base` is the version
    // that edit now starts from (theirs after Take theirs). `error` says why nothing was saved.
    template<typename T>
    struct Outcome
    {
        Choice choice = Cancelled;
        T value;
        T base;
        Error error;
    };
    template<typename T>
    static Outcome<T> resolve(const T &base, const T &mine, typename EditConflictOf<T>::Read read,
                              typename EditConflictOf<T>::Save save, const QString &what, QWidget *parent, const Runner &runner)
    {
        Outcome<T> outcome{Cancelled, mine, base, {}};
        auto conflict = EditConflictOf<T>::open(base, mine, std::move(read), std::move(save));
        if (!conflict) {
            outcome.error = conflict.error();
            return outcome;
        }
        EditConflictOf<T> &c = **conflict;
        const auto quiet = c.saveIfNoConflict();
        if (!quiet) {
            outcome.error = quiet.error();
            return outcome;
        }
        if (*quiet) {
            outcome.choice = Merged;
            outcome.value = c.saved();
            return outcome;
        }
        ConflictDialog dialog(c, what, parent);
        outcome.choice = Choice(runner ? runner(dialog) : dialog.exec());
        if (outcome.choice == KeptMine) {
            outcome.value = c.saved();
        } else if (outcome.choice == TookTheirs) {
            outcome.value = c.theirsWithMyOtherChanges();
            outcome.base = c.theirs();
        }
        return outcome;
    }

private:
    void showProblem(const Error &error);

    EditConflict &m_conflict;
    QLabel *m_intro = nullptr;
    QLabel *m_problem = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace doo
