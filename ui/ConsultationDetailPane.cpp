#include "ConsultationDetailPane.h"

#include "domain/LocaleFormat.h"
#include "domain/Clock.h"

#include <QDesktopServices>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace doo {

namespace {
QString local(const QDateTime &t)
{
    return LocaleFormat::dateTime(t);
}
} // namespace

ConsultationDetailPane::ConsultationDetailPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("consultationDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // the client's name as typed
    layout->addWidget(m_title);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("detailText"));
    m_details->setWordWrap(true);
    // Rich text for the table and the email link only: every value in it is escaped.
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_details->setOpenExternalLinks(false);
    m_openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    connect(m_details, &QLabel::linkActivated, this, &ConsultationDetailPane::openLink);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details);

    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    const QList<QPair<Action, QString>> actions = {
        {Action::Schedule, tr("Schedule…")}, {Action::Reschedule, tr("Reschedule…")}, {Action::Complete, tr("Complete…")},
        {Action::Cancel, tr("Cancel…")},     {Action::NoShow, tr("No-show")},         {Action::AddTask, tr("Add task…")},
        {Action::Edit, tr("Edit…")},         {Action::Delete, tr("Delete…")},
    };
    const char *names[] = {"scheduleButton", "rescheduleButton", "completeButton", "cancelButton",
                           "noShowButton",   "addTaskButton",    "editButton",     "deleteButton"};
    for (int i = 0; i < actions.size(); ++i) {
        auto *b = new QPushButton(actions.at(i).second, this);
        b->setObjectName(QLatin1String(names[i]));
        const Action a = actions.at(i).first;
        connect(b, &QPushButton::clicked, this, [this, a] { Q_EMIT actionRequested(a); });
        m_buttons.insert(int(a), b);
        grid->addWidget(b, i / 3, i % 3);
    }
    layout->addLayout(grid);

    auto heading = [this](const QString &text) {
        auto *l = new QLabel(text, this);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        return l;
    };
    layout->addWidget(heading(tr("History")));
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setAccessibleName(tr("History"));
    m_history->setWordWrap(true);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_history, 1);
    layout->addWidget(heading(tr("Linked tasks")));
    m_tasks = new QListWidget(this);
    m_tasks->setObjectName(QStringLiteral("linkedTasksList"));
    m_tasks->setAccessibleName(tr("Linked tasks"));
    m_tasks->setWordWrap(true);
    m_tasks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_tasks, 1);
    clear();
}

QPushButton *ConsultationDetailPane::button(Action action) const
{
    return m_buttons.value(int(action));
}

QUrl ConsultationDetailPane::mailtoUrl(const QString &email)
{
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(email);
    return url;
}

void ConsultationDetailPane::openLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    if (url.scheme() == QLatin1String("mailto"))
        m_openUrl(url);
}

void ConsultationDetailPane::clear()
{
    m_current = Consultation();
    m_title->setText(tr("No consultation selected"));
    m_details->setText(tr("Select a request in the table to see its details, history and tasks."));
    m_history->clear();
    m_tasks->clear();
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(false);
}

void ConsultationDetailPane::setConsultation(const Consultation &c, const QList<ConsultationHistoryEntry> &history,
                                             const QList<Task> &tasks)
{
    m_current = c;
    m_title->setText(QStringLiteral("%1 · %2").arg(c.bookingId, c.name));
    QStringList rows;
    // Every value escaped: what a client typed is shown as typed, never read as HTML.
    auto htmlRow = [&rows](const QString &label, const QString &html) {
        rows << QStringLiteral("<tr><td style=\"color: gray; padding-right: 8px;\">%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), html);
    };
    auto row = [&htmlRow](const QString &label, const QString &value) {
        if (!value.isEmpty())
            htmlRow(label, value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    };
    row(tr("Status"), displayName(c.status) + (c.noShow ? tr(" (no-show)") : QString()));
    if (!c.email.isEmpty())
        htmlRow(tr("Email"),
                QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(mailtoUrl(c.email).toString(QUrl::FullyEncoded).toHtmlEscaped(), c.email.toHtmlEscaped()));
    row(tr("Company"), c.company);
    row(tr("Department"), c.department);
    row(tr("Scheduled"), local(c.scheduledDate));
    row(tr("Received"), local(c.createdAt));
    row(tr("Challenges"), c.challenges);
    row(tr("Notes"), c.notes);
    row(tr("Reason"), c.cancellationReason);
    m_details->setText(QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"));

    m_history->clear();
    for (const ConsultationHistoryEntry &e : history) {
        QString text = local(e.changedAt) + QStringLiteral("  ")
            + (e.fromStatus ? displayName(*e.fromStatus) + QStringLiteral(" → ") : tr("received → ")) + displayName(e.toStatus);
        if (!e.note.isEmpty())
            text += QStringLiteral(" — ") + e.note;
        m_history->addItem(text);
    }
    m_tasks->clear();
    for (const Task &t : tasks)
        m_tasks->addItem(QStringLiteral("[%1] %2").arg(displayName(t.status), t.title));
    if (tasks.isEmpty())
        m_tasks->addItem(tr("(none)"));

    const bool pending = c.status == ConsultationStatus::Pending;
    const bool scheduled = c.status == ConsultationStatus::Scheduled;
    button(Action::Schedule)->setEnabled(pending);
    button(Action::Reschedule)->setEnabled(scheduled);
    button(Action::Complete)->setEnabled(scheduled);
    button(Action::Cancel)->setEnabled(pending || scheduled);
    button(Action::NoShow)->setEnabled(scheduled && c.scheduledDate <= Clock::currentUtc());
    button(Action::AddTask)->setEnabled(true);
    button(Action::Edit)->setEnabled(true);
    button(Action::Delete)->setEnabled(true);
}

} // namespace doo
