#include "ConsultationsWidget.h"

#include "domain/LocaleFormat.h"
#include "domain/Clock.h"
#include "ConsultationActionDialog.h"
#include "ConsultationColumns.h"
#include "ConsultationAgendaPanel.h"
#include "ConsultationDeleteDialog.h"
#include "ConsultationDialog.h"
#include "ConsultationStatsPanel.h"
#include "ExchangeActions.h"
#include "itemmodels/ConsultationFilterProxy.h"
#include "itemmodels/ConsultationIntents.h"
#include "itemmodels/ConsultationTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace doo {

namespace {
const QDate kAnyDate(2000, 1, 1); // the dates' minimum: shown as "any"
constexpr int kChartWeeks = 12;
constexpr int kConfirmationMsecs = 5000;
} // namespace

ConsultationsWidget::ConsultationsWidget(Database &db, const User &user, QWidget *parent, ExchangeActions *exchange)
    : QWidget(parent), m_user(user), m_exchange(exchange)
{
    m_intents = new ConsultationIntents(db, UserContext::of(m_user), this);
    m_runDialog = [](QDialog &d) { return d.exec() == QDialog::Accepted; };
    if (!m_exchange)
        m_exchange = new ExchangeActions(db, m_user, this);
    connect(m_exchange->intents(), &ExchangeIntents::imported, this, [this](ImportPlan::Kind kind) {
        if (kind == ImportPlan::Kind::Consultations)
            reload();
    });
    connect(m_exchange, &ExchangeActions::message, this, [this](const QString &text, bool error) {
        if (isVisible())
            error ? report(text, true) : confirm(text);
    });
    m_confirmationTimer = new QTimer(this);
    m_confirmationTimer->setSingleShot(true);
    m_confirmationTimer->setInterval(kConfirmationMsecs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    buildToolbar(layout);

    m_model = m_intents->model();
    m_proxy = new ConsultationFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("consultationTable"));
    m_table->setAccessibleName(tr("Consultations"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);

    m_detail = new ConsultationDetailPane(this);
    connect(m_detail, &ConsultationDetailPane::actionRequested, this, &ConsultationsWidget::onAction);
    m_agenda = new ConsultationAgendaPanel(m_intents->agenda(), this);
    connect(m_agenda, &ConsultationAgendaPanel::meetingActivated, this, &ConsultationsWidget::selectFromAgenda);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("consultationSplitter"));
    splitter->addWidget(m_agenda);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({200, 640, 340}); // the table gets what the agenda and details leave
    layout->addWidget(splitter, 1);

    m_stats = new ConsultationStatsPanel(this);
    m_stats->setMaximumHeight(210);
    layout->addWidget(m_stats);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConsultationsWidget::showSelected);
    reload();
    m_table->sortByColumn(m_model->column(QStringLiteral("created_at")), Qt::DescendingOrder);
    layOutConsultationColumns(m_table, m_model);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

ConsultationsWidget::~ConsultationsWidget() = default;

void ConsultationsWidget::buildToolbar(QVBoxLayout *layout)
{
    auto *bar = new QHBoxLayout;
    auto *add = new QPushButton(tr("New request…"), this);
    add->setObjectName(QStringLiteral("newRequestButton"));
    connect(add, &QPushButton::clicked, this, &ConsultationsWidget::newRequest);
    bar->addWidget(add);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Show status"));
    m_status->addItem(tr("All statuses"));
    for (const QString &name : enumNames<ConsultationStatus>())
        m_status->addItem(displayName(*enumFromString<ConsultationStatus>(name)), name);
    bar->addWidget(m_status);

    m_dateField = new QComboBox(this);
    m_dateField->setObjectName(QStringLiteral("dateFieldFilter"));
    m_dateField->setAccessibleName(tr("Date to filter by"));
    m_dateField->addItems({tr("Received"), tr("Scheduled")});
    bar->addWidget(m_dateField);
    auto dateEdit = [this](const char *name) {
        auto *e = new QDateEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setCalendarPopup(true);
        e->setDisplayFormat(LocaleFormat::dateEditFormat());
        e->setMinimumDate(kAnyDate);
        e->setSpecialValueText(tr("any"));
        e->setDate(kAnyDate);
        connect(e, &QDateEdit::dateChanged, this, &ConsultationsWidget::applyFilters);
        return e;
    };
    m_from = dateEdit("fromFilter");
    m_to = dateEdit("toFilter");
    auto *fromLabel = new QLabel(tr("from"), this);
    fromLabel->setBuddy(m_from);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search consultations"));
    m_search->setPlaceholderText(tr("Search booking, name, email, company…"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);

    // The consultations' own import and exports: the same actions as File ▸ Import and Export.
    auto *exchange = new QToolButton(this);
    exchange->setObjectName(QStringLiteral("exchangeButton"));
    exchange->setText(tr("Import and export"));
    exchange->setToolTip(tr("Tasks are imported and exported in the File menu"));
    exchange->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exchange);
    menu->addAction(m_exchange->action(ExchangeActions::Id::ImportConsultationsCsv));
    menu->addSeparator();
    menu->addAction(m_exchange->action(ExchangeActions::Id::ExportConsultationsCsv));
    menu->addAction(m_exchange->action(ExchangeActions::Id::ExportCalendar));
    exchange->setMenu(menu);
    bar->addWidget(exchange);
    layout->addLayout(bar);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText); // may hold names
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_confirmation = new QLabel(this);
    m_confirmation->setObjectName(QStringLiteral("confirmationLabel"));
    m_confirmation->setTextFormat(Qt::PlainText);
    m_confirmation->setWordWrap(true);
    m_confirmation->setAccessibleName(tr("Confirmation"));
    // A tint of green over the palette's own colours: readable in light and dark.
    m_confirmation->setStyleSheet(QStringLiteral("QLabel#confirmationLabel { background-color: rgba(46, 125, 50, 0.16);"
                                                 " border: 1px solid rgba(46, 125, 50, 0.55); border-radius: 4px;"
                                                 " padding: 4px 8px; }"));
    m_confirmation->hide();
    layout->addWidget(m_confirmation);
    connect(m_confirmationTimer, &QTimer::timeout, m_confirmation, &QWidget::hide);

    connect(m_status, &QComboBox::currentIndexChanged, this, &ConsultationsWidget::applyFilters);
    connect(m_dateField, &QComboBox::currentIndexChanged, this, &ConsultationsWidget::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &ConsultationsWidget::applyFilters);
}

