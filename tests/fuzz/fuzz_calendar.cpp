// The iCalendar writer (CalendarExport::write) on a consultation and a task made of fuzzed text,
// read back by a small strict reader of its own: lines end with CRLF, are at most 75 octets and
// valid UTF-8 each, continuation lines start with a space; after unfolding, exactly the expected
// properties in the expected order (no text can start a property of its own); every TEXT value
// unescapes (\\ \; \, \n only, no bare ; or ,) to the stored text without its control
// characters; the attendee's name is a quoted value without quotes or control characters and
// the address decodes to the stored one.

#include "FuzzCheck.h"
#include "domain/Consultation.h"
#include "domain/Task.h"
#include "exchange/CalendarExport.h"

#include <QStringDecoder>
#include <QUrl>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>

using namespace doo;

namespace {

QString text(FuzzedDataProvider &in)
{
    const std::string s = in.ConsumeRandomLengthString(300);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// What a TEXT value keeps of stored text: no CR, no control character but tab and line feed.
QString kept(const QString &stored)
{
    QString out;
    for (const QChar c : stored)
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || (c.unicode() >= 0x20 && c.unicode() != 0x7f))
            out += c;
    return out;
}

// A TEXT value read back; `parts` receives the values a bare comma separates (CATEGORIES).
QStringList unescape(const QString &value, bool list)
{
    QStringList parts{QString()};
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        FUZZ_CHECK(c != QLatin1Char(';') && (list || c != QLatin1Char(',')), QStringLiteral("bare %1 in %2").arg(c).arg(value));
        FUZZ_CHECK(c == QLatin1Char('\t') || (c.unicode() >= 0x20 && c.unicode() != 0x7f),
                   QStringLiteral("control character in %1").arg(value));
        if (c == QLatin1Char(',')) {
            parts << QString();
        } else if (c == QLatin1Char('\\')) {
            FUZZ_CHECK(i + 1 < value.size(), QStringLiteral("backslash at the end of %1").arg(value));
            const QChar e = value.at(++i);
            if (e == QLatin1Char('n') || e == QLatin1Char('N'))
                parts.last() += QLatin1Char('\n');
            else if (e == QLatin1Char('\\') || e == QLatin1Char(';') || e == QLatin1Char(','))
                parts.last() += e;
            else
                FUZZ_CHECK(false, QStringLiteral("unknown escape \\%1 in %2").arg(e).arg(value));
        } else {
            parts.last() += c;
        }
    }
    return parts;
}

struct Property
{
    QString name;
    QString rest; // everything after the name: ";params:value" or ":value"
};

// The unfolded lines, each checked on its physical lines first.
QList<Property> read(const QByteArray &bytes)
{
    FUZZ_CHECK(bytes.endsWith("\r\n"), QStringLiteral("the file does not end with CRLF"));
    QList<QByteArray> logical;
    const QList<QByteArray> physical = bytes.left(bytes.size() - 2).split('\n');
    for (const QByteArray &withCr : physical) {
        FUZZ_CHECK(withCr.endsWith('\r') || &withCr == &physical.last(), QStringLiteral("a bare LF"));
        const QByteArray line = withCr.endsWith('\r') ? withCr.chopped(1) : withCr;
        FUZZ_CHECK(!line.contains('\r'), QStringLiteral("a bare CR in %1").arg(QString::fromUtf8(line)));
        FUZZ_CHECK(line.size() <= 75, QStringLiteral("%1 octets: %2").arg(line.size()).arg(QString::fromUtf8(line)));
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless); // a cut sequence at the end is an error
        const QString decoded = utf8.decode(line);
        FUZZ_CHECK(!utf8.hasError(), QStringLiteral("a line that is not UTF-8 on its own: %1").arg(decoded));
        if (line.startsWith(' ')) {
            FUZZ_CHECK(!logical.isEmpty(), QStringLiteral("a continuation line first"));
            logical.last() += line.mid(1);
        } else {
            logical << line;
        }
    }
    QList<Property> properties;
    for (const QByteArray &line : std::as_const(logical)) {
        const QString s = QString::fromUtf8(line);
        qsizetype end = 0;
        while (end < s.size() && (s.at(end).isUpper() || s.at(end) == QLatin1Char('-')))
            ++end;
        properties << Property{s.left(end), s.mid(end)};
        FUZZ_CHECK(end > 0 && end < s.size() && (s.at(end) == QLatin1Char(':') || s.at(end) == QLatin1Char(';')),
                   QStringLiteral("not a property: %1").arg(s));
    }
    return properties;
}

