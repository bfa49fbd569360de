// The commands never need the window module: the program and its drawing module are copied to a
// folder without director-of-one-gui.so, and from there `workflow run` writes a workflow's PDF
// report, `export report --pdf` writes the dashboard's, and the other commands work as ever; on
// SQLite and PostgreSQL.

#include "Checks.h"
#include "DatabaseTestCase.h"
#include "ModuleDirs.h"
#include "EngineTestHelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The text of a PDF, read by pdftotext (poppler-utils); empty when it cannot be read.
QString pdfText(const QString &path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text.waitForFinished(30000) || text.exitStatus() != QProcess::NormalExit || text.exitCode() != 0)
        return {};
    return QString::fromUtf8(text.readAllStandardOutput());
}

bool isPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

} // namespace

class TestCommandModules : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestCommandModules() : DatabaseTestCase(QStringLiteral("d@example.com"), UserRole::Director) { }

private Q_SLOTS:
    void initTestCase();

    void commandsWithoutTheWindowModule();
    void moduleFoldersAreAbsolute();
    void noModuleFromTheCurrentFolderWithoutProc();

private:
    Run cli(const QStringList &arguments) const;
    Run cli(const TestDatabase &t, const User &u, const QStringList &arguments) const
    {
        return cli(QStringList{QStringLiteral("--database"), t.urlString(), QStringLiteral("--user"), u.email} + arguments);
    }

    QTemporaryDir m_bin;
};

void TestCommandModules::initTestCase()
{
    const QString program = qEnvironmentVariable("DOO_CLI");
    if (program.isEmpty())
        QSKIP("DOO_CLI is not set; run through ctest");
    // An installed window module would be found from any folder and hide a load.
    if (QFileInfo::exists(QStringLiteral(DOO_MODULE_INSTALL_DIR "/director-of-one-gui.so")))
        QSKIP("a window module is installed in " DOO_MODULE_INSTALL_DIR);
    const QDir built = QFileInfo(program).absoluteDir();
    QVERIFY(QFileInfo::exists(built.filePath(QStringLiteral("director-of-one-gui.so"))));
    QVERIFY(m_bin.isValid());
    for (const QString &name : {QStringLiteral("director-of-one"), QStringLiteral("director-of-one-draw.so")})
        QVERIFY2(QFile::copy(built.filePath(name), m_bin.filePath(name)), qPrintable(name));
    QVERIFY(!QFileInfo::exists(m_bin.filePath(QStringLiteral("director-of-one-gui.so"))));

    // The copy cannot reach the window: without a command it says so and stops.
    const Run window = cli({});
    QCOMPARE(window.exitCode, 1);
    QVERIFY2(window.err.contains(QLatin1String("cannot load the window module: director-of-one-gui.so is missing")),
             qPrintable(window.err));
}

