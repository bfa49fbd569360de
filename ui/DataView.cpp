#include "DataView.h"

#include "itemmodels/AdminTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace doo {

namespace {
QString entityTitle(const QString &key)
{
    if (key == QLatin1String("users"))
        return DataView::tr("Users");
    if (key == QLatin1String("tasks"))
        return DataView::tr("Tasks");
    if (key == QLatin1String("workflows"))
        return DataView::tr("Workflows");
    if (key == QLatin1String("executions"))
        return DataView::tr("Workflow executions");
    if (key == QLatin1String("consultations"))
        return DataView::tr("Consultations");
    if (key == QLatin1String("analytics"))
        return DataView::tr("Analytics");
    return DataView::tr("Notifications");
}
} // namespace

QList<QPair<QString, QString>> DataView::entities()
{
    return {
        {QStringLiteral("users"), QStringLiteral("app_user")},
        {QStringLiteral("tasks"), QStringLiteral("task")},
        {QStringLiteral("workflows"), QStringLiteral("workflow")},
        {QStringLiteral("executions"), QStringLiteral("workflow_execution")},
        {QStringLiteral("consultations"), QStringLiteral("consultation")},
        {QStringLiteral("analytics"), QStringLiteral("analytics")},
        {QStringLiteral("notifications"), QStringLiteral("notification")},
    };
}

DataView::DataView(Database &db, QWidget *parent) : QWidget(parent)
{
    m_model = new AdminTableModel(db, this);

    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entityCombo"));
    for (const auto &entity : entities())
        m_entity->addItem(entityTitle(entity.first), entity.first);
    m_entity->setToolTip(tr("Save or revert your edits before switching tables"));
    auto *tableLabel = new QLabel(tr("&Table:"), this);
    tableLabel->setBuddy(m_entity);
    m_rows = new QLabel(this);
    m_rows->setObjectName(QStringLiteral("rowCountLabel"));

    auto *note = new QLabel(tr("Administrator view of the raw tables. Edits skip the app's own checks and "
                               "history; the database still refuses values its rules do not allow."),
                            this);
    note->setWordWrap(true);
    QPalette muted = note->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText).darker(170));
    note->setPalette(muted);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dataTable"));
    m_table->setAccessibleName(tr("Rows of the chosen table"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false); // sorting re-selects and would drop pending edits
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMaximumSectionSize(320); // long text stays one click away
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);

    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText); // may quote what the user typed
    m_error->setObjectName(QStringLiteral("dataError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addWidget(tableLabel);
    top->addWidget(m_entity);
    top->addStretch();
    top->addWidget(m_rows);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(bottom);

    connect(m_entity, &QComboBox::currentIndexChanged, this,
            [this](int index) { setEntity(m_entity->itemData(index).toString()); });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); }); // save() shows a refusal itself
    connect(m_revert, &QPushButton::clicked, this, &DataView::revert);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DataView::updateState);
    load();
}

DataView::~DataView() = default;

QString DataView::entity() const
{
    return m_entity->currentData().toString();
}

bool DataView::hasUnsavedChanges() const
{
    return m_model->isDirty();
}

bool DataView::setEntity(const QString &key)
{
    const int index = m_entity->findData(key);
    if (index < 0 || hasUnsavedChanges())
        return false;
    if (index != m_entity->currentIndex()) {
        const QSignalBlocker block(m_entity);
        m_entity->setCurrentIndex(index);
    }
    showError(QString());
    load();
    return true;
}

void DataView::load()
{
    if (const Status loaded = m_model->load(entities().value(m_entity->currentIndex()).second); !loaded)
        showError(loaded.error().text());
    m_table->resizeColumnsToContents();
    updateState();
}

Status DataView::save()
{
    if (!hasUnsavedChanges())
        return {};
    const Status saved = m_model->saveAll();
    if (saved) {
        showError(QString());
        updateState();
        return {};
    }
    const Error &error = saved.error();
    // PostgreSQL adds DETAIL lines with the whole failing row: the first line tells, the tooltip has all.
    QString reason = error.text().section(QLatin1Char('\n'), 0, 0);
    if (!reason.isEmpty())
        reason[0] = reason.at(0).toUpper();
    showError(tr("Nothing was saved. %1").arg(reason));
    m_error->setToolTip(error.text());
    updateState();
    return error;
}

void DataView::revert()
{
    m_model->revertAll();
    showError(QString());
    updateState();
}

void DataView::updateState()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    m_entity->setEnabled(!dirty);
    const int rows = m_model->rowCount();
    m_rows->setText(rows == 1 ? tr("1 row") : tr("%1 rows").arg(rows));
}

void DataView::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setToolTip(QString());
    m_error->setVisible(!text.isEmpty());
}

} // namespace doo
