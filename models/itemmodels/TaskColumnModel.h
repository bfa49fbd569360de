#pragma once

#include "domain/Task.h"

#include <QAbstractListModel>
#include <QHash>
#include <QUuid>

namespace doo {

class TaskBoard;

// One column of the board: the tasks of one status in position order, loaded a page at a
// time as the view scrolls (fetchMore), never the whole column. Drag and drop carries task ids
// in kMimeType; a drop asks the TaskBoard to move them, which updates every column at once and
// writes through the repository.
class TaskColumnModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PriorityRole, // int(Priority)
        DueRole, // QDateTime (UTC) or invalid
        TagsRole, // QString, tags joined with ", "
        FromWorkflowRole, // bool
        PositionRole, // qint64
        StatusRole, // int(TaskStatus)
        FinishedRole, // QDateTime (UTC) a completed or cancelled card was finished, or invalid
        WorkflowChangeRole, // QString "Moved by Daily triage at 14:02" within kWorkflowNoteSecs, or empty
        RecentlyChangedRole, // bool: a workflow changed the card within kHighlightSecs
    };

    static const QString kMimeType;
    static constexpr int kPageSize = 100;
    // How long a card is highlighted, and says which workflow changed it, after a run did.
    static constexpr int kHighlightSecs = 120;
    static constexpr int kWorkflowNoteSecs = 3600;

    // What a loaded card keeps: small, fixed-size members plus two short strings.
    struct Card
    {
        QUuid id;
        QString title;
        QString tags;
        qint64 position = 0;
        qint64 dueMsecs = 0; // 0 = no due date
        qint64 finishedMsecs = 0; // completed (or cancelled: last changed) at; 0 = open
        Priority priority = Priority::Medium;
        bool fromWorkflow = false;

        static Card from(const Task &task);
        QString idString() const { return id.toString(QUuid::WithoutBraces); }
    };

    TaskColumnModel(TaskBoard &board, TaskStatus status, QObject *parent = nullptr);
    ~TaskColumnModel() override;

    TaskStatus status() const { return m_status; }
    // Tasks in the column that match the board's filter, loaded or not.
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Loads pages until `rows` cards are loaded (or all of them), in one statement: a jump of
    // the scroll bar far down does not read page after page.
    void fetchUpTo(int rows);
    // A workflow changed a loaded card recently enough to highlight it.
    bool hasHighlights() const;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    // Ids carried by a drag of this program, empty for anything else.
    static QStringList idsFromMime(const QMimeData *data);

    int rowOf(const QString &id) const;
    QString idAt(int row) const;

    // Used by TaskBoard.
    void reload(int minimumRows = kPageSize);
    void removeCards(const QStringList &ids);
    void insertCards(int row, const QList<Card> &cards);
    void setTotal(int total);
    void setCardPosition(const QString &id, qint64 position);
    Card card(int row) const { return m_cards.at(row); }

Q_SIGNALS:
    void totalCountChanged(int total);

private:
    struct WorkflowMark
    {
        QString workflow;
        qint64 atMsecs = 0;
        bool created = false;
        bool moved = false;
    };

    bool loadPage(int limit);
    // The recent workflow changes of the cards from `first` on (one statement).
    void loadMarks(int first);
    QString workflowNote(const QUuid &id) const;
    // What a screen reader says after the title: priority, due date, tags.
    static QString accessibleDescription(const Card &c);

    TaskBoard &m_board;
    TaskStatus m_status;
    QList<Card> m_cards;
    QHash<QUuid, WorkflowMark> m_marks; // only the few cards a workflow changed lately
    int m_total = 0;
    bool m_complete = true; // every matching task is loaded
    bool m_loading = false;
};

} // namespace doo
