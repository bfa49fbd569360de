#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>

namespace doo {

// The actions of a workflow being edited, as their JSON objects (as in a workflow file), in run
// order. Each row has a stable id for the session, which drag and drop carries; rows move by
// drag and drop (moveRows) or by moveAction(). Nothing here is validated: the editor checks the
// whole document.
class ActionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, JsonRole };

    explicit ActionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    void setActions(const QJsonArray &actions);
    QJsonArray actions() const;
    QJsonObject action(int row) const { return m_rows.at(row).json; }
    void setAction(int row, const QJsonObject &json);
    int append(const QJsonObject &json); // returns its row
    void removeAction(int row);
    // Moves one row up (-1) or down (+1); false at an end.
    bool moveAction(int row, int direction);

    // "Create task “Weekly report”", "Notify: Report ready", ... for the list.
    static QString summary(const QJsonObject &action);
    static QString kindLabel(const QString &kind);
    // What the editor shows for a JSON value of an action, in the user's language: "IN_PROGRESS"
    // → "In progress", "WARNING" → "Warning", "week" → "Week", "pdf" → "PDF".
    static QString valueLabel(const QString &value);
    static const QString kMimeType;

Q_SIGNALS:
    // The list changed (an edit, an add, a removal or a move).
    void actionsChanged();

private:
    struct Row
    {
        int id = 0;
        QJsonObject json;
    };
    int rowOfId(int id) const;

    QList<Row> m_rows;
    int m_nextId = 1;
};

} // namespace doo
