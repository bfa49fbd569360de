#include "domain/Translations.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace doo;

// The language rule the window and the command line share (domain/Translations): which locale
// for --lang or the Settings' language on a given system, and what installing it does.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pick_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *chosen, const char *system, const char *expected) {
            QTest::newRow(name) << QString::fromLatin1(chosen) << QString::fromLatin1(system) << QString::fromLatin1(expected);
        };
        row("nothing chosen: the system's", "", "de_AT", "de_AT");
        row("the system's language: its region stays", "de", "de_CH", "de_CH");
        row("French on a Swiss system", "fr", "de_CH", "fr_CH");
        row("German on a French Swiss system", "de", "fr_CH", "de_CH");
        row("no German for France: Germany's", "de", "fr_FR", "de_DE");
        row("English on a German system", "en", "de_DE", "en_DE");
        row("German under C", "de", "C", "de_DE");
        row("a region given is the system's all the same", "fr_CA", "de_CH", "fr_CH");
        row("no language: the system's", "xx", "fr_BE", "fr_BE");
        row("C stays C", "", "C", "C");
    }
    void pick()
    {
        QFETCH(QString, chosen);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Translations::pick(chosen, QLocale(system)).name(), expected);
    }

    // The Settings' language survives a restart: written to the file and read back by a new
    // QSettings (as the next start of the program does).
    void chosenLanguageIsKept()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("director-of-one.conf"));
        {
            QSettings file(path, QSettings::IniFormat);
            Translations::setChosenLanguage(file, QStringLiteral("de"));
        }
        QCOMPARE(Translations::chosenLanguage(QSettings(path, QSettings::IniFormat)), QStringLiteral("de"));
    }

    // The application speaks the chosen language: the program's texts, plural forms and Qt's own.
    void install()
    {
        const QLocale locale = Translations::install(QStringLiteral("fr"));
        QCOMPARE(locale.language(), QLocale::French);
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(QCoreApplication::translate("Cli", "TITLE"), QStringLiteral("TITRE"));
        QCOMPARE(QCoreApplication::translate("Cli", "%n tasks", nullptr, 2), QStringLiteral("2 tâches"));
        QCOMPARE(QCoreApplication::translate("QPSQLDriver", "Unable to connect"), QStringLiteral("Impossible de se connecter"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
