#include "itemmodels/PlainToolTip.h"

#include <QTextDocument>

namespace doo {

QString plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style=\"white-space: pre-wrap;\">%1</p>").arg(text.toHtmlEscaped());
}

} // namespace doo
