#include "Checks.h"
#include "ClockGuard.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"
#include "PaintedTexts.h"

#include "BoardColumnView.h"
#include "BoardWidget.h"
#include "TaskCardDelegate.h"
#include "itemmodels/TaskBoard.h"
#include "itemmodels/TaskColumnModel.h"
#include "repositories/TaskRepository.h"
#include "workflow/WorkflowScheduler.h"

#include <QDragMoveEvent>
#include <QIdentityProxyModel>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace doo;
using namespace doo::test;

namespace {
const QDateTime kNow(QDate(2026, 12, 18), QTime(10, 0), Qt::UTC);
const QString kLong =
    QStringLiteral("Draft the Q3 budget proposal for the board with every department's figures, the hiring plan, the travel "
                   "costs and last year's spending for the finance committee");

// Counts the model's answers for titles: a relayout from the row cache asks for none.
class TitleCounter : public QIdentityProxyModel
{
public:
    mutable int titles = 0;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole)
            ++titles;
        return QIdentityProxyModel::data(index, role);
    }
};

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x30, 0x33, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::Base, QColor(0x2a, 0x2d, 0x32));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Mid, QColor(0x50, 0x54, 0x5a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}
} // namespace

// The board's cards and columns offscreen, on a real database: titles on up to three lines and
// the cards' heights, columns sharing the width, finished cards, selection and focus, the drop
// gap, the drag image's count, a workflow's change on the card and the paged scroll bar.
class TestBoardCards : public DatabaseTestCase
{
    Q_OBJECT

private:
    struct Fixture
    {
        User user;
        QUndoStack undo;
        std::unique_ptr<BoardWidget> board;

        BoardColumnView *view(TaskStatus s) const { return qobject_cast<BoardColumnView *>(board->columnView(s)); }
        TaskColumnModel *model(TaskStatus s) const { return board->board()->column(s); }
        int row(TaskStatus s, const QString &title) const
        {
            for (int i = 0; i < model(s)->rowCount(); ++i)
                if (model(s)->index(i).data().toString() == title)
                    return i;
            return -1;
        }
    };

