#include "ModuleLoader.h"
#include "ModuleDirs.h"

#include "CommandLine.h"
#include "Output.h"
#include "db/DatabaseUrl.h"
#include "workflow/PdfDrawing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

namespace doo {

namespace {

// The folders a module may come from (see moduleSearchDirs): the executable is found through
// /proc/self/exe only, not QCoreApplication::applicationDirPath(), whose fallback is argv[0].
QStringList moduleDirs()
{
    return moduleSearchDirs(QFile::symLinkTarget(QStringLiteral("/proc/self/exe")), QStringLiteral(DOO_MODULE_RELATIVE_DIR),
                            QStringLiteral(DOO_MODULE_INSTALL_DIR));
}

// The entry `symbol` of the module `name` (e.g. "director-of-one-gui.so"), or why it cannot be had.
Result<QFunctionPointer> moduleEntry(const QString &name, const char *symbol)
{
    const QStringList dirs = moduleDirs();
    QStringList problems;
    for (const QString &dir : dirs) {
        const QString path = dir + QLatin1Char('/') + name;
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        if (const QFunctionPointer entry = library.resolve(symbol))
            return entry; // QLibrary's destructor does not unload it
        problems << library.errorString();
    }
    if (problems.isEmpty()) {
        QStringList shown;
        for (const QString &dir : dirs)
            shown << QDir::toNativeSeparators(dir);
        problems << cli::Cli::tr("%1 is missing (looked in %2)").arg(name, shown.join(QStringLiteral(", ")));
    }
    return Error::make(Error::Kind::Internal, problems.join(QStringLiteral("; ")));
}

} // namespace

int runGuiModule(int &argc, char **argv, const cli::Args &args)
{
    const auto entry = moduleEntry(QStringLiteral("director-of-one-gui.so"), "doo_run_gui");
    if (!entry)
        return cli::fail(cli::Cli::tr("cannot load the window module: %1").arg(entry.error().text()));
    using Entry = int (*)(int *, char **, const cli::Args *);
    return reinterpret_cast<Entry>(*entry)(&argc, argv, &args);
}

Result<std::unique_ptr<PdfDrawing>> startDrawingModule(int &argc, char **argv, bool widgets)
{
    const auto entry = moduleEntry(QStringLiteral("director-of-one-draw.so"), "doo_start_drawing");
    if (!entry)
        return Error::make(Error::Kind::Internal, cli::Cli::tr("cannot load the drawing module: %1").arg(entry.error().text()));
    using Entry = PdfDrawing *(*)(int *, char **, bool);
    return std::unique_ptr<PdfDrawing>(reinterpret_cast<Entry>(*entry)(&argc, argv, widgets));
}

QString keychainPassword(const DatabaseUrl &url)
{
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    if (bus.isEmpty() || bus.startsWith("disabled:"))
        return {};
    const auto entry = moduleEntry(QStringLiteral("director-of-one-keychain.so"), "doo_read_keychain_password");
    if (!entry)
        return {};
    using Entry = int (*)(const DatabaseUrl *, QString *, int);
    QString password;
    return reinterpret_cast<Entry>(*entry)(&url, &password, 3000) == 0 ? password : QString();
}

} // namespace doo
