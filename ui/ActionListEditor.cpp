#include "ActionListEditor.h"

#include "ActionForm.h"
#include "itemmodels/ActionListModel.h"

#include <QHBoxLayout>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace doo {

ActionListEditor::ActionListEditor(QWidget *parent) : QWidget(parent)
{
    m_model = new ActionListModel(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QListView(left);
    m_view->setObjectName(QStringLiteral("actionsList"));
    m_view->setAccessibleName(tr("Actions"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setUniformItemSizes(true);
    m_view->setToolTip(tr("Actions run from top to bottom; drag them to change the order"));

    auto *buttons = new QHBoxLayout;
    m_add = new QToolButton(left);
    m_add->setObjectName(QStringLiteral("addActionButton"));
    m_add->setText(tr("Add"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_add);
    menu->setObjectName(QStringLiteral("addActionMenu"));
    for (const QString &kind : ActionForm::kinds()) {
        QAction *a = menu->addAction(ActionListModel::kindLabel(kind), this, [this, kind] { addAction(kind); });
        a->setObjectName(QStringLiteral("addAction_") + kind);
    }
    m_add->setMenu(menu);
    m_remove = new QPushButton(tr("Remove"), left);
    m_remove->setObjectName(QStringLiteral("removeActionButton"));
    m_up = new QPushButton(tr("Up"), left);
    m_up->setObjectName(QStringLiteral("moveActionUpButton"));
    m_down = new QPushButton(tr("Down"), left);
    m_down->setObjectName(QStringLiteral("moveActionDownButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(buttons);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The form keeps its own height at the top; the room below stays empty.
    auto *holder = new QWidget(scroll);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new ActionForm(holder);
    m_form->setObjectName(QStringLiteral("actionForm"));
    holderLayout->addWidget(m_form);
    holderLayout->addStretch(1);
    scroll->setWidget(holder);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 560});
    layout->addWidget(splitter);

    connect(m_remove, &QPushButton::clicked, this, &ActionListEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ActionListEditor::showCurrent);
    connect(m_form, &ActionForm::changed, this, [this] {
        const int row = currentRow();
        if (row >= 0)
            m_model->setAction(row, m_form->toJson());
    });
    connect(m_model, &ActionListModel::actionsChanged, this, [this] {
        updateButtons();
        if (!m_loading)
            Q_EMIT changed();
    });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &ActionListEditor::updateButtons);
    updateButtons();
}

void ActionListEditor::setActions(const QJsonArray &actions)
{
    m_loading = true;
    m_model->setActions(actions);
    m_loading = false;
    setCurrentRow(actions.isEmpty() ? -1 : 0);
    showCurrent();
}

QJsonArray ActionListEditor::actions() const
{
    return m_model->actions();
}

int ActionListEditor::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void ActionListEditor::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_view->setCurrentIndex(QModelIndex());
        return;
    }
    m_view->setCurrentIndex(m_model->index(row));
}

void ActionListEditor::showCurrent()
{
    const int row = currentRow();
    m_form->setAction(row >= 0 ? m_model->action(row) : QJsonObject());
    updateButtons();
}

void ActionListEditor::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

void ActionListEditor::addAction(const QString &kind)
{
    const int row = m_model->append(ActionForm::newAction(kind));
    setCurrentRow(row);
    showCurrent();
}

void ActionListEditor::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeAction(row);
    setCurrentRow(std::min(row, m_model->rowCount() - 1));
    showCurrent();
}

void ActionListEditor::moveCurrent(int direction)
{
    const int row = currentRow();
    if (m_model->moveAction(row, direction))
        setCurrentRow(row + direction);
    updateButtons();
}

} // namespace doo
