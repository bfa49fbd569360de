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

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_change;
};

} // namespace doo
