#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QLocale>

namespace doo {

class ConsultationTableModel;

// The agenda beside the Consultations table: the SCHEDULED meetings of today and later, under
// the headings "This week", "Next week" and "Later" (weeks start on the locale's first day) and,
// within them, one heading per day ("Tue 9 Dec", "Today · Tue 9 Dec"); each meeting reads
// "10:00  Ada Lovelace · Engines". Headings cannot be selected. Built from the table model's rows
// (rebuild() after each select), so it shows what the table shows, without a query of its own.
class ConsultationAgendaModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { Section, Day, Meeting };
    Q_ENUM(Kind)
    enum Role { IdRole = Qt::UserRole + 1, KindRole, StartRole };

    // One scheduled meeting as the agenda needs it.
    struct Meeting
    {
        QString id;
        QString bookingId;
        QString name;
        QString company;
        QString email;
        QDateTime start; // UTC
    };

    explicit ConsultationAgendaModel(ConsultationTableModel *source, QObject *parent = nullptr);

    // Reads the source's rows again, with today from Clock and days in local time.
    void rebuild();
    // The agenda of `meetings` (any order; those before `now`'s day are left out) seen at `now`.
    void setMeetings(QList<Meeting> meetings, const QDateTime &now, const QLocale &locale = QLocale());

    int meetingCount() const { return m_meetings; }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Kind kind = Kind::Meeting;
        QString text;
        QString toolTip;
        QString id;
        QDateTime start;
    };

    ConsultationTableModel *m_source = nullptr;
    QList<Row> m_rows;
    int m_meetings = 0;
};

} // namespace doo
