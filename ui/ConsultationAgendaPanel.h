#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;

namespace doo {

class ConsultationAgendaModel;

// The agenda beside the Consultations table (ConsultationAgendaModel): headings for the weeks and
// the days, the meetings indented under them; "No meetings scheduled" when there are none.
// Clicking a meeting (or Return on it) asks the view to select it in the table.
class ConsultationAgendaPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConsultationAgendaPanel(ConsultationAgendaModel *model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    bool showsEmptyState() const;
    // Marks the meeting of the consultation `id` (none when it is not on the agenda).
    void setCurrent(const QString &id);

Q_SIGNALS:
    void meetingActivated(const QString &consultationId);

private:
    void updateEmptyState();

    ConsultationAgendaModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace doo
