// The CSV reader (Csv::parse) on any bytes, and the values the importers take from its fields
// (ImportValues). Checks: records in line order, no field over the limit, no U+FFFD for bytes
// that are not UTF-8 (an error instead), errors with a column in the record; every record read
// without error written back with Csv::row and read again gives the same fields (through
// unneutralise, as the importers read what CsvExport writes); read in small pieces
// (TextLines::setPieceBytesForTesting), the bytes give the same records.

#include "FuzzCheck.h"
#include "exchange/Csv.h"
#include "exchange/ImportInput.h"
#include "exchange/ImportValues.h"

#include <cstddef>
#include <cstdint>

using namespace doo;

namespace {

void checkValues(const QString &field)
{
    (void)ImportValues::taskStatus(field);
    for (const bool endOfDay : {false, true}) {
        const Result<QDateTime> t = ImportValues::dateTime(field, endOfDay);
        if (t)
            FUZZ_CHECK(t->isValid() && t->timeSpec() == Qt::UTC, field);
    }
    for (const QString &tag : ImportValues::tags(field))
        FUZZ_CHECK(!tag.isEmpty() && tag == tag.trimmed() && !tag.contains(QLatin1Char(';')) && !tag.contains(QLatin1Char(',')),
                   field);
    (void)ImportValues::boolean(field);
    const QString column = ImportValues::columnOf(field);
    FUZZ_CHECK(!column.contains(QLatin1Char('[')), field);
}

// The records as one text, to compare two reads.
QString describe(const QList<Csv::Record> &records)
{
    QStringList out;
    for (const Csv::Record &r : records)
        out << QStringLiteral("%1 %2 %3 %4").arg(r.line).arg(r.errorColumn).arg(r.error, r.fields.join(QLatin1Char('|')));
    return out.join(QLatin1Char('\n'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<Csv::Record> records = Csv::parse(bytes);
    // The boundaries of small pieces fall inside fields, characters and "\r\n" line ends.
    TextLines::setPieceBytesForTesting(fuzz::smallPieceBytes(size));
    const QList<Csv::Record> inPieces = Csv::parse(bytes);
    TextLines::setPieceBytesForTesting(0);
    FUZZ_CHECK(describe(records) == describe(inPieces), fuzz::differ(describe(records), describe(inPieces)));
    int lastLine = 0;
    for (const Csv::Record &r : records) {
        FUZZ_CHECK(r.line > lastLine, QStringLiteral("line %1 after %2").arg(r.line).arg(lastLine));
        lastLine = r.line;
        FUZZ_CHECK(r.errorColumn >= 0 && r.errorColumn <= r.fields.size() + 1,
                   QStringLiteral("error column %1 of %2 fields").arg(r.errorColumn).arg(r.fields.size()));
        if (!r.error.isEmpty())
            continue;
        FUZZ_CHECK(!r.fields.isEmpty(), QStringLiteral("a record without fields on line %1").arg(r.line));
        for (const QString &f : r.fields) {
            FUZZ_CHECK(f.size() <= Csv::kMaxFieldLength, QStringLiteral("field of %1 characters").arg(f.size()));
            // Bytes that are not UTF-8 are an error of their record, never a replacement character.
            FUZZ_CHECK(!f.contains(QChar::ReplacementCharacter) || bytes.contains("\xEF\xBF\xBD"),
                       QStringLiteral("U+FFFD read without an error on line %1").arg(r.line));
            checkValues(f);
        }
        // A record of one empty field is written as a blank line, which the reader skips.
        if (r.fields.size() == 1 && r.fields.first().isEmpty())
            continue;
        // Read back below a header line, as in a file CsvExport writes (a byte-order mark at the
        // start of a file is not data).
        const QList<Csv::Record> again = Csv::parse("h\r\n" + Csv::row(r.fields));
        FUZZ_CHECK(again.size() == 2 && again.last().error.isEmpty(),
                   QStringLiteral("written record of line %1 not read back as one").arg(r.line));
        QStringList back;
        for (const QString &f : again.last().fields)
            back << Csv::unneutralise(f);
        FUZZ_CHECK(back == r.fields, fuzz::differ(r.fields.join(QLatin1Char('|')), back.join(QLatin1Char('|'))));
    }
    return 0;
}
