#pragma once

#include "ConsultationDetailPane.h"
#include "domain/Consultation.h"
#include "domain/User.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace doo {

class ConsultationAgendaPanel;
class ConsultationFilterProxy;
class ConsultationIntents;
class ConsultationStatsPanel;
class ConsultationTableModel;
class Database;
class ExchangeActions;

// The Consultations part of the window: the agenda of the scheduled meetings, the requests in a
// sortable, filterable table (status, date range, text), a detail pane with the actions the
// status allows (edit and delete too), the history and the linked tasks, statistics with a chart
// of requests per week, and the consultations' import and exports (the window's shared
// ExchangeActions). Every read and change goes through ConsultationIntents; refused changes are
// shown, never half-applied; a new date is confirmed in a line that goes away by itself.
class ConsultationsWidget : public QWidget
{
    Q_OBJECT

public:
    // `exchange`: the window's import and export actions (File menu); without, the view has its own.
    ConsultationsWidget(Database &db, const User &user, QWidget *parent = nullptr, ExchangeActions *exchange = nullptr);
    ~ConsultationsWidget() override;

    // Seams for tests: how a dialog runs (default exec() == Accepted); how long a confirmation
    // stays (default 5 s).
    using DialogRunner = std::function<bool(QDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    void setConfirmationTimeout(int msecs);

    void reload();
    // Reads again when a consultation changed since (made elsewhere: the command line, another
    // window, a colleague); a cheap check otherwise.
    void refreshIfStale();
    bool selectConsultation(const QString &id);
    QString selectedId() const;
    QTableView *table() const { return m_table; }
    ConsultationFilterProxy *proxy() const { return m_proxy; }
    ConsultationDetailPane *detail() const { return m_detail; }
    ConsultationStatsPanel *stats() const { return m_stats; }
    ConsultationIntents *intents() const { return m_intents; }
    ConsultationAgendaPanel *agenda() const { return m_agenda; }
    ExchangeActions *exchange() const { return m_exchange; }
    QLabel *confirmation() const { return m_confirmation; }

    void newRequest();
    // Edits the selected request's details (name, email, company, department, challenges).
    void editRequest();
    // Deletes the selected request after a confirmation.
    void deleteRequest();

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildToolbar(QVBoxLayout *layout);
    void applyFilters();
    void showSelected();
    void onAction(ConsultationDetailPane::Action action);
    void addTask(const QString &consultationId);
    void report(const QString &text, bool error = false);
    // A short-lived confirmation ("Scheduled for Tue 9 Dec 10:00"), not a dialog.
    void confirm(const QString &text);
    // Selects a meeting of the agenda, clearing the filters when they hide it.
    void selectFromAgenda(const QString &id);
    bool run(QDialog &dialog);
    // The request as stored, or nothing (a read that fails is reported in the message line).
    std::optional<Consultation> readConsultation(const QString &id);
    // The selected request as stored; nothing when none is selected or it cannot be read.
    std::optional<Consultation> selectedConsultation();
    QString overlapText(const QDateTime &when, const QString &exceptId);

    User m_user;
    ConsultationIntents *m_intents = nullptr;
    DialogRunner m_runDialog;
    ExchangeActions *m_exchange = nullptr;
    ConsultationAgendaPanel *m_agenda = nullptr;
    ConsultationTableModel *m_model = nullptr;
    ConsultationFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    ConsultationDetailPane *m_detail = nullptr;
    ConsultationStatsPanel *m_stats = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_dateField = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_confirmation = nullptr;
    QTimer *m_confirmationTimer = nullptr;
};

} // namespace doo
