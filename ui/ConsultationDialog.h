#pragma once

#include "domain/Consultation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace doo {

// The form for a new consultation request: name and email required, the email's form and every
// length checked as you type (Consultation::validate); Save stays disabled with the reason shown.
class ConsultationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConsultationDialog(QWidget *parent = nullptr);

    Consultation consultation() const;
    // Empty when the form can be saved.
    QString problem() const;

private:
    void revalidate();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_department = nullptr;
    QPlainTextEdit *m_challenges = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace doo
