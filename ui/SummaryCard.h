#pragma once

#include <QFrame>

class QLabel;

namespace doo {

// One figure of the dashboard's summary: a caption, the value, and the change against the
// previous range (green when it went up, red when down, in the normal text colour when it stayed
// the same or the previous range had nothing to compare with). Painted in the palette's colours,
// also after the palette changes while the program runs.
class SummaryCard : public QFrame
{
    Q_OBJECT

public:
    SummaryCard(const QString &key, const QString &caption, QWidget *parent = nullptr);

    // `value` as shown; `current` and `previous` for the change; `previousText` the previous value as shown.
    void setFigures(const QString &value, double current, double previous, const QString &previousText);
    QString valueText() const;
    QString changeText() const;
    // What the figure means, as the tooltip of the whole card.
    void setExplanation(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The labels' full texts, elided to the card's width (the full text in the tooltip when cut).
    void elide();
    // The comparison's label in green, red or the inherited text colour, for the current palette.
    void colourChange();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_change;
    QString m_texts[3];
    QString m_tips[3];
    int m_trend = 0; // 1 up, -1 down, 0 neither (or nothing to compare with)
};

} // namespace doo
