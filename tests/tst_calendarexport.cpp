#include "Checks.h"
#include "CliRunner.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "exchange/CalendarExport.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/TaskRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

const QDateTime kStamp(QDate(2031, 3, 4), QTime(9, 0), Qt::UTC);

// The file as python3's icalendar module (an independent parser) reads it.
QJsonObject parseWithPython(const QByteArray &ics, QString *problem)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.ics"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size()) {
        *problem = QStringLiteral("cannot write ") + path;
        return {};
    }
    file.close();
    CliRunner python;
    // Debian's interpreter, where python3-icalendar (packaging/install-deps.sh --test) lives.
    python.program =
        QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
    python.timeoutMs = 60000;
    const CliRun parsed = python.run({QStringLiteral(DOO_TEST_DATA "/parse_ics.py"), path});
    if (parsed.exitCode != 0) {
        *problem = QStringLiteral("the icalendar parser failed (packaging/install-deps.sh --test installs python3-icalendar): ")
            + parsed.err;
        return {};
    }
    return parsed.object();
}

} // namespace

// The iCalendar export, checked octet by octet and read back by an independent parser.
class TestCalendarExport : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestCalendarExport() : DatabaseTestCase(QStringLiteral("d@example.com"), UserRole::Director) { }

private Q_SLOTS:
    void escapingAndFolding();
    void parsedByIcalendar();
    void hostileValuesStayInert();
};

void TestCalendarExport::escapingAndFolding()
{
    QCOMPARE(CalendarExport::escapeText(QStringLiteral("a\\b;c,d\r\ne")), QStringLiteral("a\\\\b\\;c\\,d\\ne"));
    const QByteArray line = "SUMMARY:" + QByteArray(70, 'x') + "\xC3\xA9\xC3\xA9" + QByteArray(80, 'y');
    const QByteArray folded = CalendarExport::foldLine(line);
    const QList<QByteArray> parts = folded.split('\n');
    QVERIFY(folded.endsWith("\r\n"));
    for (const QByteArray &part : parts) {
        const QByteArray content = part.endsWith('\r') ? part.chopped(1) : part;
        QVERIFY2(content.size() <= 75, content.constData());
        QVERIFY(QString::fromUtf8(content).indexOf(QChar::ReplacementCharacter) < 0); // no split character
    }
    // Unfolding (remove CRLF + space) gives the line back.
    QCOMPARE(QByteArray(folded).replace("\r\n ", "").chopped(2), line);
    QCOMPARE(CalendarExport::foldLine("SHORT:1"), QByteArray("SHORT:1\r\n"));
}

