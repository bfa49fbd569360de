#include "ReportDrawing.h"

#include "DashboardReport.h"
#include "itemmodels/DashboardModel.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace doo {

Result<QByteArray> ReportDrawing::figuresReport(const QString &title, const QString &period, const QList<ReportRow> &rows) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Director of One"));
    QPainter p(&writer);
    QFont font = p.font();
    font.setPointSize(18);
    p.setFont(font);
    int y = 40;
    p.drawText(40, y, title);
    font.setPointSize(10);
    p.setFont(font);
    y += 28;
    p.drawText(40, y, period);
    y += 30;
    QString section;
    for (const ReportRow &row : rows) {
        if (row.section != section) {
            section = row.section;
            y += 8;
            font.setBold(true);
            p.setFont(font);
            p.drawText(40, y, section);
            font.setBold(false);
            p.setFont(font);
            y += 18;
        }
        p.drawText(60, y, row.metric);
        p.drawText(320, y, row.value);
        y += 16;
    }
    p.end();
    return bytes;
}

Status ReportDrawing::dashboardReport(const QString &path, const DashboardData &data, const QString &who) const
{
    // This side's own model and charts, built from the data: nothing crosses from the caller's
    // copy of the libraries but values.
    DashboardModel model;
    model.setData(data);
    return DashboardReport::writePdf(path, model, who);
}

} // namespace doo
