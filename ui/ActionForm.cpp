#include "ActionForm.h"

#include "domain/Enums.h"
#include "itemmodels/ActionListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace doo {

namespace {
const QString kType = QStringLiteral("type");

QJsonArray tagArray(const QString &text)
{
    QJsonArray tags;
    for (const QString &t : text.split(QLatin1Char(','))) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty())
            tags.append(tag);
    }
    return tags;
}

QString tagText(const QJsonValue &value)
{
    QStringList tags;
    for (const QJsonValue &v : value.toArray())
        tags << v.toString();
    return tags.join(QStringLiteral(", "));
}

void select(QComboBox *combo, const QString &value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

QString boolText(const QJsonValue &v)
{
    return v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : QString();
}

// Puts an optional integer: the spin's value when its box is ticked.
void optionalInt(QJsonObject &o, const char *key, const QCheckBox *box, const QSpinBox *spin)
{
    if (box->isChecked())
        o.insert(QLatin1String(key), spin->value());
}

void loadOptionalInt(const QJsonObject &o, const char *key, QCheckBox *box, QSpinBox *spin)
{
    const QJsonValue v = o.value(QLatin1String(key));
    box->setChecked(v.isDouble());
    if (v.isDouble())
        spin->setValue(v.toInt());
    spin->setEnabled(box->isChecked());
}

void optionalText(QJsonObject &o, const char *key, const QString &text)
{
    if (!text.isEmpty())
        o.insert(QLatin1String(key), text);
}

QWidget *withCheck(QCheckBox *box, QSpinBox *spin, QWidget *parent)
{
    auto *row = new QWidget(parent);
    row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    layout->addWidget(spin, 1);
    spin->setEnabled(false);
    QObject::connect(box, &QCheckBox::toggled, spin, &QWidget::setEnabled);
    return row;
}
} // namespace

ActionForm::ActionForm(QWidget *parent) : QStackedWidget(parent)
{
    m_blank = new QLabel(tr("Add an action, or choose one in the list to edit it."), this);
    static_cast<QLabel *>(m_blank)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel *>(m_blank)->setWordWrap(true);
    addWidget(m_blank);
    const QList<QWidget *> pages = {buildCreateTask(), buildUpdateTasks(), buildNotify(),
                                    buildReport(),     buildExport(),      buildApproval()};
    const QStringList names = kinds();
    for (int i = 0; i < pages.size(); ++i) {
        pages.at(i)->setObjectName(QStringLiteral("actionPage_") + names.at(i));
        if (auto *form = qobject_cast<QFormLayout *>(pages.at(i)->layout()))
            form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_pages.insert(names.at(i), pages.at(i));
        addWidget(pages.at(i));
    }
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize ActionForm::sizeHint() const
{
    return currentWidget() ? currentWidget()->sizeHint() : QStackedWidget::sizeHint();
}

QSize ActionForm::minimumSizeHint() const
{
    return currentWidget() ? currentWidget()->minimumSizeHint() : QStackedWidget::minimumSizeHint();
}

QStringList ActionForm::kinds()
{
    return {QStringLiteral("create_task"),     QStringLiteral("update_tasks"), QStringLiteral("notify"),
            QStringLiteral("generate_report"), QStringLiteral("export_data"),  QStringLiteral("request_approval")};
}

QJsonObject ActionForm::newAction(const QString &kind)
{
    // Every key the form shows with a value is in the object, so the list and the JSON tab agree
    // with the form from the start.
    if (kind == QLatin1String("create_task"))
        return {{kType, kind},
                {QStringLiteral("title"), tr("New task {date}")},
                {QStringLiteral("priority"), QStringLiteral("MEDIUM")}};
    if (kind == QLatin1String("update_tasks"))
        return {{kType, kind},
                {QStringLiteral("filter"), QJsonObject{{QStringLiteral("overdue"), true}}},
                {QStringLiteral("set"), QJsonObject{{QStringLiteral("priority"), QStringLiteral("HIGH")}}}};
    if (kind == QLatin1String("notify"))
        return {{kType, kind},
                {QStringLiteral("notification_type"), QStringLiteral("INFO")},
                {QStringLiteral("title"), tr("{workflow.name} ran")}};
    if (kind == QLatin1String("generate_report"))
        return {{kType, kind},
                {QStringLiteral("period"), QStringLiteral("week")},
                {QStringLiteral("format"), QStringLiteral("pdf")},
                {QStringLiteral("folder"), QStringLiteral("~/Reports")}};
    if (kind == QLatin1String("export_data"))
        return {{kType, kind},
                {QStringLiteral("kind"), QStringLiteral("tasks")},
                {QStringLiteral("format"), QStringLiteral("csv")},
                {QStringLiteral("folder"), QStringLiteral("~/Exports")}};
    if (kind == QLatin1String("request_approval"))
        return {{kType, kind}, {QStringLiteral("title"), tr("Approve {workflow.name}")}};
    return {{kType, kind}};
}

QLineEdit *ActionForm::lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    connect(edit, &QLineEdit::textEdited, this, &ActionForm::edited);
    return edit;
}