void ConsultationsWidget::applyFilters()
{
    const QString status = m_status->currentData().toString();
    m_proxy->setStatus(status.isEmpty() ? std::nullopt : enumFromString<ConsultationStatus>(status));
    const QDate from = m_from->date() == kAnyDate ? QDate() : m_from->date();
    const QDate to = m_to->date() == kAnyDate ? QDate() : m_to->date();
    m_proxy->setDateRange(m_dateField->currentIndex() == 0 ? ConsultationFilterProxy::DateField::Received
                                                           : ConsultationFilterProxy::DateField::Scheduled,
                          from, to);
    m_proxy->setText(m_search->text());
}

void ConsultationsWidget::reload()
{
    const QString keep = selectedId();
    m_intents->reload();
    if (!keep.isEmpty())
        selectConsultation(keep);
    const auto stats = m_intents->stats();
    const auto weeks = m_intents->requestsPerWeek(kChartWeeks);
    if (stats && weeks)
        m_stats->setStats(*stats, *weeks);
    else
        report((stats ? weeks.error() : stats.error()).text(), true);
    showSelected();
}

void ConsultationsWidget::refreshIfStale()
{
    if (m_intents->isStale())
        reload();
}

void ConsultationsWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // changes made elsewhere (the command line, a colleague) show when the page is opened
}

bool ConsultationsWidget::selectConsultation(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, m_model->column(QStringLiteral("booking_id"))));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

QString ConsultationsWidget::selectedId() const
{
    const QModelIndex current = m_table ? m_table->currentIndex() : QModelIndex();
    return current.isValid() ? m_model->idAt(m_proxy->mapToSource(current).row()) : QString();
}

void ConsultationsWidget::showSelected()
{
    const QString id = selectedId();
    m_agenda->setCurrent(id);
    if (id.isEmpty()) {
        m_detail->clear();
        return;
    }
    const auto detail = m_intents->detail(id);
    if (!detail) {
        m_detail->clear();
        report(detail.error().text(), true);
        return;
    }
    m_detail->setConsultation(detail->consultation, detail->history, detail->tasks);
}

bool ConsultationsWidget::run(QDialog &dialog)
{
    return m_runDialog(dialog);
}

void ConsultationsWidget::report(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828; font-weight: bold;") : QStringLiteral("color: #b26a00;"));
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        Q_EMIT statusMessage(text);
}

void ConsultationsWidget::setConfirmationTimeout(int msecs)
{
    m_confirmationTimer->setInterval(msecs);
}

void ConsultationsWidget::confirm(const QString &text)
{
    m_confirmation->setText(text);
    m_confirmation->show();
    m_confirmationTimer->start();
    Q_EMIT statusMessage(text);
}

void ConsultationsWidget::selectFromAgenda(const QString &id)
{
    if (selectConsultation(id))
        return;
    // Hidden by a filter: show every request again rather than select nothing.
    const QSignalBlocker blockStatus(m_status), blockFrom(m_from), blockTo(m_to), blockSearch(m_search);
    m_status->setCurrentIndex(0);
    m_from->setDate(kAnyDate);
    m_to->setDate(kAnyDate);
    m_search->clear();
    applyFilters();
    selectConsultation(id);
}

QString ConsultationsWidget::overlapText(const QDateTime &when, const QString &exceptId)
{
    const auto others = m_intents->overlapping(when, exceptId);
    if (!others)
        return others.error().text();
    QStringList names;
    for (const Consultation &o : *others)
        names << tr("%1 (%2) at %3").arg(o.bookingId, o.name, LocaleFormat::dateTime(o.scheduledDate));
    return names.join(QStringLiteral(", "));
}

