#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "ConsultationAgendaPanel.h"
#include "ConsultationsWidget.h"
#include "itemmodels/ConsultationAgendaModel.h"
#include "repositories/ConsultationRepository.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

// Tuesday 9 December 2031, 09:00 local time: "now" of every test here.
const QDate kToday(2031, 12, 9);
QDateTime local(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute)).toUTC();
}

using Kind = ConsultationAgendaModel::Kind;

// The agenda as "kind|text" lines: S = week section, D = day, M = meeting.
QStringList lines(const QAbstractItemModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const Kind kind = index.data(ConsultationAgendaModel::KindRole).value<Kind>();
        out << QStringLiteral("%1|%2").arg(kind == Kind::Section   ? QStringLiteral("S")
                                               : kind == Kind::Day ? QStringLiteral("D")
                                                                   : QStringLiteral("M"),
                                           index.data().toString());
    }
    return out;
}

} // namespace

// The agenda beside the Consultations table, on a fixed clock: week sections and day headings,
// only SCHEDULED meetings from today on, clicking a meeting selects it in the table, the agenda
// follows changes, and an empty agenda says so.
class TestConsultationAgenda : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestConsultationAgenda() : DatabaseTestCase(QStringLiteral("d@example.com"), UserRole::Director)
    {
        useFixedClock(local(kToday, 9));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c()); // "Tue 9 Dec", "14:00", weeks from Monday
    }
    void groupsByWeekAndDay();
    void weeksStartOnTheLocalesFirstDay();
    void clickSelectsInTheTable();
    void followsChanges();
    void emptyAgendaSaysSo();

private:
    QString add(const QString &name, const QString &company, const QDateTime &when = {})
    {
        ConsultationRepository repo(database().db(), UserContext::of(defaultUser()));
        Consultation c;
        c.name = name;
        c.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com");
        c.company = company;
        const Consultation created = must(repo.create(c));
        if (when.isValid())
            must(repo.schedule(created.id, when));
        return created.id;
    }
};

