#pragma once

#include "itemmodels/EditConflict.h"

#include <QDialog>

#include <functional>

class QLabel;
class QTableView;

namespace doo {

// The second save of a row two people edited: the fields that differ side by side (field | theirs
// | mine) with Keep mine, Take theirs and Cancel (back to the editor, nothing lost). Keep mine
// that meets yet another change stays open and shows that newest version.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Cancelled = QDialog::Rejected, KeptMine = 2, TookTheirs = 3 };
    // How the dialog is run (test seam); empty: exec().
    using Runner = std::function<int(ConflictDialog &)>;

    ConflictDialog(EditConflict &conflict, const QString &what, QWidget *parent = nullptr);

    EditConflict &conflict() const { return m_conflict; }
    QTableView *table() const { return m_table; }
    void keepMine();
    void takeTheirs();

    // Builds the conflict of `mine` (theirs read through `read`), shows it through `runner` and
    // carries out the choice. `value` is what the editor shows next: the saved row after Keep
    // mine, theirs after Take theirs, mine after Cancel. `error` says why it could not be shown.
    template<typename T>
    struct Outcome
    {
        Choice choice = Cancelled;
        T value;
        Error error;
    };
    template<typename T>
    static Outcome<T> resolve(const T &mine, typename EditConflictOf<T>::Read read, typename EditConflictOf<T>::Save save,
                              const QString &what, QWidget *parent, const Runner &runner)
    {
        Outcome<T> outcome{Cancelled, mine, {}};
        auto conflict = EditConflictOf<T>::open(mine, std::move(read), std::move(save));
        if (!conflict) {
            outcome.error = conflict.error();
            return outcome;
        }
        EditConflictOf<T> &c = **conflict;
        ConflictDialog dialog(c, what, parent);
        outcome.choice = Choice(runner ? runner(dialog) : dialog.exec());
        if (outcome.choice == KeptMine)
            outcome.value = c.saved();
        else if (outcome.choice == TookTheirs)
            outcome.value = c.theirs();
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
