#include "Checks.h"
#include "DatabaseTestCase.h"

#include "db/Query.h"
#include "repositories/TaskRepository.h"

#include <QLoggingCategory>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

struct LogLine
{
    QString category;
    QString text;
};
QList<LogLine> g_lines;

void capture(QtMsgType, const QMessageLogContext &context, const QString &text)
{
    g_lines << LogLine{QString::fromLatin1(context.category ? context.category : ""), text};
}

const QString kSecret = QStringLiteral("Salary of Jo 7f3a");

} // namespace

// The database log never holds the user's data unless asked for by name: doo.db.query logs the
// statements, doo.db.error the failures without PostgreSQL's DETAIL lines (which quote the row),
// and only doo.db.values — off by default, named so — the bound values and the whole driver text.
class TestDbLogging : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestDbLogging() : DatabaseTestCase(QStringLiteral("d@example.com"), UserRole::Director) { }

private:
    // A task created and a refused row written with the secret, with the given logging rules.
    void writeSecrets(const QString &rules)
    {
        QLoggingCategory::setFilterRules(rules);
        g_lines.clear();
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        const UserContext ctx = UserContext::of(defaultUser());
        Task task;
        task.title = kSecret;
        task.description = kSecret;
        TaskRepository(database().db(), ctx).create(task).value();
        Query refused(database().db());
        // An empty key breaks the table's CHECK: PostgreSQL's error quotes the failing row.
        const bool ok =
            refused.exec(QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, ?)"), {QStringLiteral(""), kSecret});
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!ok);
    }
    static QStringList linesOf(const QString &category)
    {
        QStringList out;
        for (const LogLine &l : std::as_const(g_lines))
            if (l.category == category)
                out << l.text;
        return out;
    }

private Q_SLOTS:
    void valuesOnlyWhenAskedFor();
};

void TestDbLogging::valuesOnlyWhenAskedFor()
{
    writeSecrets(QStringLiteral("doo.db.*.debug=true\ndoo.db.values.debug=false"));
    const QStringList queries = linesOf(QStringLiteral("doo.db.query"));
    QVERIFY(queries.size() >= 2);
    QVERIFY(queries.join(QLatin1Char('\n')).contains(QLatin1String("INSERT INTO task")));
    const QStringList errors = linesOf(QStringLiteral("doo.db.error"));
    QVERIFY2(!errors.isEmpty(), "the refused row is logged");
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(QLatin1String("app_setting")), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(linesOf(QStringLiteral("doo.db.values")).isEmpty());
    for (const LogLine &l : std::as_const(g_lines))
        QVERIFY2(!l.text.contains(kSecret), qPrintable(l.category + QStringLiteral(": ") + l.text));

    // Asked for by name: the values are there, in doo.db.values only.
    writeSecrets(QStringLiteral("doo.db.*.debug=true"));
    const QStringList values = linesOf(QStringLiteral("doo.db.values"));
    QVERIFY(values.join(QLatin1Char('\n')).contains(kSecret));
    for (const LogLine &l : std::as_const(g_lines))
        QVERIFY2(l.category == QLatin1String("doo.db.values") || !l.text.contains(kSecret),
                 qPrintable(l.category + QStringLiteral(": ") + l.text));
}

QTEST_GUILESS_MAIN(TestDbLogging)
#include "tst_dblogging.moc"
