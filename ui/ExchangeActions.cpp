#include "ExchangeActions.h"

#include "ImportPreviewDialog.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QProgressDialog>
#include <QSaveFile>

namespace doo {

ExchangeActions::ExchangeActions(Database &db, const User &user, QWidget *window)
    : QObject(window), m_intents(new ExchangeIntents(db, UserContext::of(user), this)), m_window(window)
{
    m_runDialog = [](QDialog &d) { return d.exec() == QDialog::Accepted; };
    m_chooseFile = [this](bool save, const QString &filter, const QString &suggested) {
        return save ? QFileDialog::getSaveFileName(m_window, tr("Export"), suggested, filter)
                    : QFileDialog::getOpenFileName(m_window, tr("Import"), QString(), filter);
    };
    using Kind = ImportPlan::Kind;
    using Format = ExchangeIntents::Format;
    add(Id::ImportTasksCsv, tr("&Tasks (CSV)…"), "actionImportTasksCsv", [this] { importFile(Kind::Tasks, Format::Csv); });
    add(Id::ImportTasksTaskwarrior, tr("Tasks from Task&warrior (JSON)…"), "actionImportTaskwarrior",
        [this] { importFile(Kind::Tasks, Format::Taskwarrior); });
    add(Id::ImportConsultationsCsv, tr("&Consultations (CSV)…"), "actionImportConsultationsCsv",
        [this] { importFile(Kind::Consultations, Format::Csv); });
    add(Id::ExportTasksCsv, tr("&Tasks (CSV)…"), "actionExportTasksCsv", [this] { exportCsv(Kind::Tasks); });
    add(Id::ExportConsultationsCsv, tr("&Consultations (CSV)…"), "actionExportConsultationsCsv",
        [this] { exportCsv(Kind::Consultations); });
    add(Id::ExportCalendar, tr("Consultation &calendar (iCalendar)…"), "actionExportCalendar", [this] { exportCalendar(); });
    action(Id::ImportTasksTaskwarrior)->setToolTip(tr("The JSON that Taskwarrior's \"task export\" writes"));
}

QAction *ExchangeActions::add(Id id, const QString &text, const char *objectName, const std::function<void()> &run)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QLatin1String(objectName));
    connect(a, &QAction::triggered, this, run);
    m_actions.insert(int(id), a);
    return a;
}

QAction *ExchangeActions::action(Id id) const
{
    return m_actions.value(int(id));
}

void ExchangeActions::addTo(QMenu *menu)
{
    QMenu *imports = menu->addMenu(tr("&Import"));
    imports->menuAction()->setObjectName(QStringLiteral("menuImport"));
    imports->addAction(action(Id::ImportTasksCsv));
    imports->addAction(action(Id::ImportTasksTaskwarrior));
    imports->addSeparator();
    imports->addAction(action(Id::ImportConsultationsCsv));
    QMenu *exports = menu->addMenu(tr("&Export"));
    exports->menuAction()->setObjectName(QStringLiteral("menuExport"));
    exports->addAction(action(Id::ExportTasksCsv));
    exports->addSeparator();
    exports->addAction(action(Id::ExportConsultationsCsv));
    exports->addAction(action(Id::ExportCalendar));
}

void ExchangeActions::importFile(ImportPlan::Kind kind, ExchangeIntents::Format format)
{
    const bool taskwarrior = format == ExchangeIntents::Format::Taskwarrior;
    const QString filter =
        taskwarrior ? tr("Taskwarrior exports (*.json);;All files (*)") : tr("CSV files (*.csv);;All files (*)");
    const QString path = m_chooseFile(false, filter, QString());
    if (path.isEmpty())
        return;
    const auto plan = m_intents->planImport(kind, format, path);
    if (!plan) {
        Q_EMIT message(plan.error().text(), true);
        return;
    }
    ImportPreviewDialog preview(*plan, QFileInfo(path).fileName(), m_window);
    if (!m_runDialog(preview))
        return;
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, m_window);
    progress.setObjectName(QStringLiteral("importProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const auto update = connect(m_intents, &ExchangeIntents::progress, &progress, [&progress](qint64 done, qint64 total, int) {
        progress.setValue(total > 0 ? int(done * 100 / total) : 0);
    });
    connect(&progress, &QProgressDialog::canceled, m_intents, &ExchangeIntents::cancel);
    const auto summary = m_intents->applyImport(kind, format, path, preview.skipInvalid());
    disconnect(update);
    progress.reset();
    if (!summary) {
        Q_EMIT message(summary.error().message, true);
        return;
    }
    Q_EMIT message(
        tr("Imported %1; %2 already there; %3 skipped").arg(summary->imported).arg(summary->duplicates).arg(summary->skipped),
        false);
}

bool ExchangeActions::write(const QString &path, const Result<QByteArray> &bytes)
{
    QSaveFile file(path);
    if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        Q_EMIT message(bytes ? tr("Cannot write %1: %2").arg(path, file.errorString()) : bytes.error().text(), true);
        return false;
    }
    return true;
}

void ExchangeActions::exportCsv(ImportPlan::Kind kind)
{
    const bool tasks = kind == ImportPlan::Kind::Tasks;
    const QString path =
        m_chooseFile(true, tr("CSV files (*.csv)"), tasks ? QStringLiteral("tasks.csv") : QStringLiteral("consultations.csv"));
    if (path.isEmpty())
        return;
    if (write(path, m_intents->exportCsv(kind)))
        Q_EMIT message(tr("Exported to %1").arg(path), false);
}

void ExchangeActions::exportCalendar()
{
    const QString path = m_chooseFile(true, tr("iCalendar files (*.ics)"), QStringLiteral("director-of-one.ics"));
    if (path.isEmpty())
        return;
    if (write(path, m_intents->exportCalendar()))
        Q_EMIT message(tr("Exported the calendar to %1").arg(path), false);
}

} // namespace doo