    std::unique_ptr<Fixture> makeFixture(const QList<Task> &tasks, QSize size = {1200, 700})
    {
        auto f = std::make_unique<Fixture>();
        f->user = database().addUser(QStringLiteral("me@example.com"), UserRole::Director);
        TaskRepository repo(database().db(), UserContext::of(f->user));
        if (!tasks.isEmpty()) {
            const auto inserted = repo.bulkInsert(tasks);
            if (!inserted)
                qFatal("bulkInsert failed: %s", qPrintable(inserted.error().text()));
        }
        f->board = std::make_unique<BoardWidget>(database().db(), f->user, &f->undo);
        f->board->resize(size);
        f->board->show();
        QCoreApplication::processEvents(); // the delayed item layout
        return f;
    }
    static Task task(const QString &title, TaskStatus status = TaskStatus::Todo)
    {
        Task t;
        t.title = title;
        t.status = status;
        return t;
    }
    // A drag of `ids` over (or onto) `view` at `pos`, as the window system delivers it.
    static void dragTo(BoardColumnView *view, const QStringList &ids, QPoint pos, bool drop)
    {
        QMimeData mime;
        mime.setData(TaskColumnModel::kMimeType, ids.join(QLatin1Char('\n')).toLatin1());
        QDragEnterEvent enter(pos, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &enter);
        QDragMoveEvent move(pos, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &move);
        QVERIFY(move.isAccepted());
        if (drop) {
            QDropEvent dropEvent(QPointF(pos), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(view->viewport(), &dropEvent);
            QVERIFY(dropEvent.isAccepted());
        }
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void titleLinesAndCardHeights();
    void columnsShareTheWidth();
    void finishedCardsSayWhen();
    void selectionDiffersFromFocus();
    void dropOpensAGap();
    void dragImageCountsTheCards();
    void workflowChangeShowsOnTheCard();
    void scrollBarCoversTheWholeColumn();
    void rowHeightsFollowTheModel();
};

void TestBoardCards::titleLinesAndCardHeights()
{
    auto f = makeFixture({task(QStringLiteral("Call Anna")), task(kLong), task(kLong + QStringLiteral(" and more"))});
    BoardColumnView *view = f->view(TaskStatus::Todo);
    QVERIFY(!view->uniformItemSizes());
    const QFont titleFont = [&] {
        QFont font = view->font();
        font.setBold(true);
        return font;
    }();
    const int width = view->cardDelegate()->layoutWidth();
    QVERIFY(width > 100);
    // A title of two lines in this column, whatever the font: words added until it wraps once.
    const int room = TaskCardDelegate::titleWidth(view->font(), width, false);
    QString two = QStringLiteral("Prepare");
    const QStringList words = kLong.split(QLatin1Char(' '));
    for (int i = 1; TaskCardDelegate::titleLines(two, titleFont, room).size() < 2; ++i)
        two += QLatin1Char(' ') + words.at(i % words.size());
    QCOMPARE(TaskCardDelegate::titleLines(two, titleFont, room).size(), 2);
    Task second = task(two);
    CHECK_OK(f->board->board()->createTask(second));
    QTRY_COMPARE(f->model(TaskStatus::Todo)->rowCount(), 4);
    QCoreApplication::processEvents();
    // Board order: the new task last.
    auto rowOf = [&](const QString &title) { return f->row(TaskStatus::Todo, title); };

    auto height = [&](int row) { return view->visualRect(f->model(TaskStatus::Todo)->index(row)).height(); };
    const int oneRow = rowOf(QStringLiteral("Call Anna")), twoRow = rowOf(two), threeRow = rowOf(kLong),
              moreRow = rowOf(kLong + QStringLiteral(" and more"));
    const int h1 = height(oneRow), h2 = height(twoRow), h3 = height(threeRow);
    const int lineSpacing = QFontMetrics(titleFont).lineSpacing();
    QCOMPARE(h1, TaskCardDelegate::cardHeight(view->font(), 1, false)); // no due date, no tags: no line of details
    QCOMPARE(h2 - h1, lineSpacing);
    QCOMPARE(h3 - h1, 2 * lineSpacing);
    QCOMPARE(height(moreRow), h3); // never more than three lines

    bool elided = false;
    const QStringList lines = TaskCardDelegate::titleLines(kLong, titleFont, width - 100, &elided);
    QCOMPARE(lines.size(), 3);
    QVERIFY(elided);
    QVERIFY(lines.last().endsWith(QChar(0x2026)));
    QVERIFY(kLong.startsWith(lines.first()));
    TaskCardDelegate::titleLines(QStringLiteral("Call Anna"), titleFont, width, &elided);
    QVERIFY(!elided);
    // The whole title in the tooltip, where the card cuts it.
    QVERIFY(f->model(TaskStatus::Todo)->index(threeRow).data(Qt::ToolTipRole).toString().startsWith(kLong));

    // Heights come from the cache: measuring again adds no title.
    const int cached = view->cardDelegate()->cachedTitles();
    view->doItemsLayout();
    QCOMPARE(view->cardDelegate()->cachedTitles(), cached);

    // A bigger font: taller lines, measured again.
    QFont big = view->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    view->setFont(big);
    QCoreApplication::processEvents();
    QTRY_VERIFY(height(oneRow) > h1);
    QCOMPARE(height(oneRow), TaskCardDelegate::cardHeight(big, 1, false));
    QVERIFY(height(twoRow) >= height(oneRow) + QFontMetrics(QFont(big)).lineSpacing());

    // A narrower column wraps the titles again.
    view->setFont(QFont());
    QTRY_COMPARE(height(oneRow), h1);
    f->board->resize(900, 700);
    QTRY_VERIFY(view->cardDelegate()->layoutWidth() < width);
    const int narrow = TaskCardDelegate::titleWidth(view->font(), view->cardDelegate()->layoutWidth(), false);
    const int narrowLines = int(TaskCardDelegate::titleLines(two, titleFont, narrow).size());
    QVERIFY(narrowLines >= 2);
    QTRY_COMPARE(height(twoRow), TaskCardDelegate::cardHeight(view->font(), narrowLines, false));
    QCOMPARE(height(threeRow), h3);
}

void TestBoardCards::columnsShareTheWidth()
{
    Task done = task(QStringLiteral("Send the signed contract to legal"), TaskStatus::Completed);
    done.completedAt = QDateTime(QDate(2026, 12, 16), QTime(12, 0), Qt::UTC);
    Task due = task(QStringLiteral("Prepare the quarterly review meeting with the team leads"));
    due.dueDate = QDateTime::currentDateTimeUtc().addDays(3);
    due.tags = QStringList{QStringLiteral("finance"), QStringLiteral("q3")};
    auto f = makeFixture({task(QStringLiteral("One")), task(kLong), due, task(QStringLiteral("Two"), TaskStatus::Review), done});
    BoardColumnView *todo = f->view(TaskStatus::Todo);
    todo->selectionModel()->select(f->model(TaskStatus::Todo)->index(1), QItemSelectionModel::Select);
    for (const QSize size : {QSize(1366, 768), QSize(1600, 1000)}) {
        f->board->resize(size);
        QCoreApplication::processEvents();
        int left = INT_MAX, right = 0;
        QList<int> widths;
        for (TaskStatus s : kBoardColumns) {
            QWidget *view = f->view(s);
            const QRect r(view->mapTo(f->board.get(), QPoint(0, 0)), view->size());
            left = std::min(left, r.left());
            right = std::max(right, r.right());
            widths << r.width();
        }
        const auto [min, max] = std::minmax_element(widths.cbegin(), widths.cend());
        QVERIFY2(*max - *min <= 2, qPrintable(QStringLiteral("widths %1").arg(QString::number(*max - *min))));
        QVERIFY(*min >= BoardColumnView::kMinimumWidth);
        // No empty band beside the columns.
        QVERIFY2(left <= 8 && right >= size.width() - 9,
                 qPrintable(QStringLiteral("columns from %1 to %2 of %3").arg(left).arg(right).arg(size.width())));
        if (const QString dir = qEnvironmentVariable("DOO_CARDS_SHOTS"); !dir.isEmpty()) {
            f->board->grab().save(QStringLiteral("%1/board-%2x%3.png").arg(dir).arg(size.width()).arg(size.height()));
            f->board->setPalette(darkPalette());
            f->board->grab().save(QStringLiteral("%1/board-%2x%3-dark.png").arg(dir).arg(size.width()).arg(size.height()));
            f->board->setPalette(QPalette());
        }
    }
}

void TestBoardCards::finishedCardsSayWhen()
{
    ClockGuard clock(kNow);
    Task done = task(QStringLiteral("Done"), TaskStatus::Completed);
    done.dueDate = QDateTime(QDate(2026, 12, 20), QTime(9, 0), Qt::UTC);
    done.completedAt = QDateTime(QDate(2026, 12, 16), QTime(12, 0), Qt::UTC);
    auto f = makeFixture({done, task(QStringLiteral("Dropped"), TaskStatus::Todo)});
    // Cancelled through the board, as a user does: its time is that of the change.
    const QString dropped = f->model(TaskStatus::Todo)->idAt(0);
    f->board->board()->moveTasks({dropped}, TaskStatus::Cancelled, 0);
    // Said at once, before the write: the card's time is the move's.
    QCOMPARE(f->model(TaskStatus::Cancelled)->index(0).data(TaskColumnModel::FinishedRole).toDateTime(), kNow);
    QTRY_COMPARE(TaskRepository(database().db(), UserContext::of(f->user)).findById(dropped)->status, TaskStatus::Cancelled);
    f->board->board()->reload();

    const QModelIndex completed = f->model(TaskStatus::Completed)->index(0);
    QCOMPARE(completed.data(TaskColumnModel::FinishedRole).toDateTime(), done.completedAt);
    QCOMPARE(TaskCardDelegate::finishedText(int(TaskStatus::Completed), done.completedAt), QStringLiteral("Completed 16 Dec"));
    const QModelIndex cancelled = f->model(TaskStatus::Cancelled)->index(0);
    QVERIFY(cancelled.data(TaskColumnModel::FinishedRole).toDateTime().isValid());

    // What the cards really paint: when they were finished, not when they were due.
    auto painted = [&](TaskStatus status) {
        BoardColumnView *view = f->view(status);
        TextDevice device;
        QPainter painter(&device);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.font = view->font();
        const QModelIndex index = f->model(status)->index(0);
        option.rect = QRect(QPoint(0, 0), view->cardDelegate()->sizeHint(option, index));
        view->cardDelegate()->paint(&painter, option, index);
        painter.end();
        return device.engine.texts;
    };
    const QStringList completedTexts = painted(TaskStatus::Completed);
    QVERIFY2(completedTexts.contains(QStringLiteral("Completed 16 Dec")), qPrintable(completedTexts.join(u'|')));
    QVERIFY2(!completedTexts.join(u'|').contains(QLatin1String("Due")), qPrintable(completedTexts.join(u'|')));
    QVERIFY2(painted(TaskStatus::Cancelled).contains(QStringLiteral("Cancelled 18 Dec")),
             qPrintable(painted(TaskStatus::Cancelled).join(u'|')));
    QVERIFY(TaskCardDelegate::finishedText(int(TaskStatus::Todo), kNow).isEmpty());
}

void TestBoardCards::selectionDiffersFromFocus()
{
    auto f = makeFixture({task(QStringLiteral("Card"))});
    BoardColumnView *view = f->view(TaskStatus::Todo);
    const QModelIndex index = f->model(TaskStatus::Todo)->index(0);
    for (const QPalette &palette : {QPalette(), darkPalette()}) {
        auto paint = [&](QStyle::State state) {
            QImage image(240, 70, QImage::Format_ARGB32);
            image.fill(palette.color(QPalette::Window));
            QPainter painter(&image);
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.palette = palette;
            option.font = view->font();
            option.rect = QRect(0, 0, 240, 70);
            option.state = QStyle::State_Enabled | state;
            view->cardDelegate()->paint(&painter, option, index);
            return image;
        };
        const QImage plain = paint({});
        const QImage selected = paint(QStyle::State_Selected);
        const QImage focused = paint(QStyle::State_HasFocus);
        const QImage both = paint(QStyle::State_Selected | QStyle::State_HasFocus);
        const QPoint inside(200, 60); // in the card, away from the texts and the focus ring
        const QPoint border(120, 3); // the card's top edge
        const QPoint ring(120, 6); // just inside it, where the focus ring runs
        // Selected: tinted fill and a Highlight border.
        QVERIFY(selected.pixelColor(inside) != plain.pixelColor(inside));
        QCOMPARE(plain.pixelColor(inside), palette.color(QPalette::Base));
        const QColor edge = selected.pixelColor(border);
        QVERIFY2(qAbs(edge.hue() - palette.color(QPalette::Highlight).hue()) < 12,
                 qPrintable(edge.name() + QLatin1Char(' ') + palette.color(QPalette::Highlight).name()));
        // Focus without selection: the fill stays, a ring shows.
        QCOMPARE(focused.pixelColor(inside), plain.pixelColor(inside));
        QVERIFY(focused != plain);
        QVERIFY(focused != selected);
        int ringPixels = 0;
        for (int x = 10; x < 230; ++x)
            ringPixels += focused.pixelColor(x, ring.y()) != plain.pixelColor(x, ring.y());
        QVERIFY2(ringPixels > 40 && ringPixels < 200, qPrintable(QString::number(ringPixels))); // dashed, not solid
        QVERIFY(both != selected);
        QCOMPARE(both.pixelColor(inside), selected.pixelColor(inside));
    }
}

void TestBoardCards::dropOpensAGap()
{
    auto f = makeFixture({task(QStringLiteral("t0")), task(QStringLiteral("t1")), task(QStringLiteral("t2")),
                          task(QStringLiteral("t3")), task(QStringLiteral("r0"), TaskStatus::Review)});
    BoardColumnView *view = f->view(TaskStatus::Todo);
    auto rect = [&](int row) { return view->visualRect(f->model(TaskStatus::Todo)->index(row)); };
    const QRect r1 = rect(1), r2 = rect(2), r3 = rect(3);
    const QString moving = f->model(TaskStatus::Review)->idAt(0);
    const int card = TaskCardDelegate::cardHeight(view->font(), 1); // a card from elsewhere: one line with details

    // Over the upper half of t2: the gap opens above it, t2 and t3 move down by a card.
    dragTo(view, {moving}, QPoint(20, r2.top() + 5), false);
    QCOMPARE(view->gapRow(), 2);
    QCOMPARE(rect(1), r1);
    QCOMPARE(rect(3).top(), r3.top() + card);
    // Over the lower half of t2 (now below the gap): below it; t2 is back, the gap above t3.
    dragTo(view, {moving}, QPoint(20, rect(2).bottom() - 3), false);
    QCOMPARE(view->gapRow(), 3);
    QCOMPARE(rect(2), r2);
    QCOMPARE(rect(3).top(), r3.top());
    QCOMPARE(rect(3).height(), r3.height() + card);
    // Below the last card: the gap at the end.
    dragTo(view, {moving}, QPoint(20, rect(3).bottom() + 40), false);
    QCOMPARE(view->gapRow(), 4);
    QCOMPARE(rect(3).top(), r3.top());
    QCOMPARE(rect(3).height(), r3.height() + card);
    // Leaving closes it.
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(view->viewport(), &leave);
    QCOMPARE(view->gapRow(), -1);
    QCOMPARE(rect(3), r3);

    // Dropping lands the card where the gap was.
    dragTo(view, {moving}, QPoint(20, r1.top() + 5), true);
    QCOMPARE(view->gapRow(), -1);
    QCOMPARE(f->model(TaskStatus::Todo)->idAt(1), moving);
    QCOMPARE(f->model(TaskStatus::Review)->rowCount(), 0);
    QTRY_COMPARE(TaskRepository(database().db(), UserContext::of(f->user)).findById(moving)->status, TaskStatus::Todo);

    // An empty column takes the drop at its top.
    BoardColumnView *review = f->view(TaskStatus::Review);
    dragTo(review, {moving}, QPoint(20, 30), false);
    QCOMPARE(review->gapRow(), 0);
    QCOMPARE(review->dropRowAt(QPoint(20, 30)), 0);
}

void TestBoardCards::dragImageCountsTheCards()
{
    auto f = makeFixture({task(QStringLiteral("a")), task(QStringLiteral("b")), task(QStringLiteral("c"))});
    BoardColumnView *view = f->view(TaskStatus::Todo);
    TaskColumnModel *model = f->model(TaskStatus::Todo);
    const QColor highlight = view->palette().color(QPalette::Highlight);
    auto badgePixel = [&](const QPixmap &pixmap) {
        const QImage image = pixmap.toImage();
        const qreal ratio = pixmap.devicePixelRatio();
        // Left of the digit, inside the badge's circle.
        const QPoint at(int((pixmap.width() / ratio - BoardColumnView::kBadgeRadius - 7) * ratio),
                        int(BoardColumnView::kBadgeRadius * ratio));
        return image.pixelColor(at);
    };
    const QPixmap three = view->dragPixmap({model->index(0), model->index(1), model->index(2)});
    const QPixmap one = view->dragPixmap({model->index(1)});
    QVERIFY(!three.isNull() && !one.isNull());
    QCOMPARE(badgePixel(three).rgb(), highlight.rgb());
    QVERIFY(badgePixel(one).alpha() == 0 || badgePixel(one).rgb() != highlight.rgb());
    QVERIFY(three.width() > one.width()); // a second card peeks out behind
}

void TestBoardCards::workflowChangeShowsOnTheCard()
{
    ClockGuard clock(kNow);
    Task late = task(QStringLiteral("Late review"), TaskStatus::Review);
    late.dueDate = kNow.addDays(-2);
    auto f = makeFixture({late, task(QStringLiteral("Untouched"))});
    const auto w = addWorkflow(database().db(), f->user, QStringLiteral("Daily triage"), QStringLiteral("{\"type\":\"manual\"}"),
                               QStringLiteral("[{\"type\":\"update_tasks\",\"filter\":{\"status\":\"REVIEW\",\"overdue\":true},"
                                              "\"set\":{\"status\":\"TODO\"}}]"));
    CHECK_OK(w);
    const auto run = WorkflowScheduler(database().db(), UserContext::of(f->user)).runNow(*w);
    CHECK_OK(run);
    QCOMPARE(run->status, ExecutionStatus::Success);
    f->board->board()->reload(); // what the change watcher does a moment later

    TaskColumnModel *todo = f->model(TaskStatus::Todo);
    const int row = f->row(TaskStatus::Todo, QStringLiteral("Late review"));
    QVERIFY(row >= 0);
    const QModelIndex moved = todo->index(row);
    QVERIFY2(moved.data(Qt::ToolTipRole).toString().contains(QLatin1String("Moved by Daily triage at ")),
             qPrintable(moved.data(Qt::ToolTipRole).toString()));
    QVERIFY(moved.data(TaskColumnModel::RecentlyChangedRole).toBool());
    QVERIFY(todo->hasHighlights());
    const QModelIndex other = todo->index(f->row(TaskStatus::Todo, QStringLiteral("Untouched")));
    QVERIFY(other.data(TaskColumnModel::WorkflowChangeRole).toString().isEmpty());
    QVERIFY(!other.data(TaskColumnModel::RecentlyChangedRole).toBool());

    // The highlight is short; the tooltip says it for an hour.
    clock.clock.advanceSecs(TaskColumnModel::kHighlightSecs + 1);
    QVERIFY(!moved.data(TaskColumnModel::RecentlyChangedRole).toBool());
    QVERIFY(!todo->hasHighlights());
    QVERIFY(!moved.data(TaskColumnModel::WorkflowChangeRole).toString().isEmpty());
    clock.clock.advanceSecs(TaskColumnModel::kWorkflowNoteSecs);
    QVERIFY(moved.data(TaskColumnModel::WorkflowChangeRole).toString().isEmpty());
    f->board->board()->reload();
    QVERIFY(todo->index(f->row(TaskStatus::Todo, QStringLiteral("Late review")))
                .data(TaskColumnModel::WorkflowChangeRole)
                .toString()
                .isEmpty());
}

void TestBoardCards::scrollBarCoversTheWholeColumn()
{
    QList<Task> tasks;
    for (int i = 0; i < 350; ++i)
        tasks << task(i % 7 == 0 ? kLong : QStringLiteral("Task %1").arg(i));
    auto f = makeFixture(tasks);
    BoardColumnView *view = f->view(TaskStatus::Todo);
    TaskColumnModel *model = f->model(TaskStatus::Todo);
    QCOMPARE(model->rowCount(), TaskColumnModel::kPageSize);
    QCOMPARE(model->totalCount(), 350);
    QScrollBar *bar = view->verticalScrollBar();
    int loadedHeight = 0;
    for (int i = 0; i < model->rowCount(); ++i)
        loadedHeight += view->visualRect(model->index(i)).height();
    const double estimate = double(loadedHeight) / model->rowCount() * 350;
    const int range = bar->maximum() + view->viewport()->height();
    QVERIFY2(qAbs(range - estimate) < estimate * 0.02,
             qPrintable(QStringLiteral("range %1, estimate %2").arg(range).arg(estimate)));
    QVERIFY(bar->isVisible());

    // Half way down: the cards there are loaded at once (one read), and shown.
    bar->setValue(bar->maximum() / 2);
    QVERIFY(model->rowCount() > 175);
    QVERIFY(model->rowCount() < 350);
    QVERIFY(view->indexAt(QPoint(20, 20)).isValid());
    // To the end: every card, the last one in view, and the bar exactly as long as the cards.
    bar->setValue(bar->maximum());
    QCOMPARE(model->rowCount(), 350);
    QCoreApplication::processEvents();
    bar->setValue(bar->maximum());
    const QRect last = view->visualRect(model->index(349));
    QVERIFY(view->viewport()->rect().contains(last.center()));
    QCOMPARE(view->indexAt(QPoint(20, view->viewport()->height() - 10)).row(), 349);
}

QTEST_MAIN(TestBoardCards)
#include "tst_boardcards.moc"

void TestBoardCards::rowHeightsFollowTheModel()
{
    auto f = makeFixture({task(QStringLiteral("Call Anna")), task(kLong), task(QStringLiteral("Book the room"))});
    BoardColumnView *view = f->view(TaskStatus::Todo);
    TaskColumnModel *model = f->model(TaskStatus::Todo);
    QCOMPARE(model->rowCount(), 3);
    QFont titleFont = view->font();
    titleFont.setBold(true);
    // Every row as tall as its own card, measured afresh.
    auto heightsRight = [&] {
        const int width = view->cardDelegate()->layoutWidth();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            const bool badge = index.data(TaskColumnModel::FromWorkflowRole).toBool();
            const int lines = int(TaskCardDelegate::titleLines(index.data().toString(), titleFont,
                                                               TaskCardDelegate::titleWidth(view->font(), width, badge))
                                      .size());
            const int expected = TaskCardDelegate::cardHeight(view->font(), lines, TaskCardDelegate::hasDetails(index));
            if (view->visualRect(index).height() != expected) {
                qWarning("row %d: %d, expected %d", row, view->visualRect(index).height(), expected);
                return false;
            }
        }
        return true;
    };
    QVERIFY(heightsRight());
    QCOMPARE(view->cardDelegate()->cachedRows(), 3);

    // A changed title: that row is measured again (dataChanged).
    const QString annaId = model->idAt(f->row(TaskStatus::Todo, QStringLiteral("Call Anna")));
    Task anna = *f->board->board()->task(annaId);
    anna.title = kLong + QStringLiteral(" for Anna");
    CHECK_OK(f->board->board()->updateTask(anna));
    QTRY_VERIFY(f->row(TaskStatus::Todo, anna.title) >= 0);
    QTRY_VERIFY(heightsRight());

    // Rows inserted, moved and removed: each height stays with its card.
    CHECK_OK(f->board->board()->createTask(task(QStringLiteral("Pay the invoice"))));
    QTRY_COMPARE(model->rowCount(), 4);
    QTRY_VERIFY(heightsRight());
    f->board->board()->moveTasks({model->idAt(3)}, TaskStatus::Todo, 0);
    QTRY_COMPARE(model->index(0).data().toString(), QStringLiteral("Pay the invoice"));
    QTRY_VERIFY(heightsRight());
    CHECK_OK(f->board->board()->deleteTasks({model->idAt(1)}));
    QTRY_COMPARE(model->rowCount(), 3);
    QTRY_VERIFY(heightsRight());
    QTRY_COMPARE(view->cardDelegate()->cachedRows(), 3);

    // A relayout reads the kept heights: the model is not asked for a single title.
    BoardColumnView counted;
    TitleCounter counter;
    counter.setSourceModel(model);
    counted.setModel(&counter);
    counted.resize(300, 500);
    counted.show();
    QVERIFY(QTest::qWaitForWindowExposed(&counted));
    QCOMPARE(counted.cardDelegate()->cachedRows(), 3);
    counter.titles = 0;
    counted.doItemsLayout();
    QCOMPARE(counter.titles, 0);
    // A new width measures every card again.
    const int wide = counted.cardDelegate()->layoutWidth();
    counted.resize(200, 500);
    QTRY_VERIFY(counted.cardDelegate()->layoutWidth() < wide);
    counted.doItemsLayout();
    QVERIFY(counter.titles >= 3);
    QCOMPARE(counted.cardDelegate()->cachedRows(), 3);
}
