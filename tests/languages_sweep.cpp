#include "languages_sweep.h"

#include "db/Database.h"
#include "domain/Enums.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabBar>
#include <QTableView>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>
#include <QXmlStreamReader>

namespace doo::test {

InstalledLanguage::InstalledLanguage(const QString &language) : m_previous(QLocale())
{
    QLocale::setDefault(QLocale(language));
    m_qtLoaded =
        m_qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
    m_ownLoaded = m_own.load(QLocale(), QStringLiteral("director-of-one"), QStringLiteral("_"), QStringLiteral(DOO_QM_DIR));
    if (m_ownLoaded)
        QCoreApplication::installTranslator(&m_own);
}

InstalledLanguage::~InstalledLanguage()
{
    QCoreApplication::removeTranslator(&m_own);
    QCoreApplication::removeTranslator(&m_qt);
    QLocale::setDefault(m_previous);
}

RecordingTranslator::RecordingTranslator()
{
    QCoreApplication::installTranslator(this);
}

RecordingTranslator::~RecordingTranslator()
{
    QCoreApplication::removeTranslator(this);
}

QString RecordingTranslator::translate(const char *context, const char *sourceText, const char *, int) const
{
    m_asked.insert(QLatin1String(context) + QLatin1Char('|') + QString::fromUtf8(sourceText));
    return QString();
}

bool RecordingTranslator::asked(const char *context, const char *sourceText) const
{
    return m_asked.contains(QLatin1String(context) + QLatin1Char('|') + QString::fromUtf8(sourceText));
}

bool TsCatalogue::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QSet<QString> sources;
    QSet<QString> translations;
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            ++m_messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !numerus) {
            const QString translation = xml.readElementText();
            translations.insert(translation);
            if (!translation.isEmpty() && translation != source)
                sources.insert(source);
        } else if (xml.name() == QLatin1String("numerusform")) {
            translations.insert(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    // "Name" may be "Name" in one context and "Bezeichnung" in another: a text that is the
    // translation of anything is not a sign of a missing one.
    m_untranslated = sources - translations;
    return true;
}

QSet<QString> storedTexts(Database &db)
{
    QSet<QString> texts;
    const QSqlDatabase handle = db.handle();
    for (const QString &table : handle.tables()) {
        QSqlQuery query(handle);
        if (!query.exec(QStringLiteral("SELECT * FROM ") + table))
            continue; // a table this login may not read holds nothing this window shows
        while (query.next()) {
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                // A workflow's frequency is the program's words for its trigger, not the user's.
                if (record.fieldName(i) == QLatin1String("frequency"))
                    continue;
                const QVariant value = record.value(i);
                if (value.typeId() == QMetaType::QString)
                    texts.insert(value.toString());
            }
        }
    }
    return texts;
}

QSet<QString> storedEnumNames()
{
    QSet<QString> names;
    for (const QStringList &list :
         {enumNames<UserRole>(), enumNames<ConsultationStatus>(), enumNames<WorkflowType>(), enumNames<ExecutionStatus>(),
          enumNames<TaskStatus>(), enumNames<Priority>(), enumNames<NotificationType>()})
        for (const QString &name : list)
            names.insert(name);
    return names;
}

bool isColumnHidden(const QAbstractItemView *view, int column)
{
    if (auto *table = qobject_cast<const QTableView *>(view))
        return table->isColumnHidden(column);
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->isColumnHidden(column);
    return false;
}

namespace {

class Sweep
{
public:
    Sweep(const TsCatalogue &catalogue, const SweepAllowances &allowed) : m_catalogue(catalogue), m_allowed(allowed) { }

    void check(const QObject *where, const QString &what, const QString &text)
    {
        if (text.isEmpty())
            return;
        const QString place =
            QStringLiteral("%1 (%2) %3").arg(where->objectName(), QString::fromLatin1(where->metaObject()->className()), what);
        ++m_result.texts;
        if (text.contains(QLatin1String("(s)")))
            m_result.problems << QStringLiteral("\"(s)\" in %1: %2").arg(place, text);
        if (m_allowed.enumNames.contains(text))
            m_result.enumNamesShown << QStringLiteral("%1: %2").arg(place, text);
        else if (m_catalogue.isUntranslatedSource(text) && !m_allowed.data.contains(text)
                 && !m_allowed.awaitingTranslation.contains(text))
            m_result.problems << QStringLiteral("untranslated in %1: %2").arg(place, text);
    }