QPlainTextEdit *ActionForm::textEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(80);
    connect(edit, &QPlainTextEdit::textChanged, this, &ActionForm::edited);
    return edit;
}

QComboBox *ActionForm::combo(const QString &name, const QStringList &values, const QString &none, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    if (!none.isEmpty())
        box->addItem(none, QString());
    for (const QString &v : values)
        box->addItem(ActionListModel::valueLabel(v), v);
    connect(box, &QComboBox::currentIndexChanged, this, &ActionForm::edited);
    return box;
}

QSpinBox *ActionForm::spin(const QString &name, int min, int max, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(min, max);
    connect(box, &QSpinBox::valueChanged, this, &ActionForm::edited);
    return box;
}

QCheckBox *ActionForm::check(const QString &name, const QString &text, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(name);
    connect(box, &QCheckBox::toggled, this, &ActionForm::edited);
    return box;
}

QComboBox *ActionForm::triState(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(tr("Either"), QString());
    box->addItem(tr("Yes"), QStringLiteral("true"));
    box->addItem(tr("No"), QStringLiteral("false"));
    connect(box, &QComboBox::currentIndexChanged, this, &ActionForm::edited);
    return box;
}

QWidget *ActionForm::folderRow(QLineEdit *field, const QString &buttonName, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    // In a row of its own the field is no longer its label's sibling: named here for screen readers.
    field->setAccessibleName(tr("Folder"));
    auto *button = new QPushButton(tr("Browse…"), row);
    button->setObjectName(buttonName);
    button->setToolTip(tr("Choose the folder"));
    layout->addWidget(field, 1);
    layout->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this, field] { browse(field); });
    return row;
}

QString ActionForm::folderFieldText(const QString &chosen)
{
    const QString path = QDir::cleanPath(chosen);
    const QString home = QDir::cleanPath(QDir::homePath());
    if (path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~/") + path.mid(home.size() + 1);
    return path;
}

void ActionForm::browse(QLineEdit *field)
{
    // Starts in the folder the field names when it exists, else in the home folder.
    QString start = field->text().trimmed();
    if (start.startsWith(QLatin1String("~/")))
        start = QDir::home().filePath(start.mid(2));
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = QDir::homePath();
    const QString caption = tr("Choose a folder");
    const QString chosen =
        m_folderChooser ? m_folderChooser(this, caption, start) : QFileDialog::getExistingDirectory(this, caption, start);
    if (chosen.isEmpty())
        return;
    const QString text = folderFieldText(chosen);
    field->setText(text);
    m_chosenFolders << text;
    edited();
}

QWidget *ActionForm::buildCreateTask()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_ctTitle = lineEdit(QStringLiteral("ct_title"), page);
    m_ctDescription = textEdit(QStringLiteral("ct_description"), page);
    m_ctPriority = combo(QStringLiteral("ct_priority"), enumNames<Priority>(), QString(), page);
    select(m_ctPriority, QStringLiteral("MEDIUM"));
    m_ctHasDue = check(QStringLiteral("ct_hasDue"), tr("Due in"), page);
    m_ctDue = spin(QStringLiteral("ct_dueInDays"), 0, 3650, page);
    m_ctDue->setAccessibleName(tr("Due in days"));
    m_ctDue->setSuffix(tr(" days"));
    m_ctTags = lineEdit(QStringLiteral("ct_tags"), page);
    m_ctTags->setPlaceholderText(tr("comma-separated"));
    form->addRow(tr("Title"), m_ctTitle);
    form->addRow(tr("Description"), m_ctDescription);
    form->addRow(tr("Priority"), m_ctPriority);
    form->addRow(tr("Due date"), withCheck(m_ctHasDue, m_ctDue, page));
    form->addRow(tr("Tags"), m_ctTags);
    return page;
}

