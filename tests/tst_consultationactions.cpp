#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "ConsultationDetailPane.h"
#include "ConsultationDialog.h"
#include "ConsultationsWidget.h"
#include "domain/LocaleFormat.h"
#include "itemmodels/ConsultationIntents.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/TaskRepository.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

using namespace doo;
using namespace doo::test;

namespace {

// The href of the first link in a label's rich text.
QString firstLink(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isAnchor())
                return it.fragment().charFormat().anchorHref();
    return {};
}

QString shownText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

// The Consultations view's own actions offscreen, on both backends: edit (the domain's
// validation names the field), delete after a confirmation, the email as a mailto: link through a
// seam and shown as typed, and the confirmation after scheduling that goes away by itself.
class TestConsultationActions : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestConsultationActions() : DatabaseTestCase(QStringLiteral("d@example.com"), UserRole::Director) { }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }
    void editValidatesAndSaves();
    void deleteAsksThenRemoves();
    void emailIsAPlainTextMailtoLink();
    void scheduledConfirmationGoesAway();

private:
    Consultation add(const QString &name, const QString &email)
    {
        Consultation c;
        c.name = name;
        c.email = email;
        c.company = QStringLiteral("Engines");
        return must(ConsultationRepository(database().db(), UserContext::of(defaultUser())).create(c));
    }
};

void TestConsultationActions::editValidatesAndSaves()
{
    const Consultation ada = add(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
    ConsultationsWidget w(database().db(), defaultUser());
    QVERIFY(w.selectConsultation(ada.id));
    QString problem;
    bool saveWasDisabled = false;
    w.setDialogRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<ConsultationDialog *>(&d);
        if (!dialog)
            return false;
        auto *email = d.findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        auto *save = d.findChild<QPushButton *>(QStringLiteral("saveButton"));
        if (email->text() != QLatin1String("ada@example.com"))
            return false; // not the request as stored
        email->setText(QStringLiteral("ada at engines"));
        problem = d.findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
        saveWasDisabled = !save->isEnabled();
        dialog->accept(); // refused: nothing saved, the dialog stays
        if (dialog->result() == QDialog::Accepted)
            return false;
        email->setText(QStringLiteral("ada@engines.example"));
        d.findChild<QLineEdit *>(QStringLiteral("companyEdit"))->setText(QStringLiteral("Analytical Engines"));
        d.findChild<QLineEdit *>(QStringLiteral("departmentEdit"))->setText(QStringLiteral("Research"));
        dialog->accept();
        return dialog->result() == QDialog::Accepted;
    });
    w.detail()->button(ConsultationDetailPane::Action::Edit)->click();
    QVERIFY2(problem.startsWith(QLatin1String("Email: ")), qPrintable(problem));
    QVERIFY(saveWasDisabled);
    const Consultation saved = must(ConsultationRepository(database().db(), UserContext::of(defaultUser())).findById(ada.id));
    QCOMPARE(saved.email, QStringLiteral("ada@engines.example"));
    QCOMPARE(saved.company, QStringLiteral("Analytical Engines"));
    QCOMPARE(saved.department, QStringLiteral("Research"));
    QCOMPARE(saved.version, ada.version + 1);
    QVERIFY(w.detail()->findChild<QLabel *>(QStringLiteral("detailText"))->text().contains(QLatin1String("Analytical Engines")));

    // The same rule behind the intents: a bad email written past the dialog is refused, naming it.
    Consultation bad = saved;
    bad.email = QStringLiteral("nope");
    const auto refused = w.intents()->editConsultation(bad);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("email"));
    QCOMPARE(must(ConsultationRepository(database().db(), UserContext::of(defaultUser())).findById(ada.id)).email,
             QStringLiteral("ada@engines.example"));
}

