// TextLines (exchange/ImportInput), the reader of imported files, read in pieces: the lines, line
// ends and columns of bad bytes are the same whatever the size of the pieces, also when a boundary
// falls inside a UTF-8 character, between "\r" and "\n", or right after a byte-order mark.

#include "exchange/Csv.h"
#include "exchange/ImportInput.h"

#include <QBuffer>
#include <QTest>

using namespace doo;

namespace {

// Resets the piece size when a test ends, also a failed one.
struct PieceBytes
{
    explicit PieceBytes(qsizetype bytes) { TextLines::setPieceBytesForTesting(bytes); }
    ~PieceBytes() { TextLines::setPieceBytesForTesting(0); }
};

struct Read
{
    QStringList lines; // "line number|text|line end|column of the first bad byte"
    int pieces = 0;
};

Read readLines(const QByteArray &bytes, qsizetype pieceBytes)
{
    const PieceBytes size(pieceBytes);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TextLines lines(buffer);
    Read read;
    QString text;
    TextLines::Piece piece;
    while (lines.next(piece)) {
        ++read.pieces;
        text += piece.text;
        if (!piece.endsLine)
            continue;
        read.lines << QStringLiteral("%1|%2|%3|%4").arg(lines.line()).arg(text, piece.lineEnd).arg(lines.badColumn());
        text.clear();
    }
    if (!text.isEmpty())
        read.lines << QStringLiteral("unfinished: ") + text;
    return read;
}

// A file with every kind of boundary a piece may cut: a byte-order mark, characters of two, three
// and four bytes, "\r\n" and a lone "\r", bad bytes before "\n" and "\r\n", a long line, and a
// last line without its end.
QByteArray hostileFile()
{
    QByteArray bytes = "\xEF\xBB\xBFtitle,notes\r\n";
    bytes += "caf\xC3\xA9,\"a \xE2\x82\xAC and a \xF0\x9F\x98\x80\"\r\n";
    bytes += "a\rb,c\n";
    bytes += "bad \xE9\n";
    bytes += "bad again \xC3\r\n";
    bytes += "\xEF\xBB\xBF"
             "kept mark\n";
    for (int i = 0; i < 300; ++i)
        bytes += "\xE2\x82\xAC\xC3\xA9x\r";
    bytes += "\n";
    bytes += "last\r";
    return bytes;
}

} // namespace

class TestTextLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameLinesInAnyPieces();
    void sameRecordsInAnyPieces();
    void pieceSizeHasAFloor();
};

void TestTextLines::sameLinesInAnyPieces()
{
    const QByteArray bytes = hostileFile();
    const Read whole = readLines(bytes, 0);
    QCOMPARE(whole.lines.size(), 8);
    QCOMPARE(whole.pieces, 8); // the file is shorter than one piece
    QCOMPARE(whole.lines.at(0), QStringLiteral("1|title,notes|\r\n|0"));
    QCOMPARE(whole.lines.at(2), QStringLiteral("3|a\rb,c|\n|0"));
    QCOMPARE(whole.lines.at(3), QStringLiteral("4|bad \uFFFD|\n|5"));
    QCOMPARE(whole.lines.at(4), QStringLiteral("5|bad again \uFFFD|\r\n|11"));
    QCOMPARE(whole.lines.at(5), QStringLiteral("6|\uFEFFkept mark|\n|0"));
    QCOMPARE(whole.lines.at(7), QStringLiteral("8|last|\r|0"));
    for (qsizetype size = TextLines::kMinPieceBytes; size <= 40; ++size) {
        const Read pieces = readLines(bytes, size);
        QVERIFY2(pieces.pieces > bytes.size() / size / 2, qPrintable(QString::number(size)));
        QCOMPARE(pieces.lines, whole.lines);
    }
}

void TestTextLines::sameRecordsInAnyPieces()
{
    const QByteArray bytes = hostileFile();
    auto describe = [](const QList<Csv::Record> &records) {
        QStringList out;
        for (const Csv::Record &r : records)
            out << QStringLiteral("%1|%2|%3").arg(r.line).arg(r.error, r.fields.join(QLatin1Char(',')));
        return out;
    };
    const QStringList whole = describe(Csv::parse(bytes));
    QCOMPARE(whole.size(), 8);
    QCOMPARE(whole.at(1), QStringLiteral("2||caf\u00E9,a \u20AC and a \U0001F600"));
    for (qsizetype size = TextLines::kMinPieceBytes; size <= 40; ++size) {
        const PieceBytes pieceBytes(size);
        QCOMPARE(describe(Csv::parse(bytes)), whole);
    }
}

// A smaller size than the floor reads in pieces of the floor: a piece always holds text.
void TestTextLines::pieceSizeHasAFloor()
{
    const QByteArray bytes = QByteArray("\xF0\x9F\x98\x80\r", 5).repeated(20) + "\n";
    const Read whole = readLines(bytes, 0);
    const Read tiny = readLines(bytes, 1);
    QCOMPARE(tiny.lines, whole.lines);
    QCOMPARE(tiny.pieces, readLines(bytes, TextLines::kMinPieceBytes).pieces);
    QVERIFY(tiny.pieces > 1);
}

QTEST_GUILESS_MAIN(TestTextLines)
#include "tst_textlines.moc"
