#include "BoardColumnView.h"

#include "TaskCardDelegate.h"
#include "itemmodels/TaskColumnModel.h"

#include <QDrag>
#include <QDragMoveEvent>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QTimer>

#include <climits>

namespace doo {

int BoardColumnView::s_dragHeight = 0;

BoardColumnView::BoardColumnView(QWidget *parent)
    : QListView(parent), m_delegate(new TaskCardDelegate(this)), m_highlightTimer(new QTimer(this))
{
    setItemDelegate(m_delegate);
    setUniformItemSizes(false); // a card is as tall as its title
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false); // the gap shows where the cards land
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(kMinimumWidth);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &BoardColumnView::fetchForScroll);
    // A workflow's highlight ends without any change to the data: look again now and then.
    m_highlightTimer->setInterval(TaskColumnModel::kHighlightSecs * 1000 / 8);
    connect(m_highlightTimer, &QTimer::timeout, this, [this] {
        const bool highlighted = column() && column()->hasHighlights();
        if (highlighted || m_highlighted)
            viewport()->update();
        m_highlighted = highlighted;
    });
    m_highlightTimer->start();
}

BoardColumnView::~BoardColumnView() = default;

TaskColumnModel *BoardColumnView::column() const
{
    return qobject_cast<TaskColumnModel *>(model());
}

void BoardColumnView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QListView::setModel(model);
    resetRowHeights();
    if (model) {
        // Rows that change places: the next layout measures them again (it runs later, so the
        // order of these connections after the view's own does not matter).
        m_modelConnections << connect(model, &QAbstractItemModel::rowsMoved, this, &BoardColumnView::resetRowHeights)
                           << connect(model, &QAbstractItemModel::layoutChanged, this, &BoardColumnView::resetRowHeights)
                           << connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
                                  if (m_delegate->rowCacheSize() != this->model()->rowCount(rootIndex()))
                                      resetRowHeights(); // out of step: measure every row again
                              });
    }
    if (auto *c = column())
        m_modelConnections << connect(c, &TaskColumnModel::totalCountChanged, this, &BoardColumnView::updateGeometries);
}

void BoardColumnView::resetRowHeights()
{
    m_delegate->setRowCache(true, model() ? model()->rowCount(rootIndex()) : 0);
}

void BoardColumnView::reset()
{
    resetRowHeights();
    QListView::reset();
}

void BoardColumnView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (topLeft.parent() == rootIndex())
        m_delegate->rowsChanged(topLeft.row(), bottomRight.row());
    QListView::dataChanged(topLeft, bottomRight, roles);
}

void BoardColumnView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    if (parent == rootIndex()) {
        m_delegate->rowsInserted(start, end - start + 1);
        if (m_delegate->rowCacheSize() != model()->rowCount(rootIndex()))
            resetRowHeights(); // out of step: measure every row again rather than trust a wrong one
    }
    QListView::rowsInserted(parent, start, end);
}

void BoardColumnView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    if (parent == rootIndex())
        m_delegate->rowsRemoved(start, end - start + 1);
    QListView::rowsAboutToBeRemoved(parent, start, end);
}

void BoardColumnView::updateLayoutWidth()
{
    // Cards are laid out as if the scroll bar were shown: its coming and going does not re-wrap
    // every title.
    const int width = contentsRect().width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
    if (width > 0 && width != m_delegate->layoutWidth()) {
        m_delegate->setLayoutWidth(width);
        scheduleDelayedItemsLayout();
    }
}

void BoardColumnView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    updateLayoutWidth();
}

void BoardColumnView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        scheduleDelayedItemsLayout(); // the delegate sees the new font and measures again
}

