#include "DashboardReport.h"

#include "domain/LocaleFormat.h"
#include "DashboardCharts.h"
#include "itemmodels/DashboardModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QWidget>

namespace doo::DashboardReport {

namespace {

constexpr int kDpi = 96;
constexpr int kMargin = 48;

// Without ligatures ("ffi" as one glyph), so that the PDF's text can be searched and copied as typed.
QFont plain(QFont font)
{
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Draws top to bottom, starting a new page when the next block does not fit.
class PageFlow
{
public:
    PageFlow(QPdfWriter &writer, QPainter &painter) : m_writer(writer), m_p(painter)
    {
        const QRect page = writer.pageLayout().paintRectPixels(kDpi);
        m_width = page.width() - 2 * kMargin;
        m_bottom = page.height() - kMargin;
        m_y = kMargin;
    }
    int width() const { return m_width; }
    int y() const { return m_y; }
    void need(int height)
    {
        if (m_y + height > m_bottom) {
            m_writer.newPage();
            m_y = kMargin;
        }
    }
    void advance(int height) { m_y += height; }
    void text(const QString &s, int x, int pointSize, bool bold, int height)
    {
        need(height);
        QFont f = plain(m_p.font());
        f.setPointSize(pointSize);
        f.setBold(bold);
        m_p.setFont(f);
        m_p.drawText(QRect(kMargin + x, m_y, m_width - x, height), Qt::AlignLeft | Qt::AlignVCenter, s);
    }
    void row(const QStringList &cells, const QList<int> &columns, bool bold)
    {
        need(20);
        QFont f = plain(m_p.font());
        f.setPointSize(9);
        f.setBold(bold);
        m_p.setFont(f);
        for (int i = 0; i < cells.size(); ++i) {
            const int x = columns.value(i);
            const int w = (i + 1 < columns.size() ? columns.at(i + 1) : m_width) - x - 6;
            m_p.drawText(QRect(kMargin + x, m_y, w, 20), (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                         m_p.fontMetrics().elidedText(cells.at(i), Qt::ElideRight, w));
        }
        m_p.setPen(QColor(0xdd, 0xdd, 0xdd));
        m_p.drawLine(kMargin, m_y + 20, kMargin + m_width, m_y + 20);
        m_p.setPen(Qt::black);
        m_y += 21;
    }
    void image(const QImage &img, int x, int w, int h) { m_p.drawImage(QRect(kMargin + x, m_y, w, h), img); }

private:
    QPdfWriter &m_writer;
    QPainter &m_p;
    int m_width = 0;
    int m_bottom = 0;
    int m_y = 0;
};

} // namespace

Status writePdf(const QString &path, DashboardModel &model, const QString &who)
{
    const DashboardData &data = model.data();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Internal, Messages::tr("cannot write %1: %2").arg(path, file.errorString()));

    // The charts are drawn from the same model, in the light theme whatever the screen uses.
    QWidget holder;
    DashboardCharts charts(&model, &holder);

    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(kDpi);
    writer.setTitle(Messages::tr("Analytics report"));
    writer.setCreator(QStringLiteral("Director of One"));
    QPainter painter(&writer);
    PageFlow flow(writer, painter);

    const QString range = Messages::tr("%1 to %2 (%3 days)")
                              .arg(LocaleFormat::date(data.range.from), LocaleFormat::date(data.range.to),
                                   LocaleFormat::integer(data.range.days()));
    const DateRange before = data.range.previous();
    flow.text(Messages::tr("Analytics report"), 0, 20, true, 36);
    flow.advance(36);
    flow.text(range, 0, 11, false, 20);
    flow.advance(20);
    flow.text(Messages::tr("Compared with %1 to %2 · %3 · generated %4")
                  .arg(LocaleFormat::date(before.from), LocaleFormat::date(before.to), who,
                       LocaleFormat::dateTime(QDateTime::currentDateTimeUtc())),
              0, 9, false, 18);
    flow.advance(30);

    flow.text(Messages::tr("Summary"), 0, 13, true, 24);
    flow.advance(26);
    const QList<int> summaryColumns{0, 260, 400, 540};
    flow.row({Messages::tr("Figure"), Messages::tr("This range"), Messages::tr("Previous range"), Messages::tr("Change")},
             summaryColumns, true);
    for (const SummaryMetric &m : summaryMetrics(data.current, data.previous))
        flow.row({m.caption, m.currentText, m.previousText, changeText(m.current, m.previous)}, summaryColumns, false);
    flow.advance(18);

    if (data.isEmpty()) {
        flow.text(Messages::tr("No data in this range."), 0, 11, false, 20);
        flow.advance(20);
    } else {
        flow.text(Messages::tr("Charts"), 0, 13, true, 24);
        flow.advance(28);
        // One chart per row across the page: category labels and titles need the width.
        const int gap = 14;
        const int h = flow.width() * 2 / 5;
        for (int c = 0; c < DashboardCharts::ChartCount; ++c) {
            flow.need(h);
            flow.image(charts.image(DashboardCharts::Chart(c), QSize(flow.width(), h)), 0, flow.width(), h);
            flow.advance(h + gap);
        }
    }

    flow.text(Messages::tr("Top workflows"), 0, 13, true, 24);
    flow.advance(26);
    const QList<int> columns{0, 260, 320, 410, 470, 560};
    flow.row({Messages::tr("Workflow"), Messages::tr("Runs"), Messages::tr("Successful"), Messages::tr("Failed"),
              Messages::tr("Hours saved"), Messages::tr("Tasks created")},
             columns, true);
    for (const WorkflowHours &w : data.workflows)
        flow.row({w.name, LocaleFormat::integer(w.runs), LocaleFormat::integer(w.successful), LocaleFormat::integer(w.failed),
                  LocaleFormat::decimal(w.hoursSaved, 1), LocaleFormat::integer(w.tasksCreated)},
                 columns, false);
    if (data.workflows.isEmpty())
        flow.text(Messages::tr("No workflow ran in this range."), 0, 9, false, 20);
    if (!painter.end())
        return Error::make(Error::Kind::Internal, Messages::tr("cannot write %1: the PDF could not be drawn").arg(path));
    if (!file.commit())
        return Error::make(Error::Kind::Internal, Messages::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace doo::DashboardReport
