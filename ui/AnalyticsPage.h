#pragma once

#include "domain/User.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace doo {

class Database;
class DashboardCharts;
class DashboardModel;
class SummaryCard;
struct DateRange;

// The Analytics part of the window: a range (7, 30, 90 days, 1 year, all, custom dates) and
// buckets (automatic, day, week, month); summary cards with the change against the previous range
// of the same length; the dashboard's charts; an empty state when the range holds nothing; export
// of the report (PDF), the series (CSV) and each chart (PNG). Reloads whenever it is shown, every
// minute while it is visible, and on F5.
class AnalyticsPage : public QWidget
{
    Q_OBJECT

public:
    enum RangeChoice { Last7Days, Last30Days, Last90Days, LastYear, AllTime, CustomRange };

    AnalyticsPage(Database &db, const User &user, QWidget *parent = nullptr);
    ~AnalyticsPage() override;

    // Asks where to save: (title, suggested file name, filter) -> path, empty to cancel. A file
    // dialog unless replaced (tests).
    using PathAsker = std::function<QString(const QString &, const QString &, const QString &)>;
    void setPathAsker(PathAsker asker) { m_askPath = std::move(asker); }

    // Reads the chosen range again and redraws; false (and the reason shown) on failure.
    bool reload();
    void setRangeChoice(RangeChoice choice);
    void setCustomRange(const QDate &from, const QDate &to);

    DashboardModel *model() const { return m_model; }
    DashboardCharts *charts() const { return m_charts; }

    bool exportPdf(const QString &path);
    bool exportCsv(const QString &path);
    bool exportPng(int chart, const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildToolbar();
    QWidget *buildCharts();
    void updateCards();
    void updateTheme();
    void report(const QString &text, bool error);
    QString suggestedName(const QString &what, const QString &suffix) const;
    void askAndExport(const QString &title, const QString &name, const QString &filter,
                      const std::function<bool(const QString &)> &write);

    User m_user;
    DashboardModel *m_model = nullptr;
    DashboardCharts *m_charts = nullptr;
    QComboBox *m_range = nullptr;
    QComboBox *m_bucket = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_export = nullptr;
    QList<SummaryCard *> m_cards;
    QStackedWidget *m_body = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_refresh = nullptr;
    PathAsker m_askPath;
    bool m_loading = false;
};

} // namespace doo
