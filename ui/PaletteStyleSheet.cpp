#include "PaletteStyleSheet.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QRegularExpression>
#include <QObject>
#include <QWidget>

#include <algorithm>
#include <iterator>
#include <utility>

namespace doo {

namespace {

struct RoleName
{
    const char *name;
    QPalette::ColorRole role;
};

// The roles' names in Qt's style sheets.
constexpr RoleName kRoles[] = {
    {"window", QPalette::Window},
    {"window-text", QPalette::WindowText},
    {"base", QPalette::Base},
    {"alternate-base", QPalette::AlternateBase},
    {"text", QPalette::Text},
    {"button", QPalette::Button},
    {"button-text", QPalette::ButtonText},
    {"bright-text", QPalette::BrightText},
    {"light", QPalette::Light},
    {"midlight", QPalette::Midlight},
    {"mid", QPalette::Mid},
    {"dark", QPalette::Dark},
    {"shadow", QPalette::Shadow},
    {"highlight", QPalette::Highlight},
    {"highlighted-text", QPalette::HighlightedText},
    {"link", QPalette::Link},
    {"link-visited", QPalette::LinkVisited},
    {"tool-tip-base", QPalette::ToolTipBase},
    {"tool-tip-text", QPalette::ToolTipText},
    {"placeholder-text", QPalette::PlaceholderText},
};

// The sheet with each palette(role) replaced by that colour of `palette`.
QString resolveRoles(const QString &sheet, const QPalette &palette)
{
    static const QRegularExpression role(QStringLiteral("palette\\(\\s*([a-z-]+)\\s*\\)"));
    QString out;
    qsizetype from = 0;
    for (auto it = role.globalMatch(sheet); it.hasNext();) {
        const auto match = it.next();
        out += sheet.mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
        const auto found = std::find_if(std::begin(kRoles), std::end(kRoles),
                                        [&](const RoleName &r) { return match.capturedView(1) == QLatin1String(r.name); });
        if (found == std::end(kRoles)) {
            out += match.captured(0);
            continue;
        }
        const QColor c = palette.color(QPalette::Active, found->role);
        out += QStringLiteral("rgba(%1, %2, %3, %4)").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
    }
    out += sheet.mid(from);
    return out;
}

// Lives as a child of the widget it watches; re-applies the sheet after a palette change.
class PaletteStyleSheetFilter : public QObject
{
public:
    PaletteStyleSheetFilter(QWidget *widget, PaletteSheet sheet) : QObject(widget), m_widget(widget), m_sheet(std::move(sheet))
    {
        widget->installEventFilter(this);
        // A widget whose palette its sheet has set is skipped when the application's palette
        // changes; the application itself hears of it.
        qApp->installEventFilter(this);
    }

    void apply()
    {
        m_applying = true;
        // The application's palette (the one a switch changes): Qt resolves palette(...) against
        // the widget's own palette, which the sheet has already fixed to the old colours.
        m_widget->setStyleSheet(m_sheet(QApplication::palette(m_widget)));
        m_applying = false;
    }

    // After the palette change has reached every widget: during it the sheet would resolve
    // palette(...) from the old colours still held by the widget.
    void scheduleApply()
    {
        if (m_pending)
            return;
        m_pending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pending = false;
                apply();
            },
            Qt::QueuedConnection);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const bool widgetPalette =
            watched == m_widget && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange);
        const bool applicationPalette = watched == qApp && event->type() == QEvent::ApplicationPaletteChange;
        if (!m_applying && (widgetPalette || applicationPalette))
            scheduleApply();
        return false;
    }

private:
    QWidget *m_widget;
    PaletteSheet m_sheet;
    bool m_applying = false;
    bool m_pending = false;
};

} // namespace

void setPaletteStyleSheet(QWidget *widget, const QString &sheet)
{
    setPaletteStyleSheet(widget, [sheet](const QPalette &palette) { return resolveRoles(sheet, palette); });
}

void setPaletteStyleSheet(QWidget *widget, PaletteSheet sheet)
{
    // A sheet set before on the same widget gives way (no Q_OBJECT here: findChild would match any).
    for (QObject *child : widget->children()) {
        if (auto *old = dynamic_cast<PaletteStyleSheetFilter *>(child)) {
            delete old;
            break;
        }
    }
    auto *filter = new PaletteStyleSheetFilter(widget, std::move(sheet));
    filter->apply();
}

} // namespace doo
