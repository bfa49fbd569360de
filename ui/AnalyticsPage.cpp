#include "AnalyticsPage.h"

#include "DashboardCharts.h"
#include "DashboardReport.h"
#include "SummaryCard.h"
#include "domain/LocaleFormat.h"
#include "itemmodels/DashboardModel.h"

#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace doo {

namespace {
constexpr qint64 kMaxBuckets = 400;
constexpr int kRefreshMs = 60 * 1000;
} // namespace

AnalyticsPage::AnalyticsPage(Database &db, const User &user, QWidget *parent)
    : QWidget(parent), m_user(user), m_model(new DashboardModel(db, UserContext::of(user), this))
{
    setObjectName(QStringLiteral("analyticsPage"));
    m_askPath = [this](const QString &title, const QString &name, const QString &filter) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, title, folder + QLatin1Char('/') + name, filter);
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(10);
    layout->addWidget(buildToolbar());

    auto *cards = new QHBoxLayout;
    cards->setSpacing(8);
    for (const SummaryMetric &m : summaryMetrics({}, {})) {
        // The one long caption is shortened on its card (the report and command line keep it).
        const bool long_ = m.key == QLatin1String("consultationsCompleted");
        auto *card = new SummaryCard(m.key, long_ ? tr("Consultations done") : m.caption, this);
        card->setToolTip(m.caption);
        if (m.key == QLatin1String("efficiencyScore"))
            card->setExplanation(tr("Efficiency score: on each day with figures, the share of an 8-hour working day "
                                    "that workflows gave back (at most 100%), averaged over those days"));
        m_cards << card;
        cards->addWidget(card, 1);
    }
    layout->addLayout(cards);

    m_body = new QStackedWidget(this);
    m_body->addWidget(buildCharts());
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_body->addWidget(m_empty);
    layout->addWidget(m_body, 1);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText); // may quote what the user typed
    m_message->setObjectName(QStringLiteral("analyticsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    updateTheme();

    // Workflows keep running while the page is open: a fresh look every minute it is visible.
    m_refresh = new QTimer(this);
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("actionRefreshAnalytics"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, [this] { reload(); });
    addAction(refresh);
}

AnalyticsPage::~AnalyticsPage() = default;

QWidget *AnalyticsPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Analytics"), bar);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    row->addWidget(heading);
    row->addStretch();

    m_range = new QComboBox(bar);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->setAccessibleName(tr("Period"));
    m_range->addItems(
        {tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("Last year"), tr("All time"), tr("Custom…")});
    m_range->setCurrentIndex(Last30Days);
    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setAccessibleName(tr("First day"));
    m_to = new QDateEdit(bar);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_to->setAccessibleName(tr("Last day"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(LocaleFormat::dateEditFormat());
        edit->setVisible(false);
    }
    m_bucket = new QComboBox(bar);
    m_bucket->setObjectName(QStringLiteral("bucketCombo"));
    m_bucket->setAccessibleName(tr("Group by"));
    m_bucket->addItems({tr("Automatic"), tr("By day"), tr("By week"), tr("By month")});
    m_bucket->setToolTip(tr("Automatic: days up to a month, weeks up to a year, months beyond"));

    // A push button with a menu: the style draws its arrow beside the text (a tool button's squeezes it).
    m_export = new QPushButton(tr("Export"), bar);
    m_export->setObjectName(QStringLiteral("exportButton"));
    auto *menu = new QMenu(m_export);
    QAction *pdf = menu->addAction(tr("Report as PDF…"));
    pdf->setObjectName(QStringLiteral("actionExportPdf"));
    connect(pdf, &QAction::triggered, this, [this] {
        askAndExport(tr("Save the report"), suggestedName(QStringLiteral("report"), QStringLiteral("pdf")),
                     tr("PDF files (*.pdf)"), [this](const QString &path) { return exportPdf(path); });
    });
    QAction *csv = menu->addAction(tr("Series as CSV…"));
    csv->setObjectName(QStringLiteral("actionExportCsv"));
    connect(csv, &QAction::triggered, this, [this] {
        askAndExport(tr("Save the series"), suggestedName(QStringLiteral("series"), QStringLiteral("csv")),
                     tr("CSV files (*.csv)"), [this](const QString &path) { return exportCsv(path); });
    });
    m_export->setMenu(menu);

    row->addWidget(new QLabel(tr("Range:"), bar));
    row->addWidget(m_range);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addWidget(m_bucket);
    row->addWidget(m_export);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool custom = index == CustomRange;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        if (custom && !m_model->data().range.from.isNull()) {
            const QSignalBlocker a(m_from), b(m_to);
            m_from->setDate(m_model->data().range.from);
            m_to->setDate(m_model->data().range.to);
        }
        reload();
    });
    connect(m_bucket, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this, edit] {
            if (m_from->date() > m_to->date()) {
                QDateEdit *other = edit == m_from ? m_to : m_from;
                const QSignalBlocker block(other);
                other->setDate(edit->date());
            }
            reload();
        });
    return bar;
}

