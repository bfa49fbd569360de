#include "HelpBrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QFile>
#include <QPointer>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace doo {

namespace {

QPointer<HelpBrowser> g_instance;

// The README's sections written for developers; every other section is part of the guide.
const QStringList &developerSections()
{
    static const QStringList sections{
        QStringLiteral("Set up on a fresh Debian 12 machine"),
        QStringLiteral("Data model"),
        QStringLiteral("Architecture in five minutes"),
        QStringLiteral("Code layout"),
        QStringLiteral("Tests"),
        QStringLiteral("Benchmarks"),
        QStringLiteral("Translations"),
    };
    return sections;
}

} // namespace

HelpBrowser::HelpBrowser(QWidget *parent) : QWidget(parent, Qt::Window), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpBrowser"));
    setWindowTitle(tr("Director of One — User guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpBrowser::followLink);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    m_browser->setMarkdown(userGuide());
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0)
            continue;
        QString anchor = anchorOf(block.text());
        for (int n = 1; m_headings.contains(anchor); ++n) // as the README's page names repeated headings
            anchor = anchorOf(block.text()) + QLatin1Char('-') + QString::number(n);
        m_headings.insert(anchor, block.position());
        m_order << anchor;
    }
    QSize size(820, 680);
    if (const QScreen *screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
}

HelpBrowser *HelpBrowser::open(const QString &anchor, QWidget *parent)
{
    // A child of the caller's window: a modal dialog (the workflow editor) does not block it.
    QWidget *owner = parent ? parent->window() : nullptr;
    if (g_instance && g_instance->parentWidget() != owner) {
        const bool wasVisible = g_instance->isVisible();
        g_instance->setParent(owner, Qt::Window);
        if (wasVisible)
            g_instance->show();
    }
    if (!g_instance)
        g_instance = new HelpBrowser(owner);
    g_instance->showSection(anchor);
    g_instance->show();
    g_instance->raise();
    g_instance->activateWindow();
    return g_instance;
}

HelpBrowser *HelpBrowser::instance()
{
    return g_instance;
}

QString HelpBrowser::userGuide()
{
    QFile file(QStringLiteral(":/help/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The user guide is missing from this build.");
    QStringList kept;
    bool inCode = false;
    bool skipping = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("```")))
            inCode = !inCode;
        else if (!inCode && line.startsWith(QLatin1String("# ")))
            skipping = false;
        else if (!inCode && line.startsWith(QLatin1String("## ")))
            skipping = developerSections().contains(line.mid(3).trimmed());
        if (!skipping)
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

QString HelpBrowser::anchorOf(const QString &heading)
{
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\- ]"), QRegularExpression::UseUnicodePropertiesOption);
    QString anchor = heading.trimmed().toLower();
    anchor.remove(punctuation);
    return anchor.replace(QLatin1Char(' '), QLatin1Char('-'));
}

bool HelpBrowser::showSection(const QString &anchor)
{
    if (anchor.isEmpty()) {
        m_pending.clear();
        m_browser->verticalScrollBar()->setValue(0);
        return true;
    }
    if (!m_headings.contains(anchor))
        return false;
    m_pending = anchor;
    scrollToPending();
    return true;
}

void HelpBrowser::scrollToPending()
{
    const auto it = m_headings.constFind(m_pending);
    if (it == m_headings.cend())
        return;
    const QTextBlock block = m_browser->document()->findBlock(*it);
    m_browser->setTextCursor(QTextCursor(block)); // keyboard reading starts at the heading
    const QRectF rect = m_browser->document()->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(int(rect.top()));
}

QString HelpBrowser::currentSection() const
{
    // A heading at the very top of the text sits below the document's margin.
    const int top = m_browser->verticalScrollBar()->value() + int(m_browser->document()->documentMargin());
    QString current;
    for (const QString &anchor : m_order) {
        const QTextBlock block = m_browser->document()->findBlock(m_headings.value(anchor));
        if (m_browser->document()->documentLayout()->blockBoundingRect(block).top() > top + 2)
            break;
        current = anchor;
    }
    return current;
}

void HelpBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The text is laid out at the window's width only now: the section moves to the top again.
    QTimer::singleShot(0, this, &HelpBrowser::scrollToPending);
}

void HelpBrowser::followLink(const QUrl &url)
{
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment())
        showSection(url.fragment());
    else if (!url.scheme().isEmpty())
        QDesktopServices::openUrl(url);
}

} // namespace doo
