#include "GuiLoader.h"

#include "CommandLine.h"
#include "Output.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

namespace doo {

namespace {

// The executable's folder without a QCoreApplication (the module creates the QApplication).
QString executableDir(const char *argv0)
{
    const QString self = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    return QFileInfo(self.isEmpty() ? QString::fromLocal8Bit(argv0) : self).absolutePath();
}

} // namespace

namespace {
int runModuleEntry(int &argc, char **argv, const char *symbol)
{
    const QString dir = executableDir(argv[0]);
    const QString name = QStringLiteral("director-of-one-gui.so");
    const QStringList candidates = {
        dir + QLatin1Char('/') + name,                                                  // the build tree
        QDir::cleanPath(dir + QStringLiteral("/" DOO_GUI_MODULE_RELATIVE_DIR "/") + name), // installed
    };
    QStringList problems;
    for (const QString &path : candidates) {
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
    if (problems.isEmpty())
        problems << cli::Cli::tr("%1 is missing (looked in %2)")
                        .arg(name, QDir::toNativeSeparators(QFileInfo(candidates.last()).absolutePath()) + QStringLiteral(", ") + dir);
    return cli::fail(cli::Cli::tr("cannot load the window module: %1").arg(problems.join(QStringLiteral("; "))));
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
