#include "exchange/Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace doo::Csv {

namespace {

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// True when the value, after any leading apostrophes, starts with a formula character.
bool looksLikeFormula(const QString &value, qsizetype *apostrophes)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == QLatin1Char('\''))
        ++i;
    *apostrophes = i;
    return i < value.size() && isFormulaStart(value.at(i));
}

// Column (1-based, in characters) of the first byte that is not UTF-8 in `line`, or 0.
int invalidUtf8Column(const QByteArray &line)
{
    {
        // Stateless: a sequence cut off at the end of the line is an error, not kept for more bytes.
        QStringDecoder whole(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = whole.decode(line);
        if (!whole.hasError())
            return 0;
    }
    for (qsizetype i = 0; i < line.size();) {
        const uchar b = uchar(line.at(i));
        const int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        bool bad = length == 0 || i + length > line.size();
        if (!bad) {
            QStringDecoder one(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = one.decode(line.mid(i, length));
            bad = one.hasError();
        }
        if (bad)
            return int(QString::fromUtf8(line.left(i)).size()) + 1;
        i += length;
    }
    return 1;
}

class Reader
{
public:
    explicit Reader(const QString &text) : m_text(text) { }

    QList<Record> readAll()
    {
        QList<Record> records;
        while (m_pos < m_text.size()) {
            if (atLineEnd()) { // a blank line
                skipLineEnd();
                continue;
            }
            records << readRecord();
            if (m_stop)
                break;
        }
        return records;
    }

private:
    bool atLineEnd() const
    {
        const QChar c = m_text.at(m_pos);
        return c == QLatin1Char('\n')
            || (c == QLatin1Char('\r') && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('\n'))
            || (c == QLatin1Char('\r') && m_pos + 1 == m_text.size());
    }
    void skipLineEnd()
    {
        if (m_text.at(m_pos) == QLatin1Char('\r'))
            ++m_pos;
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('\n'))
            ++m_pos;
        ++m_line;
    }
    void skipRestOfLine()
    {
        while (m_pos < m_text.size() && !atLineEnd()) {
            ++m_pos;
        }
        if (m_pos < m_text.size())
            skipLineEnd();
    }
    Record fail(Record r, int column, const QString &message)
    {
        r.error = message;
        r.errorColumn = column;
        skipRestOfLine();
        return r;
    }

    Record readRecord()
    {
        Record r;
        r.line = m_line;
        for (;;) {
            const int column = int(r.fields.size()) + 1;
            QString value;
            if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                const int openedOn = m_line;
                ++m_pos;
                bool closed = false;
                while (m_pos < m_text.size()) {
                    const QChar c = m_text.at(m_pos);
                    if (c == QLatin1Char('"')) {
                        if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                            value += c;
                            m_pos += 2;
                            continue;
                        }
                        ++m_pos;
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++m_line;
                    value += c;
                    ++m_pos;
                }
                if (!closed) {
                    m_stop = true;
                    r.error = Messages::tr("the quoted field that starts on line %1 is never closed").arg(openedOn);
                    r.errorColumn = column;
                    return r;
                }
                if (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char(',') && !atLineEnd())
                    return fail(r, column,
                                Messages::tr("text after the closing quote (a quote inside a field is written twice)"));
            } else {
                while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char(',') && !atLineEnd()) {
                    if (m_text.at(m_pos) == QLatin1Char('"'))
                        return fail(r, column,
                                    Messages::tr("a quote inside a field that does not start with one (quote the "
                                                 "whole field and write the quote twice)"));
                    value += m_text.at(m_pos);
                    ++m_pos;
                }
            }
            if (value.size() > kMaxFieldLength)
                return fail(r, column, Messages::tr("the field is longer than %1 characters").arg(kMaxFieldLength));
            r.fields << value;
            if (m_pos >= m_text.size())
                return r;
            if (m_text.at(m_pos) == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            skipLineEnd();
            return r;
        }
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_stop = false;
};

} // namespace

QList<Record> parse(const QByteArray &input)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    // Lines that are not UTF-8, with the column of the first bad byte.
    QHash<int, int> badLines;
    {
        int line = 1;
        qsizetype start = 0;
        while (start <= bytes.size()) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            if (const int column = invalidUtf8Column(bytes.mid(start, end - start)); column > 0)
                badLines.insert(line, column);
            start = end + 1;
            ++line;
        }
    }
    const QString text = QString::fromUtf8(bytes);
    QList<Record> records = Reader(text).readAll();
    if (badLines.isEmpty())
        return records;
    for (int i = 0; i < records.size(); ++i) {
        Record &r = records[i];
        const int lastLine = i + 1 < records.size() ? records.at(i + 1).line - 1 : r.line + int(text.count(QLatin1Char('\n')));
        for (int line = r.line; line <= lastLine; ++line) {
            if (badLines.contains(line)) {
                r.error = Messages::tr("bytes that are not UTF-8 text at line %1, character %2 (save the file as UTF-8)")
                              .arg(line)
                              .arg(badLines.value(line));
                r.errorColumn = 0;
                r.fields.clear();
                break;
            }
        }
    }
    return records;
}

QByteArray field(const QString &value)
{
    QString v = value;
    qsizetype apostrophes = 0;
    if (looksLikeFormula(v, &apostrophes))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v != value) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

QString unneutralise(const QString &value)
{
    qsizetype apostrophes = 0;
    if (looksLikeFormula(value, &apostrophes) && apostrophes > 0)
        return value.mid(1);
    return value;
}

QByteArray row(const QStringList &values)
{
    QByteArray line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            line += ',';
        line += field(values.at(i));
    }
    return line + "\r\n";
}

} // namespace doo::Csv
