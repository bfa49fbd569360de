#include "TaskCardDelegate.h"

#include "domain/Clock.h"
#include "domain/LocaleFormat.h"
#include "itemmodels/TaskColumnModel.h"
#include "PaletteColours.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace doo {

namespace {

// Card geometry: outer margin (between cards), inner padding, space between title and details.
constexpr int kMarginX = 4;
constexpr int kMarginY = 3;
constexpr int kPadLeft = 12; // the priority bar and some air
constexpr int kPadRight = 8;
constexpr int kPadY = 6;
constexpr int kLineGap = 4;
constexpr int kCacheLimit = 100000; // titles; beyond it the cache starts again

QFont boldOf(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

int badgeWidth(const QFont &font)
{
    return QFontMetrics(font).horizontalAdvance(TaskCardDelegate::tr("auto")) + 12;
}

} // namespace

TaskCardDelegate::TaskCardDelegate(QObject *parent) : QStyledItemDelegate(parent)
{ }

void TaskCardDelegate::setLayoutWidth(int width)
{
    m_layoutWidth = width;
}

void TaskCardDelegate::setGap(int row, int height, bool below)
{
    m_gapRow = row;
    m_gapHeight = row >= 0 ? height : 0;
    m_gapBelow = row >= 0 && below;
}

int TaskCardDelegate::cardHeight(const QFont &font, int lines, bool details)
{
    return 2 * kMarginY + 2 * kPadY + lines * QFontMetrics(boldOf(font)).lineSpacing()
        + (details ? kLineGap + QFontMetrics(font).height() : 0);
}

bool TaskCardDelegate::hasDetails(const QModelIndex &index)
{
    if (!index.data(TaskColumnModel::TagsRole).toString().isEmpty()
        || index.data(TaskColumnModel::DueRole).toDateTime().isValid())
        return true;
    const auto status = static_cast<TaskStatus>(index.data(TaskColumnModel::StatusRole).toInt());
    return (status == TaskStatus::Completed || status == TaskStatus::Cancelled)
        && index.data(TaskColumnModel::FinishedRole).toDateTime().isValid();
}

QStringList TaskCardDelegate::titleLines(const QString &title, const QFont &titleFont, int width, bool *elided)
{
    if (elided)
        *elided = false;
    QString text = title;
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QFontMetrics fm(titleFont);
    if (fm.horizontalAdvance(text) <= width)
        return {text};
    QTextLayout layout(text, titleFont);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == kMaxTitleLines - 1) {
            const QString rest = text.mid(line.textStart()).trimmed();
            const QString shown = fm.elidedText(rest, Qt::ElideRight, width);
            if (elided)
                *elided = shown != rest;
            lines << shown;
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

int TaskCardDelegate::cardWidth(const QStyleOptionViewItem &option) const
{
    if (m_layoutWidth > 0)
        return m_layoutWidth;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget); view && view->viewport()->width() > 0)
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : kDefaultWidth;
}

int TaskCardDelegate::titleWidth(const QFont &font, int cardWidth, bool withBadge)
{
    return std::max(20, cardWidth - 2 * kMarginX - kPadLeft - kPadRight - (withBadge ? badgeWidth(font) : 0));
}

void TaskCardDelegate::checkCacheKey(const QFont &font, int width) const
{
    // The view's font is shared with every option it makes: comparing it is a pointer comparison.
    if (width == m_cacheWidth && font == m_cacheFont)
        return;
    m_lines[0].clear();
    m_lines[1].clear();
    m_rowHeights.fill(0);
    m_cacheWidth = width;
    m_cacheFont = font;
    for (int lines = 1; lines <= kMaxTitleLines; ++lines) {
        m_heights[0][lines] = cardHeight(font, lines, false);
        m_heights[1][lines] = cardHeight(font, lines, true);
    }
}

