#pragma once

#include <QHash>
#include <QWidget>

class QTextBrowser;
class QUrl;

namespace doo {

// The user guide: the README's sections for users, compiled into the program (the README itself,
// one copy; see resources/CMakeLists.txt), shown as formatted text in a window of its own and
// opened at the section a help button names. Links to other sections move within the guide;
// links to the web open in the browser.
class HelpBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit HelpBrowser(QWidget *parent = nullptr);

    // Shows the program's one guide window at `anchor` (a heading's anchor, "workflow-files";
    // empty: the start), creating it on first use, and brings it to the front.
    static HelpBrowser *open(const QString &anchor, QWidget *parent = nullptr);
    // The open guide window, or null.
    static HelpBrowser *instance();

    // The README's text without the sections written for developers (building, tests,
    // benchmarks, code layout).
    static QString userGuide();
    // The anchor a heading gets on the README's page: "Workflow files" → "workflow-files".
    static QString anchorOf(const QString &heading);

    // Scrolls the heading of `anchor` to the top; false when the guide has no such heading.
    bool showSection(const QString &anchor);
    // The anchor of the section shown at the top.
    QString currentSection() const;
    // Every heading's anchor, in the guide's order.
    QStringList sections() const { return m_order; }
    QTextBrowser *browser() const { return m_browser; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void followLink(const QUrl &url);
    void scrollToPending();

    QTextBrowser *m_browser;
    QHash<QString, int> m_headings; // anchor → position of the heading's block
    QStringList m_order;
    QString m_pending; // the section to show once the text is laid out
};

} // namespace doo
