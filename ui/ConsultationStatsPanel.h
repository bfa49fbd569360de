#pragma once

#include "domain/Consultation.h"

#include <QWidget>

class QLabel;
class QChart;
class QChartView;

namespace doo {

// Counts by status, completion rate, no-show rate, average days from request to meeting, and a
// bar chart of the requests received per week.
class ConsultationStatsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConsultationStatsPanel(QWidget *parent = nullptr);

    void setStats(const ConsultationStats &stats, const QList<WeeklyCount> &weeks);
    // The figures as shown, for tests: "total", "completionRate", ...
    QString figure(const QString &key) const;
    int chartBars() const { return m_bars; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addFigure(const QString &key, const QString &caption);

    QHash<QString, QLabel *> m_figures;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    int m_bars = 0;
    ConsultationStats m_stats; // what the chart shows, to draw it again in a new palette
    QList<WeeklyCount> m_weeks;
    bool m_hasStats = false;
};

} // namespace doo
