#pragma once

#include <QPlainTextEdit>

namespace doo {

// A plain text editor for JSON with line numbers in a margin on its left (Qt's "Code Editor"
// example) and one marked line: the line of an error, with a tinted background across the editor
// and a marker behind its number. Line and column count from 1.
class JsonEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit JsonEdit(QWidget *parent = nullptr);

    // Marks `line` (0: none); the mark stays until the next call.
    void setMarkedLine(int line);
    int markedLine() const { return m_markedLine; }
    // Puts the cursor at line and column (clamped to the text), shows it and gives the editor focus.
    void goTo(int line, int column);
    // The line number margin (a child widget, for tests and accessibility).
    QWidget *lineNumberArea() const { return m_numbers; }
    int lineNumberAreaWidth() const;
    // The cursor's line and column.
    int cursorLine() const;
    int cursorColumn() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateMargin();
    void updateNumbers(const QRect &rect, int dy);
    void updateMark();
    QColor markColour() const;

    QWidget *m_numbers = nullptr;
    int m_markedLine = 0;
};

} // namespace doo
