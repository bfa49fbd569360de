#pragma once

#include <QUrl>

namespace doo::HelpLinks {

// The project's address, where its README is published: DOO_PROJECT_URL, set once in the top
// CMakeLists.txt (also the package's Homepage).
QUrl projectUrl();
// A section of the published README, by its heading's anchor ("workflow-files").
QUrl readmeSection(const QString &anchor);
// The README's "Workflow files": triggers, actions, placeholders and examples; the workflow
// editor's help.
QUrl workflowFiles();

} // namespace doo::HelpLinks