void TestCalendarExport::parsedByIcalendar()
{
    auto &t = database();
    const User &u = defaultUser();
    const UserContext ctx = UserContext::of(u);
    ConsultationRepository consultations(t.db(), ctx);
    Consultation c;
    c.name = QStringLiteral("Zoë Ångström; \"Z\", PhD");
    c.email = QStringLiteral("zoe@example.com");
    c.company = QStringLiteral("Nordlys AS");
    c.challenges = QStringLiteral("Board packs, approvals; \\ backslashes\nand a second line that is long enough to be folded "
                                  "by the writer at seventy-five octets — with ünïcödé");
    const Consultation a = must(consultations.create(c));
    const QDateTime meeting(QDate(2031, 3, 10), QTime(13, 30), Qt::UTC);
    CHECK_OK(consultations.schedule(a.id, meeting));
    c.name = QStringLiteral("Pending Person");
    CHECK_OK(consultations.create(c)); // not scheduled: not in the calendar

    TaskRepository tasks(t.db(), ctx);
    Task task;
    task.title = QStringLiteral("Renew licences, all of them");
    task.priority = Priority::Urgent;
    task.dueDate = QDateTime(QDate(2031, 3, 12), QTime(16, 59, 59), Qt::UTC);
    task.tags = {QStringLiteral("admin"), QStringLiteral("it;ops")};
    const Task due = must(tasks.create(task));
    task.title = QStringLiteral("No due date");
    task.dueDate = {};
    CHECK_OK(tasks.create(task));

    const QByteArray ics = must(CalendarExport::build(t.db(), ctx, kStamp));
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(ics.count("\n"), ics.count("\r\n")); // every line ends with CRLF
    for (const QByteArray &line : ics.split('\n'))
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + the CR
    QVERIFY(ics.contains("\r\n ")); // something was folded

    QString problem;
    const QJsonObject parsed = parseWithPython(ics, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(parsed.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
    const QJsonArray events = parsed.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject e = events.first().toObject();
    QCOMPARE(e.value(QStringLiteral("uid")).toString(), a.bookingId + QStringLiteral("@director-of-one"));
    QCOMPARE(e.value(QStringLiteral("summary")).toString(),
             QStringLiteral("Consultation: Zoë Ångström; \"Z\", PhD (Nordlys AS)"));
    QCOMPARE(e.value(QStringLiteral("description")).toString(),
             QStringLiteral("Booking %1\nEmail: zoe@example.com\n\n").arg(a.bookingId) + c.challenges);
    QCOMPARE(e.value(QStringLiteral("start")).toString(), QStringLiteral("2031-03-10T13:30:00+00:00"));
    QCOMPARE(e.value(QStringLiteral("end")).toString(), QStringLiteral("2031-03-10T14:30:00+00:00"));
    QCOMPARE(e.value(QStringLiteral("stamp")).toString(), QStringLiteral("2031-03-04T09:00:00+00:00"));
    QCOMPARE(e.value(QStringLiteral("attendee")).toString(), QStringLiteral("mailto:zoe@example.com"));
    QCOMPARE(e.value(QStringLiteral("cn")).toString(), QStringLiteral("Zoë Ångström; Z, PhD"));
    QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("CONFIRMED"));
    QCOMPARE(e.value(QStringLiteral("sequence")).toInt(), 1);

    const QJsonArray todos = parsed.value(QStringLiteral("todos")).toArray();
    QCOMPARE(todos.size(), 1);
    const QJsonObject todo = todos.first().toObject();
    QCOMPARE(todo.value(QStringLiteral("uid")).toString(), due.id + QStringLiteral("@director-of-one"));
    QCOMPARE(todo.value(QStringLiteral("summary")).toString(), QStringLiteral("Renew licences, all of them"));
    QCOMPARE(todo.value(QStringLiteral("due")).toString(), QStringLiteral("2031-03-12T16:59:59+00:00"));
    QCOMPARE(todo.value(QStringLiteral("priority")).toInt(), 1);
    QCOMPARE(todo.value(QStringLiteral("status")).toString(), QStringLiteral("NEEDS-ACTION"));
    QCOMPARE(todo.value(QStringLiteral("categories")).toArray(), (QJsonArray{QStringLiteral("admin"), QStringLiteral("it;ops")}));

    // Stable: the same data gives the same file (UIDs do not change between exports).
    QCOMPARE(must(CalendarExport::build(t.db(), ctx, kStamp)), ics);
}

// Stored text with line breaks, ';', ':' and control characters in every field the writer
// takes (as an import or a direct database write could leave them): nothing starts a line or a
// property of its own, and an independent parser reads back exactly one event with the values.
void TestCalendarExport::hostileValuesStayInert()
{
    Consultation c;
    c.bookingId = QStringLiteral("DO-2031-1\r\nBEGIN:VEVENT\r\nUID:evil");
    c.name = QStringLiteral("Eve\r\nATTENDEE:mailto:x@evil.org;\x01\x7f\"");
    c.email = QStringLiteral("eve@example.com\r\nATTENDEE;CN=x:mailto:boss@evil.org");
    c.company = QStringLiteral("A\nB");
    c.status = ConsultationStatus::Scheduled;
    c.scheduledDate = QDateTime(QDate(2031, 3, 10), QTime(13, 30), Qt::UTC);
    Task task;
    task.id = QStringLiteral("t1\nEND:VCALENDAR");
    task.title = QStringLiteral("Title\nDUE:20000101T000000Z");
    task.dueDate = QDateTime(QDate(2031, 3, 12), QTime(16, 0), Qt::UTC);
    task.tags = {QStringLiteral("a\nCATEGORIES:b")};
    const QByteArray ics = CalendarExport::write({c}, {task}, kStamp);

    const QByteArray unfolded = QByteArray(ics).replace("\r\n ", "");
    QCOMPARE(ics.count("\n"), ics.count("\r\n")); // no bare line feed
    QCOMPARE(ics.count('\r'), ics.count("\r\n")); // no bare carriage return
    QStringList names;
    for (const QByteArray &line : unfolded.split('\n')) {
        if (line.isEmpty())
            continue;
        const QByteArray content = line.chopped(1);
        for (const char ch : content)
            QVERIFY2(uchar(ch) >= 0x20 && uchar(ch) != 0x7f, content.constData()); // no control character
        names << QString::fromUtf8(content.left(content.indexOf(':'))).section(QLatin1Char(';'), 0, 0);
    }
    QCOMPARE(names.count(QStringLiteral("BEGIN")), 3); // VCALENDAR, one VEVENT, one VTODO
    QCOMPARE(names.count(QStringLiteral("END")), 3);
    QCOMPARE(names.count(QStringLiteral("ATTENDEE")), 1);
    QCOMPARE(names.count(QStringLiteral("UID")), 2);
    QCOMPARE(names.count(QStringLiteral("DUE")), 1);
    QCOMPARE(names.count(QStringLiteral("CATEGORIES")), 1);

    QString problem;
    const QJsonObject parsed = parseWithPython(ics, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonArray events = parsed.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject e = events.first().toObject();
    QCOMPARE(e.value(QStringLiteral("uid")).toString(), QStringLiteral("DO-2031-1\nBEGIN:VEVENT\nUID:evil@director-of-one"));
    // One attendee, the whole stored address its value (the parser decodes %3B and %3A itself).
    QVERIFY(unfolded.contains("\r\nATTENDEE;CN=\"Eve ATTENDEE:mailto:x@evil.org;\";ROLE=REQ-PARTICIPANT:"
                              "mailto:eve@example.com%0D%0AATTENDEE%3BCN=x%3Amailto%3Aboss@evil.org\r\n"));
    QCOMPARE(e.value(QStringLiteral("attendee")).toString(),
             QStringLiteral("mailto:eve@example.com%0D%0AATTENDEE;CN=x:mailto:boss@evil.org"));
    QCOMPARE(e.value(QStringLiteral("cn")).toString(), QStringLiteral("Eve ATTENDEE:mailto:x@evil.org;"));
    QCOMPARE(parsed.value(QStringLiteral("todos")).toArray().size(), 1);
    QCOMPARE(parsed.value(QStringLiteral("todos")).toArray().first().toObject().value(QStringLiteral("summary")).toString(),
             task.title);
}

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