void TestConsultationAgenda::groupsByWeekAndDay()
{
    add(QStringLiteral("Ada Lovelace"), QStringLiteral("Engines"), local(kToday, 14));
    add(QStringLiteral("Early Bird"), QString(), local(kToday, 8)); // earlier today: still on it
    add(QStringLiteral("Bob Builder"), QStringLiteral("Bricks"), local(kToday.addDays(1), 10));
    add(QStringLiteral("Dan Sunday"), QString(), local(kToday.addDays(5), 11)); // Sun 14: this week
    add(QStringLiteral("Cy Monday"), QString(), local(kToday.addDays(6), 9, 30)); // Mon 15: next week
    add(QStringLiteral("Gil Later"), QString(), local(kToday.addDays(13), 10)); // Mon 22: later
    add(QStringLiteral("Yesterday"), QString(), local(kToday.addDays(-1), 10)); // past: left out
    add(QStringLiteral("Pending Pat"), QString()); // not scheduled: left out
    const QString cancelled = add(QStringLiteral("Cancelled Cal"), QString(), local(kToday.addDays(2), 10));
    CHECK_OK(ConsultationRepository(database().db(), UserContext::of(defaultUser())).cancel(cancelled, QStringLiteral("no")));

    ConsultationsWidget w(database().db(), defaultUser());
    QAbstractItemModel *agenda = w.agenda()->list()->model();
    QAbstractItemModelTester tester(agenda, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList expected = {
        QStringLiteral("S|This week"),
        QStringLiteral("D|Today · Tue 9 Dec"),
        QStringLiteral("M|08:00  Early Bird"),
        QStringLiteral("M|14:00  Ada Lovelace · Engines"),
        QStringLiteral("D|Tomorrow · Wed 10 Dec"),
        QStringLiteral("M|10:00  Bob Builder · Bricks"),
        QStringLiteral("D|Sun 14 Dec"),
        QStringLiteral("M|11:00  Dan Sunday"),
        QStringLiteral("S|Next week"),
        QStringLiteral("D|Mon 15 Dec"),
        QStringLiteral("M|09:30  Cy Monday"),
        QStringLiteral("S|Later"),
        QStringLiteral("D|Mon 22 Dec"),
        QStringLiteral("M|10:00  Gil Later"),
    };
    QCOMPARE(lines(agenda), expected);
    // Headings cannot be selected; meetings can.
    QVERIFY(!(agenda->flags(agenda->index(0, 0)) & Qt::ItemIsSelectable));
    QVERIFY(!(agenda->flags(agenda->index(1, 0)) & Qt::ItemIsSelectable));
    QVERIFY(agenda->flags(agenda->index(2, 0)) & Qt::ItemIsSelectable);
    QVERIFY(!w.agenda()->showsEmptyState());
}

void TestConsultationAgenda::weeksStartOnTheLocalesFirstDay()
{
    using Meeting = ConsultationAgendaModel::Meeting;
    ConsultationAgendaModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Meeting> meetings = {
        Meeting{QStringLiteral("1"), QStringLiteral("DO-1"), QStringLiteral("Sat"), QString(), QString(),
                local(kToday.addDays(4), 10)},
        Meeting{QStringLiteral("2"), QStringLiteral("DO-2"), QStringLiteral("Sun"), QString(), QString(),
                local(kToday.addDays(5), 10)},
    };
    // In the United States a week starts on Sunday: Sunday 14 is next week there.
    model.setMeetings(meetings, local(kToday, 9), QLocale(QLocale::English, QLocale::UnitedStates));
    const QStringList us = lines(&model);
    QCOMPARE(us.size(), 6);
    QCOMPARE(us.at(0), QStringLiteral("S|This week"));
    QCOMPARE(us.at(3), QStringLiteral("S|Next week"));
    // In Germany on Monday: both this week.
    model.setMeetings(meetings, local(kToday, 9), QLocale(QLocale::German, QLocale::Germany));
    const QStringList de = lines(&model);
    QCOMPARE(de.size(), 5);
    QCOMPARE(de.at(0), QStringLiteral("S|This week"));
    QVERIFY2(de.at(1).startsWith(QLatin1String("D|Sa.")), qPrintable(de.at(1)));
    QCOMPARE(model.rowOf(QStringLiteral("2")), 4);
    QCOMPARE(model.meetingCount(), 2);
}

void TestConsultationAgenda::clickSelectsInTheTable()
{
    const QString ada = add(QStringLiteral("Ada Lovelace"), QStringLiteral("Engines"), local(kToday, 14));
    const QString bob = add(QStringLiteral("Bob Builder"), QStringLiteral("Bricks"), local(kToday.addDays(8), 10));
    ConsultationsWidget w(database().db(), defaultUser());
    w.resize(1366, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QListView *list = w.agenda()->list();
    auto *model = static_cast<ConsultationAgendaModel *>(list->model());
    QVERIFY(w.selectConsultation(ada));

    const QModelIndex bobRow = model->index(model->rowOf(bob));
    QVERIFY(bobRow.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(bobRow).center());
    QCOMPARE(w.selectedId(), bob);
    QVERIFY(w.detail()->findChild<QLabel *>(QStringLiteral("detailTitle"))->text().contains(QLatin1String("Bob Builder")));

    // A heading is no meeting: the selection stays.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(model->index(0)).center());
    QCOMPARE(w.selectedId(), bob);

    // Selecting in the table marks the meeting in the agenda.
    QVERIFY(w.selectConsultation(ada));
    QCOMPARE(list->currentIndex().row(), model->rowOf(ada));

    // A meeting the table's filter hides: the filter gives way.
    w.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("Lovelace"));
    QCOMPARE(w.table()->model()->rowCount(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(model->index(model->rowOf(bob))).center());
    QCOMPARE(w.selectedId(), bob);
    QCOMPARE(w.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->text(), QString());
    QCOMPARE(w.table()->model()->rowCount(), 2);
}

void TestConsultationAgenda::followsChanges()
{
    const QString ada = add(QStringLiteral("Ada Lovelace"), QStringLiteral("Engines"), local(kToday, 14));
    const QString eve = add(QStringLiteral("Eve Pending"), QString());
    ConsultationsWidget w(database().db(), defaultUser());
    w.setConfirmationTimeout(20);
    auto *model = static_cast<ConsultationAgendaModel *>(w.agenda()->list()->model());
    QCOMPARE(model->meetingCount(), 1);
    QCOMPARE(model->rowOf(eve), -1);

    // Scheduled in the view: on the agenda at once.
    w.setDialogRunner([](QDialog &d) {
        auto *when = d.findChild<QDateTimeEdit *>(QStringLiteral("whenEdit"));
        if (!when)
            return false;
        when->setDateTime(QDateTime(kToday.addDays(2), QTime(16, 0)));
        return true;
    });
    QVERIFY(w.selectConsultation(eve));
    w.detail()->button(ConsultationDetailPane::Action::Schedule)->click();
    QCOMPARE(model->meetingCount(), 2);
    QCOMPARE(model->index(model->rowOf(eve)).data().toString(), QStringLiteral("16:00  Eve Pending"));
    QCOMPARE(model->index(model->rowOf(eve) - 1).data().toString(), QStringLiteral("Thu 11 Dec"));

    // Cancelled elsewhere (another window, the command line): gone after the next check.
    CHECK_OK(ConsultationRepository(database().db(), UserContext::of(defaultUser())).cancel(ada, QStringLiteral("ill")));
    w.refreshIfStale();
    QCOMPARE(model->meetingCount(), 1);
    QCOMPARE(model->rowOf(ada), -1);
}

void TestConsultationAgenda::emptyAgendaSaysSo()
{
    add(QStringLiteral("Pending Pat"), QString());
    add(QStringLiteral("Yesterday"), QString(), local(kToday.addDays(-1), 10));
    ConsultationsWidget w(database().db(), defaultUser());
    w.show();
    QVERIFY(w.agenda()->showsEmptyState());
    auto *empty = w.agenda()->findChild<QLabel *>(QStringLiteral("agendaEmptyLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(QLatin1String("No meetings scheduled")), qPrintable(empty->text()));
    QVERIFY(!w.agenda()->list()->isVisible());
}

QTEST_MAIN(TestConsultationAgenda)
#include "tst_consultationagenda.moc"