QWidget *ActionForm::buildUpdateTasks()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *which = new QGroupBox(tr("Which tasks"), page);
    auto *filter = new QFormLayout(which);
    auto *statuses = new QWidget(which);
    auto *statusGrid = new QGridLayout(statuses);
    statusGrid->setContentsMargins(0, 0, 0, 0);
    for (const QString &s : enumNames<TaskStatus>()) {
        QCheckBox *box = check(QStringLiteral("ut_status_") + s, displayName(*enumFromString<TaskStatus>(s)), statuses);
        box->setProperty("status", s);
        statusGrid->addWidget(box, int(m_utStatuses.size()) / 3, int(m_utStatuses.size()) % 3);
        m_utStatuses << box;
    }
    m_utPriority = combo(QStringLiteral("ut_filterPriority"), enumNames<Priority>(), tr("Any priority"), which);
    m_utTag = lineEdit(QStringLiteral("ut_filterTag"), which);
    m_utOverdue = triState(QStringLiteral("ut_overdue"), which);
    m_utHasDueWithin = check(QStringLiteral("ut_hasDueWithin"), tr("Within"), which);
    m_utDueWithin = spin(QStringLiteral("ut_dueWithinDays"), 0, 3650, which);
    m_utDueWithin->setAccessibleName(tr("Due within days"));
    m_utDueWithin->setSuffix(tr(" days"));
    m_utHasStale = check(QStringLiteral("ut_hasStale"), tr("For"), which);
    m_utStale = spin(QStringLiteral("ut_staleDays"), 1, 3650, which);
    m_utStale->setAccessibleName(tr("Not updated for days"));
    m_utStale->setSuffix(tr(" days"));
    m_utByWorkflow = triState(QStringLiteral("ut_createdByWorkflow"), which);
    filter->addRow(tr("Status"), statuses);
    filter->addRow(tr("Priority"), m_utPriority);
    filter->addRow(tr("Tag"), m_utTag);
    filter->addRow(tr("Overdue"), m_utOverdue);
    filter->addRow(tr("Due"), withCheck(m_utHasDueWithin, m_utDueWithin, which));
    filter->addRow(tr("Not updated"), withCheck(m_utHasStale, m_utStale, which));
    filter->addRow(tr("Created by a workflow"), m_utByWorkflow);

    auto *what = new QGroupBox(tr("Change"), page);
    auto *set = new QFormLayout(what);
    m_utSetStatus = combo(QStringLiteral("ut_setStatus"), enumNames<TaskStatus>(), tr("Unchanged"), what);
    m_utSetPriority = combo(QStringLiteral("ut_setPriority"), enumNames<Priority>(), tr("Unchanged"), what);
    m_utAddTags = lineEdit(QStringLiteral("ut_addTags"), what);
    m_utAddTags->setPlaceholderText(tr("comma-separated"));
    m_utRemoveTags = lineEdit(QStringLiteral("ut_removeTags"), what);
    m_utRemoveTags->setPlaceholderText(tr("comma-separated"));
    m_utHasSetDue = check(QStringLiteral("ut_hasSetDue"), tr("Due in"), what);
    m_utSetDue = spin(QStringLiteral("ut_setDueInDays"), 0, 3650, what);
    m_utSetDue->setAccessibleName(tr("New due date in days"));
    m_utSetDue->setSuffix(tr(" days"));
    set->addRow(tr("Status"), m_utSetStatus);
    set->addRow(tr("Priority"), m_utSetPriority);
    set->addRow(tr("Add tags"), m_utAddTags);
    set->addRow(tr("Remove tags"), m_utRemoveTags);
    set->addRow(tr("Due date"), withCheck(m_utHasSetDue, m_utSetDue, what));
    layout->addWidget(which);
    layout->addWidget(what);
    layout->addStretch();
    return page;
}

QWidget *ActionForm::buildNotify()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_ntType = combo(QStringLiteral("nt_type"), enumNames<NotificationType>(), QString(), page);
    m_ntTitle = lineEdit(QStringLiteral("nt_title"), page);
    m_ntMessage = textEdit(QStringLiteral("nt_message"), page);
    form->addRow(tr("Kind"), m_ntType);
    form->addRow(tr("Title"), m_ntTitle);
    form->addRow(tr("Message"), m_ntMessage);
    return page;
}

