#pragma once

#include "domain/Consultation.h"
#include "domain/Task.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace doo {

// The selected consultation: its details, the actions its status allows, the history of status
// changes and the tasks linked to it. Buttons emit intents; the view carries them out.
class ConsultationDetailPane : public QWidget
{
    Q_OBJECT

public:
    enum class Action { Schedule, Reschedule, Complete, Cancel, NoShow, AddTask, Edit };
    Q_ENUM(Action)

    explicit ConsultationDetailPane(QWidget *parent = nullptr);

    void setConsultation(const Consultation &c, const QList<ConsultationHistoryEntry> &history, const QList<Task> &tasks);
    void clear();
    QString consultationId() const { return m_current.id; }
    QPushButton *button(Action action) const;

Q_SIGNALS:
    void actionRequested(doo::ConsultationDetailPane::Action action);

private:
    Consultation m_current;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QListWidget *m_history = nullptr;
    QListWidget *m_tasks = nullptr;
    QHash<int, QPushButton *> m_buttons;
};

} // namespace doo
