#include "exchange/ImportInput.h"

#include "exchange/ImportPlan.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace doo {

namespace {

std::atomic<qsizetype> pieceBytes{TextLines::kPieceBytes};

// Length of the UTF-8 sequence a lead byte starts, or 0 when it cannot start one.
int sequenceLength(uchar b)
{
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF)
        return 2;
    if (b >= 0xE0 && b <= 0xEF)
        return 3;
    if (b >= 0xF0 && b <= 0xF4)
        return 4;
    return 0;
}

// Offset of the first byte of `bytes` that is not part of well-formed UTF-8 (no overlong forms,
// no surrogates, nothing above U+10FFFF, no sequence cut short), or -1.
qsizetype firstInvalid(const char *bytes, qsizetype size)
{
    for (qsizetype i = 0; i < size;) {
        const uchar b = uchar(bytes[i]);
        const int length = sequenceLength(b);
        if (length == 0 || i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            const uchar c = uchar(bytes[i + k]);
            uchar low = 0x80;
            uchar high = 0xBF;
            if (k == 1 && b == 0xE0)
                low = 0xA0;
            else if (k == 1 && b == 0xED)
                high = 0x9F;
            else if (k == 1 && b == 0xF0)
                low = 0x90;
            else if (k == 1 && b == 0xF4)
                high = 0x8F;
            if (c < low || c > high)
                return i;
        }
        i += length;
    }
    return -1;
}

// How many bytes at the end of `bytes` start a sequence that the next bytes may complete.
qsizetype incompleteTail(const QByteArray &bytes)
{
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const uchar b = uchar(bytes.at(bytes.size() - back));
        if ((b & 0xC0) == 0x80)
            continue; // a continuation byte: look further back
        const int length = sequenceLength(b);
        return length > back ? back : 0;
    }
    return 0;
}

// UTF-8 bytes as text, a byte-order mark at their start included (QString::fromUtf8 drops it: a
// U+FEFF starting a line or a piece is data; only the file's leading mark is skipped, by next()).
// Each call on its own: a sequence cut short at the end becomes U+FFFD, not state for the next.
QString decode(const char *bytes, qsizetype size)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder(QByteArrayView(bytes, size));
}

} // namespace

TextLines::TextLines(QIODevice &device) : m_device(device), m_pieceBytes(pieceBytes.load())
{ }

void TextLines::setPieceBytesForTesting(qsizetype bytes)
{
    pieceBytes.store(bytes == 0 ? kPieceBytes : std::max(bytes, kMinPieceBytes));
}

bool TextLines::fill()
{
    if (m_eof || !m_error.isEmpty())
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qint64 want = std::min<qint64>(m_pieceBytes, kMaxFileBytes + 1 - m_bytesRead);
    const qsizetype had = m_buffer.size();
    m_buffer.resize(had + want);
    const qint64 n = m_device.read(m_buffer.data() + had, want);
    m_buffer.resize(had + std::max<qint64>(n, 0));
    if (n < 0) {
        m_error = Import::Messages::tr("cannot read the input: %1").arg(m_device.errorString());
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_bytesRead += n;
    if (m_bytesRead > kMaxFileBytes) {
        m_error = Import::Messages::tr("the input is larger than %1 MB; nothing was imported").arg(kMaxFileBytes / (1024 * 1024));
        return false;
    }
    return true;
}

bool TextLines::next(Piece &piece)
{
    if (!m_error.isEmpty())
        return false;
    while (m_buffer.size() - m_pos < m_pieceBytes && fill()) { }
    if (!m_error.isEmpty())
        return false;
    if (m_first) {
        m_first = false;
        if (m_buffer.mid(m_pos, 3) == QByteArray("\xEF\xBB\xBF"))
            m_pos += 3;
    }
    if (m_lineDone) {
        if (m_pos >= m_buffer.size())
            return false;
        m_lineDone = false;
        ++m_line;
        m_column = 0;
        m_badColumn = 0;
    }
    const qsizetype newline = m_buffer.indexOf('\n', m_pos);
    qsizetype end = newline;
    piece.lineEnd.clear();
    if (newline >= 0) {
        piece.endsLine = true;
        piece.lineEnd = QStringLiteral("\n");
    } else {
        end = m_buffer.size();
        piece.endsLine = m_eof;
    }
    qsizetype next = newline >= 0 ? newline + 1 : end;
    if (end > m_pos && m_buffer.at(end - 1) == '\r' && (piece.endsLine || !m_eof)) {
        if (piece.endsLine) {
            piece.lineEnd.prepend(QLatin1Char('\r'));
            --end;
        } else {
            --end; // held back: the line end may be "\r\n"
            next = end;
        }
    }
    QByteArray bytes = m_buffer.mid(m_pos, end - m_pos);
    if (!piece.endsLine) {
        const qsizetype tail = incompleteTail(bytes);
        bytes.chop(tail);
        next = m_pos + bytes.size();
    }
    m_pos = next;
    const qsizetype bad = firstInvalid(bytes.constData(), bytes.size());
    if (bad >= 0 && m_badColumn == 0)
        m_badColumn = m_column + int(decode(bytes.constData(), bad).size()) + 1;
    piece.text = decode(bytes.constData(), bytes.size());
    m_column += int(piece.text.size());
    m_lineDone = piece.endsLine;
    return true;
}

namespace Import {

Result<std::unique_ptr<QIODevice>> openInput(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (path == QLatin1String("-")) {
        if (!file->open(stdin, QIODevice::ReadOnly))
            return Error::validation(QStringLiteral("file"),
                                     Messages::tr("cannot read standard input: %1").arg(file->errorString()));
        return std::unique_ptr<QIODevice>(std::move(file));
    }
    const QFileInfo info(path);
    if (info.isFile() && info.size() > TextLines::kMaxFileBytes)
        return Error::validation(QStringLiteral("file"),
                                 Messages::tr("%1 is larger than %2 MB; nothing was imported")
                                     .arg(path)
                                     .arg(TextLines::kMaxFileBytes / (1024 * 1024)));
    if (info.isDir())
        return Error::validation(QStringLiteral("file"), Messages::tr("%1 is a folder, not a file").arg(path));
    if (!file->open(QIODevice::ReadOnly))
        return Error::validation(QStringLiteral("file"), Messages::tr("cannot read %1: %2").arg(path, file->errorString()));
    return std::unique_ptr<QIODevice>(std::move(file));
}

QString notUtf8(int line, int column)
{
    return Messages::tr("bytes that are not UTF-8 text at line %1, character %2 (save the file as UTF-8)").arg(line).arg(column);
}

qint64 inputSize(QIODevice &device)
{
    return device.isSequential() ? 0 : device.size();
}

} // namespace Import

} // namespace doo
