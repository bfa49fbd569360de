#include "CliRunner.h"
#include "DatabaseTestCase.h"

#include "domain/Translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace doo;
using namespace doo::test;

namespace {

const QString kEmail = QStringLiteral("d@example.com");

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The header line and the count line of `task list` (one task).
struct Listing
{
    QString header;
    QString count;
};

Listing listingOf(const CliRun &r)
{
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return {lines.value(0).simplified(), lines.value(lines.size() - 1)};
}

} // namespace

// The language of the real director-of-one binary's texts: the system's locale (LANG, LC_ALL,
// LC_MESSAGES; English under C and POSIX), the language chosen in the window's Settings, --lang;
// JSON the same in every language. The machine needs no generated glibc locale: Qt reads LANG.
class TestCliLanguage : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestCliLanguage() : DatabaseTestCase(kEmail) { }

private:
    CliRunner runner(const QString &locale)
    {
        CliRunner r(database(), kEmail);
        r.setLocale(locale);
        // The settings of this test's own (none unless a test writes them).
        r.setEnv(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        return r;
    }
    CliRun run(const QString &locale, const QStringList &arguments) { return runner(locale).run(arguments); }
    void addTask()
    {
        const CliRun added = run(QStringLiteral("C.UTF-8"), words("task add Budget --due 2026-12-24 --tag board"));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set; run through ctest");
        QVERIFY(m_config.isValid());
    }
    void cleanup()
    {
        QFile::remove(m_config.filePath(QStringLiteral("DirectorOfOne/director-of-one.conf")));
        DatabaseTestCase::cleanup();
    }

    void systemLanguage_data();
    void systemLanguage();
    void langOptionWins();
    void settingsLanguage();
    void errorsInGerman();
    void qtsOwnTextsInGerman();
    void helpInGerman();
    void jsonIsTheSameInEveryLanguage();
};

void TestCliLanguage::systemLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("count");
    // Texts of translations/director-of-one_de.ts and _fr.ts.
    QTest::newRow("de_DE") << "de_DE.UTF-8"
                           << "ID STATUS PRIORITÄT FÄLLIG TITEL SCHLAGWÖRTER"
                           << "1 Aufgabe";
    QTest::newRow("de_CH") << "de_CH.UTF-8"
                           << "ID STATUS PRIORITÄT FÄLLIG TITEL SCHLAGWÖRTER"
                           << "1 Aufgabe";
    QTest::newRow("fr_FR") << "fr_FR.UTF-8"
                           << "ID STATUT PRIORITÉ ÉCHÉANCE TITRE ÉTIQUETTES"
                           << "1 tâche";
    QTest::newRow("en_GB") << "en_GB.UTF-8"
                           << "ID STATUS PRIORITY DUE TITLE TAGS"
                           << "1 task";
    QTest::newRow("C") << "C"
                       << "ID STATUS PRIORITY DUE TITLE TAGS"
                       << "1 task";
    QTest::newRow("C.UTF-8") << "C.UTF-8"
                             << "ID STATUS PRIORITY DUE TITLE TAGS"
                             << "1 task";
    QTest::newRow("POSIX") << "POSIX"
                           << "ID STATUS PRIORITY DUE TITLE TAGS"
                           << "1 task";
}

