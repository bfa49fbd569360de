#include "domain/Translations.h"

#include "domain/EnglishPlurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace doo::Translations {

namespace {
// "General", capitalised: QSettings writes a group "general" as [%General] in the file and reads
// that back as "General", so a lowercase key is lost on the next start (the files it wrote so far
// are read by this one).
const QString kLanguageKey = QStringLiteral("General/language");

// The system's locale for the texts: LC_ALL, else LC_MESSAGES, else LANG. C, POSIX and C.UTF-8 are
// the C locale, whatever LANGUAGE asks for, as for gettext's programs (Qt would follow LANGUAGE
// under C.UTF-8).
QLocale systemLocale()
{
    QString name = qEnvironmentVariable("LC_ALL");
    if (name.isEmpty())
        name = qEnvironmentVariable("LC_MESSAGES");
    if (name.isEmpty())
        name = qEnvironmentVariable("LANG");
    if (name.isEmpty() || name == QLatin1String("C") || name == QLatin1String("POSIX") || name.startsWith(QLatin1String("C.")))
        return QLocale::c();
    return QLocale::system();
}

bool installFrom(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}
} // namespace

QString chosenLanguage()
{
    return chosenLanguage(QSettings());
}

void setChosenLanguage(const QString &language)
{
    QSettings settings;
    setChosenLanguage(settings, language);
}

QString chosenLanguage(const QSettings &settings)
{
    return settings.value(kLanguageKey).toString();
}

void setChosenLanguage(QSettings &settings, const QString &language)
{
    settings.setValue(kLanguageKey, language);
}

QLocale pick(const QString &chosen, const QLocale &system)
{
    if (chosen.isEmpty())
        return system;
    const QLocale picked(chosen);
    if (picked.language() == QLocale::C || picked.language() == system.language())
        return system;
    return QLocale(picked.language(), system.territory());
}

QLocale install(const QString &option)
{
    const QLocale locale = pick(option.isEmpty() ? chosenLanguage() : option, systemLocale());
    if (locale != QLocale::system())
        QLocale::setDefault(locale);
    // The C locale speaks English; another locale's translations are looked for in the order of
    // its uiLanguages() (with LANGUAGE's list for the system's own).
    const QLocale texts = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    installFrom(texts, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!installFrom(texts, QStringLiteral("director-of-one"), QStringLiteral(":/i18n")))
        installEnglishPlurals();
    return locale;
}

} // namespace doo::Translations
