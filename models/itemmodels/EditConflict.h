#pragma once

#include "domain/Result.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>

namespace doo {

struct Consultation;
struct Task;
struct Workflow;

// One field an editor saves, as a conflict shows it: its name (a QT_TRANSLATE_NOOP in the
// "doo::EditConflict" context), whether two rows hold the same value, the value as the editor shows
// it, and how to copy it from one row to another.
template<typename T>
struct ConflictField
{
    const char *name = nullptr;
    std::function<bool(const T &, const T &)> same;
    std::function<QString(const T &)> show;
    std::function<void(T &to, const T &from)> copy;
};

// A field that is one member, compared with ==.
template<typename T, typename V>
ConflictField<T> memberField(const char *name, V T::*member, std::function<QString(const V &)> show)
{
    return {name, [member](const T &a, const T &b) { return a.*member == b.*member; },
            [member, show](const T &row) { return show(row.*member); },
            [member](T &to, const T &from) { to.*member = from.*member; }};
}

// The fields each editor saves (ConflictFields.cpp): what the task dialog, the workflow editor
// and the consultation dialog show and write.
template<typename T>
QList<ConflictField<T>> conflictFields();
template<>
QList<ConflictField<Task>> conflictFields<Task>();
template<>
QList<ConflictField<Workflow>> conflictFields<Workflow>();
template<>
QList<ConflictField<Consultation>> conflictFields<Consultation>();

// A save refused because someone else saved the row first: my edited row against theirs, the one
// stored now, as a table of the fields that differ (field | theirs | mine, display texts), and the
// two ways out. Keep mine writes my fields over theirs with their version number, so that a change
// made meanwhile by a third is a conflict again, never overwritten; the rows then show that newest
// version. Take theirs writes nothing and reads theirs again for the editor. EditConflictOf<T>
// does it for one kind of row (task, workflow, consultation) through the intents' save and read.
class EditConflict : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, TheirsColumn, MineColumn, ColumnCount };
    struct Row
    {
        QString field;
        QString theirs;
        QString mine;
    };

    explicit EditConflict(QObject *parent = nullptr) : QAbstractTableModel(parent) { }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Row> &rows() const { return m_rows; }
    // The names of the differing fields, as shown.
    QStringList fieldNames() const;
    // The display text of a value nobody set (no due date, no company).
    static QString none();

    // Saves my fields over theirs. On a Conflict theirs is read again (the rows change) and the
    // Conflict is returned; on success the saved row is there for the editor.
    virtual Status keepMine() = 0;
    // Reads theirs again (it may have changed once more) for the editor. Writes nothing.
    virtual Status takeTheirs() = 0;

protected:
    void setRows(QList<Row> rows);

private:
    QList<Row> m_rows;
};

template<typename T>
class EditConflictOf final : public EditConflict
{
public:
    using Save = std::function<Result<T>(const T &)>;
    using Read = std::function<Result<T>(const QString &id)>;

    // Reads theirs through `read` and compares it with `mine`; an error when it cannot be read
    // (deleted meanwhile, connection lost).
    static Result<std::shared_ptr<EditConflictOf>> open(const T &mine, Read read, Save save)
    {
        std::shared_ptr<EditConflictOf> conflict(new EditConflictOf(mine, std::move(read), std::move(save)));
        if (Status s = conflict->refresh(); !s)
            return s.error();
        return conflict;
    }

    const T &mine() const { return m_mine; }
    const T &theirs() const { return m_theirs; }
    // What Keep mine saved (valid after it succeeded).
    const T &saved() const { return m_saved; }

    Status keepMine() override
    {
        T merged = m_theirs; // their version number and everything the editor does not show
        for (const ConflictField<T> &f : m_fields)
            f.copy(merged, m_mine);
        auto saved = m_save(merged);
        if (saved) {
            m_saved = saved.takeValue();
            return {};
        }
        if (saved.error().kind == Error::Kind::Conflict) {
            if (Status s = refresh(); !s)
                return s;
        }
        return saved.error();
    }
    Status takeTheirs() override { return refresh(); }

private:
    EditConflictOf(const T &mine, Read read, Save save)
        : m_mine(mine), m_read(std::move(read)), m_save(std::move(save)), m_fields(conflictFields<T>())
    { }

    Status refresh()
    {
        auto theirs = m_read(m_mine.id);
        if (!theirs)
            return theirs.error();
        m_theirs = theirs.takeValue();
        QList<Row> rows;
        for (const ConflictField<T> &f : m_fields) {
            if (!f.same(m_theirs, m_mine))
                rows << Row{tr(f.name), f.show(m_theirs), f.show(m_mine)};
        }
        setRows(std::move(rows));
        return {};
    }

    T m_mine;
    T m_theirs;
    T m_saved;
    Read m_read;
    Save m_save;
    QList<ConflictField<T>> m_fields;
};

} // namespace doo
