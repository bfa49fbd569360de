#pragma once

#include "ActionForm.h"
#include "ConflictDialog.h"
#include "JsonErrorPosition.h"
#include "domain/User.h"
#include "domain/Workflow.h"

#include <QDialog>
#include <QJsonDocument>
#include <QMessageBox>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimeZone;
class QUrl;

namespace doo {

class ActionListEditor;
class DryRunPanel;
class JsonEdit;
class TriggerEditor;
class WorkflowIntents;

// Creates or edits a workflow. The Form tab (name, description, type, minutes saved per run, the
// trigger builder, the actions list with a form per action) and the JSON tab (the same definition
// as a workflow file) stay in sync: a form edit rewrites the JSON; a JSON edit that is a valid
// workflow file updates the form, an invalid one leaves the form as it was and shows the error
// with the path of the bad field; the JSON tab marks the bad line and says line, column and what is
// wrong in one message, which takes the cursor there when clicked. Save is disabled while the definition is invalid, with the
// reason shown. The Dry run tab plans a run of the definition as edited, before it is saved.
// Closing with unsaved changes asks Save / Discard / Cancel. A save refused because someone else
// saved the workflow meanwhile is compared three ways with the workflow as shown at first (their
// version read through the intents): their changes to fields not edited here are merged and saved
// without asking; fields both changed open the ConflictDialog (Keep mine saves and closes, Take
// theirs shows their values here with the other edits, Cancel comes back to the edit). Help (F1) and
// the JSON tab's link open the README's "Workflow files".
class WorkflowEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // Writes the workflow (create or update) and fills in the saved row; an error keeps the dialog open.
    using SaveHandler = std::function<Status(Workflow &)>;
    // Asks what to do with unsaved changes: Save, Discard or Cancel (test seam).
    using UnsavedPrompt = std::function<QMessageBox::StandardButton(WorkflowEditorDialog &)>;

    // Dry runs are planned through `intents`; saving goes through the save handler.
    explicit WorkflowEditorDialog(WorkflowIntents &intents, QWidget *parent = nullptr);
    ~WorkflowEditorDialog() override;

    // Shows a workflow (an empty id means a new one); what it shows counts as saved.
    void setWorkflow(const Workflow &workflow);
    void setTimeZone(const QTimeZone &zone);
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }
    void setConflictRunner(ConflictDialog::Runner runner) { m_conflictRunner = std::move(runner); }
    // The actions' Browse… buttons ask through `chooser` (test seam).
    void setFolderChooser(ActionForm::FolderChooser chooser);

    // The definition as edited, merged into the workflow given (id, owner, version, state).
    // Only meaningful while isValid().
    Workflow workflow() const { return m_current; }
    // The workflow as saved last (after a successful save()).
    Workflow savedWorkflow() const { return m_original; }
    // Whether this dialog wrote the workflow (not only showed theirs after a conflict).
    bool hasSaved() const { return m_hasSaved; }
    bool isValid() const { return m_valid; }
    // "field.path: what is wrong", or "" when valid.
    QString validationError() const { return m_error; }
    bool hasUnsavedChanges() const;
    QString jsonText() const;
    // Replaces the JSON tab's text as if typed.
    void setJsonText(const QString &text);
    // Where the error lies in the JSON text (only meaningful while !isValid()).
    JsonErrorPosition errorPosition() const { return m_errorAt; }
    // Shows the JSON tab with the cursor at the error.
    void goToError();
    // Opens the help (the README's "Workflow files") through the URL opener.
    void openHelp();

    // Validates and saves through the handler; accepts the dialog on success.
    bool save();
    void reject() override;

    TriggerEditor *triggerEditor() const { return m_trigger; }
    ActionListEditor *actionsEditor() const { return m_actions; }
    DryRunPanel *dryRunPanel() const { return m_dryRun; }
    JsonEdit *jsonEdit() const { return m_json; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFormTab();
    QWidget *buildJsonTab();
    QString formText() const;
    void loadForm(const Workflow &workflow);
    void onFormChanged();
    void onJsonChanged();
    void setValidation(const Result<Workflow> &parsed);
    void showNotSaved(const QString &message);
    // The message under the buttons: not repeated while the JSON tab shows the same error.
    void updateValidationLabel();
    // After a Conflict from the save handler: the conflict dialog and what its choice means here.
    bool resolveConflict(const Workflow &mine);

    WorkflowIntents &m_intents;
    Workflow m_original;
    Workflow m_current;
    QJsonDocument m_savedDocument;
    bool m_valid = false;
    QString m_error;
    bool m_syncing = false;
    bool m_hasSaved = false;
    SaveHandler m_saveHandler;
    UnsavedPrompt m_prompt;
    ConflictDialog::Runner m_conflictRunner;
    JsonErrorPosition m_errorAt;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_type = nullptr;
    QDoubleSpinBox *m_minutes = nullptr;
    TriggerEditor *m_trigger = nullptr;
    ActionListEditor *m_actions = nullptr;
    JsonEdit *m_json = nullptr;
    QWidget *m_jsonTab = nullptr;
    QLabel *m_jsonStatus = nullptr;
    DryRunPanel *m_dryRun = nullptr;
    QLabel *m_validation = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_help = nullptr;
};

} // namespace doo