// A TEXT property's value, checked and unescaped.
QString textOf(const Property &p)
{
    FUZZ_CHECK(p.rest.startsWith(QLatin1Char(':')), p.name + p.rest);
    return unescape(p.rest.mid(1), false).first();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    Consultation c;
    c.status = ConsultationStatus::Scheduled;
    c.scheduledDate = QDateTime::fromSecsSinceEpoch(in.ConsumeIntegralInRange<qint64>(0, 7258118400LL), Qt::UTC);
    c.bookingId = text(in);
    c.name = text(in);
    c.email = text(in);
    c.company = text(in);
    c.department = text(in);
    c.challenges = text(in);
    Task t;
    t.id = text(in);
    t.dueDate = c.scheduledDate;
    t.title = text(in);
    t.description = text(in);
    const int tagCount = in.ConsumeIntegralInRange<int>(0, 3);
    for (int i = 0; i < tagCount; ++i)
        t.tags << text(in);

    const QDateTime stamp = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    const QList<Property> p = read(CalendarExport::write({c}, {t}, stamp));

    QStringList names;
    for (const Property &property : p)
        names << property.name;
    QStringList expected{QStringLiteral("BEGIN"),    QStringLiteral("VERSION"), QStringLiteral("PRODID"),
                         QStringLiteral("CALSCALE"), QStringLiteral("METHOD"),  QStringLiteral("X-WR-CALNAME")};
    expected << QStringLiteral("BEGIN UID DTSTAMP DTSTART DTEND SEQUENCE SUMMARY DESCRIPTION ATTENDEE STATUS TRANSP END")
                    .split(QLatin1Char(' '));
    expected << QStringLiteral("BEGIN UID DTSTAMP DUE SEQUENCE SUMMARY").split(QLatin1Char(' '));
    if (!t.description.isEmpty())
        expected << QStringLiteral("DESCRIPTION");
    expected << QStringLiteral("PRIORITY") << QStringLiteral("STATUS");
    if (!t.tags.isEmpty())
        expected << QStringLiteral("CATEGORIES");
    expected << QStringLiteral("END") << QStringLiteral("END");
    FUZZ_CHECK(names == expected, fuzz::differ(expected.join(QLatin1Char(' ')), names.join(QLatin1Char(' '))));

    // The event.
    const Property *e = &p.at(6);
    FUZZ_CHECK(textOf(e[1]) == kept(c.bookingId) + QStringLiteral("@director-of-one"),
               fuzz::differ(kept(c.bookingId), textOf(e[1])));
    const QString who = c.company.isEmpty() ? c.name : c.name + QStringLiteral(" (") + c.company + QLatin1Char(')');
    const QString summary = kept(CalendarExport::Messages::tr("Consultation: %1").arg(who));
    FUZZ_CHECK(textOf(e[6]) == summary, fuzz::differ(summary, textOf(e[6])));
    QStringList description{CalendarExport::Messages::tr("Booking %1").arg(c.bookingId),
                            CalendarExport::Messages::tr("Email: %1").arg(c.email)};
    if (!c.department.isEmpty())
        description << CalendarExport::Messages::tr("Department: %1").arg(c.department);
    if (!c.challenges.isEmpty())
        description << QString() << c.challenges;
    const QString details = kept(description.join(QLatin1Char('\n')));
    FUZZ_CHECK(textOf(e[7]) == details, fuzz::differ(details, textOf(e[7])));
    const QString attendeeStart = QStringLiteral(";CN=\"");
    const QString &attendee = e[8].rest;
    FUZZ_CHECK(attendee.startsWith(attendeeStart), attendee);
    const qsizetype close = attendee.indexOf(QLatin1Char('"'), attendeeStart.size());
    FUZZ_CHECK(close > 0, attendee);
    QString name = c.name;
    name.replace(QLatin1Char('\n'), QLatin1Char(' ')).remove(QLatin1Char('"'));
    name = kept(name).remove(QLatin1Char('\t')).remove(QLatin1Char('\n'));
    const QString cn = attendee.mid(attendeeStart.size(), close - attendeeStart.size());
    FUZZ_CHECK(cn == name, fuzz::differ(name, cn));
    const QString afterName = attendee.mid(close + 1);
    const QString role = QStringLiteral(";ROLE=REQ-PARTICIPANT:mailto:");
    FUZZ_CHECK(afterName.startsWith(role), attendee);
    const QString address = afterName.mid(role.size());
    for (const QChar ch : address)
        FUZZ_CHECK(ch.unicode() > 0x20 && ch.unicode() < 0x7f && ch != QLatin1Char(';') && ch != QLatin1Char(':')
                       && ch != QLatin1Char(',') && ch != QLatin1Char('"'),
                   address);
    const QString email = QUrl::fromPercentEncoding(address.toLatin1());
    FUZZ_CHECK(email == c.email, fuzz::differ(c.email, email));

    // The task.
    const Property *todo = &p.at(6 + 12);
    FUZZ_CHECK(textOf(todo[1]) == kept(t.id) + QStringLiteral("@director-of-one"), fuzz::differ(kept(t.id), textOf(todo[1])));
    FUZZ_CHECK(textOf(todo[5]) == kept(t.title), fuzz::differ(kept(t.title), textOf(todo[5])));
    int next = 6;
    if (!t.description.isEmpty()) {
        FUZZ_CHECK(textOf(todo[next]) == kept(t.description), fuzz::differ(kept(t.description), textOf(todo[next])));
        ++next;
    }
    next += 2; // PRIORITY, STATUS
    if (!t.tags.isEmpty()) {
        FUZZ_CHECK(todo[next].rest.startsWith(QLatin1Char(':')), todo[next].rest);
        const QStringList categories = unescape(todo[next].rest.mid(1), true);
        QStringList tags;
        for (const QString &tag : std::as_const(t.tags))
            tags << kept(tag);
        FUZZ_CHECK(categories == tags, fuzz::differ(tags.join(QLatin1Char('|')), categories.join(QLatin1Char('|'))));
    }
    return 0;
}
