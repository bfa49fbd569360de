#pragma once

#include "domain/Consultation.h"
#include "domain/Result.h"
#include "domain/Task.h"
#include "domain/User.h"

#include <QObject>

#include <functional>

namespace doo {

class ConsultationAgendaModel;
class ConsultationTableModel;
class Database;

// One consultation as the detail pane shows it: the request, its history and its linked tasks.
struct ConsultationDetail
{
    Consultation consultation;
    QList<ConsultationHistoryEntry> history;
    QList<Task> tasks;
};

// The Consultations view's state and intents, the way TaskBoard is the board's: the table model
// the view binds to, what the detail pane and the statistics read, and every change the user
// asks for (each through ConsultationRepository, one transaction where it takes several calls).
// Refused changes come back as the repository's Error and change nothing. The view reloads the
// table (reload()) after a change, so that it can keep the selected row.
class ConsultationIntents : public QObject
{
    Q_OBJECT

public:
    ConsultationIntents(Database &db, UserContext ctx, QObject *parent = nullptr);
    ~ConsultationIntents() override;

    ConsultationTableModel *model() const { return m_model; }
    // The scheduled meetings from today on, rebuilt from the table at each reload().
    ConsultationAgendaModel *agenda() const { return m_agenda; }

    // Reads the table (and so the agenda) again and remembers the change mark read just before.
    void reload();
    // True when a consultation changed since the last reload (elsewhere too: the command line,
    // another window, a colleague); a cheap check.
    bool isStale();

    Result<Consultation> consultation(const QString &id);
    Result<ConsultationDetail> detail(const QString &id);
    Result<ConsultationStats> stats();
    Result<QList<WeeklyCount>> requestsPerWeek(int weeks);
    // The user's other consultations too close to `when` (a warning, never a refusal).
    Result<QList<Consultation>> overlapping(const QDateTime &when, const QString &exceptId);

    // Intents.
    Result<Consultation> requestConsultation(const Consultation &request);
    // Saves the request's details; Conflict when it was changed since `edited` was read.
    Result<Consultation> editConsultation(const Consultation &edited);
    Result<Consultation> scheduleConsultation(const QString &id, const QDateTime &when);
    Result<Consultation> rescheduleConsultation(const QString &id, const QDateTime &when);
    Result<Consultation> completeConsultation(const QString &id, const QString &notes);
    Result<Consultation> cancelConsultation(const QString &id, const QString &reason);
    Result<Consultation> markNoShow(const QString &id);
    // Deletes the request as the user saw it (Conflict when it changed since); its history goes
    // with it, linked tasks stay on the board without the link.
    Status deleteConsultation(const Consultation &shown);
    // A task on the board linked to the consultation: both written in one transaction, or neither.
    Result<Task> addLinkedTask(const QString &consultationId, const QString &title);

private:
    // One change through WriteRetry (`what` names it for the user when it cannot be saved).
    Result<Consultation> write(const QString &what, const std::function<Result<Consultation>()> &change);
    Result<Task> writeLinkedTask(const QString &consultationId, const QString &title);

    Database &m_db;
    UserContext m_ctx;
    ConsultationTableModel *m_model = nullptr;
    ConsultationAgendaModel *m_agenda = nullptr;
    QString m_mark; // ConsultationRepository::changeMark() at the last reload
};

} // namespace doo