QWidget *AnalyticsPage::buildCharts()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartsArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    m_charts = new DashboardCharts(m_model, content);
    QMenu *pngMenu = m_export->menu()->addMenu(tr("Chart as PNG"));
    for (int c = 0; c < DashboardCharts::ChartCount; ++c) {
        QChartView *view = m_charts->view(DashboardCharts::Chart(c));
        const bool last = c + 1 == DashboardCharts::ChartCount && c % 2 == 0; // a last one alone spans the row
        grid->addWidget(view, c / 2, c % 2, 1, last ? 2 : 1);
        const QString name = m_charts->title(DashboardCharts::Chart(c));
        auto save = [this, c] {
            askAndExport(tr("Save the chart"),
                         suggestedName(DashboardCharts::key(DashboardCharts::Chart(c)), QStringLiteral("png")),
                         tr("PNG images (*.png)"), [this, c](const QString &path) { return exportPng(c, path); });
        };
        QAction *fromMenu = pngMenu->addAction(name + QStringLiteral("…"));
        fromMenu->setObjectName(QStringLiteral("actionExportPng_") + DashboardCharts::key(DashboardCharts::Chart(c)));
        connect(fromMenu, &QAction::triggered, this, save);
        auto *onChart = new QAction(tr("Save chart as PNG…"), view);
        connect(onChart, &QAction::triggered, this, save);
        view->addAction(onChart);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
    for (int r = 0; r < (DashboardCharts::ChartCount + 1) / 2; ++r)
        grid->setRowMinimumHeight(r, 280);
    scroll->setWidget(content);
    return scroll;
}

void AnalyticsPage::setRangeChoice(RangeChoice choice)
{
    m_range->setCurrentIndex(choice); // reloads when it changes
}

void AnalyticsPage::setCustomRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker a(m_range), b(m_from), c(m_to);
        m_range->setCurrentIndex(CustomRange);
        m_from->setVisible(true);
        m_to->setVisible(true);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    reload();
}

bool AnalyticsPage::reload()
{
    if (m_loading)
        return false;
    m_loading = true;
    auto today = m_model->today();
    DateRange range;
    const int choice = m_range->currentIndex();
    if (choice == CustomRange) {
        range = {m_from->date(), m_to->date()};
    } else if (today) {
        QDate first;
        if (choice == AllTime) {
            const auto found = m_model->firstDate();
            if (!found) {
                m_loading = false;
                report(found.error().text(), true);
                return false;
            }
            first = *found;
        }
        range = DateRange::preset(DateRange::Preset(choice), *today, first);
    }
    if (!today) {
        m_loading = false;
        report(today.error().text(), true);
        return false;
    }
    std::optional<Bucket> bucket;
    QString coarser;
    if (m_bucket->currentIndex() > 0) {
        // Thousands of bars draw slowly and cannot be read: beyond kMaxBuckets, the next coarser bucket.
        bucket = Bucket(m_bucket->currentIndex() - 1);
        if (bucket == Bucket::Day && range.days() > kMaxBuckets) {
            bucket = Bucket::Week;
            coarser = tr("Too many days for one chart: showing weeks.");
        }
        if (bucket == Bucket::Week && range.days() / 7 > kMaxBuckets) {
            bucket = Bucket::Month;
            coarser = tr("Too many weeks for one chart: showing months.");
        }
    }
    const Status loaded = m_model->load(range, bucket);
    m_loading = false;
    if (!loaded) {
        report(loaded.error().text(), true);
        return false;
    }
    m_message->hide();
    if (!coarser.isEmpty())
        report(coarser, false);
    updateCards();
    const DashboardData &data = m_model->data();
    m_empty->setText(tr("<h3>Nothing to show from %1 to %2</h3><p>Workflows record the time they save as they run, "
                        "and finished tasks and consultations appear here too.<br>Choose a longer range, or load "
                        "sample data with <b>director-of-one db seed</b>.</p>")
                         .arg(LocaleFormat::date(data.range.from), LocaleFormat::date(data.range.to)));
    m_body->setCurrentIndex(data.isEmpty() ? 1 : 0);
    return true;
}

void AnalyticsPage::updateCards()
{
    const DashboardData &data = m_model->data();
    const QList<SummaryMetric> metrics = summaryMetrics(data.current, data.previous);
    for (int i = 0; i < metrics.size() && i < m_cards.size(); ++i) {
        const SummaryMetric &m = metrics.at(i);
        m_cards.at(i)->setFigures(m.currentText, m.current, m.previous, m.previousText);
    }
}

void AnalyticsPage::updateTheme()
{
    m_charts->setPalette(palette());
}

void AnalyticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    m_refresh->start();
}

void AnalyticsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_refresh->stop();
}

void AnalyticsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateTheme();
}

void AnalyticsPage::report(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    m_message->show();
    Q_EMIT statusMessage(text);
}

QString AnalyticsPage::suggestedName(const QString &what, const QString &suffix) const
{
    const DateRange &r = m_model->data().range;
    return QStringLiteral("analytics-%1-%2-%3.%4").arg(what, r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate), suffix);
}

void AnalyticsPage::askAndExport(const QString &title, const QString &name, const QString &filter,
                                 const std::function<bool(const QString &)> &write)
{
    const QString path = m_askPath(title, name, filter);
    if (!path.isEmpty())
        write(path);
}

bool AnalyticsPage::exportPdf(const QString &path)
{
    const Status written = DashboardReport::writePdf(path, *m_model, m_user.name);
    report(written ? tr("Saved the report to %1").arg(path) : written.error().text(), !written);
    return bool(written);
}

bool AnalyticsPage::exportCsv(const QString &path)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(m_model->seriesCsv()) >= 0 && file.commit();
    report(ok ? tr("Saved the series to %1").arg(path) : tr("Cannot write %1: %2").arg(path, file.errorString()), !ok);
    return ok;
}

bool AnalyticsPage::exportPng(int chart, const QString &path)
{
    if (chart < 0 || chart >= DashboardCharts::ChartCount)
        return false;
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && m_charts->view(DashboardCharts::Chart(chart))->grab().save(&file, "PNG")
        && file.commit();
    report(ok ? tr("Saved the chart to %1").arg(path) : tr("Cannot write %1: %2").arg(path, file.errorString()), !ok);
    return ok;
}

} // namespace doo