QWidget *ActionForm::buildReport()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_grPeriod = combo(QStringLiteral("gr_period"), {QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month")},
                       QString(), page);
    select(m_grPeriod, QStringLiteral("week"));
    m_grFormat = combo(QStringLiteral("gr_format"), {QStringLiteral("pdf"), QStringLiteral("csv")}, QString(), page);
    m_grFolder = lineEdit(QStringLiteral("gr_folder"), page);
    m_grFolder->setPlaceholderText(QStringLiteral("~/Reports"));
    form->addRow(tr("Period"), m_grPeriod);
    form->addRow(tr("Format"), m_grFormat);
    QWidget *folder = folderRow(m_grFolder, QStringLiteral("gr_browse"), page);
    form->addRow(tr("Folder"), folder);
    qobject_cast<QLabel *>(form->labelForField(folder))->setBuddy(m_grFolder);
    return page;
}

QWidget *ActionForm::buildExport()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_edKind = combo(QStringLiteral("ed_kind"), {QStringLiteral("tasks"), QStringLiteral("consultations")}, QString(), page);
    m_edFormat = combo(QStringLiteral("ed_format"), {QStringLiteral("csv"), QStringLiteral("json")}, QString(), page);
    m_edFolder = lineEdit(QStringLiteral("ed_folder"), page);
    m_edFolder->setPlaceholderText(QStringLiteral("~/Exports"));
    form->addRow(tr("Data"), m_edKind);
    form->addRow(tr("Format"), m_edFormat);
    QWidget *folder = folderRow(m_edFolder, QStringLiteral("ed_browse"), page);
    form->addRow(tr("Folder"), folder);
    qobject_cast<QLabel *>(form->labelForField(folder))->setBuddy(m_edFolder);
    return page;
}

QWidget *ActionForm::buildApproval()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_raTitle = lineEdit(QStringLiteral("ra_title"), page);
    m_raDescription = textEdit(QStringLiteral("ra_description"), page);
    auto *hint = new QLabel(tr("Creates a task in Review; the rest of the workflow runs once you approve it."), page);
    hint->setWordWrap(true);
    form->addRow(tr("Title"), m_raTitle);
    form->addRow(tr("Description"), m_raDescription);
    form->addRow(QString(), hint);
    return page;
}

void ActionForm::edited()
{
    if (!m_loading)
        Q_EMIT changed();
}

void ActionForm::setAction(const QJsonObject &o)
{
    m_loading = true;
    m_kind = o.value(kType).toString();
    QWidget *page = m_pages.value(m_kind, m_blank);
    setCurrentWidget(page);
    auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    if (m_kind == QLatin1String("create_task")) {
        m_ctTitle->setText(text("title"));
        m_ctDescription->setPlainText(text("description"));
        select(m_ctPriority, o.contains(QStringLiteral("priority")) ? text("priority") : QStringLiteral("MEDIUM"));
        loadOptionalInt(o, "due_in_days", m_ctHasDue, m_ctDue);
        m_ctTags->setText(tagText(o.value(QStringLiteral("tags"))));
    } else if (m_kind == QLatin1String("update_tasks")) {
        const QJsonObject f = o.value(QStringLiteral("filter")).toObject();
        const QJsonValue status = f.value(QStringLiteral("status"));
        QStringList statuses;
        if (status.isString())
            statuses << status.toString();
        for (const QJsonValue &v : status.toArray())
            statuses << v.toString();
        for (QCheckBox *box : std::as_const(m_utStatuses))
            box->setChecked(statuses.contains(box->property("status").toString()));
        select(m_utPriority, f.value(QStringLiteral("priority")).toString());
        m_utTag->setText(f.value(QStringLiteral("tag")).toString());
        select(m_utOverdue, boolText(f.value(QStringLiteral("overdue"))));
        loadOptionalInt(f, "due_within_days", m_utHasDueWithin, m_utDueWithin);
        loadOptionalInt(f, "not_updated_for_days", m_utHasStale, m_utStale);
        select(m_utByWorkflow, boolText(f.value(QStringLiteral("created_by_workflow"))));
        const QJsonObject s = o.value(QStringLiteral("set")).toObject();
        select(m_utSetStatus, s.value(QStringLiteral("status")).toString());
        select(m_utSetPriority, s.value(QStringLiteral("priority")).toString());
        m_utAddTags->setText(tagText(s.value(QStringLiteral("add_tags"))));
        m_utRemoveTags->setText(tagText(s.value(QStringLiteral("remove_tags"))));
        loadOptionalInt(s, "due_in_days", m_utHasSetDue, m_utSetDue);
    } else if (m_kind == QLatin1String("notify")) {
        select(m_ntType, o.contains(QStringLiteral("notification_type")) ? text("notification_type") : QStringLiteral("INFO"));
        m_ntTitle->setText(text("title"));
        m_ntMessage->setPlainText(text("message"));
    } else if (m_kind == QLatin1String("generate_report")) {
        select(m_grPeriod, o.contains(QStringLiteral("period")) ? text("period") : QStringLiteral("week"));
        select(m_grFormat, o.contains(QStringLiteral("format")) ? text("format") : QStringLiteral("pdf"));
        m_grFolder->setText(text("folder"));
    } else if (m_kind == QLatin1String("export_data")) {
        select(m_edKind, o.contains(QStringLiteral("kind")) ? text("kind") : QStringLiteral("tasks"));
        select(m_edFormat, o.contains(QStringLiteral("format")) ? text("format") : QStringLiteral("csv"));
        m_edFolder->setText(text("folder"));
    } else if (m_kind == QLatin1String("request_approval")) {
        m_raTitle->setText(text("title"));
        m_raDescription->setPlainText(text("description"));
    }
    m_loading = false;
}