void BoardColumnView::updateGeometries()
{
    QListView::updateGeometries();
    // The scroll bar stands for the whole column: the cards not loaded yet count at the loaded
    // cards' average height.
    const TaskColumnModel *c = column();
    if (!c)
        return;
    const int loaded = c->rowCount();
    const int total = c->totalCount();
    if (loaded == 0 || total <= loaded)
        return;
    const double average = double(contentsSize().height()) / loaded;
    const qint64 extra = qint64(average * (total - loaded));
    // From the loaded cards' height, not the bar's maximum: this runs more than once a layout.
    const qint64 maximum = std::max(0, contentsSize().height() - viewport()->height()) + extra;
    verticalScrollBar()->setRange(0, int(std::min<qint64>(maximum, INT_MAX / 2)));
}

void BoardColumnView::fetchForScroll()
{
    TaskColumnModel *c = column();
    if (m_fetching || !c || !c->canFetchMore(QModelIndex()) || c->rowCount() == 0)
        return;
    const int content = contentsSize().height();
    const int wanted = verticalScrollBar()->value() + 2 * viewport()->height();
    if (wanted <= content)
        return;
    m_fetching = true;
    const double average = double(content) / c->rowCount();
    c->fetchUpTo(int(wanted / std::max(1.0, average)) + 1);
    executeDelayedItemsLayout(); // the loaded cards take their places before the next paint
    m_fetching = false;
}

int BoardColumnView::dropRowAt(const QPoint &pos) const
{
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    if (rows == 0)
        return 0;
    const QModelIndex index = indexAt(pos);
    if (!index.isValid())
        return pos.y() < visualRect(model()->index(0, 0, rootIndex())).top() ? 0 : rows;
    QRect card = visualRect(index);
    if (index.row() == m_delegate->gapRow() && m_delegate->gapHeight() > 0) {
        // The open gap belongs to the drop it shows; the card beside it is the rest of the rect.
        if (m_delegate->gapBelow()) {
            if (pos.y() > card.bottom() - m_delegate->gapHeight())
                return rows;
            card.setBottom(card.bottom() - m_delegate->gapHeight());
        } else {
            if (pos.y() < card.top() + m_delegate->gapHeight())
                return index.row();
            card.setTop(card.top() + m_delegate->gapHeight());
        }
    }
    return pos.y() < card.center().y() ? index.row() : index.row() + 1;
}

int BoardColumnView::draggedHeight(const QMimeData *data) const
{
    const int one = TaskCardDelegate::cardHeight(font(), 1);
    int height = s_dragHeight;
    if (height <= 0) // a drag from another window: its cards' titles are not known here
        height = one * std::clamp(int(TaskColumnModel::idsFromMime(data).size()), 1, 3);
    return std::clamp(height, one, std::max(one, viewport()->height() / 2));
}

void BoardColumnView::showGap(int row, int height)
{
    if (row == m_dropRow && height == m_gapHeight)
        return;
    m_dropRow = row;
    m_gapHeight = height;
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    if (rows == 0)
        m_delegate->setGap(-1, 0, false); // painted by paintEvent
    else
        m_delegate->setGap(std::min(row, rows - 1), height, row >= rows);
    doItemsLayout(); // the cards below the gap move down now
    viewport()->update();
}

void BoardColumnView::clearGap()
{
    if (m_dropRow < 0)
        return;
    m_dropRow = -1;
    m_gapHeight = 0;
    m_delegate->setGap(-1, 0, false);
    doItemsLayout();
    viewport()->update();
}

void BoardColumnView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (m_dropRow < 0 || !model() || model()->rowCount(rootIndex()) > 0)
        return;
    // An empty column: the slot at its top.
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor highlight = palette().color(QPalette::Highlight);
    QColor fill = highlight;
    fill.setAlpha(40);
    painter.setBrush(fill);
    painter.setPen(QPen(highlight, 1.5, Qt::DashLine));
    painter.drawRoundedRect(QRectF(4, 3, viewport()->width() - 8, m_gapHeight - 6), 6, 6);
}

