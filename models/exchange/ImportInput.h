#pragma once

#include "domain/Result.h"

#include <QIODevice>
#include <QString>

#include <memory>

namespace doo {

// The bytes of an imported file, read as UTF-8 text one physical line at a time, in pieces of
// bounded size (kPieceBytes): never more than kMaxFileBytes from the device (one byte more is an
// error), never the whole file in memory. Bytes that are not UTF-8 are found wherever they are
// (also right before a line end) and reported with their line and column; the text then holds
// U+FFFD there. The size of the pieces changes only where a long line is cut, never what is read.
class TextLines
{
public:
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
    static constexpr qsizetype kPieceBytes = 64 * 1024;
    // The smallest piece that always holds text: a byte-order mark, a "\r" held back for its "\n"
    // and a UTF-8 sequence cut short (three bytes) left for the next piece, and one byte more.
    static constexpr qsizetype kMinPieceBytes = 8;

    // For tests and fuzzers: the TextLines made from now on, in every thread, read in pieces of
    // `bytes` (at least kMinPieceBytes), so that short inputs cross the boundaries of pieces; 0
    // restores kPieceBytes.
    static void setPieceBytesForTesting(qsizetype bytes);

    struct Piece
    {
        QString text; // without the line end
        bool endsLine = false; // false: the line goes on in the next piece (or the input ends)
        QString lineEnd; // "\n", "\r\n" or, at the very end, "\r" or "" (with endsLine)
    };

    explicit TextLines(QIODevice &device);

    // The next piece of the current line; false at the end of the input or on an error().
    bool next(Piece &piece);
    // 1-based number of the line the last piece belongs to.
    int line() const { return m_line; }
    // 1-based column (in characters) of the first byte that is not UTF-8 in the current line, or 0.
    int badColumn() const { return m_badColumn; }
    // Why reading stopped early (the input is too large, or cannot be read); empty otherwise.
    QString error() const { return m_error; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill();

    QIODevice &m_device;
    const qsizetype m_pieceBytes;
    QByteArray m_buffer; // read, not yet returned
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_lineDone = true; // the last piece ended its line: the next one starts a new line
    bool m_first = true; // at the start of the input: a byte-order mark is skipped
    int m_line = 0;
    int m_column = 0; // characters of the current line returned so far
    int m_badColumn = 0;
    qint64 m_bytesRead = 0;
    QString m_error;
};

namespace Import {

// Opens an import's input: a file, or standard input for "-". A regular file larger than
// TextLines::kMaxFileBytes is refused before anything is read.
Result<std::unique_ptr<QIODevice>> openInput(const QString &path);
// "bytes that are not UTF-8 text at line L, character C (save the file as UTF-8)".
QString notUtf8(int line, int column);
// The input's size when known (a regular file), else 0.
qint64 inputSize(QIODevice &device);

} // namespace Import

} // namespace doo
