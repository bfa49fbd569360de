#include "SummaryCard.h"

#include "domain/DashboardData.h"

#include <QLabel>
#include <QVBoxLayout>

namespace doo {

SummaryCard::SummaryCard(const QString &key, const QString &caption, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("card_") + key);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QFrame#card_%1 { background: palette(base); border: 1px solid palette(mid);"
                                 " border-radius: 6px; }")
                      .arg(key));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    m_caption = new QLabel(caption, this);
    m_caption->setObjectName(QStringLiteral("cardCaption"));
    QPalette muted = m_caption->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_caption->setPalette(muted);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("cardValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("cardChange"));
    for (QLabel *label : {m_caption, m_value, m_change}) // cards may get narrow: wrap rather than widen the window
        label->setMinimumWidth(1);
    // "Abgeschlossene Beratungen", "+47.0% par rapport à 60.0 h": a second line, not a cut word.
    m_caption->setWordWrap(true);
    m_change->setWordWrap(true);
    m_caption->setToolTip(caption);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addStretch(1); // a card beside a two-line one keeps its lines at the top
}

void SummaryCard::setFigures(const QString &value, double current, double previous, const QString &previousText)
{
    m_value->setText(value);
    const QString change = doo::changeText(current, previous);
    m_change->setText(tr("%1 vs %2").arg(change, previousText));
    const char *colour = current > previous + 1e-9 ? "#2e7d32" : current < previous - 1e-9 ? "#c62828" : nullptr;
    m_change->setStyleSheet(colour ? QStringLiteral("color: %1;").arg(QLatin1String(colour)) : QString());
    m_change->setToolTip(tr("Change against the range of the same length just before, which had %1").arg(previousText));
}

QString SummaryCard::valueText() const
{
    return m_value->text();
}

QString SummaryCard::changeText() const
{
    return m_change->text();
}

} // namespace doo