Run TestCommandModules::cli(const QStringList &arguments) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.remove(QStringLiteral("DIRECTOR_DATABASE"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the drawing module chooses offscreen itself
    // English texts are compared: the C locale, whatever the machine's.
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(m_bin.filePath(QStringLiteral("director-of-one")), arguments);
    p.closeWriteChannel();
    if (!p.waitForFinished(180000))
        qFatal("director-of-one did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCommandModules::commandsWithoutTheWindowModule()
{
    auto &t = database();
    const User &u = defaultUser();
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("reports"));
    CHECK_OK(addWorkflow(t.db(), u, QStringLiteral("Monthly figures"), QStringLiteral("{\"type\":\"manual\"}"),
                         QStringLiteral("[{\"type\":\"generate_report\",\"period\":\"month\",\"format\":\"pdf\","
                                        "\"folder\":\"%1\"}]")
                             .arg(folder)));

    // Commands that draw nothing.
    Run r = cli(t, u, {QStringLiteral("workflow"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Monthly figures")), qPrintable(r.out + r.err));
    r = cli(t, u, {QStringLiteral("analytics"), QStringLiteral("summary"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);

    // A workflow run writes its PDF report through the drawing module.
    r = cli(t, u, {QStringLiteral("workflow"), QStringLiteral("run"), QStringLiteral("Monthly figures")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Succeeded")), qPrintable(r.out + r.err));
    const QStringList written = QDir(folder).entryList({QStringLiteral("monthly-figures-*.pdf")}, QDir::Files);
    QCOMPARE(written.size(), 1);
    const QString report = QDir(folder).filePath(written.first());
    QVERIFY(isPdf(report));
    const QString figures = pdfText(report);
    // (This page is drawn with ligatures: "fi" and "fl" come back as one character each.)
    QVERIFY2(figures.contains(QLatin1String("Monthly")) && figures.contains(QLatin1String("Time saved")), qPrintable(figures));

    // The scheduler draws in the same way (nothing is due here).
    r = cli(t, u, {QStringLiteral("scheduler"), QStringLiteral("--once")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // The dashboard report with its charts.
    const QString dashboard = out.filePath(QStringLiteral("dashboard.pdf"));
    r = cli(t, u, {QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("--pdf"), dashboard});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(isPdf(dashboard));
    const QString text = pdfText(dashboard);
    QVERIFY2(text.contains(QLatin1String("Analytics report")) && text.contains(QLatin1String("Top workflows")), qPrintable(text));
    QVERIFY2(!r.err.contains(QLatin1String("module")), qPrintable(r.err));
}

// The loader's folders: the executable's own (found through /proc/self/exe) and the installed
// one; without the executable's path, or with a relative one, the installed folder alone.
void TestCommandModules::moduleFoldersAreAbsolute()
{
    const QString installed = QStringLiteral("/usr/lib/x86_64-linux-gnu/director-of-one");
    const QString relative = QStringLiteral("../lib/x86_64-linux-gnu/director-of-one");
    QCOMPARE(moduleSearchDirs(QStringLiteral("/opt/doo/bin/director-of-one"), relative, installed),
             (QStringList{QStringLiteral("/opt/doo/bin"), QStringLiteral("/opt/doo/lib/x86_64-linux-gnu/director-of-one"),
                          installed}));
    QCOMPARE(moduleSearchDirs(QStringLiteral("/usr/bin/director-of-one"), relative, installed),
             (QStringList{QStringLiteral("/usr/bin"), installed}));
    // No /proc: nothing else, in particular not the current folder ("", ".", or a relative path).
    QCOMPARE(moduleSearchDirs(QString(), relative, installed), QStringList{installed});
    QCOMPARE(moduleSearchDirs(QStringLiteral("director-of-one"), relative, installed), QStringList{installed});
    QCOMPARE(moduleSearchDirs(QStringLiteral("./director-of-one"), relative, installed), QStringList{installed});
    QCOMPARE(moduleSearchDirs(QString(), relative, QStringLiteral("lib/director-of-one")), QStringList{});
}

// The program without /proc (a mount namespace with an empty /proc over it), started in a folder
// that holds a window module: the copy without its own window module does not load that one.
void TestCommandModules::noModuleFromTheCurrentFolderWithoutProc()
{
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty() || QProcess::execute(unshare, {QStringLiteral("-m"), QStringLiteral("true")}) != 0)
        QSKIP("no mount namespace for this user (unshare -m)");
    QTemporaryDir cwd;
    const QDir built = QFileInfo(qEnvironmentVariable("DOO_CLI")).absoluteDir();
    QVERIFY(QFile::copy(built.filePath(QStringLiteral("director-of-one-gui.so")),
                        cwd.filePath(QStringLiteral("director-of-one-gui.so"))));
    QProcess p;
    p.setWorkingDirectory(cwd.path());
    p.start(unshare,
            {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("mount -t tmpfs none /proc && exec \"$0\""), m_bin.filePath(QStringLiteral("director-of-one"))});
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (err.contains(QLatin1String("mount:")))
        QSKIP("cannot mount over /proc here");
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(err.contains(QLatin1String(
                 "cannot load the window module: director-of-one-gui.so is missing (looked in " DOO_MODULE_INSTALL_DIR ")")),
             qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCommandModules)

#include "tst_commandmodules.moc"
