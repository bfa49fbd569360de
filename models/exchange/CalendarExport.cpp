#include "exchange/CalendarExport.h"

#include "domain/Consultation.h"
#include "domain/Task.h"
#include "exchange/CsvExport.h"
#include "repositories/TaskRepository.h"

#include <QCoreApplication>
#include <QUrl>

namespace doo::CalendarExport {

namespace {

constexpr int kMaxOctets = 75;

QByteArray utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toUtf8();
}

// A parameter value: quoted, without the characters a quoted value cannot hold (RFC 5545
// QSAFE-CHAR: no DQUOTE, no control characters; a line break becomes a space).
QString paramValue(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        if (c == QLatin1Char('\n'))
            out += QLatin1Char(' ');
        else if (c != QLatin1Char('"') && c.unicode() >= 0x20 && c.unicode() != 0x7f)
            out += c;
    }
    return out + QLatin1Char('"');
}

// A mailto: address (CAL-ADDRESS, a URI): everything but the address characters percent-encoded,
// so a line break, ';' or ':' in stored text can never start a property of its own.
QByteArray mailto(const QString &email)
{
    return "mailto:" + QUrl::toPercentEncoding(email, "@.+_~!$&'*=?^`{|}/");
}

// Every value goes out through one of the typed writers: program-made values (names, dates,
// numbers) as they are, anything from stored text escaped.
class Writer
{
public:
    void line(const QByteArray &name, const QByteArray &value) { m_out += foldLine(name + ':' + value); }
    void text(const QByteArray &name, const QString &value) { line(name, escapeText(value).toUtf8()); }
    void attendee(const QString &name, const QString &email)
    {
        line("ATTENDEE;CN=" + paramValue(name).toUtf8() + ";ROLE=REQ-PARTICIPANT", mailto(email));
    }
    QByteArray bytes() const { return m_out; }

private:
    QByteArray m_out;
};

int priorityOf(Priority p)
{
    switch (p) {
    case Priority::Urgent:
        return 1;
    case Priority::High:
        return 3;
    case Priority::Medium:
        return 5;
    case Priority::Low:
        return 9;
    }
    return 0;
}

QByteArray statusOf(TaskStatus s)
{
    switch (s) {
    case TaskStatus::Todo:
        return "NEEDS-ACTION";
    case TaskStatus::InProgress:
    case TaskStatus::Review:
        return "IN-PROCESS";
    case TaskStatus::Completed:
        return "COMPLETED";
    case TaskStatus::Cancelled:
        return "CANCELLED";
    }
    return "NEEDS-ACTION";
}

} // namespace

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char(';'))
            out += QLatin1String("\\;");
        else if (c == QLatin1Char(','))
            out += QLatin1String("\\,");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            continue; // CRLF in the text: the LF makes the \n
        else if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f)
            continue; // control characters are not allowed in TEXT
        else
            out += c;
    }
    return out;
}

QByteArray foldLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype start = 0;
    int limit = kMaxOctets; // the first line; continuation lines begin with a space
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (uchar(line.at(end)) & 0xC0) == 0x80) // never inside a UTF-8 sequence
            --end;
        out += line.mid(start, end - start) + "\r\n ";
        start = end;
        limit = kMaxOctets - 1;
    }
    out += line.mid(start) + "\r\n";
    return out;
}

QByteArray write(const QList<Consultation> &consultations, const QList<Task> &tasks, const QDateTime &stamp)
{
    Writer w;
    w.line("BEGIN", "VCALENDAR");
    w.line("VERSION", "2.0");
    w.line("PRODID", "-//Director of One//Director of One//EN");
    w.line("CALSCALE", "GREGORIAN");
    w.line("METHOD", "PUBLISH");
    w.text("X-WR-CALNAME", Messages::tr("Director of One"));
    for (const Consultation &c : consultations) {
        if (c.status != ConsultationStatus::Scheduled || !c.scheduledDate.isValid())
            continue;
        w.line("BEGIN", "VEVENT");
        w.text("UID", c.bookingId + QStringLiteral("@director-of-one"));
        w.line("DTSTAMP", utc(stamp));
        w.line("DTSTART", utc(c.scheduledDate));
        w.line("DTEND", utc(c.scheduledDate.addSecs(qint64(Consultation::kDurationMinutes) * 60)));
        if (c.createdAt.isValid())
            w.line("CREATED", utc(c.createdAt));
        if (c.updatedAt.isValid())
            w.line("LAST-MODIFIED", utc(c.updatedAt));
        w.line("SEQUENCE", QByteArray::number(std::max(0, c.version - 1)));
        const QString who = c.company.isEmpty() ? c.name : c.name + QStringLiteral(" (") + c.company + QLatin1Char(')');
        w.text("SUMMARY", Messages::tr("Consultation: %1").arg(who));
        QStringList description{Messages::tr("Booking %1").arg(c.bookingId), Messages::tr("Email: %1").arg(c.email)};
        if (!c.department.isEmpty())
            description << Messages::tr("Department: %1").arg(c.department);
        if (!c.challenges.isEmpty())
            description << QString() << c.challenges;
        w.text("DESCRIPTION", description.join(QLatin1Char('\n')));
        w.attendee(c.name, c.email);
        w.line("STATUS", "CONFIRMED");
        w.line("TRANSP", "OPAQUE");
        w.line("END", "VEVENT");
    }
    for (const Task &t : tasks) {
        if (!t.dueDate.isValid())
            continue;
        w.line("BEGIN", "VTODO");
        w.text("UID", t.id + QStringLiteral("@director-of-one"));
        w.line("DTSTAMP", utc(stamp));
        w.line("DUE", utc(t.dueDate));
        if (t.createdAt.isValid())
            w.line("CREATED", utc(t.createdAt));
        if (t.updatedAt.isValid())
            w.line("LAST-MODIFIED", utc(t.updatedAt));
        w.line("SEQUENCE", QByteArray::number(std::max(0, t.version - 1)));
        w.text("SUMMARY", t.title);
        if (!t.description.isEmpty())
            w.text("DESCRIPTION", t.description);
        w.line("PRIORITY", QByteArray::number(priorityOf(t.priority)));
        w.line("STATUS", statusOf(t.status));
        if (t.status == TaskStatus::Completed && t.completedAt.isValid())
            w.line("COMPLETED", utc(t.completedAt));
        if (!t.tags.isEmpty()) {
            QStringList escaped;
            for (const QString &tag : t.tags)
                escaped << escapeText(tag);
            w.line("CATEGORIES", escaped.join(QLatin1Char(',')).toUtf8());
        }
        w.line("END", "VTODO");
    }
    w.line("END", "VCALENDAR");
    return w.bytes();
}

Result<QByteArray> build(Database &db, const UserContext &ctx, const QDateTime &stamp)
{
    const auto consultations = CsvExport::allConsultations(db, ctx);
    if (!consultations)
        return consultations.error();
    TaskFilter filter;
    const auto tasks = TaskRepository(db, ctx).list(filter);
    if (!tasks)
        return tasks.error();
    return write(*consultations, *tasks, stamp);
}

} // namespace doo::CalendarExport
