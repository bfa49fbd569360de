#pragma once

#include <QListView>

class QTimer;

namespace doo {

class TaskCardDelegate;
class TaskColumnModel;

// One column of the board: cards of varying height (TaskCardDelegate), a gap that opens where
// dragged cards will land, a drag image that says how many cards travel, and a scroll bar as
// long as the whole column although only the loaded pages are rows (a jump further down loads
// what it shows in one read). Cards a workflow changed lately are repainted when their
// highlight ends. The view keeps its delegate's row heights in step with the model's rows, so
// a relayout measures only the cards that are new or changed.
class BoardColumnView : public QListView
{
    Q_OBJECT

public:
    explicit BoardColumnView(QWidget *parent = nullptr);
    ~BoardColumnView() override;

    static constexpr int kMinimumWidth = 130; // five columns and the navigation fit a 1024-px screen
    static constexpr int kBadgeRadius = 11;

    TaskCardDelegate *cardDelegate() const { return m_delegate; }
    // Where a drop at `pos` (viewport coordinates) lands: the row the dropped cards will take.
    int dropRowAt(const QPoint &pos) const;
    // The row of the open gap during a drag over this column, -1 without one.
    int gapRow() const { return m_dropRow; }
    // The drag image: the first card, a second one behind it when several travel, and their count.
    QPixmap dragPixmap(const QModelIndexList &indexes) const;

    void setModel(QAbstractItemModel *model) override;
    void reset() override;

protected Q_SLOTS:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = QList<int>()) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;

protected:
    void updateGeometries() override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    TaskColumnModel *column() const;
    void resetRowHeights();
    void updateLayoutWidth();
    void fetchForScroll();
    int draggedHeight(const QMimeData *data) const;
    void showGap(int row, int height);
    void clearGap();

    TaskCardDelegate *m_delegate;
    QTimer *m_highlightTimer;
    QList<QMetaObject::Connection> m_modelConnections;
    int m_dropRow = -1;
    int m_gapHeight = 0;
    bool m_fetching = false;
    bool m_highlighted = false;
    // Height of the cards a drag of this program carries (0 when none does).
    static int s_dragHeight;
};

} // namespace doo
