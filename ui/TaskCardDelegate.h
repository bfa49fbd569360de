#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

namespace doo {

// Paints a task card: priority colour bar, the title on up to three lines (the third elided), the
// due date (overdue and due-today marked) or when a finished card was finished, tags, a badge
// when a workflow created the task, and a tint while a workflow's change is recent. A card's
// height follows its title's line count, which is measured once per title, width and font and
// kept. A view that keeps the row cache in step with its model (BoardColumnView) also has each
// row's height kept: a relayout of a long column reads one number per row and asks the model
// nothing.
class TaskCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TaskCardDelegate(QObject *parent = nullptr);

    static constexpr int kMaxTitleLines = 3;
    static constexpr int kDefaultWidth = 220;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The width cards are laid out at (the view sets it; 0: the view's viewport width). A new
    // width or font empties the line cache.
    void setLayoutWidth(int width);
    int layoutWidth() const { return m_layoutWidth; }
    // A drop gap of `height` pixels above `row`, or below it when `below` (the last row); row -1: none.
    void setGap(int row, int height, bool below);
    int gapRow() const { return m_gapRow; }
    int gapHeight() const { return m_gapRow >= 0 ? m_gapHeight : 0; }
    bool gapBelow() const { return m_gapBelow; }

    // Height of a card whose title takes `lines` lines in `font` (the title in its bold form),
    // with or without the line of details (due or finished date, tags).
    static int cardHeight(const QFont &font, int lines, bool details = true);
    // The card shows a line of details: a due date, a finished date or tags.
    static bool hasDetails(const QModelIndex &index);
    // The title as drawn in `width` pixels: at most three lines, the last elided with "…".
    static QStringList titleLines(const QString &title, const QFont &titleFont, int width, bool *elided = nullptr);
    // Room for the title in a card `cardWidth` wide (less with the "auto" badge).
    static int titleWidth(const QFont &font, int cardWidth, bool withBadge);
    // Lines the title of `index` takes in a card `cardWidth` wide (cached).
    int titleLineCount(const QStyleOptionViewItem &option, const QModelIndex &index, int cardWidth) const;
    int cachedTitles() const { return int(m_lines[0].size() + m_lines[1].size()); }

    // The row cache: off until the view turns it on and then reports every change of its rows.
    // A new width or font forgets every row's height.
    void setRowCache(bool on, int rows);
    void rowsInserted(int first, int count);
    void rowsRemoved(int first, int count);
    void rowsChanged(int first, int last);
    int cachedRows() const;
    int rowCacheSize() const { return int(m_rowHeights.size()); }

    static QColor priorityColor(int priority);
    // "Overdue · 12 Nov", "Due today", "Due 28 Nov" (local time); empty without a due date.
    // Finished work (completed or cancelled) is never overdue: its date shows without alarm.
    static QString dueText(const QDateTime &dueUtc, const QDateTime &nowUtc, bool finished, bool *overdue, bool *today);
    // "Completed 16 Dec", "Cancelled 16 Dec"; empty for an open card or without a time.
    static QString finishedText(int status, const QDateTime &finishedUtc);

private:
    int cardWidth(const QStyleOptionViewItem &option) const;
    // Empties the caches when the width or the font differs from theirs.
    void checkCacheKey(const QFont &font, int width) const;
    void paintCard(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const QRectF &card) const;

    int m_layoutWidth = 0;
    int m_gapRow = -1;
    int m_gapHeight = 0;
    bool m_gapBelow = false;
    // Title → line count, without and with the "auto" badge, for m_cacheWidth and m_cacheFont.
    mutable QHash<QString, quint8> m_lines[2];
    mutable int m_cacheWidth = -1;
    mutable QFont m_cacheFont; // the view's font (the title font is its bold form)
    mutable int m_heights[2][kMaxTitleLines + 1] = {}; // [details][lines]
    // Height of each row without a gap, 0 when not measured yet; used when m_rowCacheOn.
    mutable QList<quint16> m_rowHeights;
    bool m_rowCacheOn = false;
};

} // namespace doo