void ConsultationsWidget::newRequest()
{
    ConsultationDialog dialog(this);
    if (!run(dialog))
        return;
    const auto created = m_intents->requestConsultation(dialog.consultation());
    if (!created) {
        report(created.error().text(), true);
        return;
    }
    report(QString());
    reload();
    selectConsultation(created->id);
    confirm(tr("Created %1 for %2").arg(created->bookingId, created->name));
}

void ConsultationsWidget::editRequest()
{
    const auto current = selectedConsultation();
    if (!current)
        return;
    const QString id = current->id;
    ConsultationDialog dialog(this);
    dialog.setConsultation(*current);
    dialog.setStore([this](const Consultation &c) { return m_intents->editConsultation(c); },
                    [this](const QString &id) { return m_intents->consultation(id); });
    const bool saved = run(dialog) && dialog.result() == QDialog::Accepted;
    reload(); // after a conflict the table shows their version too
    selectConsultation(id);
    if (saved) {
        report(QString());
        confirm(tr("Saved %1").arg(dialog.savedConsultation().bookingId));
    }
}

void ConsultationsWidget::onAction(ConsultationDetailPane::Action action)
{
    using Action = ConsultationDetailPane::Action;
    const QString id = m_detail->consultationId();
    if (id.isEmpty())
        return;
    if (action == Action::AddTask) {
        addTask(id);
        return;
    }
    if (action == Action::Edit) {
        editRequest();
        return;
    }
    if (action == Action::Delete) {
        deleteRequest();
        return;
    }
    const auto current = readConsultation(id);
    if (!current)
        return;
    Result<Consultation> changed = *current;
    QString warning;
    if (action == Action::NoShow) {
        changed = m_intents->markNoShow(id);
    } else {
        const auto kind = action == Action::Schedule ? ConsultationActionDialog::Kind::Schedule
            : action == Action::Reschedule           ? ConsultationActionDialog::Kind::Reschedule
            : action == Action::Complete             ? ConsultationActionDialog::Kind::Complete
                                                     : ConsultationActionDialog::Kind::Cancel;
        QDateTime initial = current->scheduledDate;
        if (!initial.isValid()) { // the next working day at 10:00
            QDate day = Clock::currentUtc().toLocalTime().date().addDays(1);
            while (day.dayOfWeek() > 5)
                day = day.addDays(1);
            initial = QDateTime(day, QTime(10, 0)).toUTC();
        }
        ConsultationActionDialog dialog(
            kind, current->name, initial, [this, id](const QDateTime &when) { return overlapText(when, id); }, this);
        if (!run(dialog))
            return;
        warning = dialog.warning();
        switch (kind) {
        case ConsultationActionDialog::Kind::Schedule:
            changed = m_intents->scheduleConsultation(id, dialog.when());
            break;
        case ConsultationActionDialog::Kind::Reschedule:
            changed = m_intents->rescheduleConsultation(id, dialog.when());
            break;
        case ConsultationActionDialog::Kind::Complete:
            changed = m_intents->completeConsultation(id, dialog.text());
            break;
        case ConsultationActionDialog::Kind::Cancel:
            changed = m_intents->cancelConsultation(id, dialog.text());
            break;
        }
    }
    if (!changed) {
        report(changed.error().text(), true);
        reload();
        return;
    }
    report(warning);
    reload();
    selectConsultation(id);
    if (action == Action::Schedule)
        confirm(tr("Scheduled for %1").arg(LocaleFormat::weekdayDayMonthTime(changed->scheduledDate)));
    else if (action == Action::Reschedule)
        confirm(tr("Moved to %1").arg(LocaleFormat::weekdayDayMonthTime(changed->scheduledDate)));
}

std::optional<Consultation> ConsultationsWidget::readConsultation(const QString &id)
{
    auto read = m_intents->consultation(id);
    if (!read) {
        report(read.error().text(), true);
        return std::nullopt;
    }
    return read.takeValue();
}

std::optional<Consultation> ConsultationsWidget::selectedConsultation()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return std::nullopt;
    return readConsultation(id);
}

void ConsultationsWidget::deleteRequest()
{
    const auto current = selectedConsultation();
    if (!current)
        return;
    ConsultationDeleteDialog dialog(*current, this);
    if (!run(dialog))
        return;
    const Status removed = m_intents->deleteConsultation(*current);
    if (!removed) {
        report(removed.error().text(), true);
        reload();
        return;
    }
    report(QString());
    reload();
    confirm(tr("Deleted %1 (%2)").arg(current->bookingId, current->name));
}

void ConsultationsWidget::addTask(const QString &consultationId)
{
    const auto c = readConsultation(consultationId);
    if (!c)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("linkedTaskDialog"));
    dialog.setWindowTitle(tr("Task for %1").arg(c->bookingId));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("A task on the board, linked to this consultation:"), &dialog));
    auto *title = new QLineEdit(tr("Follow up with %1").arg(c->name), &dialog);
    title->setObjectName(QStringLiteral("taskTitleEdit"));
    layout->addWidget(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (!run(dialog))
        return;
    const auto done = m_intents->addLinkedTask(consultationId, title->text());
    if (!done) {
        report(done.error().text(), true);
        return;
    }
    report(QString());
    showSelected();
}

} // namespace doo
