#include "workflow/OutputFolders.h"

#include "domain/Workflow.h"
#include "domain/WorkflowDefinition.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace doo::OutputFolders {

namespace {

const QString kChosenKey = QStringLiteral("Workflows/chosenFolders");
constexpr int kMaxNumbered = 99; // "name (2)" … "name (99)", then the folder is called full

QString g_filesRoot; // set once by the command line before any run starts

QString clean(const QString &path)
{
    return QDir::cleanPath(path);
}

bool inside(const QString &path, const QString &base)
{
    if (base.isEmpty())
        return false;
    if (base == QLatin1String("/"))
        return true;
    return path == base || path.startsWith(base + QLatin1Char('/'));
}

// The allowed folder the path lies in (the longest), or empty.
QString baseOf(const QString &path, const QStringList &alsoChosen)
{
    if (!g_filesRoot.isEmpty())
        return inside(path, g_filesRoot) ? g_filesRoot : QString();
    QStringList bases = chosen();
    for (const QString &c : alsoChosen)
        bases << expand(c);
    bases << clean(QDir::homePath());
    QString best;
    for (const QString &b : std::as_const(bases)) {
        if (inside(path, b) && b.size() > best.size())
            best = b;
    }
    return best;
}

QStringList partsBelow(const QString &path, const QString &base)
{
    if (path == base)
        return {};
    const QString rest = base == QLatin1String("/") ? path.mid(1) : path.mid(base.size() + 1);
    return rest.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

Error refused(const QString &field, const QString &folder)
{
    if (!g_filesRoot.isEmpty())
        return Error::validation(field,
                                 Messages::tr("this scheduler writes files only below %1, not to %2").arg(g_filesRoot, folder));
    return Error::validation(field,
                             Messages::tr("folder must be inside your home folder or a folder you chose (it is %1)").arg(folder));
}

Error linked(const QString &field, const QString &path)
{
    return Error::validation(field,
                             Messages::tr("%1 is a symbolic link; workflow files are not written through links").arg(path));
}

} // namespace

QStringList chosen()
{
    QStringList out;
    for (const QString &f : QSettings().value(kChosenKey).toStringList()) {
        if (f.startsWith(QLatin1Char('/')))
            out << clean(f);
    }
    return out;
}

void addChosen(const QStringList &folders)
{
    QStringList all = chosen();
    for (const QString &f : folders) {
        const QString path = expand(f);
        if (path.startsWith(QLatin1Char('/')) && !all.contains(path))
            all << path;
    }
    QSettings().setValue(kChosenKey, all);
}

void clearChosen()
{
    QSettings().remove(kChosenKey);
}

void setFilesRoot(const QString &folder)
{
    g_filesRoot = folder.isEmpty() ? QString() : clean(QDir(folder).absolutePath());
}

QString filesRoot()
{
    return g_filesRoot;
}

QString expand(const QString &folder)
{
    QString f = folder.trimmed();
    if (f == QLatin1String("~") || f.startsWith(QLatin1String("~/")))
        f = QDir::homePath() + f.mid(1);
    if (!g_filesRoot.isEmpty() && !f.startsWith(QLatin1Char('/')))
        f = QDir(g_filesRoot).filePath(f);
    return clean(f);
}

Status check(const QString &folder, const QString &field, const QStringList &alsoChosen)
{
    const QString path = expand(folder);
    if (!path.startsWith(QLatin1Char('/')))
        return refused(field, folder);
    const QString base = baseOf(path, alsoChosen);
    if (base.isEmpty())
        return refused(field, folder);
    // The parts that exist already: none may be a link (a missing part is made by the run).
    QString at = base;
    for (const QString &part : partsBelow(path, base)) {
        if (part == QLatin1String(".."))
            return refused(field, folder);
        at = at == QLatin1String("/") ? QString(at + part) : QString(at + QLatin1Char('/') + part);
        struct stat st
        { };
        if (::lstat(QFile::encodeName(at).constData(), &st) != 0)
            break;
        if (S_ISLNK(st.st_mode))
            return linked(field, at);
        if (!S_ISDIR(st.st_mode))
            return Error::validation(field, Messages::tr("%1 is a file, not a folder").arg(at));
    }
    return {};
}

Status checkDefinition(const WorkflowDefinition &definition, const QStringList &alsoChosen)
{
    for (int i = 0; i < definition.actions.size(); ++i) {
        const ActionSpec &a = definition.actions.at(i);
        if (a.kind != ActionSpec::Kind::GenerateReport && a.kind != ActionSpec::Kind::ExportData)
            continue;
        if (Status s = check(a.folder, QStringLiteral("actions[%1].folder").arg(i), alsoChosen); !s)
            return s;
    }
    return {};
}

Status checkWorkflow(const Workflow &workflow, const QStringList &alsoChosen)
{
    const auto definition = WorkflowDefinition::parse(workflow.trigger, workflow.actions);
    return definition ? checkDefinition(*definition, alsoChosen) : Status();
}

void rememberChosen(const Workflow &saved, const QStringList &chosenInEditor)
{
    const auto definition = WorkflowDefinition::parse(saved.trigger, saved.actions);
    if (!definition || chosenInEditor.isEmpty())
        return;
    QStringList used;
    for (const ActionSpec &a : definition->actions) {
        if (a.kind == ActionSpec::Kind::GenerateReport || a.kind == ActionSpec::Kind::ExportData)
            used << expand(a.folder);
    }
    QStringList keep;
    for (const QString &c : chosenInEditor) {
        if (used.contains(expand(c)))
            keep << c;
    }
    if (!keep.isEmpty())
        addChosen(keep);
}

Result<std::unique_ptr<PendingFile>> PendingFile::create(const QString &folder, const QString &stem, const QString &extension,
                                                         const QByteArray &bytes, const QString &field)
{
    if (Status s = check(folder, field); !s)
        return s.error();
    const QString path = expand(folder);
    const QString base = baseOf(path, {});
    std::unique_ptr<PendingFile> file(new PendingFile);
    file->m_folder = path;
    file->m_stem = stem;
    file->m_extension = extension;
    // The base itself may be reached through links (a home folder on another disk); below it,
    // every part is opened without following one, and missing parts are made.
    int dir = ::open(QFile::encodeName(base).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0)
        return Error::validation(
            field, Messages::tr("cannot open the folder %1: %2").arg(base, QString::fromLocal8Bit(std::strerror(errno))));
    QString at = base;
    for (const QString &part : partsBelow(path, base)) {
        at = at == QLatin1String("/") ? QString(at + part) : QString(at + QLatin1Char('/') + part);
        const QByteArray name = QFile::encodeName(part);
        int next = ::openat(dir, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0 && errno == ENOENT) {
            if (::mkdirat(dir, name.constData(), 0700) != 0 && errno != EEXIST) {
                const int error = errno;
                ::close(dir);
                return Error::validation(
                    field, Messages::tr("cannot create the folder %1: %2").arg(at, QString::fromLocal8Bit(std::strerror(error))));
            }
            next = ::openat(dir, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        }
        if (next < 0) {
            const int error = errno;
            struct stat st
            { };
            const bool link = ::fstatat(dir, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
            ::close(dir);
            if (link)
                return linked(field, at);
            return Error::validation(
                field, Messages::tr("cannot create the folder %1: %2").arg(at, QString::fromLocal8Bit(std::strerror(error))));
        }
        ::close(dir);
        dir = next;
    }
    file->m_dir = dir;
    // A free final name now (commit() looks again), and the contents under a temporary name.
    for (int n = 1; n <= kMaxNumbered && file->m_name.isEmpty(); ++n) {
        const QString name =
            n == 1 ? QStringLiteral("%1.%2").arg(stem, extension) : QStringLiteral("%1 (%2).%3").arg(stem).arg(n).arg(extension);
        struct stat st
        { };
        if (::fstatat(dir, QFile::encodeName(name).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0 && errno == ENOENT)
            file->m_name = name;
    }
    if (file->m_name.isEmpty())
        return Error::validation(field, Messages::tr("%1 holds too many files named %2").arg(path, stem));
    file->m_temp = QFile::encodeName(QStringLiteral(".%1.%2.part").arg(stem, QUuid::createUuid().toString(QUuid::Id128)));
    const int fd = ::openat(dir, file->m_temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        file->m_temp.clear();
        return Error::validation(field,
                                 Messages::tr("cannot write in %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    const int error = errno;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (written != bytes.size() || !synced)
        return Error::validation(field,
                                 Messages::tr("cannot write in %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    return file;
}

PendingFile::~PendingFile()
{
    if (m_dir < 0)
        return;
    if (!m_temp.isEmpty())
        ::unlinkat(m_dir, m_temp.constData(), 0);
    ::close(m_dir);
}

QString PendingFile::path() const
{
    return m_folder + QLatin1Char('/') + m_name;
}

Status PendingFile::commit()
{
    if (m_committed)
        return {};
    // link() never replaces: a name taken meanwhile (a file, a planted link) gives the next one.
    QString name = m_name;
    for (int n = 1; n <= kMaxNumbered + 1; ++n) {
        if (::linkat(m_dir, m_temp.constData(), m_dir, QFile::encodeName(name).constData(), 0) == 0) {
            m_name = name;
            m_committed = true;
            ::unlinkat(m_dir, m_temp.constData(), 0);
            m_temp.clear();
            return {};
        }
        if (errno != EEXIST)
            break;
        name = QStringLiteral("%1 (%2).%3").arg(m_stem).arg(n + 1).arg(m_extension);
    }
    return Error::make(Error::Kind::Internal,
                       Messages::tr("cannot save %1: %2").arg(path(), QString::fromLocal8Bit(std::strerror(errno))));
}

} // namespace doo::OutputFolders
