#include "JsonErrorPosition.h"

#include "domain/JsonRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace doo {

namespace {

// Walks a JSON text as the parser read it and notes where the value at one path starts. Tolerates
// broken text (it stops); paths are spelt as the parser's errors spell them (wfjson::at).
class PathFinder
{
public:
    PathFinder(const QString &text, const QString &target) : m_s(text), m_target(target) { }

    qsizetype find()
    {
        space();
        if (m_target.isEmpty())
            return m_i < m_s.size() ? m_i : -1;
        value(QString(), 0);
        return m_found;
    }

private:
    static constexpr int kMaxDepth = 64;

    bool atEnd() const { return m_i >= m_s.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_s.at(m_i); }

    void space()
    {
        while (!atEnd() && (peek() == u' ' || peek() == u'\t' || peek() == u'\n' || peek() == u'\r'))
            ++m_i;
    }

    // A string at the cursor, its escapes undone; the cursor ends after its closing quote.
    QString string()
    {
        const qsizetype start = m_i++;
        bool escaped = false;
        while (!atEnd() && peek() != u'"') {
            if (peek() == u'\\') {
                escaped = true;
                ++m_i;
            }
            ++m_i;
        }
        ++m_i;
        const QString raw = m_s.mid(start, m_i - start);
        if (!escaped)
            return raw.mid(1, raw.size() - 2);
        return QJsonDocument::fromJson(QStringLiteral("[%1]").arg(raw).toUtf8()).array().at(0).toString();
    }

    void note(const QString &path, qsizetype offset)
    {
        if (path == m_target)
            m_found = offset; // the last of duplicate keys, as the parser keeps the last
    }

    void value(const QString &path, int depth)
    {
        space();
        if (atEnd() || depth > kMaxDepth)
            return;
        const QChar c = peek();
        if (c == u'{') {
            ++m_i;
            while (true) {
                space();
                if (peek() != u'"')
                    break;
                const qsizetype keyStart = m_i;
                const QString child = wfjson::at(path, string());
                space();
                if (peek() != u':')
                    return;
                ++m_i;
                note(child, keyStart);
                value(child, depth + 1);
                space();
                if (peek() != u',')
                    break;
                ++m_i;
            }
            if (peek() == u'}')
                ++m_i;
        } else if (c == u'[') {
            ++m_i;
            space();
            for (qsizetype index = 0; !atEnd() && peek() != u']'; ++index) {
                space();
                const QString child = wfjson::at(path, index);
                note(child, m_i);
                value(child, depth + 1);
                space();
                if (peek() == u',')
                    ++m_i;
                else if (peek() != u']')
                    return;
            }
            ++m_i;
        } else if (c == u'"') {
            string();
        } else {
            while (!atEnd() && !QStringView(u",]} \t\r\n").contains(peek()))
                ++m_i;
        }
    }

    const QString &m_s;
    const QString m_target;
    qsizetype m_i = 0;
    qsizetype m_found = -1;
};

QString parentPath(const QString &path)
{
    const qsizetype cut = std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
    return cut < 0 ? QString() : path.left(cut);
}

} // namespace

qsizetype JsonErrorPosition::offsetOfPath(const QString &text, const QString &path)
{
    return PathFinder(text, path).find();
}

JsonErrorPosition JsonErrorPosition::at(const QString &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QStringView before = QStringView(text).left(offset);
    JsonErrorPosition p;
    p.line = int(before.count(QLatin1Char('\n'))) + 1;
    p.column = int(offset - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
    return p;
}

JsonErrorPosition JsonErrorPosition::locate(const QString &text, const Error &error)
{
    if (!error.field.isEmpty()) {
        for (QString path = error.field;; path = parentPath(path)) {
            if (const qsizetype offset = offsetOfPath(text, path); offset >= 0)
                return at(text, offset);
            if (path.isEmpty())
                break;
        }
    }
    // Text that is not JSON: where the parser stopped (its offset counts UTF-8 bytes).
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return at(text, QString::fromUtf8(utf8.left(parseError.offset)).size());
    return at(text, std::max<qsizetype>(0, offsetOfPath(text, QString())));
}

} // namespace doo
