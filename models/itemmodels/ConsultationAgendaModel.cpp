#include "itemmodels/ConsultationAgendaModel.h"
#include "itemmodels/PlainToolTip.h"

#include "db/Database.h"
#include "domain/Clock.h"
#include "domain/LocaleFormat.h"
#include "itemmodels/ConsultationTableModel.h"

#include <QFont>
#include <QSqlRecord>

#include <algorithm>

namespace doo {

ConsultationAgendaModel::ConsultationAgendaModel(ConsultationTableModel *source, QObject *parent)
    : QAbstractListModel(parent), m_source(source)
{ }

void ConsultationAgendaModel::rebuild()
{
    QList<Meeting> meetings;
    if (m_source) {
        for (int row = 0; row < m_source->rowCount(); ++row) {
            const QSqlRecord r = m_source->record(row);
            if (r.value(QStringLiteral("status")).toString() != toString(ConsultationStatus::Scheduled))
                continue;
            meetings.append(Meeting{r.value(QStringLiteral("id")).toString(), r.value(QStringLiteral("booking_id")).toString(),
                                    r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("company")).toString(),
                                    r.value(QStringLiteral("email")).toString(),
                                    Database::dateTimeFromDb(r.value(QStringLiteral("scheduled_date")))});
        }
    }
    setMeetings(std::move(meetings), Clock::currentUtc());
}

void ConsultationAgendaModel::setMeetings(QList<Meeting> meetings, const QDateTime &now, const QLocale &locale)
{
    const QDate today = now.toLocalTime().date();
    meetings.erase(std::remove_if(meetings.begin(), meetings.end(),
                                  [&](const Meeting &m) { return !m.start.isValid() || m.start.toLocalTime().date() < today; }),
                   meetings.end());
    std::sort(meetings.begin(), meetings.end(), [](const Meeting &a, const Meeting &b) {
        return a.start != b.start ? a.start < b.start : a.name.localeAwareCompare(b.name) < 0;
    });
    const int sinceWeekStart = (today.dayOfWeek() - int(locale.firstDayOfWeek()) + 7) % 7;
    const QDate nextWeek = today.addDays(7 - sinceWeekStart);
    const QDate later = nextWeek.addDays(7);

    beginResetModel();
    m_rows.clear();
    m_meetings = int(meetings.size());
    QString section;
    QDate day;
    for (const Meeting &m : std::as_const(meetings)) {
        const QDate date = m.start.toLocalTime().date();
        const QString thisSection = date < nextWeek ? tr("This week") : date < later ? tr("Next week") : tr("Later");
        if (thisSection != section) {
            section = thisSection;
            m_rows.append(Row{Kind::Section, section, QString(), QString(), QDateTime()});
            day = QDate();
        }
        if (date != day) {
            day = date;
            const QString name = LocaleFormat::weekdayDayMonth(date, locale);
            const QString text = date == today ? tr("Today · %1").arg(name)
                : date == today.addDays(1)     ? tr("Tomorrow · %1").arg(name)
                                               : name;
            m_rows.append(Row{Kind::Day, text, QString(), QString(), QDateTime()});
        }
        const QString who = m.company.isEmpty() ? m.name : tr("%1 · %2", "name · company").arg(m.name, m.company);
        const QString time = LocaleFormat::timeOf(m.start, QTimeZone(), locale);
        // Tool tips that look like HTML are drawn as HTML: escaped, in a block that keeps lines.
        const QString tip = QStringLiteral("<p style=\"white-space: pre;\">%1</p>")
                                .arg(tr("%1 · %2\n%3\n%4").arg(m.bookingId, time, who, m.email).toHtmlEscaped());
        m_rows.append(Row{Kind::Meeting, tr("%1  %2", "time, then who").arg(time, who), tip, m.id, m.start});
    }
    endResetModel();
}

int ConsultationAgendaModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).kind == Kind::Meeting && m_rows.at(row).id == id)
            return row;
    return -1;
}

int ConsultationAgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConsultationAgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return row.text;
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant() : QVariant(plainToolTip(row.toolTip));
    case Qt::FontRole:
        if (row.kind != Kind::Meeting) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return row.id;
    case KindRole:
        return QVariant::fromValue(row.kind);
    case StartRole:
        return row.start;
    default:
        return {};
    }
}

Qt::ItemFlags ConsultationAgendaModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const bool meeting = m_rows.at(index.row()).kind == Kind::Meeting;
    return meeting ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                   : Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ConsultationAgendaModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "consultationId");
    names.insert(KindRole, "kind");
    names.insert(StartRole, "start");
    return names;
}

} // namespace doo
