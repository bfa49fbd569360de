#pragma once

#include "domain/User.h"
#include "exchange/ImportPlan.h"
#include "itemmodels/ExchangeIntents.h"

#include <QHash>
#include <QObject>

#include <functional>

class QAction;
class QDialog;
class QMenu;
class QWidget;

namespace doo {

class Database;

// The window's imports and exports, one QAction each, shared by File ▸ Import / File ▸ Export
// and the Consultations view's own menu (the consultation ones): tasks from CSV or a Taskwarrior
// export, consultations from CSV, each with the ImportPreviewDialog before anything is written;
// tasks or consultations to CSV; the scheduled consultations as iCalendar. Outcomes and problems
// are reported through message(); imports through ExchangeIntents::imported.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    enum class Id {
        ImportTasksCsv,
        ImportTasksTaskwarrior,
        ImportConsultationsCsv,
        ExportTasksCsv,
        ExportConsultationsCsv,
        ExportCalendar
    };
    Q_ENUM(Id)

    // `window` parents the dialogs.
    ExchangeActions(Database &db, const User &user, QWidget *window);

    ExchangeIntents *intents() const { return m_intents; }
    QAction *action(Id id) const;
    // "Import ▸" and "Export ▸" submenus with every action.
    void addTo(QMenu *menu);

    // Seams for tests: how a dialog runs (default exec() == Accepted) and how a file is chosen
    // (default QFileDialog; `save` for exports, `filter` like "CSV files (*.csv)").
    using DialogRunner = std::function<bool(QDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    using FileChooser = std::function<QString(bool save, const QString &filter, const QString &suggested)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    void importFile(ImportPlan::Kind kind, ExchangeIntents::Format format);
    void exportCsv(ImportPlan::Kind kind);
    void exportCalendar();

Q_SIGNALS:
    // What happened, for the status bar (or the view that asked); `error` when nothing was done.
    void message(const QString &text, bool error);

private:
    QAction *add(Id id, const QString &text, const char *objectName, const std::function<void()> &run);
    bool write(const QString &path, const Result<QByteArray> &bytes);

    ExchangeIntents *m_intents = nullptr;
    QWidget *m_window = nullptr;
    QHash<int, QAction *> m_actions;
    DialogRunner m_runDialog;
    FileChooser m_chooseFile;
};

} // namespace doo
