#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace doo {

namespace {
QString plainText(QString text)
{
    // "&Quit" → "Quit", "Save && close" → "Save & close"
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString menuTitle(const QAction *action)
{
    for (QObject *object : action->associatedObjects())
        if (auto *menu = qobject_cast<QMenu *>(object))
            return plainText(menu->title());
    return QString();
}

// The menus' actions in menu order, submenus included.
void collectMenu(const QList<QAction *> &actions, QList<QAction *> *out)
{
    for (QAction *action : actions) {
        if (action->menu())
            collectMenu(action->menu()->actions(), out);
        else if (!out->contains(action))
            out->append(action);
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("shortcutsSearch"));
    m_search->setPlaceholderText(tr("Search actions and keys"));
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_search->setClearButtonEnabled(true);

    m_model = new QStandardItemModel(0, 3, this);
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Menu")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("shortcutsView"));
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    fill(window);
    resize(560, 480);
}

QList<QAction *> ShortcutsDialog::actionsWithShortcuts(QWidget *window)
{
    QList<QAction *> actions;
    if (auto *bar = window->findChild<QMenuBar *>())
        collectMenu(bar->actions(), &actions);
    for (QAction *action : window->findChildren<QAction *>())
        if (!actions.contains(action))
            actions.append(action);
    actions.removeIf([](const QAction *a) { return a->shortcuts().isEmpty() || a->isSeparator() || a->text().isEmpty(); });
    return actions;
}

QList<QShortcut *> ShortcutsDialog::keysOfWidgets(QWidget *window)
{
    QList<QShortcut *> shortcuts;
    QStringList seen;
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (shortcut->keys().isEmpty() || shortcut->whatsThis().isEmpty() || seen.contains(shortcut->whatsThis()))
            continue;
        seen << shortcut->whatsThis();
        shortcuts << shortcut;
    }
    return shortcuts;
}

void ShortcutsDialog::fill(QWidget *window)
{
    for (QAction *action : actionsWithShortcuts(window)) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        QList<QStandardItem *> row{new QStandardItem(plainText(action->text())),
                                   new QStandardItem(keys.join(QStringLiteral(", "))), new QStandardItem(menuTitle(action))};
        row.first()->setToolTip(action->toolTip());
        m_model->appendRow(row);
    }
    for (QShortcut *shortcut : keysOfWidgets(window)) {
        QStringList keys;
        for (const QKeySequence &key : shortcut->keys())
            keys << key.toString(QKeySequence::NativeText);
        m_model->appendRow({new QStandardItem(shortcut->whatsThis()), new QStandardItem(keys.join(QStringLiteral(", "))),
                            new QStandardItem(QString())});
    }
}

} // namespace doo
