#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace doo {

struct Workflow;
struct WorkflowDefinition;

// Where report and export actions may write, and how they write: the one folder policy of
// workflow files, used when a workflow is checked (editor, `workflow add/edit`) and again by
// every run. A folder is allowed when it lies inside the user's home folder or inside a folder
// the user chose with Browse… in the workflow editor (kept on this computer, chosen()); for the
// team scheduler (setFilesRoot) only inside its files folder. No folder below that base may be
// a symbolic link, and the final file is never one: files are created new (O_EXCL, O_NOFOLLOW),
// never replace an existing file, and are readable by their owner only.
namespace OutputFolders {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(OutputFolders)
};

// The folders chosen with Browse… (absolute, cleaned), as this computer keeps them.
QStringList chosen();
// Remembers folders the user chose ("~/…" forms are expanded).
void addChosen(const QStringList &folders);
// Forgets every chosen folder (tests, a reset of the settings).
void clearChosen();

// The team scheduler's files folder; empty (the default) for the home policy. Set before runs.
void setFilesRoot(const QString &folder);
QString filesRoot();

// The folder as an absolute, cleaned path ("~/" is the home folder; relative folders lie in the
// files root when one is set).
QString expand(const QString &folder);

// A Validation error naming `field` when the folder is outside every allowed base, or when a
// part of it below its base is a symbolic link. `alsoChosen`: folders chosen in an editor not
// yet saved.
Status check(const QString &folder, const QString &field, const QStringList &alsoChosen = {});
// check() for every report and export action of a definition ("actions[N].folder").
Status checkDefinition(const WorkflowDefinition &definition, const QStringList &alsoChosen = {});
// checkDefinition() for a workflow's stored trigger and actions (a definition that does not
// parse is the parser's to report: no error here).
Status checkWorkflow(const Workflow &workflow, const QStringList &alsoChosen = {});
// Remembers the folders chosen in an editor (chosen()) that the saved workflow writes to.
void rememberChosen(const Workflow &saved, const QStringList &chosenInEditor);

// A file a run writes: created under a temporary name inside the folder at once, put in place
// under its final name by commit() (after the run's transaction), removed when dropped
// uncommitted.
class PendingFile
{
public:
    // Checks the folder (check()), creates its missing parts below the base without following
    // links, and writes `bytes` to a new temporary file in it. The final name is
    // "<stem>.<extension>", or "<stem> (2).<extension>" and on when that is taken.
    static Result<std::unique_ptr<PendingFile>> create(const QString &folder, const QString &stem, const QString &extension,
                                                       const QByteArray &bytes, const QString &field);
    ~PendingFile();
    PendingFile(const PendingFile &) = delete;
    PendingFile &operator=(const PendingFile &) = delete;

    // The path the file will have (a free name when it was written).
    QString path() const;
    // Links the file under its final name, never over an existing one (a name taken meanwhile
    // gives the next free one; path() follows).
    Status commit();

private:
    PendingFile() = default;

    int m_dir = -1;
    QString m_folder;
    QString m_stem;
    QString m_extension;
    QByteArray m_temp;
    QString m_name;
    bool m_committed = false;
};

} // namespace OutputFolders

} // namespace doo
