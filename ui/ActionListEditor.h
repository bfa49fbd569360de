#pragma once

#include <QJsonArray>
#include <QWidget>

class QListView;
class QPushButton;
class QToolButton;

namespace doo {

class ActionForm;
class ActionListModel;

// The actions part of the workflow editor: the list of actions in run order (reordered by drag
// and drop or the up/down buttons), an Add menu of the six kinds, Remove, and the form of the
// chosen action. changed() on every edit.
class ActionListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ActionListEditor(QWidget *parent = nullptr);

    // Shows a list (emits nothing); selects the first action.
    void setActions(const QJsonArray &actions);
    QJsonArray actions() const;
    ActionListModel *model() const { return m_model; }
    ActionForm *form() const { return m_form; }
    QListView *view() const { return m_view; }
    int currentRow() const;
    void setCurrentRow(int row);

    void addAction(const QString &kind);
    void removeCurrent();
    void moveCurrent(int direction);

Q_SIGNALS:
    void changed();

private:
    void showCurrent();
    void updateButtons();

    ActionListModel *m_model = nullptr;
    QListView *m_view = nullptr;
    ActionForm *m_form = nullptr;
    QToolButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    bool m_loading = false;
};

} // namespace doo