int TaskCardDelegate::titleLineCount(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
{
    checkCacheKey(option.font, width);
    const bool badge = index.data(TaskColumnModel::FromWorkflowRole).toBool();
    const QString title = index.data().toString();
    QHash<QString, quint8> &cache = m_lines[badge ? 1 : 0];
    if (const auto it = cache.constFind(title); it != cache.cend())
        return *it;
    const int lines = int(titleLines(title, boldOf(option.font), titleWidth(option.font, width, badge)).size());
    if (cache.size() >= kCacheLimit)
        cache.clear();
    cache.insert(title, quint8(lines));
    return lines;
}

void TaskCardDelegate::setRowCache(bool on, int rows)
{
    m_rowCacheOn = on;
    m_rowHeights = QList<quint16>(on ? std::max(0, rows) : 0, 0);
}

void TaskCardDelegate::rowsInserted(int first, int count)
{
    if (m_rowCacheOn && first >= 0 && first <= m_rowHeights.size() && count > 0)
        m_rowHeights.insert(first, count, 0);
}

void TaskCardDelegate::rowsRemoved(int first, int count)
{
    if (m_rowCacheOn && first >= 0 && count > 0)
        m_rowHeights.remove(first, std::min<qsizetype>(count, m_rowHeights.size() - first));
}

void TaskCardDelegate::rowsChanged(int first, int last)
{
    for (int row = std::max(0, first); row <= last && row < m_rowHeights.size(); ++row)
        m_rowHeights[row] = 0;
}

int TaskCardDelegate::cachedRows() const
{
    return int(std::count_if(m_rowHeights.cbegin(), m_rowHeights.cend(), [](quint16 h) { return h > 0; }));
}

QSize TaskCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = cardWidth(option);
    checkCacheKey(option.font, width);
    const int row = index.row();
    const bool cached = m_rowCacheOn && row >= 0 && row < m_rowHeights.size();
    int height = cached ? m_rowHeights.at(row) : 0;
    if (height == 0) {
        const int lines = std::clamp(titleLineCount(option, index, width), 1, int(kMaxTitleLines));
        height = m_heights[hasDetails(index) ? 1 : 0][lines];
        if (cached)
            m_rowHeights[row] = quint16(height);
    }
    const int gap = row == m_gapRow ? m_gapHeight : 0;
    return {width, height + gap};
}

QColor TaskCardDelegate::priorityColor(int priority)
{
    switch (static_cast<Priority>(priority)) {
    case Priority::Low:
        return QColor(0x9e, 0xa7, 0xb3);
    case Priority::Medium:
        return QColor(0x3b, 0x82, 0xf6);
    case Priority::High:
        return QColor(0xf5, 0x9e, 0x0b);
    case Priority::Urgent:
        return QColor(0xdc, 0x26, 0x26);
    }
    return Qt::gray;
}

QString TaskCardDelegate::dueText(const QDateTime &dueUtc, const QDateTime &nowUtc, bool finished, bool *overdue, bool *today)
{
    *overdue = *today = false;
    if (!dueUtc.isValid())
        return {};
    const QDate due = dueUtc.toLocalTime().date();
    const QDate now = nowUtc.toLocalTime().date();
    const QString day = LocaleFormat::dayMonth(due);
    if (finished)
        return tr("Due %1").arg(day);
    if (dueUtc < nowUtc && due < now) {
        *overdue = true;
        return tr("Overdue · %1").arg(day);
    }
    if (due == now) {
        *today = true;
        return dueUtc < nowUtc ? tr("Overdue · today") : tr("Due today");
    }
    return tr("Due %1").arg(day);
}

QString TaskCardDelegate::finishedText(int status, const QDateTime &finishedUtc)
{
    if (!finishedUtc.isValid())
        return {};
    const QString day = LocaleFormat::dayMonth(finishedUtc.toLocalTime().date());
    switch (static_cast<TaskStatus>(status)) {
    case TaskStatus::Completed:
        return tr("Completed %1").arg(day);
    case TaskStatus::Cancelled:
        return tr("Cancelled %1").arg(day);
    default:
        return {};
    }
}

void TaskCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QRectF area = option.rect;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (index.row() == m_gapRow && m_gapHeight > 0) {
        // The slot the dragged cards will land in.
        const QRectF gap = m_gapBelow ? QRectF(area.left(), area.bottom() - m_gapHeight + 1, area.width(), m_gapHeight)
                                      : QRectF(area.left(), area.top(), area.width(), m_gapHeight);
        const QColor highlight = option.palette.color(QPalette::Highlight);
        QColor fill = highlight;
        fill.setAlpha(40);
        painter->setBrush(fill);
        painter->setPen(QPen(highlight, 1.5, Qt::DashLine));
        painter->drawRoundedRect(gap.adjusted(kMarginX, kMarginY, -kMarginX, -kMarginY), 6, 6);
        area = m_gapBelow ? area.adjusted(0, 0, 0, -m_gapHeight) : area.adjusted(0, m_gapHeight, 0, 0);
    }
    paintCard(painter, option, index, area.adjusted(kMarginX, kMarginY, -kMarginX, -kMarginY));
    painter->restore();
}

