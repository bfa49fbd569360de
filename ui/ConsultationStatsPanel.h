#pragma once

#include "domain/Consultation.h"

#include <QWidget>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QValueAxis;

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
    // The chart in the widget's palette (ChartAxes::followPalette), its axes' labels small.
    void applyPalette();

    QHash<QString, QLabel *> m_figures;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    // Made once: axes removed and made anew left their old labels drawn under the new ones.
    QBarCategoryAxis *m_weeksAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    int m_bars = 0;
};

} // namespace doo
