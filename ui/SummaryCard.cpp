#include "SummaryCard.h"

#include "domain/DashboardData.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace doo {

SummaryCard::SummaryCard(const QString &key, const QString &caption, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("card_") + key);
    // Painted (paintEvent), not a style sheet: a sheet's palette(base) is resolved once, and the
    // card would stay light after a switch to a dark palette.
    setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    m_caption = new QLabel(caption, this);
    m_caption->setObjectName(QStringLiteral("cardCaption"));
    m_caption->setForegroundRole(QPalette::PlaceholderText); // muted, and following a dark palette
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("cardValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("cardChange"));
    m_change->setWordWrap(true);
    for (QLabel *label : {m_caption, m_value, m_change}) // cards may get narrow: elide rather than widen the window
        label->setMinimumWidth(1);
    m_texts[0] = caption;
    m_tips[0] = caption;
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
}

void SummaryCard::setFigures(const QString &value, double current, double previous, const QString &previousText)
{
    m_texts[1] = value;
    constexpr double kEpsilon = 1e-9;
    // Against nothing there is no percentage to give: say so in words.
    if (std::abs(previous) < kEpsilon)
        m_texts[2] =
            std::abs(current) < kEpsilon ? tr("Nothing in this or the previous period") : tr("Nothing in the previous period");
    else
        m_texts[2] = tr("%1 vs %2").arg(doo::changeText(current, previous), previousText);
    // Without a previous figure a change is neither good nor bad: normal text.
    m_trend = std::abs(previous) < kEpsilon ? 0 : current > previous + kEpsilon ? 1 : current < previous - kEpsilon ? -1 : 0;
    colourChange();
    m_tips[2] = tr("Change against the range of the same length just before, which had %1").arg(previousText);
    elide();
}

void SummaryCard::setExplanation(const QString &text)
{
    setToolTip(text);
    m_tips[0] = text;
    m_tips[1] = text;
    elide();
}

void SummaryCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    elide();
}

void SummaryCard::colourChange()
{
    // Darker shades on a light background, lighter ones on a dark one: both readable.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QPalette p = m_change->palette();
    p.setResolveMask(0); // inherit every role from the card
    if (m_trend != 0)
        p.setColor(QPalette::WindowText, m_trend > 0 ? QColor(dark ? 0x81c784 : 0x2e7d32) : QColor(dark ? 0xef9a9a : 0xc62828));
    m_change->setPalette(p);
}

void SummaryCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().brush(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

void SummaryCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourChange();
}

void SummaryCard::elide()
{
    QLabel *labels[3] = {m_caption, m_value, m_change};
    for (int i = 0; i < 3; ++i) {
        QLabel *label = labels[i];
        const int width =
            std::max(1, contentsRect().width() - layout()->contentsMargins().left() - layout()->contentsMargins().right());
        // The comparison is a sentence: it wraps; the caption and the value are elided.
        const QString shown = label->wordWrap() ? m_texts[i] : label->fontMetrics().elidedText(m_texts[i], Qt::ElideRight, width);
        label->setText(shown);
        QString tip = m_tips[i];
        if (shown != m_texts[i])
            tip = tip.isEmpty() || tip == m_texts[i] ? m_texts[i] : m_texts[i] + QLatin1Char('\n') + tip;
        label->setToolTip(tip);
    }
}

QString SummaryCard::valueText() const
{
    return m_texts[1];
}

QString SummaryCard::changeText() const
{
    return m_texts[2];
}

} // namespace doo