QJsonObject ActionForm::toJson() const
{
    QJsonObject o{{kType, m_kind}};
    if (m_kind == QLatin1String("create_task")) {
        o.insert(QStringLiteral("title"), m_ctTitle->text());
        optionalText(o, "description", m_ctDescription->toPlainText());
        o.insert(QStringLiteral("priority"), m_ctPriority->currentData().toString());
        optionalInt(o, "due_in_days", m_ctHasDue, m_ctDue);
        if (const QJsonArray tags = tagArray(m_ctTags->text()); !tags.isEmpty())
            o.insert(QStringLiteral("tags"), tags);
    } else if (m_kind == QLatin1String("update_tasks")) {
        QJsonObject f;
        QJsonArray statuses;
        for (QCheckBox *box : m_utStatuses)
            if (box->isChecked())
                statuses.append(box->property("status").toString());
        if (statuses.size() == 1)
            f.insert(QStringLiteral("status"), statuses.first());
        else if (!statuses.isEmpty())
            f.insert(QStringLiteral("status"), statuses);
        optionalText(f, "priority", m_utPriority->currentData().toString());
        optionalText(f, "tag", m_utTag->text().trimmed());
        if (const QString b = m_utOverdue->currentData().toString(); !b.isEmpty())
            f.insert(QStringLiteral("overdue"), b == QLatin1String("true"));
        optionalInt(f, "due_within_days", m_utHasDueWithin, m_utDueWithin);
        optionalInt(f, "not_updated_for_days", m_utHasStale, m_utStale);
        if (const QString b = m_utByWorkflow->currentData().toString(); !b.isEmpty())
            f.insert(QStringLiteral("created_by_workflow"), b == QLatin1String("true"));
        QJsonObject s;
        optionalText(s, "status", m_utSetStatus->currentData().toString());
        optionalText(s, "priority", m_utSetPriority->currentData().toString());
        if (const QJsonArray tags = tagArray(m_utAddTags->text()); !tags.isEmpty())
            s.insert(QStringLiteral("add_tags"), tags);
        if (const QJsonArray tags = tagArray(m_utRemoveTags->text()); !tags.isEmpty())
            s.insert(QStringLiteral("remove_tags"), tags);
        optionalInt(s, "due_in_days", m_utHasSetDue, m_utSetDue);
        o.insert(QStringLiteral("filter"), f);
        o.insert(QStringLiteral("set"), s);
    } else if (m_kind == QLatin1String("notify")) {
        o.insert(QStringLiteral("notification_type"), m_ntType->currentData().toString());
        o.insert(QStringLiteral("title"), m_ntTitle->text());
        optionalText(o, "message", m_ntMessage->toPlainText());
    } else if (m_kind == QLatin1String("generate_report")) {
        o.insert(QStringLiteral("period"), m_grPeriod->currentData().toString());
        o.insert(QStringLiteral("format"), m_grFormat->currentData().toString());
        o.insert(QStringLiteral("folder"), m_grFolder->text());
    } else if (m_kind == QLatin1String("export_data")) {
        o.insert(QStringLiteral("kind"), m_edKind->currentData().toString());
        o.insert(QStringLiteral("format"), m_edFormat->currentData().toString());
        o.insert(QStringLiteral("folder"), m_edFolder->text());
    } else if (m_kind == QLatin1String("request_approval")) {
        o.insert(QStringLiteral("title"), m_raTitle->text());
        optionalText(o, "description", m_raDescription->toPlainText());
    }
    return o;
}

} // namespace doo
