#pragma once

#include <QList>
#include <QString>

namespace doo {

// A line diff of two texts (longest common subsequence), for showing how two versions of a
// workflow definition differ.
namespace LineDiff {

struct Line
{
    enum class Op { Same, Added, Removed };
    Op op = Op::Same;
    QString text;
};

// The lines of `after` and `before` in order, each kept, added (only in `after`) or removed
// (only in `before`); removals come before the additions that replace them.
QList<Line> diff(const QString &before, const QString &after);
// The diff as HTML: a <pre> block with "+ " lines on green and "- " lines on red.
QString toHtml(const QList<Line> &lines);

} // namespace LineDiff

} // namespace doo
