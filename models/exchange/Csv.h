#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace doo {
class TextLines;
}

namespace doo::Csv {

// The translation context of this namespace's messages: Messages::tr("...").
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

// One record of a CSV file as read, or why it could not be read.
struct Record
{
    int line = 0; // physical line (1-based) where the record starts
    QStringList fields;
    QString error; // empty when the record was read
    int errorColumn = 0; // 1-based field number the error is in (0: the whole record)
};

constexpr int kMaxFieldLength = 100000; // characters; longer fields are an error of their record
constexpr int kMaxRecordLength = 1000000; // characters of a whole record, separators included

// RFC 4180 reading of UTF-8 text, one record at a time from the lines of the input (see parse()).
class Reader
{
public:
    explicit Reader(TextLines &lines) : m_lines(lines) { }
    // The next record; false at the end of the input (or when the lines stopped with an error).
    bool next(Record &record);

private:
    TextLines &m_lines;
    bool m_stop = false;
};

// RFC 4180 reading of UTF-8 text (an optional byte-order mark is skipped). Fields are separated
// by commas, records by CRLF or LF; a field in double quotes may hold commas, line breaks and
// doubled quotes. Blank lines are skipped. A record with a malformed field (a quote inside an
// unquoted field, text after a closing quote, a field too long, bytes that are not UTF-8) is
// returned with its error and reading goes on at the next line; an unterminated quote ends the
// file with an error on the record that opened it.
QList<Record> parse(const QByteArray &bytes);

// One field for writing: quoted when it holds a comma, quote, CR or LF (quotes doubled). A
// value a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
// leading apostrophe; so does one that already starts with apostrophes before such a
// character, so that unneutralise() gives the original back.
QByteArray field(const QString &value);
// The original value of a field written by field(): one leading apostrophe removed when it
// precedes apostrophes and one of the formula characters.
QString unneutralise(const QString &value);
// A whole record, fields joined by commas, ended by CRLF.
QByteArray row(const QStringList &values);

} // namespace doo::Csv
