#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QShortcut;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace doo {

// Help ▸ Keyboard shortcuts: every shortcut of a window's actions (and its described
// QShortcuts), collected from its QActions
// when the dialog opens (so a new action shows without anyone editing a list), with a search field
// that keeps the rows whose action, shortcut or menu contain the words typed.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // The rows shown: action, shortcut, menu; filtered by the search field.
    const QSortFilterProxyModel *rows() const { return m_proxy; }
    // Every action of the window (and of its widgets) that has a shortcut, in menu order first.
    static QList<QAction *> actionsWithShortcuts(QWidget *window);
    // The keys that work in one place without a menu entry (Return on a board column…): the
    // window's QShortcuts that say what they do in whatsThis, each text once.
    static QList<QShortcut *> keysOfWidgets(QWidget *window);

private:
    void fill(QWidget *window);

    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace doo
