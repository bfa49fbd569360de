#pragma once

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTranslator>

class QAbstractItemView;
class QWidget;

namespace doo {
class Database;
}

namespace doo::test {

// The window's languages as the program installs them (app/GuiStart.cpp installTranslators): Qt's
// own qtbase_<lang> from Qt's translations folder, then the program's director-of-one_<lang>.qm —
// the very files compiled into the window module (DOO_QM_DIR, the build tree's translations/).
// Installed before any widget is made; removed, and the default locale restored, when it goes.
class InstalledLanguage
{
public:
    explicit InstalledLanguage(const QString &language);
    ~InstalledLanguage();
    InstalledLanguage(const InstalledLanguage &) = delete;
    InstalledLanguage &operator=(const InstalledLanguage &) = delete;

    bool qtLoaded() const { return m_qtLoaded; }
    bool ownLoaded() const { return m_ownLoaded; }

private:
    QLocale m_previous;
    QTranslator m_qt;
    QTranslator m_own;
    bool m_qtLoaded = false;
    bool m_ownLoaded = false;
};

// Installed last, so asked first: notes every (context, source) the program asks for and answers
// nothing, so that the real translators answer.
class RecordingTranslator : public QTranslator
{
public:
    RecordingTranslator();
    ~RecordingTranslator() override;
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override;
    bool isEmpty() const override { return false; }
    bool asked(const char *context, const char *sourceText) const;

private:
    mutable QSet<QString> m_asked;
};

// One language's .ts file: the English sources whose translation is a different text. A shown
// text that is exactly one of them (and no translation of anything) was not translated: a text
// outside tr(), or tr() asked in a context lupdate did not record.
class TsCatalogue
{
public:
    // False with `error` set when the file cannot be read.
    bool load(const QString &path, QString *error);
    bool isUntranslatedSource(const QString &text) const { return m_untranslated.contains(text); }
    int size() const { return m_messages; }

private:
    QSet<QString> m_untranslated;
    int m_messages = 0;
};

// What the sweep does not count as untranslated: the user's data (every text stored in the
// database's tables, as the seed wrote it) and the stored enum names.
struct SweepAllowances
{
    QSet<QString> data;
    QSet<QString> enumNames;
    // New texts the .ts files do not have yet (asked for in their own context, shown in English).
    QSet<QString> awaitingTranslation;
};

// Every text stored in the tables of `db` that the connection can read (SELECT * of each table).
QSet<QString> storedTexts(Database &db);
// The stored names of every enum (TODO, IN_PROGRESS, HIGH, DIRECTOR, …).
QSet<QString> storedEnumNames();

// Whether a column of a table or tree view is hidden (its header and cells are not shown).
bool isColumnHidden(const QAbstractItemView *view, int column);

// The visible children only, or every child (the pages of a form that shows one at a time).
enum class Reach { VisibleChildren, EveryChild };

// Every text a user sees in `root` and its visible children:
// window titles, QLabel texts, button texts and tool tips, actions (text and tool tip, menus
// followed), placeholders, group box titles, tab texts, combo box items, spin box affixes and
// special values, chart titles, axes and series, and of each visible item view the model's
// headers and the display and tool-tip texts of its first rows (shown columns only). A text containing "(s)" is a
// problem; so is a text that is exactly an untranslated English source and neither data nor a
// stored enum name.
struct SweepResult
{
    QStringList problems; // "where: text"
    QStringList enumNamesShown; // stored enum names shown as they are, "where: text"
    int texts = 0; // how many non-empty texts were looked at
};
SweepResult sweepTexts(QWidget *root, const TsCatalogue &catalogue, const SweepAllowances &allowed,
                       Reach reach = Reach::VisibleChildren);

} // namespace doo::test
