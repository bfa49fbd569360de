#pragma once

#include <QJsonObject>
#include <QStackedWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace doo {

// The form of one workflow action: a page per kind with every key of that kind (see README
// "Workflow files"). setAction() shows an action's JSON object; toJson() is the object as the
// form stands (not validated); changed() on every edit. A folder field has a Browse… button that
// asks for a folder and writes it into the field (under the home folder as "~/…").
class ActionForm : public QStackedWidget
{
    Q_OBJECT

public:
    // Asks for an existing folder, starting in `start`; an empty string when cancelled (test seam;
    // by default QFileDialog::getExistingDirectory).
    using FolderChooser = std::function<QString(QWidget *parent, const QString &caption, const QString &start)>;

    explicit ActionForm(QWidget *parent = nullptr);

    void setFolderChooser(FolderChooser chooser) { m_folderChooser = std::move(chooser); }
    // The folders chosen with Browse… in this form, as written into the fields, oldest first: what
    // the user picked in the window, as opposed to typed.
    QStringList chosenFolders() const { return m_chosenFolders; }
    // The text a chosen folder gets in a folder field: "~/…" under the home folder, else the path.
    static QString folderFieldText(const QString &chosen);

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
    // The field with its Browse… button beside it.
    QWidget *folderRow(QLineEdit *field, const QString &buttonName, QWidget *parent);
    void browse(QLineEdit *field);
    void edited();

    QString m_kind;
    bool m_loading = false;
    FolderChooser m_folderChooser;
    QStringList m_chosenFolders;
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