QPixmap BoardColumnView::dragPixmap(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return {};
    QModelIndexList sorted = indexes;
    std::sort(sorted.begin(), sorted.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    TaskCardDelegate paint; // no gap, and not the view's line cache (another width would empty it)
    const int width = std::max(kMinimumWidth, viewport()->width());
    paint.setLayoutWidth(width);
    const int height = TaskCardDelegate::cardHeight(option.font, paint.titleLineCount(option, sorted.first(), width),
                                                    TaskCardDelegate::hasDetails(sorted.first()));
    const int count = int(sorted.size());
    const int behind = count > 1 ? 6 : 0; // a second card peeks out behind the first
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(width + behind + kBadgeRadius, height + behind + kBadgeRadius) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing, true);
    option.state |= QStyle::State_Selected;
    option.state &= ~QStyle::State_HasFocus;
    if (count > 1) {
        painter.setOpacity(0.55);
        option.rect = QRect(behind, kBadgeRadius + behind, width, height);
        paint.paint(&painter, option, sorted.at(1));
    }
    painter.setOpacity(0.92);
    option.rect = QRect(0, kBadgeRadius, width, height);
    paint.paint(&painter, option, sorted.first());
    if (count > 1) {
        painter.setOpacity(1);
        const QPointF centre(pixmap.width() / ratio - kBadgeRadius, kBadgeRadius);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawEllipse(centre, kBadgeRadius, kBadgeRadius);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(QRectF(centre.x() - kBadgeRadius, 0, 2 * kBadgeRadius, 2 * kBadgeRadius), Qt::AlignCenter,
                         count > 99 ? QStringLiteral("99+") : QString::number(count));
    }
    return pixmap;
}

void BoardColumnView::startDrag(Qt::DropActions supportedActions)
{
    QModelIndexList indexes;
    const QModelIndexList selected = selectedIndexes();
    for (const QModelIndex &index : selected)
        if (model()->flags(index) & Qt::ItemIsDragEnabled)
            indexes << index;
    if (indexes.isEmpty())
        return;
    QMimeData *data = model()->mimeData(indexes);
    if (!data)
        return;
    int height = 0;
    for (const QModelIndex &index : std::as_const(indexes))
        height += visualRect(index).height();
    s_dragHeight = height;
    const QPixmap pixmap = dragPixmap(indexes);
    QPointer<QDrag> drag = new QDrag(this);
    drag->setMimeData(data);
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(int(pixmap.width() / pixmap.devicePixelRatio() / 2), kBadgeRadius + 12));
    drag->exec(supportedActions, Qt::MoveAction); // the drop has moved the cards (or not): nothing to remove here
    s_dragHeight = 0;
    if (drag)
        drag->deleteLater();
}

void BoardColumnView::dragEnterEvent(QDragEnterEvent *event)
{
    if (model() && model()->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, 0, rootIndex())) {
        event->setDropAction(Qt::MoveAction);
        event->accept();
        setState(DraggingState);
        showGap(dropRowAt(event->position().toPoint()), draggedHeight(event->mimeData()));
    } else {
        event->ignore();
    }
}

void BoardColumnView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!model() || !model()->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, 0, rootIndex())) {
        clearGap();
        event->ignore();
        return;
    }
    showGap(dropRowAt(event->position().toPoint()), draggedHeight(event->mimeData()));
    event->setDropAction(Qt::MoveAction);
    event->accept();
    if (hasAutoScroll())
        startAutoScroll();
}

void BoardColumnView::dragLeaveEvent(QDragLeaveEvent *event)
{
    clearGap();
    QListView::dragLeaveEvent(event);
}

void BoardColumnView::dropEvent(QDropEvent *event)
{
    const int row = m_dropRow >= 0 ? m_dropRow : dropRowAt(event->position().toPoint());
    clearGap();
    stopAutoScroll();
    setState(NoState);
    if (model() && model()->canDropMimeData(event->mimeData(), Qt::MoveAction, row, 0, rootIndex())) {
        model()->dropMimeData(event->mimeData(), Qt::MoveAction, row, 0, rootIndex());
        event->setDropAction(Qt::MoveAction);
        event->accept();
    } else {
        event->ignore();
    }
}

} // namespace doo
