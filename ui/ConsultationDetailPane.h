#pragma once

#include "domain/Consultation.h"
#include "domain/Task.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace doo {

// The selected consultation: its details, the actions its status allows, the history of status
// changes and the tasks linked to it. Buttons emit intents; the view carries them out. The email
// address is a mailto: link (its text escaped, never read as HTML) opened through urlOpener.
class ConsultationDetailPane : public QWidget
{
    Q_OBJECT

public:
    enum class Action { Schedule, Reschedule, Complete, Cancel, NoShow, AddTask, Edit, Delete };
    Q_ENUM(Action)

    explicit ConsultationDetailPane(QWidget *parent = nullptr);

    void setConsultation(const Consultation &c, const QList<ConsultationHistoryEntry> &history, const QList<Task> &tasks);
    void clear();
    QString consultationId() const { return m_current.id; }
    QPushButton *button(Action action) const;

    // The mailto: link of an address (what the email link opens).
    static QUrl mailtoUrl(const QString &email);
    // Seam for tests: opens a link (default QDesktopServices::openUrl).
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

Q_SIGNALS:
    void actionRequested(doo::ConsultationDetailPane::Action action);

private:
    void openLink(const QString &link);

    Consultation m_current;
    UrlOpener m_openUrl;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QListWidget *m_history = nullptr;
    QListWidget *m_tasks = nullptr;
    QHash<int, QPushButton *> m_buttons;
};

} // namespace doo
