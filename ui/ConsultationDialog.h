#pragma once

#include "ConflictDialog.h"
#include "domain/Consultation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace doo {

// The form for a new consultation request: name and email required, the email's form and every
// length checked as you type (Consultation::validate); Save stays disabled with the reason shown.
// It also edits an existing request's details (setConsultation): with a store, Save writes through
// it and the dialog stays open, with what was typed, when the write fails. A request someone else
// saved meanwhile is compared three ways with the request as loaded: their changes to fields not
// edited here are merged and saved without asking; fields both changed open the ConflictDialog
// (Keep mine closes the dialog saved, Take theirs shows their values here with the other edits,
// Cancel comes back to the edit).
class ConsultationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConsultationDialog(QWidget *parent = nullptr);

    using Save = std::function<Result<Consultation>(const Consultation &)>;
    using Read = std::function<Result<Consultation>(const QString &id)>;
    // Shows an existing request for editing.
    void setConsultation(const Consultation &consultation);
    void setStore(Save save, Read read);
    void setConflictRunner(ConflictDialog::Runner runner) { m_conflictRunner = std::move(runner); }
    // The request as written by the store (after the dialog was accepted).
    const Consultation &savedConsultation() const { return m_saved; }
    // Saves through the store (when there is one) and closes only when that worked.
    void accept() override;

    // The request given (or a new one) with the form's fields.
    Consultation consultation() const;
    // Empty when the form can be saved.
    QString problem() const;

private:
    void revalidate();
    void showProblem(const QString &message);
    // "Name: is required": the field as the form names it, not its stored key.
    static QString describe(const Error &error);

    Consultation m_base;
    Consultation m_loaded; // the version this edit started from: what each side changed since
    Consultation m_saved;
    Save m_store;
    Read m_read;
    ConflictDialog::Runner m_conflictRunner;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_department = nullptr;
    QPlainTextEdit *m_challenges = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace doo
