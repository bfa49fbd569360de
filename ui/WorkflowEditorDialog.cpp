#include "WorkflowEditorDialog.h"

#include "ScreenFit.h"
#include "UnsavedChanges.h"
#include "ActionListEditor.h"
#include "DryRunPanel.h"
#include "HelpLinks.h"
#include "JsonEdit.h"
#include "TriggerEditor.h"
#include "domain/WorkflowDefinition.h"
#include "workflow/OutputFolders.h"
#include "workflow/WorkflowEngine.h"
#include "itemmodels/WorkflowIntents.h"
#include "itemmodels/WorkflowListModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace doo {

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// The style of a good or bad message, readable on a light and on a dark palette.
QString messageStyle(const QWidget *w, bool good)
{
    const bool dark = w->palette().color(QPalette::Window).lightness() < 128;
    if (good)
        return dark ? QStringLiteral("color: #81c784;") : QStringLiteral("color: #2e7d32;");
    return dark ? QStringLiteral("color: #ef9a9a;") : QStringLiteral("color: #c62828;");
}
} // namespace

WorkflowEditorDialog::WorkflowEditorDialog(WorkflowIntents &intents, QWidget *parent) : QDialog(parent), m_intents(intents)
{
    setObjectName(QStringLiteral("workflowEditor"));
    setWindowTitle(tr("Workflow"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(buildFormTab(), tr("Form"));
    m_tabs->addTab(buildJsonTab(), tr("JSON"));
    m_dryRun = new DryRunPanel(m_tabs);
    m_dryRun->setObjectName(QStringLiteral("editorDryRun"));
    m_dryRun->setPlanner([this]() -> Result<RunPlan> {
        if (!m_valid)
            return Error::make(Error::Kind::Validation, m_error);
        return m_intents.dryRun(m_current);
    });
    m_tabs->addTab(m_dryRun, tr("Dry run"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_dryRun)
            m_dryRun->refresh();
        updateValidationLabel();
    });
    layout->addWidget(m_tabs, 1);

    auto *bottom = new QHBoxLayout;
    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    m_help = buttons->addButton(QDialogButtonBox::Help);
    m_help->setObjectName(QStringLiteral("helpButton"));
    m_help->setShortcut(QKeySequence(Qt::Key_F1));
    m_help->setToolTip(tr("Workflow files in the manual: triggers, actions, placeholders and examples"));
    bottom->addWidget(m_validation, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(m_save, &QPushButton::clicked, this, &WorkflowEditorDialog::save);
    connect(cancel, &QPushButton::clicked, this, &WorkflowEditorDialog::reject);
    connect(m_help, &QPushButton::clicked, this, &WorkflowEditorDialog::openHelp);

    fitToScreen(this, QSize(980, 720));
    setWorkflow(Workflow());
}

WorkflowEditorDialog::~WorkflowEditorDialog() = default;

QWidget *WorkflowEditorDialog::buildFormTab()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("formTab"));
    auto *layout = new QVBoxLayout(page);

    auto *general = new QGroupBox(tr("Workflow"), page);
    auto *form = new QFormLayout(general);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_name = new QLineEdit(general);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Weekly status report"));
    m_description = new QPlainTextEdit(general);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_type = new QComboBox(general);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (const QString &t : enumNames<WorkflowType>())
        m_type->addItem(displayName(*enumFromString<WorkflowType>(t)), t);
    m_minutes = new QDoubleSpinBox(general);
    m_minutes->setObjectName(QStringLiteral("minutesSpin"));
    m_minutes->setRange(0, 100000);
    m_minutes->setDecimals(1);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setToolTip(tr("Minutes of work one run saves you (for the analytics)"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_type, 1);
    auto *savesLabel = new QLabel(tr("Saves per run"), general);
    savesLabel->setBuddy(m_minutes);
    row->addWidget(savesLabel);
    row->addWidget(m_minutes);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Type"), row);
    qobject_cast<QLabel *>(form->labelForField(row))->setBuddy(m_type);

    auto *triggerBox = new QGroupBox(tr("When it runs"), page);
    auto *triggerLayout = new QVBoxLayout(triggerBox);
    m_trigger = new TriggerEditor(triggerBox);
    m_trigger->setObjectName(QStringLiteral("triggerEditor"));
    triggerLayout->addWidget(m_trigger);

    auto *actionsBox = new QGroupBox(tr("What it does"), page);
    auto *actionsLayout = new QVBoxLayout(actionsBox);
    m_actions = new ActionListEditor(actionsBox);
    m_actions->setObjectName(QStringLiteral("actionsEditor"));
    actionsLayout->addWidget(m_actions);

    auto *top = new QHBoxLayout;
    top->addWidget(general, 1, Qt::AlignTop);
    top->addWidget(triggerBox, 1, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(actionsBox, 1);

    connect(m_name, &QLineEdit::textEdited, this, &WorkflowEditorDialog::onFormChanged);
    connect(m_description, &QPlainTextEdit::textChanged, this, &WorkflowEditorDialog::onFormChanged);
    connect(m_type, &QComboBox::currentIndexChanged, this, &WorkflowEditorDialog::onFormChanged);
    connect(m_minutes, &QDoubleSpinBox::valueChanged, this, &WorkflowEditorDialog::onFormChanged);
    connect(m_trigger, &TriggerEditor::changed, this, &WorkflowEditorDialog::onFormChanged);
    connect(m_actions, &ActionListEditor::changed, this, &WorkflowEditorDialog::onFormChanged);
    return page;
}

QWidget *WorkflowEditorDialog::buildJsonTab()
{
    auto *page = new QWidget(m_tabs);
    m_jsonTab = page;
    page->setObjectName(QStringLiteral("jsonTab"));
    auto *layout = new QVBoxLayout(page);
    auto *hint = new QLabel(tr("The same workflow as a workflow file (see <a href=\"help\">Workflow files</a> in the "
                               "manual). Edits here update the form as soon as they are valid."),
                            page);
    hint->setObjectName(QStringLiteral("jsonHint"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::RichText);
    hint->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(hint, &QLabel::linkActivated, this, &WorkflowEditorDialog::openHelp);
    m_json = new JsonEdit(page);
    m_json->setObjectName(QStringLiteral("jsonEdit"));
    m_json->setAccessibleName(tr("Workflow file (JSON)"));
    // The error: a click (or Enter once focused) takes the cursor to the marked line.
    m_jsonStatus = new QLabel(page);
    m_jsonStatus->setObjectName(QStringLiteral("jsonStatus"));
    m_jsonStatus->setAccessibleName(tr("Check of the workflow file"));
    m_jsonStatus->setWordWrap(true);
    m_jsonStatus->setTextFormat(Qt::PlainText);
    m_jsonStatus->installEventFilter(this);
    layout->addWidget(hint);
    layout->addWidget(m_json, 1);
    layout->addWidget(m_jsonStatus);
    connect(m_json, &QPlainTextEdit::textChanged, this, &WorkflowEditorDialog::onJsonChanged);
    return page;
}

void WorkflowEditorDialog::setTimeZone(const QTimeZone &zone)
{
    m_trigger->setTimeZone(zone);
}

QString WorkflowEditorDialog::formText() const
{
    Workflow w;
    w.name = m_name->text();
    w.description = m_description->toPlainText();
    w.type = enumFromString<WorkflowType>(m_type->currentData().toString()).value_or(WorkflowType::TaskAutomation);
    w.trigger = compact(m_trigger->toJson());
    w.actions = compact(m_actions->actions());
    w.estimatedMinutesSaved = m_minutes->value();
    return QString::fromUtf8(WorkflowFile::write(w));
}

void WorkflowEditorDialog::loadForm(const Workflow &w)
{
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    m_name->setText(w.name);
    m_description->setPlainText(w.description);
    m_type->setCurrentIndex(std::max(0, m_type->findData(toString(w.type))));
    m_minutes->setValue(w.estimatedMinutesSaved);
    const auto definition = WorkflowDefinition::parse(w.trigger, w.actions);
    if (definition) {
        m_trigger->setTrigger(definition->trigger);
        QJsonArray actions;
        for (const ActionSpec &a : definition->actions)
            actions.append(a.toJson());
        const int row = m_actions->currentRow();
        m_actions->setActions(actions);
        if (row > 0 && row < actions.size())
            m_actions->setCurrentRow(row);
    } else {
        // A new workflow starts as a manual one without actions.
        m_trigger->setTrigger(TriggerSpec());
        m_actions->setActions(QJsonArray());
    }
    m_syncing = wasSyncing;
}

void WorkflowEditorDialog::setWorkflow(const Workflow &workflow)
{
    m_original = workflow;
    setWindowTitle(workflow.id.isEmpty() ? tr("New workflow") : tr("Edit workflow — %1").arg(workflow.name));
    loadForm(workflow);
    const QString text = formText();
    m_savedDocument = QJsonDocument::fromJson(text.toUtf8());
    m_syncing = true;
    m_json->setPlainText(text);
    m_syncing = false;
    setValidation(WorkflowFile::parse(text.toUtf8()));
}

void WorkflowEditorDialog::onFormChanged()
{
    if (m_syncing)
        return;
    const QString text = formText();
    m_syncing = true;
    m_json->setPlainText(text);
    m_syncing = false;
    setValidation(WorkflowFile::parse(text.toUtf8()));
}

void WorkflowEditorDialog::onJsonChanged()
{
    if (m_syncing)
        return;
    const auto parsed = WorkflowFile::parse(m_json->toPlainText().toUtf8());
    if (parsed)
        loadForm(*parsed); // an invalid file leaves the form as it was
    setValidation(parsed);
}

void WorkflowEditorDialog::setValidation(const Result<Workflow> &read)
{
    // The folders of report and export actions as a run checks them, with those chosen here.
    Result<Workflow> parsed = read;
    if (read) {
        if (Status s = OutputFolders::checkWorkflow(*read, m_actions->form()->chosenFolders()); !s)
            parsed = s.error();
    }
    m_valid = parsed.ok();
    if (m_valid) {
        m_error.clear();
        m_errorAt = {};
        Workflow w = m_original;
        w.takeDefinition(*parsed);
        m_current = w;
        m_validation->setText(tr("Valid · %1").arg(w.frequency));
        m_validation->setStyleSheet(messageStyle(this, true));
        m_jsonStatus->setText(tr("Valid workflow file."));
        m_jsonStatus->setStyleSheet(messageStyle(this, true));
        m_jsonStatus->setToolTip(QString());
        m_jsonStatus->unsetCursor();
        m_jsonStatus->setFocusPolicy(Qt::NoFocus);
        m_json->setMarkedLine(0);
        m_save->setToolTip(QString());
    } else {
        m_error = parsed.error().text();
        m_errorAt = JsonErrorPosition::locate(m_json->toPlainText(), parsed.error());
        m_validation->setText(tr("Cannot save: %1").arg(m_error));
        m_validation->setStyleSheet(messageStyle(this, false));
        m_jsonStatus->setText(tr("Line %1, column %2: %3").arg(m_errorAt.line).arg(m_errorAt.column).arg(m_error));
        m_jsonStatus->setStyleSheet(messageStyle(this, false));
        m_jsonStatus->setToolTip(tr("Click to go to line %1").arg(m_errorAt.line));
        m_jsonStatus->setCursor(Qt::PointingHandCursor);
        m_jsonStatus->setFocusPolicy(Qt::TabFocus);
        m_json->setMarkedLine(m_errorAt.line);
        m_save->setToolTip(m_error);
    }
    m_save->setEnabled(m_valid);
    updateValidationLabel();
}

void WorkflowEditorDialog::updateValidationLabel()
{
    m_validation->setVisible(m_valid || m_tabs->currentWidget() != m_jsonTab);
}

void WorkflowEditorDialog::goToError()
{
    if (m_valid)
        return;
    m_tabs->setCurrentWidget(m_jsonTab);
    m_json->goTo(m_errorAt.line, m_errorAt.column);
}

bool WorkflowEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_jsonStatus && !m_valid) {
        if (event->type() == QEvent::MouseButtonRelease && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            goToError();
            return true;
        }
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
                goToError();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void WorkflowEditorDialog::openHelp()
{
    HelpLinks::open(HelpLinks::workflowFiles(), this);
}

void WorkflowEditorDialog::setFolderChooser(ActionForm::FolderChooser chooser)
{
    m_actions->form()->setFolderChooser(std::move(chooser));
}

bool WorkflowEditorDialog::hasUnsavedChanges() const
{
    return QJsonDocument::fromJson(m_json->toPlainText().toUtf8()) != m_savedDocument;
}

QString WorkflowEditorDialog::jsonText() const
{
    return m_json->toPlainText();
}

void WorkflowEditorDialog::setJsonText(const QString &text)
{
    m_json->setPlainText(text);
}

bool WorkflowEditorDialog::save()
{
    if (!m_valid)
        return false;
    Workflow w = m_current;
    if (m_saveHandler) {
        if (const Status s = m_saveHandler(w); !s) {
            if (s.error().kind == Error::Kind::Conflict && !w.id.isEmpty())
                return resolveConflict(w);
            showNotSaved(tr("Not saved: %1").arg(s.error().text()));
            return false;
        }
    }
    OutputFolders::rememberChosen(w, m_actions->form()->chosenFolders());
    m_original = w;
    m_savedDocument = QJsonDocument::fromJson(m_json->toPlainText().toUtf8());
    m_hasSaved = true;
    accept();
    return true;
}

bool WorkflowEditorDialog::resolveConflict(const Workflow &mine)
{
    const auto save = [this](const Workflow &w) -> Result<Workflow> {
        Workflow saved = w;
        if (const Status s = m_saveHandler(saved); !s)
            return s.error();
        return saved;
    };
    const auto read = [this](const QString &id) { return m_intents.workflow(id); };
    const auto outcome =
        ConflictDialog::resolve<Workflow>(m_original, mine, read, save, tr("this workflow"), this, m_conflictRunner);
    switch (outcome.choice) {
    case ConflictDialog::Merged:
    case ConflictDialog::KeptMine:
        setWorkflow(outcome.value);
        m_hasSaved = true;
        accept();
        return true;
    case ConflictDialog::TookTheirs:
        setWorkflow(outcome.base); // theirs counts as saved; my other edits, shown, do not
        loadForm(outcome.value);
        onFormChanged();
        showNotSaved(tr("Showing their values for the fields you both changed, with your other changes; not saved yet."));
        return false;
    case ConflictDialog::Cancelled:
        break;
    }
    showNotSaved(outcome.error.isError() ? tr("Not saved: %1").arg(outcome.error.text())
                                         : tr("Not saved: the workflow was changed elsewhere. Save again to compare."));
    return false;
}

void WorkflowEditorDialog::showNotSaved(const QString &message)
{
    m_validation->setText(message);
    m_validation->setStyleSheet(messageStyle(this, false));
}

void WorkflowEditorDialog::reject()
{
    std::function<QMessageBox::StandardButton()> prompt;
    if (m_prompt)
        prompt = [this] { return m_prompt(*this); };
    if (hasUnsavedChanges()
        && !UnsavedChanges::mayClose(this, tr("The workflow has changes that are not saved."), prompt, [this] { save(); }))
        return;
    QDialog::reject();
}

} // namespace doo
