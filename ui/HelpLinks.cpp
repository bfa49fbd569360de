#include "HelpLinks.h"

#include "HelpBrowser.h"

namespace doo::HelpLinks {

QString workflowFiles()
{
    return QStringLiteral("workflow-files");
}

QString start()
{
    return {};
}

void open(const QString &anchor, QWidget *parent)
{
    HelpBrowser::open(anchor, parent);
}

} // namespace doo::HelpLinks
