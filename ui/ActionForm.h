#pragma once

#include <QJsonObject>
#include <QStackedWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace doo {

// The form of one workflow action: a page per kind with every key of that kind (see README
// "Workflow files"). setAction() shows an action's JSON object; toJson() is the object as the
// form stands (not validated); changed() on every edit.
class ActionForm : public QStackedWidget
{
    Q_OBJECT

public:
    explicit ActionForm(QWidget *parent = nullptr);

    // Shows `action` on the page of its kind (emits nothing); an empty object shows a blank page.
    void setAction(const QJsonObject &action);
    QJsonObject toJson() const;
    QString kind() const { return m_kind; }
    // The current page's size: the form is as tall as the kind shown, not as the tallest kind.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The six kinds, in menu order: "create_task", "update_tasks", ...
    static QStringList kinds();
    // A new action of a kind with its required fields filled with examples.
    static QJsonObject newAction(const QString &kind);

Q_SIGNALS:
    void changed();

private:
    QWidget *buildCreateTask();
    QWidget *buildUpdateTasks();
    QWidget *buildNotify();
    QWidget *buildReport();
    QWidget *buildExport();
    QWidget *buildApproval();
    QLineEdit *lineEdit(const QString &name, QWidget *parent);
    QPlainTextEdit *textEdit(const QString &name, QWidget *parent);
    QComboBox *combo(const QString &name, const QStringList &values, const QString &none, QWidget *parent);
    QSpinBox *spin(const QString &name, int min, int max, QWidget *parent);
    QCheckBox *check(const QString &name, const QString &text, QWidget *parent);
    QComboBox *triState(const QString &name, QWidget *parent);
    void edited();

    QString m_kind;
    bool m_loading = false;
    QWidget *m_blank = nullptr;
    QHash<QString, QWidget *> m_pages;
    // create_task
    QLineEdit *m_ctTitle = nullptr;
    QPlainTextEdit *m_ctDescription = nullptr;
    QComboBox *m_ctPriority = nullptr;
    QCheckBox *m_ctHasDue = nullptr;
    QSpinBox *m_ctDue = nullptr;
    QLineEdit *m_ctTags = nullptr;
    // update_tasks
    QList<QCheckBox *> m_utStatuses;
    QComboBox *m_utPriority = nullptr;
    QLineEdit *m_utTag = nullptr;
    QComboBox *m_utOverdue = nullptr;
    QCheckBox *m_utHasDueWithin = nullptr;
    QSpinBox *m_utDueWithin = nullptr;
    QCheckBox *m_utHasStale = nullptr;
    QSpinBox *m_utStale = nullptr;
    QComboBox *m_utByWorkflow = nullptr;
    QComboBox *m_utSetStatus = nullptr;
    QComboBox *m_utSetPriority = nullptr;
    QLineEdit *m_utAddTags = nullptr;
    QLineEdit *m_utRemoveTags = nullptr;
    QCheckBox *m_utHasSetDue = nullptr;
    QSpinBox *m_utSetDue = nullptr;
    // notify
    QComboBox *m_ntType = nullptr;
    QLineEdit *m_ntTitle = nullptr;
    QPlainTextEdit *m_ntMessage = nullptr;
    // generate_report
    QComboBox *m_grPeriod = nullptr;
    QComboBox *m_grFormat = nullptr;
    QLineEdit *m_grFolder = nullptr;
    // export_data
    QComboBox *m_edKind = nullptr;
    QComboBox *m_edFormat = nullptr;
    QLineEdit *m_edFolder = nullptr;
    // request_approval
    QLineEdit *m_raTitle = nullptr;
    QPlainTextEdit *m_raDescription = nullptr;
};

} // namespace doo
