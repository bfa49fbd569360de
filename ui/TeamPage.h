#pragma once

#include "domain/User.h"

#include <QWidget>

#include <functional>

class QDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace doo {

class Database;
class TeamIntents;

// The administrator's Team page (PostgreSQL only): the people of the team with their role, login
// and whether they can sign in, and Add person…, Change role…, Disable… and Reload — the same as
// the `team` commands, through TeamIntents. The server decides who may: a refusal is shown in
// plain words and nothing changes.
class TeamPage : public QWidget
{
    Q_OBJECT

public:
    TeamPage(Database &db, const User &me, QWidget *parent = nullptr);
    ~TeamPage() override;

    // Seams for tests: how a dialog runs (default exec() == Accepted) and how a question is
    // asked (default a message box; true: go ahead).
    using DialogRunner = std::function<bool(QDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    TeamIntents *intents() const { return m_intents; }
    QTableView *table() const { return m_table; }
    // The last message shown under the table (a change made, or why not).
    QString message() const;

    void reload();
    void addPerson();
    void changeRole();
    void disablePerson();
    bool selectPerson(const QString &email);
    QString selectedEmail() const;

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();
    void report(const QString &text, bool error = false);
    bool run(QDialog &dialog);

    TeamIntents *m_intents = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_reload = nullptr;
    QLabel *m_message = nullptr;
    DialogRunner m_runDialog;
    Confirm m_confirm;
};

} // namespace doo
