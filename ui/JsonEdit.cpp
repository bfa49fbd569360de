#include "JsonEdit.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

namespace doo {

// The margin left of the text, painted by the editor.
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(JsonEdit *editor) : QWidget(editor), m_editor(editor)
    {
        setObjectName(QStringLiteral("lineNumberArea"));
    }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    JsonEdit *m_editor;
};

namespace {
const QColor kErrorRed(0xc6, 0x28, 0x28);
} // namespace

JsonEdit::JsonEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    m_numbers = new LineNumberArea(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &JsonEdit::updateMargin);
    connect(this, &QPlainTextEdit::updateRequest, this, &JsonEdit::updateNumbers);
    updateMargin();
}

int JsonEdit::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    // Room for the digits of the last line (at least two) and for the marker around a number.
    const int digitWidth = fontMetrics().horizontalAdvance(QLatin1Char('9'));
    return 12 + digitWidth * std::max(2, digits);
}

void JsonEdit::updateMargin()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void JsonEdit::updateNumbers(const QRect &rect, int dy)
{
    if (dy)
        m_numbers->scroll(0, dy);
    else
        m_numbers->update(0, rect.y(), m_numbers->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateMargin();
}

void JsonEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_numbers->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void JsonEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateMargin();
        updateMark();
    }
}

QColor JsonEdit::markColour() const
{
    // A red tint of the text's background, so that the text stays readable in light and dark.
    const QColor base = palette().color(QPalette::Base);
    const qreal a = base.lightness() < 128 ? 0.45 : 0.22;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + kErrorRed.redF() * a),
                            float(base.greenF() * (1 - a) + kErrorRed.greenF() * a),
                            float(base.blueF() * (1 - a) + kErrorRed.blueF() * a));
}

void JsonEdit::setMarkedLine(int line)
{
    m_markedLine = std::max(0, line);
    updateMark();
    m_numbers->update();
}

void JsonEdit::updateMark()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = document()->findBlockByNumber(m_markedLine - 1);
    if (m_markedLine > 0 && block.isValid()) {
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(markColour());
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(block);
        mark.cursor.clearSelection();
        selections << mark;
    }
    setExtraSelections(selections);
}

void JsonEdit::goTo(int line, int column)
{
    QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        block = document()->lastBlock();
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::clamp(column - 1, 0, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

int JsonEdit::cursorLine() const
{
    return textCursor().blockNumber() + 1;
}

int JsonEdit::cursorColumn() const
{
    return textCursor().positionInBlock() + 1;
}

void JsonEdit::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_numbers);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    const int width = m_numbers->width();
    const int textRight = width - 6;
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const QString label = QString::number(number);
            QFont font = this->font();
            if (number == m_markedLine) {
                // The marker: a red tab behind the number of the marked line.
                painter.setPen(Qt::NoPen);
                painter.setBrush(kErrorRed);
                painter.setRenderHint(QPainter::Antialiasing, true);
                painter.drawRoundedRect(QRectF(2, top + 1, width - 4, lineHeight - 2), 3, 3);
                painter.setRenderHint(QPainter::Antialiasing, false);
                font.setBold(true);
                painter.setFont(font);
                painter.setPen(Qt::white);
            } else {
                font.setBold(false);
                painter.setFont(font);
                painter.setPen(palette().color(QPalette::PlaceholderText));
            }
            painter.drawText(0, top, textRight, lineHeight, Qt::AlignRight | Qt::AlignVCenter, label);
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

} // namespace doo
