#pragma once

#include <QFrame>

class QLabel;

namespace doo {

// One figure of the dashboard's summary: a caption, the value, and the change against the
// previous range (green when it went up, red when down).
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

private:
    // The labels' full texts, elided to the card's width (the full text in the tooltip when cut).
    void elide();

    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_change;
    QString m_texts[3];
    QString m_tips[3];
};

} // namespace doo
