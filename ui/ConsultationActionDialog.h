#pragma once

#include <QDateTime>
#include <QDialog>

#include <functional>

class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace doo {

// Asks what a status change needs: a date and time (schedule, reschedule; a warning shows
// while it overlaps another scheduled consultation), outcome notes (complete) or a reason
// (cancel, required).
class ConsultationActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Schedule, Reschedule, Complete, Cancel };
    // `overlaps` names the consultations a time would overlap ("" when none).
    ConsultationActionDialog(Kind kind, const QString &who, const QDateTime &initial,
                             std::function<QString(const QDateTime &)> overlaps, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QDateTime when() const; // UTC
    QString text() const; // notes or reason
    QString warning() const; // the overlap warning shown, if any

private:
    void update();

    Kind m_kind;
    std::function<QString(const QDateTime &)> m_overlaps;
    QDateTimeEdit *m_when = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_warning = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace doo
