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

// A save refused because someone else saved the row first, compared three ways: the version my
// edit started from (the base: what the editor loaded), mine, and theirs (the one stored now). A
// field only they changed keeps their value and a field only I changed keeps mine, both without
// asking; a field we both changed to different values is a conflict, and only those are the rows
// of this table (field | theirs | mine, display texts). With no conflict the merge of both is
// saved without asking (saveIfNoConflict). Keep mine writes my values for the conflicting fields
// and my other changes over theirs, never undoing a change of theirs I did not touch. Take theirs
// writes nothing and gives the editor theirs with my changes that did not conflict. Every write
// goes with their version number, so that a change made meanwhile by a third is read and compared
// again, never overwritten. EditConflictOf<T> does it for one kind of row (task, workflow,
// consultation) through the intents' save and read.
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

    // Reads theirs through `read` and compares base, mine and theirs; an error when theirs cannot
    // be read (deleted meanwhile, connection lost).
    static Result<std::shared_ptr<EditConflictOf>> open(const T &base, const T &mine, Read read, Save save)
    {
        std::shared_ptr<EditConflictOf> conflict(new EditConflictOf(base, mine, std::move(read), std::move(save)));
        if (Status s = conflict->refresh(); !s)
            return s.error();
        return conflict;
    }

    const T &base() const { return m_base; }
    const T &mine() const { return m_mine; }
    const T &theirs() const { return m_theirs; }
    // What Keep mine or saveIfNoConflict saved (valid after it succeeded).
    const T &saved() const { return m_saved; }
    // Theirs with my changes that are not in conflict: what Take theirs gives the editor.
    T theirsWithMyOtherChanges() const { return merged(false); }

    // When no field is in conflict, saves their changes and mine together and returns true; a
    // change made meanwhile by a third is read and merged again (a few times at most). False when
    // fields are in conflict (the rows list them): that needs the user's choice.
    Result<bool> saveIfNoConflict()
    {
        Error conflict;
        for (int attempt = 0; attempt < kAttempts; ++attempt) {
            if (rowCount() > 0)
                return false;
            const Status s = keepMine();
            if (s)
                return true;
            if (s.error().kind != Error::Kind::Conflict)
                return s.error();
            conflict = s.error();
        }
        if (rowCount() > 0)
            return false;
        return conflict; // changed again on every attempt: the editor says so, nothing is lost
    }

    Status keepMine() override
    {
        auto saved = m_save(merged(true));
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
    static constexpr int kAttempts = 3;

    EditConflictOf(const T &base, const T &mine, Read read, Save save)
        : m_base(base), m_mine(mine), m_read(std::move(read)), m_save(std::move(save)), m_fields(conflictFields<T>())
    { }

    bool changedByMe(const ConflictField<T> &f) const { return !f.same(m_base, m_mine); }
    bool changedByThem(const ConflictField<T> &f) const { return !f.same(m_base, m_theirs); }
    bool inConflict(const ConflictField<T> &f) const { return changedByMe(f) && changedByThem(f) && !f.same(m_mine, m_theirs); }

    // Theirs (their version number, their changes and everything the editor does not show) with
    // my changes: all of them, or only those not in conflict.
    T merged(bool keepMineInConflicts) const
    {
        T merged = m_theirs;
        for (const ConflictField<T> &f : m_fields) {
            if (changedByMe(f) && (!inConflict(f) || keepMineInConflicts))
                f.copy(merged, m_mine);
        }
        return merged;
    }

    Status refresh()
    {
        auto theirs = m_read(m_mine.id);
        if (!theirs)
            return theirs.error();
        m_theirs = theirs.takeValue();
        QList<Row> rows;
        for (const ConflictField<T> &f : m_fields) {
            if (inConflict(f))
                rows << Row{tr(f.name), f.show(m_theirs), f.show(m_mine)};
        }
        setRows(std::move(rows));
        return {};
    }

    T m_base;
    T m_mine;
    T m_theirs;
    T m_saved;
    Read m_read;
    Save m_save;
    QList<ConflictField<T>> m_fields;
};

} // namespace doo
