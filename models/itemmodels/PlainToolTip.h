#pragma once

#include <QString>

namespace doo {

// `text` (what a user typed: a title, a name, an error quoting them) as a tool tip that shows it
// as typed. Qt draws a tool tip that looks like HTML as HTML ("<b>x</b>", an <img>), so such a
// text is escaped, its line breaks kept.
QString plainToolTip(const QString &text);

} // namespace doo
