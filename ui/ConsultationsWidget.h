#pragma once

#include "ConsultationDetailPane.h"
#include "domain/User.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QLineEdit;
class QTableView;
class QVBoxLayout;

namespace doo {

class ConsultationFilterProxy;
class ConsultationIntents;
class ConsultationStatsPanel;
class ConsultationTableModel;
class Database;

// The Consultations part of the window: the requests in a sortable, filterable table (status,
// date range, text), a detail pane with the actions the status allows, the history and the
// linked tasks, statistics with a chart of requests per week, and import/export (CSV with a
// preview, iCalendar). Every read and change goes through ConsultationIntents; refused changes
// are shown, never half-applied.
class ConsultationsWidget : public QWidget
{
    Q_OBJECT

public:
    ConsultationsWidget(Database &db, const User &user, QWidget *parent = nullptr);
    ~ConsultationsWidget() override;

    // Seams for tests: how a dialog runs (default exec() == Accepted) and how a file is chosen
    // (default QFileDialog; `save` for exports, `filter` like "CSV files (*.csv)").
    using DialogRunner = std::function<bool(QDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    using FileChooser = std::function<QString(bool save, const QString &filter, const QString &suggested)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

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

    void newRequest();
    // Edits the selected request's details (name, email, company, department, challenges).
    void editRequest();
    void importCsv(bool tasks);
    void exportCsv(bool tasks);
    void exportCalendar();

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
    bool run(QDialog &dialog);
    QString overlapText(const QDateTime &when, const QString &exceptId);

    User m_user;
    ConsultationIntents *m_intents = nullptr;
    DialogRunner m_runDialog;
    FileChooser m_chooseFile;
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
};

} // namespace doo
