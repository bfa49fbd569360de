// The schedule parser (Schedule::parse) and its firing times. Input: a time zone choice and a
// start time (the first bytes), then the schedule's text. Checks: a parsed schedule's normalised
// text parses to the same text (and kind); its next runs are valid, strictly increasing and
// after the start; describe() says something.

#include "FuzzCheck.h"
#include "domain/Schedule.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace doo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Byte 0: the zone; bytes 1-5: the start time; the rest: the schedule's text.
    if (size < 6)
        return 0;
    // Zones with the daylight-saving changes the parser's rules are about: none, an hour in
    // spring and autumn (northern and southern), half an hour.
    static const char *const kZones[] = {"UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe"};
    const QTimeZone zone(kZones[data[0] % 5]);
    qint64 seconds = 0;
    for (int i = 1; i < 6; ++i)
        seconds = seconds * 256 + data[i];
    const QDateTime after = QDateTime::fromSecsSinceEpoch(seconds % 7258118400LL, Qt::UTC); // 1970 .. 2200
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 6, qsizetype(size) - 6);

    const Result<Schedule> s = Schedule::parse(text);
    if (!s) {
        FUZZ_CHECK(!s.error().message.isEmpty(), text);
        return 0;
    }
    FUZZ_CHECK(!s->text().isEmpty() && !s->describe().isEmpty(), text);
    const Result<Schedule> again = Schedule::parse(s->text());
    FUZZ_CHECK(again, QStringLiteral("normalised \"%1\" of \"%2\" refused").arg(s->text(), text));
    FUZZ_CHECK(again->text() == s->text() && again->kind() == s->kind(), fuzz::differ(s->text(), again->text()));

    const QList<QDateTime> runs = s->nextRuns(after, zone, 3);
    QDateTime previous = after;
    for (const QDateTime &run : runs) {
        FUZZ_CHECK(run.isValid() && run > previous,
                   QStringLiteral("\"%1\" in %2 after %3: run %4 not after %5")
                       .arg(text, QString::fromLatin1(zone.id()), after.toString(Qt::ISODate), run.toString(Qt::ISODate),
                            previous.toString(Qt::ISODate)));
        previous = run;
    }
    const QDateTime next = s->nextAfter(after, zone);
    FUZZ_CHECK(next == (runs.isEmpty() ? QDateTime() : runs.first()),
               QStringLiteral("\"%1\": nextAfter %2, nextRuns %3")
                   .arg(text, next.toString(Qt::ISODate), runs.isEmpty() ? QString() : runs.first().toString(Qt::ISODate)));
    return 0;
}