    void action(const QObject *where, QAction *action)
    {
        if (!action || action->isSeparator() || m_actions.contains(action))
            return;
        m_actions.insert(action);
        check(where, QStringLiteral("action %1 text").arg(action->objectName()), action->text());
        if (action->toolTip() != QString(action->text()).remove(QLatin1Char('&')).remove(QStringLiteral("...")))
            check(where, QStringLiteral("action %1 tool tip").arg(action->objectName()), action->toolTip());
        if (QMenu *menu = action->menu()) {
            check(menu, QStringLiteral("menu title"), menu->title());
            for (QAction *child : menu->actions())
                this->action(menu, child);
        }
    }

    void itemView(QAbstractItemView *view)
    {
        const QAbstractItemModel *model = view->model();
        if (!model)
            return;
        QList<int> columns;
        for (int c = 0; c < model->columnCount(); ++c)
            if (!isColumnHidden(view, c))
                columns << c;
        for (int c : columns)
            check(view, QStringLiteral("header %1").arg(c), model->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < qMin(model->rowCount(), 8); ++r)
            for (int c : columns) {
                const QModelIndex index = model->index(r, c);
                check(view, QStringLiteral("row %1 column %2").arg(r).arg(c), index.data(Qt::DisplayRole).toString());
                check(view, QStringLiteral("row %1 column %2 tool tip").arg(r).arg(c), index.data(Qt::ToolTipRole).toString());
            }
    }

    void chart(QChartView *view)
    {
        QChart *chart = view->chart();
        if (!chart)
            return;
        check(view, QStringLiteral("chart title"), chart->title());
        for (QAbstractAxis *axis : chart->axes()) {
            check(view, QStringLiteral("axis title"), axis->titleText());
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                for (const QString &category : categories->categories())
                    check(view, QStringLiteral("axis category"), category);
        }
        for (QAbstractSeries *series : chart->series())
            check(view, QStringLiteral("series name"), series->name());
    }

    void widget(QWidget *w)
    {
        if (w->isWindow())
            check(w, QStringLiteral("window title"), w->windowTitle());
        check(w, QStringLiteral("tool tip"), w->toolTip());
        check(w, QStringLiteral("accessible name"), w->accessibleName());
        for (QAction *a : w->actions())
            action(w, a);
        if (auto *label = qobject_cast<QLabel *>(w))
            check(w, QStringLiteral("text"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            check(w, QStringLiteral("text"), button->text());
            if (auto *tool = qobject_cast<QToolButton *>(w))
                action(w, tool->defaultAction());
        }
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            check(w, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *edit = qobject_cast<QTextEdit *>(w))
            check(w, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            check(w, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            check(w, QStringLiteral("title"), box->title());
        if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i) {
                check(w, QStringLiteral("tab %1").arg(i), tabs->tabText(i));
                check(w, QStringLiteral("tab %1 tool tip").arg(i), tabs->tabToolTip(i));
            }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            check(w, QStringLiteral("placeholder"), combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i)
                check(w, QStringLiteral("item %1").arg(i), combo->itemText(i));
        }
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            check(w, QStringLiteral("special value"), spin->specialValueText());
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            check(w, QStringLiteral("prefix"), spin->prefix());
            check(w, QStringLiteral("suffix"), spin->suffix());
        }
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(w)) {
            check(w, QStringLiteral("prefix"), spin->prefix());
            check(w, QStringLiteral("suffix"), spin->suffix());
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && !qobject_cast<QHeaderView *>(w))
            itemView(view); // a header view's model is its table's
        if (auto *view = qobject_cast<QChartView *>(w))
            chart(view);
    }

    SweepResult result() const { return m_result; }

private:
    const TsCatalogue &m_catalogue;
    const SweepAllowances &m_allowed;
    QSet<QAction *> m_actions;
    SweepResult m_result;
};

} // namespace

SweepResult sweepTexts(QWidget *root, const TsCatalogue &catalogue, const SweepAllowances &allowed, Reach reach)
{
    Sweep sweep(catalogue, allowed);
    sweep.widget(root);
    for (QWidget *w : root->findChildren<QWidget *>())
        if (reach == Reach::EveryChild || w->isVisible())
            sweep.widget(w);
    return sweep.result();
}

} // namespace doo::test
