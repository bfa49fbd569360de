#pragma once

#include "domain/Workflow.h"

#include <QList>

namespace doo {

// Ready-made workflows, one per workflow type, for "New from template": the example workflow
// files of the README (resources/workflows/*.json), compiled in as resources.
namespace WorkflowTemplates {

// In the order of WorkflowType; each parsed with WorkflowFile::parse (a template that does not
// parse is left out and logged).
QList<Workflow> all();
// The template of a type; an empty workflow (no name) when there is none.
Workflow forType(WorkflowType type);

} // namespace WorkflowTemplates

} // namespace doo
