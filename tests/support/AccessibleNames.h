#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>
#include <QStackedWidget>
#include <QStringList>
#include <QTextEdit>

namespace doo::test {

// The interactive controls under `root` that a screen reader cannot name, as "objectName
// (Class) in parentName (ParentClass)". Every page of a stacked or tab widget is walked, shown or
// not; other hidden widgets are skipped, as are controls that take no focus and the line edits
// inside spin and combo boxes (named through their box).
//
// A name counts when it is set (accessibleName) or comes from a QLabel whose buddy the control
// is, or — for buttons and check boxes — from their text. What Qt reports from a control's
// contents does not: on Linux a combo box's name is its current text, and a line edit's may be its
// placeholder.
inline bool hasAccessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
        return false;
    if (qobject_cast<QAbstractButton *>(w) || !w->accessibleName().trimmed().isEmpty())
        return true;
    const auto labels = iface->relations(QAccessible::Label);
    for (const auto &label : labels)
        if (qobject_cast<QLabel *>(label.first->object()))
            return true;
    return false;
}

inline bool isInteractive(QWidget *w)
{
    if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QHeaderView *>(w))
        return false;
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
        || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractSlider *>(w)
        || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w) || qobject_cast<QGraphicsView *>(w); // charts
}

inline QString describe(const QObject *o)
{
    if (!o)
        return QStringLiteral("-");
    const QString name = o->objectName().isEmpty() ? QStringLiteral("<unnamed>") : o->objectName();
    return QStringLiteral("%1 (%2)").arg(name, QString::fromLatin1(o->metaObject()->className()));
}

inline void collectUnnamed(QWidget *parent, QStringList *unnamed)
{
    const bool pages = qobject_cast<QStackedWidget *>(parent);
    for (QObject *object : parent->children()) {
        auto *w = qobject_cast<QWidget *>(object);
        if (!w || w->isWindow() || (w->isHidden() && !pages))
            continue;
        if (isInteractive(w) && !hasAccessibleName(w)) {
            QString where;
            for (QObject *p = w->parent(); p && where.count(QLatin1String(" in ")) < 3; p = p->parent())
                where += QStringLiteral(" in ") + describe(p);
            *unnamed << describe(w) + where;
        }
        if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w))
            continue;
        collectUnnamed(w, unnamed);
    }
}

inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    collectUnnamed(root, &unnamed);
    return unnamed;
}

} // namespace doo::test
