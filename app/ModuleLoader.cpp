#include "ModuleLoader.h"

#include "Output.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

namespace doo {

namespace {

// The folders a module may come from: the executable's own folder (the build tree) and the
// installed module folder. The executable is found through /proc/self/exe; without /proc only
// the installed folder counts (argv[0] or the current folder could name anything).
QStringList moduleDirs()
{
    QStringList dirs;
    const QString self = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    if (!self.isEmpty()) {
        const QString dir = QFileInfo(self).absolutePath();
        dirs << dir << QDir::cleanPath(dir + QStringLiteral("/" DOO_MODULE_RELATIVE_DIR));
    }
    const QString installed = QStringLiteral(DOO_MODULE_INSTALL_DIR);
    if (!dirs.contains(installed))
        dirs << installed;
    return dirs;
}

int runModuleEntry(int &argc, char **argv, const char *symbol)
{
    const QString name = QStringLiteral("director-of-one-gui.so");
    const QStringList dirs = moduleDirs();
    QStringList problems;
    for (const QString &dir : dirs) {
        const QString path = dir + QLatin1Char('/') + name;
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        using Entry = int (*)(int *, char **);
        const auto entry = reinterpret_cast<Entry>(library.resolve(symbol));
        if (entry)
            return entry(&argc, argv); // the module stays loaded until the process ends
        problems << library.errorString();
    }
    if (problems.isEmpty()) {
        QStringList shown;
        for (const QString &dir : dirs)
            shown << QDir::toNativeSeparators(dir);
        problems << QCoreApplication::translate("cli", "%1 is missing (looked in %2)").arg(name, shown.join(QStringLiteral(", ")));
    }
    return cli::fail(QCoreApplication::translate("cli", "cannot load the window module: %1").arg(problems.join(QStringLiteral("; "))));
}

} // namespace

int runGuiModule(int &argc, char **argv)
{
    return runModuleEntry(argc, argv, "doo_run_gui");
}

int runGuiCommand(int &argc, char **argv)
{
    return runModuleEntry(argc, argv, "doo_run_gui_command");
}

} // namespace doo
