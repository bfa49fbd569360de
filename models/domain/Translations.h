#pragma once

#include <QLocale>
#include <QString>

class QSettings;

namespace doo {

// The program's language, one rule for the window and the command line: the language given for
// this start (--lang), else the one chosen in Settings → General on this computer, else the
// system's (LC_ALL, LC_MESSAGES, LANG; the C and POSIX locales are English). A chosen language
// keeps the system's region for dates and numbers (French on a Swiss system: fr_CH).
namespace Translations {

// The language chosen in Settings on this computer ("de", "fr", "en"; empty: the system's): the
// QSettings key General/language, named only here (LocalSettings forwards to these).
QString chosenLanguage();
void setChosenLanguage(const QString &language);
// The same, in a settings file of one's choice (the tests' private configuration).
QString chosenLanguage(const QSettings &settings);
void setChosenLanguage(QSettings &settings, const QString &language);

// The locale the program follows for `chosen` (--lang, else the Settings' language; empty or a
// name that is no language: the system's) on a system whose locale is `system`.
QLocale pick(const QString &chosen, const QLocale &system);

// Applies the rule to the running application: `option` is --lang's value (empty: not given).
// Makes the picked locale the default (QLocale::setDefault) and installs Qt's own translation
// (qtbase_<lang> from QLibraryInfo::TranslationsPath, package qt6-translations-l10n) and the
// program's (director-of-one_<lang> from :/i18n); English, or a language without a translation
// of the program, gets English's plural forms. Returns the locale in use.
QLocale install(const QString &option);

} // namespace Translations

} // namespace doo
