#include "Output.h"

#include "domain/Error.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace doo::cli {

namespace {

// Human text for a terminal: stored text (a title, a name, an error from the database) must not
// reach it as control characters — an escape sequence could recolour, hide or rewrite what the
// terminal shows. Line feeds and tabs pass; every other C0 character, DEL, the C1 range and the
// bidirectional overrides are written as visible escapes (\x1B, \u202E). JSON and file bytes do
// not go through here (printBytes): they keep their text exactly.
class VisibleControls : public QIODevice
{
public:
    explicit VisibleControls(FILE *file) : m_file(file) { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        QByteArray bytes = m_pending + QByteArray::fromRawData(data, size);
        m_pending.clear();
        // An incomplete UTF-8 sequence at the end waits for the next write.
        qsizetype end = bytes.size();
        for (qsizetype back = 1; back <= 3 && back <= end; ++back) {
            const uchar c = uchar(bytes.at(end - back));
            if ((c & 0xC0) != 0x80) {
                const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
                if (length > back) {
                    m_pending = bytes.mid(end - back);
                    end -= back;
                }
                break;
            }
        }
        QByteArray shown;
        shown.reserve(end);
        for (qsizetype i = 0; i < end; ++i) {
            const uchar c = uchar(bytes.at(i));
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
                shown += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0').toUpper();
            } else if (c == 0xC2 && i + 1 < end && uchar(bytes.at(i + 1)) >= 0x80 && uchar(bytes.at(i + 1)) <= 0x9f) {
                shown += "\\u00" + QByteArray::number(uchar(bytes.at(i + 1)), 16).toUpper();
                ++i;
            } else if (c == 0xE2 && i + 2 < end && isBidiOverride(uchar(bytes.at(i + 1)), uchar(bytes.at(i + 2)))) {
                const uint code = 0x2000 | ((uchar(bytes.at(i + 1)) & 0x3F) << 6) | (uchar(bytes.at(i + 2)) & 0x3F);
                shown += "\\u" + QByteArray::number(code, 16).toUpper();
                i += 2;
            } else {
                shown += char(c);
            }
        }
        if (std::fwrite(shown.constData(), 1, size_t(shown.size()), m_file) != size_t(shown.size()))
            return -1;
        std::fflush(m_file);
        return size;
    }

private:
    // U+202A…U+202E (E2 80 AA…AE) and U+2066…U+2069 (E2 81 A6…A9).
    static bool isBidiOverride(uchar b1, uchar b2)
    {
        return (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9);
    }

    FILE *m_file;
    QByteArray m_pending;
};

} // namespace

QTextStream &out()
{
    static VisibleControls device(stdout);
    static QTextStream stream(&device);
    return stream;
}

bool askYes(const QString &question)
{
    out() << question << ' ' << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

QTextStream &err()
{
    static VisibleControls device(stderr);
    static QTextStream stream(&device);
    return stream;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    // Straight to stdout as UTF-8: a list of 10,000 tasks is megabytes, no detour through QString.
    printBytes(doc.toJson(QJsonDocument::Indented));
}

void printBytes(const QByteArray &bytes)
{
    out().flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void stopOnDamage(const doo::Error &error)
{
    fail(error.text());
    std::fflush(nullptr);
    // No destructor runs: they would close the connection with more statements (PRAGMA optimize).
    std::_Exit(1);
}

int fail(const QString &message, int code)
{
    out().flush();
    err() << "director-of-one: " << message << Qt::endl;
    return code;
}

} // namespace doo::cli