void TestConsultationActions::deleteAsksThenRemoves()
{
    auto &t = database();
    const UserContext ctx = UserContext::of(defaultUser());
    const Consultation ada = add(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
    const Consultation bob = add(QStringLiteral("Bob Builder"), QStringLiteral("bob@example.com"));
    ConsultationsWidget w(t.db(), defaultUser());
    w.setDialogRunner([](QDialog &d) {
        d.findChild<QLineEdit *>(QStringLiteral("taskTitleEdit"))->setText(QStringLiteral("Send the brochure"));
        return true;
    });
    QVERIFY(w.selectConsultation(ada.id));
    w.detail()->button(ConsultationDetailPane::Action::AddTask)->click();
    Task linked;
    {
        TaskFilter filter;
        filter.consultationId = ada.id;
        const auto tasks = must(TaskRepository(t.db(), ctx).list(filter));
        QCOMPARE(tasks.size(), 1);
        linked = tasks.first();
    }

    // Cancelled at the question: nothing happens.
    QString question;
    w.setDialogRunner([&](QDialog &d) {
        if (d.objectName() != QLatin1String("deleteConsultationDialog"))
            return false;
        question = d.findChild<QLabel *>(QStringLiteral("deleteQuestion"))->text();
        return false;
    });
    w.detail()->button(ConsultationDetailPane::Action::Delete)->click();
    QVERIFY2(question.contains(ada.bookingId) && question.contains(QLatin1String("Ada Lovelace")), qPrintable(question));
    QCOMPARE(w.table()->model()->rowCount(), 2);
    QVERIFY(ConsultationRepository(t.db(), ctx).findById(ada.id));

    // Confirmed: the request and its history are gone, the linked task stays, unlinked.
    w.setDialogRunner([](QDialog &d) { return d.objectName() == QLatin1String("deleteConsultationDialog"); });
    w.detail()->button(ConsultationDetailPane::Action::Delete)->click();
    const auto gone = ConsultationRepository(t.db(), ctx).findById(ada.id);
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    QCOMPARE(w.table()->model()->rowCount(), 1);
    QCOMPARE(t.rowCount(QStringLiteral("consultation_history")), 1); // Bob's creation only
    const Task kept = must(TaskRepository(t.db(), ctx).findById(linked.id));
    QCOMPARE(kept.title, QStringLiteral("Send the brochure"));
    TaskFilter stillLinked;
    stillLinked.consultationId = ada.id;
    QVERIFY(must(TaskRepository(t.db(), ctx).list(stillLinked)).isEmpty());
    QVERIFY(w.confirmation()->text().contains(ada.bookingId));
    QVERIFY(ConsultationRepository(t.db(), ctx).findById(bob.id));
}

void TestConsultationActions::emailIsAPlainTextMailtoLink()
{
    const Consultation ada = add(QStringLiteral("Ada Lovelace"), QStringLiteral("ada.lovelace+engines@example.com"));
    ConsultationsWidget w(database().db(), defaultUser());
    QList<QUrl> opened;
    w.detail()->setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    QVERIFY(w.selectConsultation(ada.id));
    auto *details = w.detail()->findChild<QLabel *>(QStringLiteral("detailText"));
    QVERIFY(details->textInteractionFlags() & Qt::LinksAccessibleByMouse);
    const QString href = firstLink(details->text());
    QVERIFY2(href.startsWith(QLatin1String("mailto:")), qPrintable(details->text()));
    Q_EMIT details->linkActivated(href); // what a click on the link does
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().scheme(), QStringLiteral("mailto"));
    QCOMPARE(opened.first().path(QUrl::FullyDecoded), QStringLiteral("ada.lovelace+engines@example.com"));
    QVERIFY(shownText(details->text()).contains(QLatin1String("ada.lovelace+engines@example.com")));

    // Whatever a request holds (an import, an old row) is shown as typed, never read as HTML.
    Consultation odd = ada;
    odd.name = QStringLiteral("<i>Eve</i>");
    odd.email = QStringLiteral("eve<b>bold</b>@example.com");
    odd.company = QStringLiteral("<a href=\"https://evil.example\">Click</a>");
    w.detail()->setConsultation(odd, {}, {});
    const QString shown = shownText(details->text());
    QVERIFY2(shown.contains(QLatin1String("eve<b>bold</b>@example.com")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("<a href=\"https://evil.example\">Click</a>")), qPrintable(shown));
    QCOMPARE(w.detail()->findChild<QLabel *>(QStringLiteral("detailTitle"))->textFormat(), Qt::PlainText);
    const QString oddHref = firstLink(details->text());
    Q_EMIT details->linkActivated(oddHref);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.last().path(QUrl::FullyDecoded), QStringLiteral("eve<b>bold</b>@example.com"));
    // Only mailto: links are opened.
    Q_EMIT details->linkActivated(QStringLiteral("https://evil.example"));
    QCOMPARE(opened.size(), 2);
}

void TestConsultationActions::scheduledConfirmationGoesAway()
{
    const Consultation ada = add(QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com"));
    ConsultationsWidget w(database().db(), defaultUser());
    w.show();
    w.setConfirmationTimeout(300);
    int dialogs = 0;
    w.setDialogRunner([&](QDialog &d) {
        ++dialogs;
        auto *when = d.findChild<QDateTimeEdit *>(QStringLiteral("whenEdit"));
        if (!when)
            return false;
        when->setDateTime(QDateTime(QDate(2031, 12, 9), QTime(10, 0)));
        return true;
    });
    QVERIFY(w.selectConsultation(ada.id));
    QVERIFY(!w.confirmation()->isVisible());
    w.detail()->button(ConsultationDetailPane::Action::Schedule)->click();
    QCOMPARE(dialogs, 1); // the date only: the confirmation is no dialog
    QVERIFY(w.confirmation()->isVisible());
    QCOMPARE(w.confirmation()->text(), QStringLiteral("Scheduled for Tue 9 Dec 10:00"));
    QCOMPARE(w.confirmation()->textFormat(), Qt::PlainText);
    QTRY_VERIFY_WITH_TIMEOUT(!w.confirmation()->isVisible(), 3000);
    QCOMPARE(must(ConsultationRepository(database().db(), UserContext::of(defaultUser())).findById(ada.id)).status,
             ConsultationStatus::Scheduled);

    // Rescheduling says where it moved.
    w.setDialogRunner([](QDialog &d) {
        auto *when = d.findChild<QDateTimeEdit *>(QStringLiteral("whenEdit"));
        when->setDateTime(QDateTime(QDate(2031, 12, 11), QTime(15, 30)));
        return true;
    });
    w.detail()->button(ConsultationDetailPane::Action::Reschedule)->click();
    QVERIFY(w.confirmation()->isVisible());
    QCOMPARE(w.confirmation()->text(), QStringLiteral("Moved to Thu 11 Dec 15:30"));
    QTRY_VERIFY_WITH_TIMEOUT(!w.confirmation()->isVisible(), 3000);
}

QTEST_MAIN(TestConsultationActions)
#include "tst_consultationactions.moc"
