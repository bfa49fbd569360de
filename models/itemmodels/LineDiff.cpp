#include "itemmodels/LineDiff.h"

#include <QStringList>

#include <vector>

namespace doo::LineDiff {

QList<Line> diff(const QString &before, const QString &after)
{
    QStringList a = before.split(QLatin1Char('\n'));
    QStringList b = after.split(QLatin1Char('\n'));
    if (!a.isEmpty() && a.last().isEmpty() && !b.isEmpty() && b.last().isEmpty()) {
        a.removeLast();
        b.removeLast();
    }
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a.at(i) == b.at(j)
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    QList<Line> out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            out << Line{Line::Op::Same, a.at(i)};
            ++i;
            ++j;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            out << Line{Line::Op::Removed, a.at(i++)};
        } else {
            out << Line{Line::Op::Added, b.at(j++)};
        }
    }
    while (i < n)
        out << Line{Line::Op::Removed, a.at(i++)};
    while (j < m)
        out << Line{Line::Op::Added, b.at(j++)};
    return out;
}

QString toHtml(const QList<Line> &lines)
{
    QString html = QStringLiteral("<pre style=\"margin: 0;\">");
    for (const Line &l : lines) {
        const QString text = l.text.toHtmlEscaped();
        switch (l.op) {
        case Line::Op::Same:
            html += QStringLiteral("  %1\n").arg(text);
            break;
        case Line::Op::Added:
            html += QStringLiteral("<span style=\"background-color: #d7f5dd; color: #1b5e20;\">+ %1</span>\n").arg(text);
            break;
        case Line::Op::Removed:
            html += QStringLiteral("<span style=\"background-color: #fbdada; color: #b71c1c;\">- %1</span>\n").arg(text);
            break;
        }
    }
    html += QStringLiteral("</pre>");
    return html;
}

} // namespace doo::LineDiff
