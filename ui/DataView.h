#pragma once

#include "domain/Result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace doo {

class AdminTableModel;
class Database;

// The administrator's raw view of one table: pick an entity, edit cells, Save or Revert.
// The edits go through an AdminTableModel (a QSqlTableModel on the window's connection). Saving
// is one transaction; when the database refuses a change (CHECK, foreign key, unique) nothing is
// written, the database's reason is shown, and every edit the user typed stays in the table to
// be corrected.
class DataView : public QWidget
{
    Q_OBJECT

public:
    explicit DataView(Database &db, QWidget *parent = nullptr);
    ~DataView() override;

    // The entities offered, as (key, table): users → app_user, tasks → task, …
    static QList<QPair<QString, QString>> entities();

    // Shows the entity's table (key as in entities()); false when unknown or when there are
    // unsaved edits.
    bool setEntity(const QString &key);
    QString entity() const;
    AdminTableModel *model() const { return m_model; }
    bool hasUnsavedChanges() const;

    // Writes every pending edit in one transaction.
    Status save();
    // Drops every pending edit.
    void revert();

private:
    void load();
    void updateState();
    void showError(const QString &text);

    AdminTableModel *m_model = nullptr;
    QComboBox *m_entity = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_rows = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace doo
