#pragma once

#include "domain/User.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace doo {

class Database;

// One window: navigation on the left, the chosen part on the right, status at the bottom.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &db, const User &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    // board|workflows|consultations|analytics|notifications; false when unknown.
    bool showView(const QString &name);
    QString currentView() const;

private:
    void addPage(const QString &key, const QString &title, QWidget *page);
    QWidget *comingPage(const QString &title, const QString &text);

    Database &m_db;
    User m_user;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStringList m_keys;
};

} // namespace doo
