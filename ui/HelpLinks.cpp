#include "HelpLinks.h"

namespace doo::HelpLinks {

QUrl projectUrl()
{
    return QUrl(QStringLiteral(DOO_PROJECT_URL));
}

QUrl readmeSection(const QString &anchor)
{
    QUrl url = projectUrl();
    url.setFragment(anchor);
    return url;
}

QUrl workflowFiles()
{
    return readmeSection(QStringLiteral("workflow-files"));
}

} // namespace doo::HelpLinks
