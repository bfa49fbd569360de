#include "exchange/Csv.h"

#include "exchange/ImportInput.h"
#include "exchange/ImportPlan.h"

#include <QBuffer>
#include <QCoreApplication>

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

} // namespace

bool Reader::next(Record &record)
{
    record = Record();
    if (m_stop)
        return false;
    TextLines::Piece piece;
    do { // blank lines are skipped
        if (!m_lines.next(piece))
            return false;
    } while (piece.endsLine && piece.text.isEmpty() && !piece.lineEnd.isEmpty());
    if (piece.endsLine && piece.text.isEmpty())
        return false; // nothing after the last line end
    record.line = m_lines.line();

    enum class State { FieldStart, Unquoted, Quoted, QuoteSeen };
    State state = State::FieldStart;
    QString value;
    bool tooLong = false;
    int openedOn = 0;
    qsizetype recordLength = 0;
    int badLine = 0;
    int badColumn = 0;
    auto failAt = [&](const QString &message) {
        if (record.error.isEmpty()) {
            record.error = message;
            record.errorColumn = int(record.fields.size()) + 1;
        }
    };
    auto append = [&](QChar c) {
        if (++recordLength > kMaxRecordLength)
            failAt(Messages::tr("the row is longer than %1 characters").arg(kMaxRecordLength));
        else if (value.size() < kMaxFieldLength + 1)
            value += c;
        else
            tooLong = true;
    };
    auto endField = [&] {
        if (tooLong || value.size() > kMaxFieldLength) {
            failAt(Messages::tr("the field is longer than %1 characters").arg(kMaxFieldLength));
            return;
        }
        ++recordLength;
        record.fields << value;
        value.clear();
    };
    for (;;) {
        if (badLine == 0 && m_lines.badColumn() > 0) {
            badLine = m_lines.line();
            badColumn = m_lines.badColumn();
        }
        for (qsizetype i = 0; i < piece.text.size() && record.error.isEmpty(); ++i) {
            const QChar c = piece.text.at(i);
            switch (state) {
            case State::FieldStart:
                if (c == QLatin1Char('"')) {
                    state = State::Quoted;
                    openedOn = m_lines.line();
                    continue;
                }
                state = State::Unquoted;
                [[fallthrough]];
            case State::Unquoted:
                if (c == QLatin1Char(',')) {
                    endField();
                    state = State::FieldStart;
                } else if (c == QLatin1Char('"')) {
                    failAt(Messages::tr("a quote inside a field that does not start with one (quote the whole field "
                                        "and write the quote twice)"));
                } else {
                    append(c);
                }
                break;
            case State::Quoted:
                if (c == QLatin1Char('"'))
                    state = State::QuoteSeen;
                else
                    append(c);
                break;
            case State::QuoteSeen:
                if (c == QLatin1Char('"')) {
                    append(c);
                    state = State::Quoted;
                } else if (c == QLatin1Char(',')) {
                    endField();
                    state = State::FieldStart;
                } else {
                    failAt(Messages::tr("text after the closing quote (a quote inside a field is written twice)"));
                }
                break;
            }
        }
        bool more = true;
        if (piece.endsLine) {
            if (!record.error.isEmpty() || state != State::Quoted) {
                if (record.error.isEmpty())
                    endField();
                break;
            }
            for (const QChar c : std::as_const(piece.lineEnd)) // a line break inside quotes
                append(c);
            more = !piece.lineEnd.isEmpty();
        }
        if (more)
            more = m_lines.next(piece);
        if (!more) {
            if (state == State::Quoted && record.error.isEmpty()) {
                record.error = Messages::tr("the quoted field that starts on line %1 is never closed").arg(openedOn);
                record.errorColumn = int(record.fields.size()) + 1;
            }
            m_stop = true;
            break;
        }
    }
    if (badLine > 0) {
        record.error = Import::notUtf8(badLine, badColumn);
        record.errorColumn = 0;
        record.fields.clear();
    }
    return true;
}

QList<Record> parse(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TextLines lines(buffer);
    Reader reader(lines);
    QList<Record> records;
    Record record;
    while (reader.next(record))
        records << record;
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