void TestCliLanguage::systemLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, header);
    QFETCH(QString, count);
    addTask();
    const CliRun r = run(locale, words("task list"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Listing listing = listingOf(r);
    QCOMPARE(listing.header, header);
    QCOMPARE(listing.count, count);

    // LC_ALL wins over LANG, LC_MESSAGES over LANG; LANGUAGE does not turn the C locale German.
    CliRun c =
        runner(QStringLiteral("de_DE.UTF-8")).setEnv(QStringLiteral("LC_ALL"), QStringLiteral("C")).run(words("task list"));
    QCOMPARE(listingOf(c).count, QStringLiteral("1 task"));
    c = runner(QStringLiteral("C")).setEnv(QStringLiteral("LC_MESSAGES"), QStringLiteral("fr_FR.UTF-8")).run(words("task list"));
    QCOMPARE(listingOf(c).count, QStringLiteral("1 tâche"));
    c = runner(QStringLiteral("C.UTF-8")).setEnv(QStringLiteral("LANGUAGE"), QStringLiteral("de")).run(words("task list"));
    QCOMPARE(listingOf(c).count, QStringLiteral("1 task"));
}

void TestCliLanguage::langOptionWins()
{
    addTask();
    CliRun r = run(QStringLiteral("de_DE.UTF-8"), words("--lang fr task list"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(listingOf(r).count, QStringLiteral("1 tâche"));
    r = run(QStringLiteral("C.UTF-8"), words("task list --lang=de"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(listingOf(r).count, QStringLiteral("1 Aufgabe"));
    r = run(QStringLiteral("fr_FR.UTF-8"), words("--lang en task list"));
    QCOMPARE(listingOf(r).count, QStringLiteral("1 task"));
    // Every command takes it, the ones with their own option checks too.
    for (const char *command : {"user show", "notifications list", "workflow list", "consultation list", "analytics summary"}) {
        r = run(QStringLiteral("C.UTF-8"), words(command) << QStringLiteral("--lang") << QStringLiteral("de"));
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromLatin1(command) + QStringLiteral(": ") + r.err));
    }
}

void TestCliLanguage::settingsLanguage()
{
    addTask();
    // The language chosen in the window's Settings, in the file the program reads
    // ($XDG_CONFIG_HOME/<organisation>/<application>.conf).
    QDir(m_config.path()).mkpath(QStringLiteral("DirectorOfOne"));
    {
        QSettings file(m_config.filePath(QStringLiteral("DirectorOfOne/director-of-one.conf")), QSettings::IniFormat);
        Translations::setChosenLanguage(file, QStringLiteral("fr"));
    }
    CliRun r = run(QStringLiteral("de_DE.UTF-8"), words("task list"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(listingOf(r).count, QStringLiteral("1 tâche"));
    r = run(QStringLiteral("C.UTF-8"), words("task list"));
    QCOMPARE(listingOf(r).count, QStringLiteral("1 tâche"));
    r = run(QStringLiteral("C.UTF-8"), words("--lang de task list"));
    QCOMPARE(listingOf(r).count, QStringLiteral("1 Aufgabe"));
    {
        QSettings file(m_config.filePath(QStringLiteral("DirectorOfOne/director-of-one.conf")), QSettings::IniFormat);
        Translations::setChosenLanguage(file, QString()); // "the system's"
    }
    r = run(QStringLiteral("de_DE.UTF-8"), words("task list"));
    QCOMPARE(listingOf(r).count, QStringLiteral("1 Aufgabe"));
}

void TestCliLanguage::errorsInGerman()
{
    CliRun r = run(QStringLiteral("de_DE.UTF-8"), words("task done nosuchid"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed(), QStringLiteral("director-of-one: id: keine Aufgabe mit einer ID, die mit „nosuchid“ beginnt"));
    r = run(QStringLiteral("fr_FR.UTF-8"), words("task done nosuchid"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed(), QStringLiteral("director-of-one: id: aucune tâche dont l'id commence par « nosuchid »"));
    // Found while the arguments are parsed, before the language is known: said in it all the same.
    r = run(QStringLiteral("de_DE.UTF-8"), words("task list --tag"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("director-of-one: --tag benötigt einen Wert\n")), qPrintable(r.err));
    r = run(QStringLiteral("C.UTF-8"), words("task list --tag"));
    QVERIFY2(r.err.startsWith(QStringLiteral("director-of-one: --tag needs a value\n")), qPrintable(r.err));
}

void TestCliLanguage::qtsOwnTextsInGerman()
{
    // Qt's own texts come from qtbase_de (package qt6-translations-l10n): here the PostgreSQL
    // driver's, when nothing listens on the port.
    QTranslator qtbase;
    QVERIFY2(qtbase.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             "qtbase_de.qm is missing: install qt6-translations-l10n");
    const QString unable = qtbase.translate("QPSQLDriver", "Unable to connect");
    QVERIFY(!unable.isEmpty() && unable != QLatin1String("Unable to connect"));
    CliRunner r = runner(QStringLiteral("de_DE.UTF-8"));
    r.database = QStringLiteral("postgresql://nobody@127.0.0.1:1/nothing");
    r.user.clear();
    r.setEnv(QStringLiteral("PGPASSWORD"), QStringLiteral("x"));
    CliRun failed = r.run(words("task list"));
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(unable), qPrintable(failed.err));
    r.setLocale(QStringLiteral("C.UTF-8"));
    failed = r.run(words("task list"));
    QVERIFY2(failed.err.contains(QLatin1String("Unable to connect")), qPrintable(failed.err));
}

void TestCliLanguage::helpInGerman()
{
    // The usage text is the program's own (no QCommandLineParser): German where the shipped .ts
    // translates it, English where it awaits its translation.
    const CliRun english = run(QStringLiteral("C.UTF-8"), {QStringLiteral("--help")});
    const CliRun german = run(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("--help")});
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(german.exitCode, 0);
    QVERIFY(english.out.startsWith(QLatin1String("Usage: director-of-one")));
    QTranslator shipped;
    QVERIFY(shipped.load(QStringLiteral(":/i18n/director-of-one_de.qm")));
    const QString translated = shipped.translate("Cli", english.out.toUtf8().constData());
    QCOMPARE(german.out, translated.isEmpty() ? english.out : translated);
}

void TestCliLanguage::jsonIsTheSameInEveryLanguage()
{
    const CliRun seeded = run(QStringLiteral("C.UTF-8"), words("db seed"));
    QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
    const CliRun workflows = run(QStringLiteral("C.UTF-8"), words("workflow list --json"));
    QVERIFY2(workflows.exitCode == 0 && !workflows.array().isEmpty(), qPrintable(workflows.err));
    const QString workflowId = workflows.array().first().toObject().value(QStringLiteral("id")).toString();
    const QList<QStringList> commands = {
        words("task list --json"),
        words("user show --json"),
        words("workflow list --json"),
        words("workflow show --json") << workflowId,
        words("workflow history --json") << workflowId,
        words("workflow runs --json"),
        words("consultation list --json"),
        words("consultation stats --json"),
        words("notifications list --json"),
        words("analytics summary --json --from 2026-01-01 --to 2026-12-31"),
        words("analytics series --json --metric hoursSaved --from 2026-01-01 --to 2026-12-31"),
    };
    for (const QStringList &command : commands) {
        const CliRun english = run(QStringLiteral("C.UTF-8"), command);
        QVERIFY2(english.exitCode == 0 && !english.json().isNull(), qPrintable(command.join(QLatin1Char(' ')) + english.err));
        const CliRun german = run(QStringLiteral("de_DE.UTF-8"), command);
        QVERIFY2(german.exitCode == 0, qPrintable(german.err));
        QVERIFY2(german.out == english.out, qPrintable(command.join(QLatin1Char(' ')) + QLatin1Char('\n') + german.out));
        const CliRun french =
            run(QStringLiteral("de_DE.UTF-8"), QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} + command);
        QVERIFY2(french.out == english.out, qPrintable(command.join(QLatin1Char(' ')) + QLatin1Char('\n') + french.out));
    }
    // A dry run's effects: the same but for each one's "summary", a sentence for people in their
    // language (what kind and action say for programs).
    const QStringList dryRun = words("workflow dry-run --json") << workflowId;
    const auto withoutSummaries = [](const CliRun &r) {
        QJsonArray effects = r.array();
        for (auto &&effect : effects) {
            QJsonObject object = effect.toObject();
            object.remove(QStringLiteral("summary"));
            effect = object;
        }
        return effects;
    };
    const CliRun english = run(QStringLiteral("C.UTF-8"), dryRun);
    const CliRun german = run(QStringLiteral("de_DE.UTF-8"), dryRun);
    QVERIFY2(english.exitCode == 0 && german.exitCode == 0, qPrintable(english.err + german.err));
    QVERIFY(!english.array().isEmpty());
    QCOMPARE(withoutSummaries(german), withoutSummaries(english));
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