void TaskCardDelegate::paintCard(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                 const QRectF &card) const
{
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QColor highlight = pal.color(QPalette::Highlight);

    QPainterPath shape;
    shape.addRoundedRect(card, 6, 6);
    QColor fill = pal.color(QPalette::Base);
    if (index.data(TaskColumnModel::RecentlyChangedRole).toBool())
        fill = mixColours(fill, QColor(0xf5, 0x9e, 0x0b), 0.18); // a workflow just changed it
    if (selected)
        fill = mixColours(fill, highlight, 0.22);
    painter->fillPath(shape, fill);
    if (selected) {
        painter->setPen(QPen(highlight, 2));
        painter->drawPath(shape);
    } else {
        painter->setPen(QPen(pal.color(QPalette::Mid), 1));
        painter->drawPath(shape);
    }
    if (focused) {
        // Keyboard focus: a dashed ring inside the card, with or without the selection.
        QPen pen(selected ? pal.color(QPalette::Text) : highlight, 1, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(3, 3, -3, -3), 4, 4);
    }

    // Priority bar on the left edge.
    painter->setClipPath(shape);
    painter->fillRect(QRectF(card.left(), card.top(), 5, card.height()),
                      priorityColor(index.data(TaskColumnModel::PriorityRole).toInt()));
    painter->setClipping(false);

    const QRectF text = card.adjusted(kPadLeft, kPadY, -kPadRight, -kPadY);
    const QFont titleFont = boldOf(option.font);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics small(option.font);
    const bool fromWorkflow = index.data(TaskColumnModel::FromWorkflowRole).toBool();
    const QStringList lines =
        titleLines(index.data().toString(), titleFont, titleWidth(option.font, cardWidth(option), fromWorkflow));
    painter->setFont(titleFont);
    painter->setPen(pal.color(QPalette::Text));
    for (int i = 0; i < lines.size(); ++i)
        painter->drawText(QPointF(text.left(), text.top() + i * titleMetrics.lineSpacing() + titleMetrics.ascent()), lines.at(i));

    if (fromWorkflow) {
        const QString badge = tr("auto");
        const qreal width = badgeWidth(option.font);
        const QRectF b(text.right() - width + 4, text.top() + 1, width - 4, small.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(workflowChipBackground(pal));
        painter->drawRoundedRect(b, 4, 4);
        painter->setPen(workflowChipText(pal));
        painter->setFont(option.font);
        painter->drawText(b, Qt::AlignCenter, badge);
    }

    // Details: when it was finished or when it is due, then the tags.
    painter->setFont(option.font);
    const int status = index.data(TaskColumnModel::StatusRole).toInt();
    const auto taskStatus = static_cast<TaskStatus>(status);
    const bool finished = taskStatus == TaskStatus::Completed || taskStatus == TaskStatus::Cancelled;
    bool overdue = false, today = false;
    QString when = finished ? finishedText(status, index.data(TaskColumnModel::FinishedRole).toDateTime()) : QString();
    if (when.isEmpty())
        when = dueText(index.data(TaskColumnModel::DueRole).toDateTime(), Clock::currentUtc(), finished, &overdue, &today);
    const qreal lineTop = text.top() + lines.size() * titleMetrics.lineSpacing() + kLineGap;
    const QRectF line(text.left(), lineTop, text.width(), small.height());
    qreal x = line.left();
    if (!when.isEmpty()) {
        painter->setPen(overdue     ? QColor(0xdc, 0x26, 0x26)
                            : today ? QColor(0xd9, 0x77, 0x06)
                                    : pal.color(QPalette::PlaceholderText));
        QFont f = option.font;
        f.setBold(overdue || today);
        painter->setFont(f);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, when);
        x += QFontMetrics(f).horizontalAdvance(when) + 10;
        painter->setFont(option.font);
    }
    const QString tags = index.data(TaskColumnModel::TagsRole).toString();
    if (!tags.isEmpty() && x < line.right() - 20) {
        painter->setPen(pal.color(QPalette::PlaceholderText));
        const QRectF tagRect(x, line.top(), line.right() - x, line.height());
        painter->drawText(
            tagRect, Qt::AlignLeft | Qt::AlignVCenter,
            small.elidedText(QStringLiteral("#") + QString(tags).replace(QStringLiteral(", "), QStringLiteral(" #")),
                             Qt::ElideRight, int(tagRect.width())));
    }
}

} // namespace doo
